//! Bulk loading in one transaction with one audit row: a whole
//! organisation ([`Store::load_batch`]) and the SKP plans of a year with
//! their actuals ([`Store::load_plans`]). Used by the demo generator, and
//! the ground for importing a register. Assessments load the same way in
//! `import_assessments`.

use rusqlite::config::DbConfig;
use rusqlite::{Transaction, params};
use serde::Serialize;

use super::staff::{derived, insert_staff_row};
use super::unit::insert_unit_row;
use super::{Result, Store, StoreError, WriteCtx, audit, json};
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::{IndicatorFields, PlannedResultFields, PlannedResultId};
use crate::domain::role::Role;
use crate::domain::staff::{EmploymentStatus, FieldError, StaffFields, StaffId, UnitId};
use crate::domain::unit::UnitFields;
use crate::i18n::t;

/// A unit to load. `parent` and `head` are indexes into the batch.
#[derive(Debug, Clone)]
pub struct NewUnit {
    pub fields: UnitFields,
    pub parent: Option<usize>,
    pub head: Option<usize>,
}

/// A person to load. `unit` and `supervisor` are indexes into the batch;
/// the ids in `fields` are ignored.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub fields: StaffFields,
    pub unit: usize,
    pub supervisor: Option<usize>,
    pub status: EmploymentStatus,
}

#[derive(Debug, Clone, Default)]
pub struct Batch {
    pub organisation: Option<String>,
    pub units: Vec<NewUnit>,
    pub staff: Vec<NewStaff>,
}

/// How many rows a batch loaded, and the ids the store gave the staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub units: usize,
    pub staff: usize,
    /// The id of each `Batch::staff` entry, in batch order (for
    /// [`Store::load_plans`]).
    pub staff_ids: Vec<StaffId>,
    /// The id of each `Batch::units` entry, in batch order (for
    /// [`Store::load_assessments`]).
    pub unit_ids: Vec<UnitId>,
}

/// The SKP plans of one year, with their planned results, indicators and
/// actuals, for [`Store::load_plans`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanBatch {
    pub year: i32,
    pub plans: Vec<NewPlan>,
}

/// One person's plan. `staff` is an index into the staff ids given to
/// [`Store::load_plans`] (for the demo: `Batch::staff` order, as in
/// [`Loaded::staff_ids`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPlan {
    pub staff: usize,
    /// In order; positions are 1, 2, 3…
    pub results: Vec<NewResult>,
}

/// A planned result. `fields.parent_id` is ignored: the supervisor's result
/// it intervenes in is `parent`, a result of an earlier plan in the batch
/// (which must be the plan of the person's direct supervisor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewResult {
    pub fields: PlannedResultFields,
    pub parent: Option<ResultRef>,
    pub indicators: Vec<NewIndicator>,
}

/// A planned result by position in a [`PlanBatch`]: `plans[plan].results[result]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResultRef {
    pub plan: usize,
    pub result: usize,
}

/// An indicator with the actuals entered so far (a quarter without an
/// actual has no entry: it is "belum diisi").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIndicator {
    pub fields: IndicatorFields,
    pub actuals: Vec<NewActual>,
}

/// The actual of one quarter; a non-empty `feedback` is recorded as
/// written by the user who loads the batch, at load time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActual {
    pub quarter: Quarter,
    pub value: Decimal,
    pub evidence: String,
    pub feedback: String,
}

/// How many rows a [`PlanBatch`] has (or loaded).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LoadedPlans {
    pub plans: usize,
    pub results: usize,
    pub indicators: usize,
    pub actuals: usize,
}

impl PlanBatch {
    /// The number of plans, results, indicators and actuals in the batch.
    pub fn counts(&self) -> LoadedPlans {
        let mut c = LoadedPlans {
            plans: self.plans.len(),
            ..LoadedPlans::default()
        };
        for r in self.plans.iter().flat_map(|p| &p.results) {
            c.results += 1;
            c.indicators += r.indicators.len();
            c.actuals += r.indicators.iter().map(|i| i.actuals.len()).sum::<usize>();
        }
        c
    }
}

fn parent_error() -> StoreError {
    StoreError::Invalid {
        errors: vec![FieldError::new(
            "result_parent",
            t("plan.parent_not_in_supervisor_plan"),
        )],
    }
}

