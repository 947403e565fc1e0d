//! Bulk loading of assessments (penilaian) and of the predikat kinerja
//! organisasi of units, in one transaction with one audit row
//! ([`Store::load_assessments`]). Used by the demo generator for the
//! quarters that have ended; the ground for importing past evaluations.
//!
//! The loader holds the rules of `save_assessment` and
//! `finalize_assessment` without their per-row cost: the assessor must be
//! the person's atasan langsung (checked in one query over the loaded
//! rows), the predikat always comes from the two ratings
//! ([`predicate`]), and a final
//! assessment needs both ratings and, when the rating hasil kerja departs
//! from the suggestion, a reason that
//! [`check_reason`] accepts.

use chrono::{DateTime, Utc};
use rusqlite::{Transaction, params};
use serde::Serialize;

use super::{Result, Store, StoreError, WriteCtx, audit, json, timestamp};
use crate::domain::core_value::CoreValue;
use crate::domain::distribution::UnitPredicate;
use crate::domain::rating::{AssessmentPeriod, Rating, predicate};
use crate::domain::role::Role;
use crate::domain::staff::{FieldError, StaffId, UnitId};
use crate::domain::suggestion::{AssessDenied, check_reason};
use crate::i18n::{t, tf};

/// Assessments and predikat organisasi of one year, for
/// [`Store::load_assessments`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentBatch {
    pub year: i32,
    pub assessments: Vec<NewAssessment>,
    pub unit_predicates: Vec<NewUnitPredicate>,
}

/// One person's assessment of one period. `staff` and `assessor` are
/// indexes into the staff ids given to the loader (for the demo:
/// `Batch::staff` order); the assessor must be the person's atasan
/// langsung. The predikat is not given: the store derives it from the two
/// ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    pub staff: usize,
    pub assessor: usize,
    pub period: AssessmentPeriod,
    pub rating_result: Option<Rating>,
    /// `None` in a draft whose rating perilaku is not chosen yet.
    pub rating_behaviour: Option<Rating>,
    /// The suggested rating hasil kerja when the rating was chosen.
    pub suggested: Option<Rating>,
    /// Why the rating hasil kerja departs from the suggestion.
    pub reason: String,
    pub feedback: String,
    /// Per core value: the specific expectation and the feedback.
    pub values: Vec<(CoreValue, String, String)>,
    /// When the draft was saved (`created_at`, `updated_at` of a draft).
    pub saved_at: DateTime<Utc>,
    /// When it was made final; `None` for a draft. The loading user is
    /// recorded as the one who finalised it.
    pub finalized_at: Option<DateTime<Utc>>,
}

/// The predikat kinerja organisasi of a unit for a period. `unit` is an
/// index into the unit ids given to the loader (for the demo:
/// `Batch::units` order); the loading user is recorded as who set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewUnitPredicate {
    pub unit: usize,
    pub period: AssessmentPeriod,
    pub predicate: UnitPredicate,
    pub set_at: DateTime<Utc>,
}

/// How many rows an [`AssessmentBatch`] has (or loaded).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LoadedAssessments {
    pub finals: usize,
    pub drafts: usize,
    /// Core-value notes (expectation and feedback of one value).
    pub values: usize,
    pub unit_predicates: usize,
}

impl AssessmentBatch {
    /// The number of final and draft assessments, value notes and
    /// predikat organisasi in the batch.
    pub fn counts(&self) -> LoadedAssessments {
        let finals = self
            .assessments
            .iter()
            .filter(|a| a.finalized_at.is_some())
            .count();
        LoadedAssessments {
            finals,
            drafts: self.assessments.len() - finals,
            values: self.assessments.iter().map(|a| a.values.len()).sum(),
            unit_predicates: self.unit_predicates.len(),
        }
    }
}

/// Inserts the assessments and their core-value notes, with the CHECK
/// constraints of their tables off.
///
/// Every checked column gets its value from a domain type
/// (`Rating::code`, `Predicate::code`, `AssessmentPeriod::number`, the
/// status from `finalized_at`), so the checks could only pass; but SQLite
/// evaluates each `IN (…)` check by building a temporary b-tree for every
/// row, three per assessment: 40 % of the time of a bulk load. SQLite
/// applies `ignore_check_constraints` when it compiles a statement and
/// recompiles every statement when the pragma changes, so it is on only
/// while these rows are inserted, and off again before anything else runs
/// (also when an insert fails).
fn insert_unchecked(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    batch: &AssessmentBatch,
    staff_ids: &[StaffId],
) -> Result<()> {
    tx.pragma_update(None, "ignore_check_constraints", true)?;
    let inserted = insert_assessments(tx, ctx, batch, staff_ids);
    tx.pragma_update(None, "ignore_check_constraints", false)?;
    inserted
}

