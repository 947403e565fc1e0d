//! Assessments (penilaian): ratings, predikat, feedback, and the final
//! status that locks a person's actuals for the period.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, audit, json, local_time};
use crate::domain::core_value::CoreValue;
use crate::domain::evaluation::{AssessmentState, AssessmentSummary};
use crate::domain::rating::{AssessmentPeriod, Predicate, Rating, predicate};
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, check_multiline_text, check_text};
use crate::domain::suggestion::{AssessAccess, check_final, may_assess};

/// What the assessor (or an operator on their behalf) enters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AssessmentInput {
    pub assessor_id: StaffId,
    pub rating_result: Option<Rating>,
    pub rating_behaviour: Option<Rating>,
    /// The suggestion shown when the rating was chosen (kept with it).
    pub suggested: Option<Rating>,
    /// Why the rating hasil kerja departs from the suggestion.
    pub reason: String,
    pub feedback: String,
    /// Per core value: the specific expectation and the feedback.
    pub values: Vec<(CoreValue, String, String)>,
}

/// An assessment as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub id: i64,
    pub staff_id: StaffId,
    pub year: i32,
    pub period: AssessmentPeriod,
    pub input: AssessmentInput,
    pub predicate: Option<Predicate>,
    pub state: AssessmentState,
    pub finalized_by: Option<String>,
    pub finalized_at: Option<String>,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: String,
}