impl Store {
    /// Loads a batch in one transaction with one audit row. Parents must
    /// come before their children and supervisors before their staff.
    pub fn load_batch(&mut self, batch: &Batch, source: &str) -> Result<Loaded> {
        self.require(Role::may_edit_register, "edit_register")?;
        self.write(|tx, ctx| {
            let mut unit_ids = Vec::with_capacity(batch.units.len());
            for u in &batch.units {
                let mut f = u.fields.clone();
                f.parent_id = u.parent.map(|p| unit_ids[p]);
                f.head_id = None;
                unit_ids.push(insert_unit_row(tx, ctx, &f)?);
            }
            let mut staff_ids = Vec::with_capacity(batch.staff.len());
            for s in &batch.staff {
                let mut f = s.fields.clone();
                f.unit_id = unit_ids[s.unit];
                f.supervisor_id = s.supervisor.map(|i| staff_ids[i]);
                let (sort_key, search, flags) = derived(&f);
                let id = insert_staff_row(tx, ctx, &f, &sort_key, &search, flags, Some(&s.status))
                    .map_err(|e| match e {
                        StoreError::Sqlite { source }
                            if source.sqlite_error_code()
                                == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                        {
                            StoreError::DuplicateNip {
                                nip: f.nip.grouped(),
                                holder: String::new(),
                            }
                        }
                        other => other,
                    })?;
                staff_ids.push(id);
            }
            let mut set_head = tx.prepare_cached("UPDATE unit SET head_id = ?1 WHERE id = ?2")?;
            for (u, id) in batch.units.iter().zip(&unit_ids) {
                if let Some(h) = u.head {
                    set_head.execute([staff_ids[h], *id])?;
                }
            }
            if let Some(org) = &batch.organisation {
                tx.execute(
                    "INSERT INTO meta(key, value) VALUES ('organisation', ?1)
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [org],
                )?;
            }
            let loaded = Loaded {
                units: unit_ids.len(),
                staff: staff_ids.len(),
                staff_ids,
                unit_ids,
            };
            audit(
                tx,
                ctx,
                "load",
                "batch",
                source,
                None,
                json(&serde_json::json!({"units": loaded.units, "staff": loaded.staff})),
            )?;
            Ok(loaded)
        })
    }

    /// Loads the SKP plans of one year with their results, indicators and
    /// actuals, in one transaction with one audit row; `staff_ids[i]` is
    /// the person `NewPlan::staff == i`. Nothing is written if anything
    /// fails: a staff index out of range, a parent that is not a result of
    /// the direct supervisor's plan earlier in the batch, or a person who
    /// already has a plan for the year (the database refuses the second
    /// plan).
    pub fn load_plans(
        &mut self,
        batch: &PlanBatch,
        staff_ids: &[StaffId],
        source: &str,
    ) -> Result<LoadedPlans> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let counts = batch.counts();
        if counts.actuals > 0 {
            self.require(Role::may_enter_results, "enter_results")?;
        }
        self.write(|tx, ctx| {
            let before: i64 =
                tx.query_row("SELECT coalesce(max(id), 0) FROM plan", [], |r| r.get(0))?;
            insert_without_triggers(tx, ctx, batch, staff_ids)?;
            // Every plan is new: its person's standing is computed by the
            // flush that ends this transaction.
            tx.execute(
                "INSERT OR IGNORE INTO rollup_dirty SELECT staff_id, year FROM plan WHERE id > ?1",
                [before],
            )?;
            audit(
                tx,
                ctx,
                "load",
                "plans",
                source,
                None,
                json(&serde_json::json!({
                    "year": batch.year,
                    "plans": counts.plans,
                    "results": counts.results,
                    "indicators": counts.indicators,
                    "actuals": counts.actuals,
                })),
            )?;
            Ok(counts)
        })
    }
}

/// Inserts the plans of a batch with the connection's triggers off.
///
/// The only triggers on plan, planned_result, indicator and actual are the
/// rollup's (a test keeps it so): they mark each row's person dirty, and
/// for an indicator or an actual they first look the person up through
/// three tables, and make SQLite journal every statement: most of the time
/// of a bulk load. The caller marks the new plans' people once instead.
/// SQLite compiles triggers into a statement when it prepares it and
/// re-prepares every statement when the setting changes, so they are off
/// only while these rows are inserted, and on again before anything else
/// runs (also when an insert fails).
fn insert_without_triggers(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    batch: &PlanBatch,
    staff_ids: &[StaffId],
) -> Result<()> {
    tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    let inserted = insert_plans(tx, ctx, batch, staff_ids);
    tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)?;
    inserted
}