/// One row per assessment, and one per core-value note.
fn insert_assessments(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    batch: &AssessmentBatch,
    staff_ids: &[StaffId],
) -> Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO assessment(staff_id, year, period, assessor_id, rating_result,
            rating_behaviour, predicate, suggested_rating, reason, feedback, status,
            finalized_at, finalized_by, version, created_at, created_by, updated_at,
            updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
            ?16, ?17, ?16)",
    )?;
    let mut insert_value = tx.prepare(
        "INSERT INTO assessment_value(assessment_id, core_value, expectation, feedback)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let id = |i: usize| {
        staff_ids
            .get(i)
            .copied()
            .ok_or_else(|| index_error("staff", i))
    };
    for a in &batch.assessments {
        let (staff, assessor) = (id(a.staff)?, id(a.assessor)?);
        if staff == assessor {
            return Err(StoreError::Denied {
                message: AssessDenied::SelfAssessment.message(),
            });
        }
        let saved = timestamp(a.saved_at);
        let finalized = a.finalized_at.map(timestamp);
        let status = if finalized.is_some() {
            "final"
        } else {
            "draft"
        };
        let pred = a.rating_result.zip(a.rating_behaviour);
        insert.execute(params![
            staff,
            batch.year,
            a.period.number(),
            assessor,
            a.rating_result.map(Rating::code),
            a.rating_behaviour.map(Rating::code),
            pred.map(|(h, p)| predicate(h, p).code()),
            a.suggested.map(Rating::code),
            a.reason,
            a.feedback,
            status,
            finalized,
            finalized.is_some().then_some(ctx.user),
            // Saved once, and finalised once.
            1 + finalized.is_some() as i64,
            saved,
            ctx.user,
            finalized.as_ref().unwrap_or(&saved),
        ])?;
        let assessment_id = tx.last_insert_rowid();
        for (cv, expectation, feedback) in &a.values {
            insert_value.execute(params![assessment_id, cv.code(), expectation, feedback])?;
        }
    }
    Ok(())
}

fn index_error(entity: &'static str, index: usize) -> StoreError {
    StoreError::NotFound {
        entity,
        id: format!("#{index}"),
    }
}

/// What `finalize_assessment` requires of a final assessment: both
/// ratings, and a reason when the rating hasil kerja departs from the
/// suggestion.
fn check_final(a: &NewAssessment) -> Result<()> {
    let mut errors = Vec::new();
    for (field, value) in [
        ("rating_result", a.rating_result),
        ("rating_behaviour", a.rating_behaviour),
    ] {
        if value.is_none() {
            errors.push(FieldError::new(
                field,
                tf(
                    "assessment_store.rating_missing",
                    &[("field", &t(&format!("field.{field}")))],
                ),
            ));
        }
    }
    if let Some(chosen) = a.rating_result
        && let Err(e) = check_reason(a.suggested, chosen, &a.reason)
    {
        errors.extend(e);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid { errors })
    }
}

impl Store {
    /// Loads assessments and predikat organisasi in one transaction with
    /// one audit row; `staff_ids[i]` is the person of index `i`,
    /// `unit_ids[u]` the unit of index `u`. Admins and operators may load
    /// assessments (as they may enter them on the assessor's behalf); only
    /// admins may set predikat organisasi. Nothing is written if anything
    /// fails: an index out of range, an assessor who is not the person's
    /// atasan langsung (or is the person), a final assessment that
    /// `finalize_assessment` would refuse, or a period that already has a
    /// row (the database refuses the second).
    pub fn load_assessments(
        &mut self,
        batch: &AssessmentBatch,
        staff_ids: &[StaffId],
        unit_ids: &[UnitId],
        source: &str,
    ) -> Result<LoadedAssessments> {
        self.require(Role::may_edit_register, "edit_register")?;
        if !batch.unit_predicates.is_empty() {
            self.require(Role::may_reopen, "unit_predicate")?;
        }
        for a in batch
            .assessments
            .iter()
            .filter(|a| a.finalized_at.is_some())
        {
            check_final(a)?;
        }
        let counts = batch.counts();
        self.write(|tx, ctx| {
            let before: i64 =
                tx.query_row("SELECT coalesce(max(id), 0) FROM assessment", [], |r| {
                    r.get(0)
                })?;
            insert_unchecked(tx, ctx, batch, staff_ids)?;
            // The assessor of every row just loaded is the person's
            // atasan langsung: one pass instead of a lookup per row.
            let wrong: Option<i64> = tx
                .query_row(
                    "SELECT a.id FROM assessment a JOIN staff s ON s.id = a.staff_id
                     WHERE a.id > ?1 AND s.supervisor_id IS NOT a.assessor_id LIMIT 1",
                    [before],
                    |r| r.get(0),
                )
                .map(Some)
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(None),
                    e => Err(e),
                })?;
            if wrong.is_some() {
                return Err(StoreError::Denied {
                    message: AssessDenied::NotDirectSupervisor.message(),
                });
            }
            let mut insert_unit = tx.prepare(
                "INSERT INTO unit_predicate(unit_id, year, period, predicate,
                    created_at, created_by, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)",
            )?;
            for u in &batch.unit_predicates {
                let unit = unit_ids
                    .get(u.unit)
                    .copied()
                    .ok_or_else(|| index_error("unit", u.unit))?;
                insert_unit.execute(params![
                    unit,
                    batch.year,
                    u.period.number(),
                    u.predicate.code(),
                    timestamp(u.set_at),
                    ctx.user
                ])?;
            }
            audit(
                tx,
                ctx,
                "load",
                "assessments",
                source,
                None,
                json(&serde_json::json!({
                    "year": batch.year,
                    "final": counts.finals,
                    "draft": counts.drafts,
                    "values": counts.values,
                    "unit_predicates": counts.unit_predicates,
                })),
            )?;
            Ok(counts)
        })
    }
}