impl Store {
    pub fn assessment(
        &self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Option<Assessment>> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT id, assessor_id, rating_result, rating_behaviour, suggested_rating,
                        reason, feedback, predicate, status, finalized_by, finalized_at,
                        version, updated_by, updated_at
                 FROM assessment WHERE staff_id = ?1 AND year = ?2 AND period = ?3",
            )?
            .query_row(params![staff, year, period.number()], |r| {
                let rating = |i: usize| -> rusqlite::Result<Option<Rating>> {
                    Ok(r.get::<_, Option<String>>(i)?
                        .as_deref()
                        .and_then(Rating::parse))
                };
                let status: String = r.get(8)?;
                Ok(Assessment {
                    id: r.get(0)?,
                    staff_id: staff,
                    year,
                    period,
                    input: AssessmentInput {
                        assessor_id: r.get(1)?,
                        rating_result: rating(2)?,
                        rating_behaviour: rating(3)?,
                        suggested: rating(4)?,
                        reason: r.get(5)?,
                        feedback: r.get(6)?,
                        values: Vec::new(),
                    },
                    predicate: r
                        .get::<_, Option<String>>(7)?
                        .as_deref()
                        .and_then(Predicate::parse),
                    state: AssessmentState::parse(&status).unwrap_or(AssessmentState::Draft),
                    finalized_by: r.get(9)?,
                    finalized_at: r.get(10)?,
                    version: r.get(11)?,
                    updated_by: r.get(12)?,
                    updated_at: r.get(13)?,
                })
            })
            .optional()?;
        let Some(mut a) = row else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT core_value, expectation, feedback FROM assessment_value
             WHERE assessment_id = ?1",
        )?;
        let values = stmt.query_map([a.id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
        })?;
        for v in values {
            let (code, expectation, feedback) = v?;
            if let Some(cv) = CoreValue::parse(&code) {
                a.input.values.push((cv, expectation, feedback));
            }
        }
        a.input.values.sort_by_key(|(cv, _, _)| cv.number());
        Ok(Some(a))
    }

    /// The state and predikat of each quarter's assessment of a person.
    pub fn quarter_assessments(
        &self,
        staff: StaffId,
        year: i32,
    ) -> Result<[Option<AssessmentSummary>; 4]> {
        let mut out = [None; 4];
        let mut stmt = self.conn.prepare_cached(
            "SELECT period, status, predicate FROM assessment
             WHERE staff_id = ?1 AND year = ?2 AND period BETWEEN 1 AND 4",
        )?;
        let rows = stmt.query_map(params![staff, year], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        for row in rows {
            let (period, status, pred) = row?;
            out[(period - 1) as usize] = Some((
                AssessmentState::parse(&status).unwrap_or(AssessmentState::Draft),
                pred.as_deref().and_then(Predicate::parse),
            ));
        }
        Ok(out)
    }

    /// The state and predikat of one quarter's assessment for each of
    /// these people who has one (for list columns).
    pub fn assessments_for(
        &self,
        staff: &[StaffId],
        year: i32,
        quarter: u8,
    ) -> Result<std::collections::HashMap<StaffId, AssessmentSummary>> {
        if staff.is_empty() {
            return Ok(Default::default());
        }
        let marks = vec!["?"; staff.len()].join(", ");
        let sql = format!(
            "SELECT staff_id, status, predicate FROM assessment
             WHERE year = ? AND period = ? AND staff_id IN ({marks})"
        );
        let params = [
            rusqlite::types::Value::Integer(year.into()),
            rusqlite::types::Value::Integer(quarter.into()),
        ]
        .into_iter()
        .chain(staff.iter().map(|id| rusqlite::types::Value::Integer(*id)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (id, status, pred) = row?;
            out.insert(
                id,
                (
                    AssessmentState::parse(&status).unwrap_or(AssessmentState::Draft),
                    pred.as_deref().and_then(Predicate::parse),
                ),
            );
        }
        Ok(out)
    }

    /// Who finalised the person's assessment of this quarter, and when,
    /// if it is final: their actuals for the quarter are then locked.
    pub fn final_lock(
        &self,
        staff: StaffId,
        year: i32,
        quarter: u8,
    ) -> Result<Option<(String, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT finalized_by, finalized_at FROM assessment
                 WHERE staff_id = ?1 AND year = ?2 AND period = ?3 AND status = 'final'",
            )?
            .query_row(params![staff, year, quarter], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })
            .optional()?)
    }

    fn check_may_assess(&self, staff: StaffId, assessor: StaffId) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let supervisor = self.get_staff(staff)?.fields.supervisor_id;
        may_assess(&AssessAccess {
            role: self.actor.role,
            user_staff: self.actor.staff_id,
            assessor,
            assessee: staff,
            supervisor_of_assessee: supervisor,
        })
        .map(|_| ())
        .map_err(|denied| StoreError::Denied {
            message: denied.message(),
        })
    }

    /// Saves a draft. Refused once final (reopening needs an admin), when
    /// someone else saved since `seen`, or when the user may not assess.
    pub fn save_assessment(
        &mut self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
        seen: Option<i64>,
        input: &AssessmentInput,
    ) -> Result<Assessment> {
        self.check_may_assess(staff, input.assessor_id)?;
        let before = self.assessment(staff, year, period)?;
        if let Some(b) = &before {
            if b.state == AssessmentState::Final {
                return Err(final_error(b));
            }
            if Some(b.version) != seen {
                return Err(StoreError::Stale {
                    who: b.updated_by.clone(),
                    when: local_time(&b.updated_at),
                });
            }
        }
        let mut errors = Vec::new();
        let feedback = check_multiline_text("feedback", &input.feedback, 4000, false, &mut errors);
        let mut values = Vec::new();
        for (cv, expectation, fb) in &input.values {
            let e = check_text("expectation", expectation, 1000, false, &mut errors);
            let f = check_text("feedback", fb, 1000, false, &mut errors);
            values.push((*cv, e, f));
        }
        if !errors.is_empty() {
            return Err(StoreError::Invalid { errors });
        }
        let pred = input
            .rating_result
            .zip(input.rating_behaviour)
            .map(|(h, p)| predicate(h, p));
        let code = |r: Option<Rating>| r.map(Rating::code);
        self.write(|tx, ctx| {
            let id = match &before {
                None => {
                    tx.execute(
                        "INSERT INTO assessment(staff_id, year, period, assessor_id, rating_result,
                            rating_behaviour, predicate, suggested_rating, reason, feedback,
                            created_at, created_by, updated_at, updated_by)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?11, ?12)",
                        params![
                            staff,
                            year,
                            period.number(),
                            input.assessor_id,
                            code(input.rating_result),
                            code(input.rating_behaviour),
                            pred.map(Predicate::code),
                            code(input.suggested),
                            input.reason,
                            feedback,
                            ctx.now,
                            ctx.user
                        ],
                    )?;
                    tx.last_insert_rowid()
                }
                Some(b) => {
                    let n = tx.execute(
                        "UPDATE assessment SET assessor_id = ?1, rating_result = ?2,
                            rating_behaviour = ?3, predicate = ?4, suggested_rating = ?5,
                            reason = ?6, feedback = ?7, version = version + 1,
                            updated_at = ?8, updated_by = ?9
                         WHERE id = ?10 AND version = ?11 AND status = 'draft'",
                        params![
                            input.assessor_id,
                            code(input.rating_result),
                            code(input.rating_behaviour),
                            pred.map(Predicate::code),
                            code(input.suggested),
                            input.reason,
                            feedback,
                            ctx.now,
                            ctx.user,
                            b.id,
                            b.version
                        ],
                    )?;
                    super::staff::stale_if_zero(tx, "assessment", b.id, n)?;
                    b.id
                }
            };
            let mut put = tx.prepare_cached(
                "INSERT INTO assessment_value(assessment_id, core_value, expectation, feedback)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(assessment_id, core_value) DO UPDATE SET
                    expectation = excluded.expectation, feedback = excluded.feedback",
            )?;
            for (cv, e, f) in &values {
                put.execute(params![id, cv.code(), e, f])?;
            }
            audit(
                tx,
                ctx,
                "save",
                "assessment",
                id,
                before.as_ref().and_then(json),
                json(input),
            )?;
            Ok(())
        })?;
        self.assessment(staff, year, period)?
            .ok_or(StoreError::NotFound {
                entity: "assessment",
                id: format!("{staff}/{year}/{}", period.code()),
            })
    }

    /// Makes a draft final: both ratings are required, and a rating hasil
    /// kerja that departs from the suggestion needs its reason. Final locks
    /// the person's actuals for the period.
    pub fn finalize_assessment(
        &mut self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
        version: i64,
    ) -> Result<Assessment> {
        let a = self
            .assessment(staff, year, period)?
            .ok_or(StoreError::NotFound {
                entity: "assessment",
                id: format!("{staff}/{year}/{}", period.code()),
            })?;
        self.check_may_assess(staff, a.input.assessor_id)?;
        if a.state == AssessmentState::Final {
            return Err(final_error(&a));
        }
        let errors = check_final(
            a.input.rating_result,
            a.input.rating_behaviour,
            a.input.suggested,
            &a.input.reason,
        );
        if !errors.is_empty() {
            return Err(StoreError::Invalid { errors });
        }
        self.write(|tx, ctx| {
            let n = tx.execute(
                "UPDATE assessment SET status = 'final', finalized_at = ?1, finalized_by = ?2,
                    version = version + 1, updated_at = ?1, updated_by = ?2
                 WHERE id = ?3 AND version = ?4 AND status = 'draft'",
                params![ctx.now, ctx.user, a.id, version],
            )?;
            super::staff::stale_if_zero(tx, "assessment", a.id, n)?;
            audit(tx, ctx, "finalize", "assessment", a.id, None, None)?;
            Ok(())
        })?;
        Ok(self
            .assessment(staff, year, period)?
            .expect("just finalised"))
    }

    /// Reopens a final assessment: admins only, with a written reason; both
    /// go to the audit log.
    pub fn reopen_assessment(
        &mut self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
        version: i64,
        reason: &str,
    ) -> Result<()> {
        self.require(Role::may_reopen, "reopen")?;
        let mut errors = Vec::new();
        let reason = check_text("reopen_reason", reason, 500, true, &mut errors);
        if !errors.is_empty() {
            return Err(StoreError::Invalid { errors });
        }
        let a = self
            .assessment(staff, year, period)?
            .ok_or(StoreError::NotFound {
                entity: "assessment",
                id: format!("{staff}/{year}/{}", period.code()),
            })?;
        self.write(|tx, ctx| {
            let n = tx.execute(
                "UPDATE assessment SET status = 'draft', finalized_at = NULL, finalized_by = NULL,
                    version = version + 1, updated_at = ?1, updated_by = ?2
                 WHERE id = ?3 AND version = ?4 AND status = 'final'",
                params![ctx.now, ctx.user, a.id, version],
            )?;
            super::staff::stale_if_zero(tx, "assessment", a.id, n)?;
            audit(tx, ctx, "reopen", "assessment", a.id, None, json(&reason))?;
            Ok(())
        })
    }
}

fn final_error(a: &Assessment) -> StoreError {
    StoreError::PeriodFinal {
        who: a.finalized_by.clone().unwrap_or_default(),
        when: a
            .finalized_at
            .as_deref()
            .map(local_time)
            .unwrap_or_default(),
    }
}