/// Every plan of a batch with its results, indicators and actuals.
fn insert_plans(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    batch: &PlanBatch,
    staff_ids: &[StaffId],
) -> Result<()> {
    let mut insert_plan = tx.prepare(
        "INSERT INTO plan(staff_id, year, created_at, created_by, updated_at, updated_by)
             VALUES (?1, ?2, ?3, ?4, ?3, ?4)",
    )?;
    let mut insert_result = tx.prepare(
        "INSERT INTO planned_result(plan_id, kind, text, parent_id, position,
                created_at, created_by, updated_at, updated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7)",
    )?;
    let mut insert_indicator = tx.prepare(
        "INSERT INTO indicator(result_id, position, aspect, text, satuan, target,
                quarter_targets, polarity, aggregation, allow_over_100,
                created_at, created_by, updated_at, updated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?11, ?12)",
    )?;
    let mut insert_actual = tx.prepare(
        "INSERT INTO actual(indicator_id, quarter, value, evidence, feedback,
                feedback_by, feedback_at, created_at, created_by, updated_at, updated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)",
    )?;
    let mut supervisor_of = tx.prepare("SELECT supervisor_id FROM staff WHERE id = ?1")?;
    // The staff id of each plan, and where its result ids start in
    // `result_ids`.
    let mut plan_staff: Vec<StaffId> = Vec::with_capacity(batch.plans.len());
    let mut first_result: Vec<usize> = Vec::with_capacity(batch.plans.len());
    let mut result_ids: Vec<PlannedResultId> = Vec::with_capacity(batch.counts().results);
    for (pi, p) in batch.plans.iter().enumerate() {
        let staff_id = *staff_ids.get(p.staff).ok_or_else(|| StoreError::NotFound {
            entity: "staff",
            id: format!("#{}", p.staff),
        })?;
        insert_plan.execute(params![staff_id, batch.year, ctx.now, ctx.user])?;
        let plan_id = tx.last_insert_rowid();
        plan_staff.push(staff_id);
        first_result.push(result_ids.len());
        let mut supervisor: Option<Option<StaffId>> = None;
        for (ri, r) in p.results.iter().enumerate() {
            let parent_id = match r.parent {
                None => None,
                Some(at) => {
                    let sup = match supervisor {
                        Some(s) => s,
                        None => {
                            let s = supervisor_of.query_row([staff_id], |row| row.get(0))?;
                            supervisor = Some(s);
                            s
                        }
                    };
                    let in_plan = |plan: usize| {
                        let end = first_result
                            .get(plan + 1)
                            .copied()
                            .unwrap_or(result_ids.len());
                        first_result[plan]..end
                    };
                    let found = (at.plan < pi && sup == Some(plan_staff[at.plan]))
                        .then(|| in_plan(at.plan))
                        .and_then(|range| result_ids[range].get(at.result).copied());
                    Some(found.ok_or_else(parent_error)?)
                }
            };
            insert_result.execute(params![
                plan_id,
                r.fields.kind.code(),
                r.fields.text,
                parent_id,
                ri as i64 + 1,
                ctx.now,
                ctx.user
            ])?;
            let result_id = tx.last_insert_rowid();
            result_ids.push(result_id);
            for (ii, ind) in r.indicators.iter().enumerate() {
                let f = &ind.fields;
                insert_indicator.execute(params![
                    result_id,
                    ii as i64 + 1,
                    f.aspect.code(),
                    f.text,
                    f.satuan,
                    serde_json::to_string(&f.target).expect("plain data serialises"),
                    serde_json::to_string(&f.quarter_targets).expect("plain data serialises"),
                    f.polarity.code(),
                    f.aggregation.code(),
                    f.allow_over_100,
                    ctx.now,
                    ctx.user
                ])?;
                let indicator_id = tx.last_insert_rowid();
                for a in &ind.actuals {
                    let has_feedback = !a.feedback.is_empty();
                    insert_actual.execute(params![
                        indicator_id,
                        a.quarter.number(),
                        a.value.units(),
                        a.evidence,
                        a.feedback,
                        has_feedback.then_some(ctx.user),
                        has_feedback.then_some(&ctx.now),
                        ctx.now,
                        ctx.user
                    ])?;
                }
            }
        }
    }
    Ok(())
}
