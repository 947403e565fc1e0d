//! SKP plans: planned results and indicators, per person per year.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

use super::staff::stale_if_zero;
use super::{Result, Store, StoreError, WriteCtx, audit, json};
use crate::domain::plan::{
    Aggregation, Aspect, IndicatorFields, IndicatorId, PlanId, PlannedResultFields,
    PlannedResultId, Polarity, ResultKind, TargetValue,
};
use crate::domain::role::Role;
use crate::domain::staff::StaffId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub id: PlanId,
    pub staff_id: StaffId,
    pub year: i32,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    pub id: IndicatorId,
    pub result_id: PlannedResultId,
    pub fields: IndicatorFields,
    pub position: i64,
    pub archived: bool,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedResult {
    pub id: PlannedResultId,
    pub plan_id: PlanId,
    pub fields: PlannedResultFields,
    pub position: i64,
    pub archived: bool,
    pub version: i64,
    pub indicators: Vec<Indicator>,
}

/// A plan with its results and their indicators, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanTree {
    pub plan: Plan,
    pub results: Vec<PlannedResult>,
}

/// Which way to move a result or indicator among its siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

fn bad(i: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        i,
        rusqlite::types::Type::Text,
        format!("unknown {what}").into(),
    )
}

const INDICATOR_COLUMNS: &str = "id, result_id, position, aspect, text, satuan, target,
     quarter_targets, polarity, aggregation, allow_over_100, archived, version";

pub(crate) fn indicator_from_row(r: &Row<'_>, first: usize) -> rusqlite::Result<Indicator> {
    let c = |i: usize| first + i;
    let aspect: String = r.get(c(3))?;
    let target: String = r.get(c(6))?;
    let quarters: String = r.get(c(7))?;
    let polarity: String = r.get(c(8))?;
    let aggregation: String = r.get(c(9))?;
    Ok(Indicator {
        id: r.get(c(0))?,
        result_id: r.get(c(1))?,
        position: r.get(c(2))?,
        fields: IndicatorFields {
            text: r.get(c(4))?,
            satuan: r.get(c(5))?,
            aspect: Aspect::parse(&aspect).ok_or_else(|| bad(c(3), "aspect"))?,
            target: serde_json::from_str::<TargetValue>(&target)
                .map_err(|_| bad(c(6), "target"))?,
            quarter_targets: serde_json::from_str::<[TargetValue; 4]>(&quarters)
                .map_err(|_| bad(c(7), "quarter targets"))?,
            polarity: Polarity::parse(&polarity).ok_or_else(|| bad(c(8), "polarity"))?,
            aggregation: Aggregation::parse(&aggregation)
                .ok_or_else(|| bad(c(9), "aggregation"))?,
            allow_over_100: r.get(c(10))?,
        },
        archived: r.get(c(11))?,
        version: r.get(c(12))?,
    })
}

fn to_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

impl Store {
    /// A person's plan for a year, archived parts included (marked).
    pub fn plan(&self, staff_id: StaffId, year: i32) -> Result<Option<PlanTree>> {
        let plan = self
            .conn
            .prepare_cached(
                "SELECT id, staff_id, year, version FROM plan
                 WHERE staff_id = ?1 AND year = ?2 AND archived = 0",
            )?
            .query_row(params![staff_id, year], |r| {
                Ok(Plan {
                    id: r.get(0)?,
                    staff_id: r.get(1)?,
                    year: r.get(2)?,
                    version: r.get(3)?,
                })
            })
            .optional()?;
        let Some(plan) = plan else { return Ok(None) };
        let mut results = self
            .conn
            .prepare_cached(
                "SELECT id, plan_id, kind, text, parent_id, position, archived, version
                 FROM planned_result WHERE plan_id = ?1 ORDER BY position, id",
            )?
            .query_map([plan.id], |r| {
                let kind: String = r.get(2)?;
                Ok(PlannedResult {
                    id: r.get(0)?,
                    plan_id: r.get(1)?,
                    fields: PlannedResultFields {
                        kind: ResultKind::parse(&kind).ok_or_else(|| bad(2, "kind"))?,
                        text: r.get(3)?,
                        parent_id: r.get(4)?,
                    },
                    position: r.get(5)?,
                    archived: r.get(6)?,
                    version: r.get(7)?,
                    indicators: Vec::new(),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicator WHERE result_id = ?1 ORDER BY position, id"
        ))?;
        for res in &mut results {
            res.indicators = stmt
                .query_map([res.id], |r| indicator_from_row(r, 0))?
                .collect::<Result<Vec<_>, _>>()?;
        }
        Ok(Some(PlanTree { plan, results }))
    }

    pub fn get_indicator(&self, id: IndicatorId) -> Result<Indicator> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {INDICATOR_COLUMNS} FROM indicator WHERE id = ?1"
            ))?
            .query_row([id], |r| indicator_from_row(r, 0))
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "indicator",
                id: id.to_string(),
            })
    }

    /// The active planned results in the supervisor's plan of the same
    /// year: the only results a person's result may intervene in.
    pub fn supervisor_results(
        &self,
        staff_id: StaffId,
        year: i32,
    ) -> Result<Vec<(PlannedResultId, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.text FROM staff s
             JOIN plan p ON p.staff_id = s.supervisor_id AND p.year = ?2 AND p.archived = 0
             JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             WHERE s.id = ?1 ORDER BY r.position, r.id",
        )?;
        let rows = stmt.query_map(params![staff_id, year], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Starts an empty plan for a person and year.
    pub fn create_plan(&mut self, staff_id: StaffId, year: i32) -> Result<PlanId> {
        self.require(Role::may_edit_register, "edit_plans")?;
        self.staff_brief(staff_id)?;
        if let Some(existing) = self.plan(staff_id, year)? {
            return Ok(existing.plan.id);
        }
        self.write(|tx, ctx| insert_plan(tx, ctx, staff_id, year))
    }

    fn plan_of_result(&self, result_id: PlannedResultId) -> Result<Plan> {
        self.conn
            .prepare_cached(
                "SELECT p.id, p.staff_id, p.year, p.version FROM planned_result r
                 JOIN plan p ON p.id = r.plan_id WHERE r.id = ?1",
            )?
            .query_row([result_id], |r| {
                Ok(Plan {
                    id: r.get(0)?,
                    staff_id: r.get(1)?,
                    year: r.get(2)?,
                    version: r.get(3)?,
                })
            })
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "planned_result",
                id: result_id.to_string(),
            })
    }

    /// The parent must come from the supervisor's plan of the same year.
    fn check_parent(&self, staff_id: StaffId, year: i32, f: &PlannedResultFields) -> Result<()> {
        if f.parent_id.is_none() {
            return Ok(());
        }
        let allowed: Vec<PlannedResultId> = self
            .supervisor_results(staff_id, year)?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        f.draft()
            .validate_with_parents(&allowed)
            .map(|_| ())
            .map_err(|errors| StoreError::Invalid { errors })
    }

    pub fn insert_result(
        &mut self,
        plan_id: PlanId,
        f: &PlannedResultFields,
    ) -> Result<PlannedResultId> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let (staff_id, year): (StaffId, i32) = self
            .conn
            .query_row(
                "SELECT staff_id, year FROM plan WHERE id = ?1",
                [plan_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "plan",
                id: plan_id.to_string(),
            })?;
        self.check_parent(staff_id, year, f)?;
        self.write(|tx, ctx| {
            let id = insert_result_row(tx, ctx, plan_id, f)?;
            audit(tx, ctx, "create", "planned_result", id, None, json(f))?;
            Ok(id)
        })
    }

    pub fn update_result(
        &mut self,
        id: PlannedResultId,
        version: i64,
        f: &PlannedResultFields,
    ) -> Result<()> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let plan = self.plan_of_result(id)?;
        self.check_parent(plan.staff_id, plan.year, f)?;
        self.write(|tx, ctx| {
            let n = tx.execute(
                "UPDATE planned_result SET kind = ?1, text = ?2, parent_id = ?3,
                    version = version + 1, updated_at = ?4, updated_by = ?5
                 WHERE id = ?6 AND version = ?7",
                params![
                    f.kind.code(),
                    f.text,
                    f.parent_id,
                    ctx.now,
                    ctx.user,
                    id,
                    version
                ],
            )?;
            stale_if_zero(tx, "planned_result", id, n)?;
            audit(tx, ctx, "update", "planned_result", id, None, json(f))?;
            Ok(())
        })
    }

    pub fn insert_indicator(
        &mut self,
        result_id: PlannedResultId,
        f: &IndicatorFields,
    ) -> Result<IndicatorId> {
        self.require(Role::may_edit_register, "edit_plans")?;
        self.plan_of_result(result_id)?;
        self.write(|tx, ctx| {
            let id = insert_indicator_row(tx, ctx, result_id, f)?;
            audit(tx, ctx, "create", "indicator", id, None, json(f))?;
            Ok(id)
        })
    }

    pub fn update_indicator(
        &mut self,
        id: IndicatorId,
        version: i64,
        f: &IndicatorFields,
    ) -> Result<()> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let before = self.get_indicator(id)?;
        self.write(|tx, ctx| {
            let n = tx.execute(
                "UPDATE indicator SET aspect = ?1, text = ?2, satuan = ?3, target = ?4,
                    quarter_targets = ?5, polarity = ?6, aggregation = ?7, allow_over_100 = ?8,
                    version = version + 1, updated_at = ?9, updated_by = ?10
                 WHERE id = ?11 AND version = ?12",
                params![
                    f.aspect.code(),
                    f.text,
                    f.satuan,
                    to_json(&f.target),
                    to_json(&f.quarter_targets),
                    f.polarity.code(),
                    f.aggregation.code(),
                    f.allow_over_100,
                    ctx.now,
                    ctx.user,
                    id,
                    version
                ],
            )?;
            stale_if_zero(tx, "indicator", id, n)?;
            audit(
                tx,
                ctx,
                "update",
                "indicator",
                id,
                json(&before.fields),
                json(f),
            )?;
            Ok(())
        })
    }

    /// Archives a planned result or an indicator (`table` is one of the
    /// two); nothing is deleted and its actuals stay.
    fn archive(&mut self, table: &'static str, id: i64, version: i64) -> Result<()> {
        self.require(Role::may_edit_register, "edit_plans")?;
        self.write(|tx, ctx| {
            let n = tx.execute(
                &format!(
                    "UPDATE {table} SET archived = 1, version = version + 1, updated_at = ?1,
                        updated_by = ?2 WHERE id = ?3 AND version = ?4"
                ),
                params![ctx.now, ctx.user, id, version],
            )?;
            stale_if_zero(tx, table, id, n)?;
            audit(tx, ctx, "archive", table, id, None, None)?;
            Ok(())
        })
    }

    pub fn archive_result(&mut self, id: PlannedResultId, version: i64) -> Result<()> {
        self.archive("planned_result", id, version)
    }

    pub fn archive_indicator(&mut self, id: IndicatorId, version: i64) -> Result<()> {
        self.archive("indicator", id, version)
    }

    /// Swaps a result or indicator with its neighbour among the siblings.
    fn reorder(&mut self, table: &'static str, parent_col: &str, id: i64, dir: Move) -> Result<()> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let (parent, position): (i64, i64) = self.conn.query_row(
            &format!("SELECT {parent_col}, position FROM {table} WHERE id = ?1"),
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (cmp, order) = match dir {
            Move::Up => ("<", "DESC"),
            Move::Down => (">", "ASC"),
        };
        let neighbour: Option<(i64, i64)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT id, position FROM {table} WHERE {parent_col} = ?1 AND archived = 0
                     AND (position, id) {cmp} (?2, ?3) ORDER BY position {order}, id {order} LIMIT 1"
                ),
                params![parent, position, id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((other, other_pos)) = neighbour else {
            return Ok(());
        };
        // Equal positions (never reordered yet) get distinct ones.
        let (mine, theirs) = if other_pos == position {
            match dir {
                Move::Up => (position, position + 1),
                Move::Down => (position + 1, position),
            }
        } else {
            (other_pos, position)
        };
        self.write(|tx, ctx| {
            let set = format!(
                "UPDATE {table} SET position = ?1, version = version + 1, updated_at = ?2,
                    updated_by = ?3 WHERE id = ?4"
            );
            tx.execute(&set, params![mine, ctx.now, ctx.user, id])?;
            tx.execute(&set, params![theirs, ctx.now, ctx.user, other])?;
            audit(tx, ctx, "move", table, id, json(&position), json(&mine))?;
            Ok(())
        })
    }

    pub fn move_result(&mut self, id: PlannedResultId, dir: Move) -> Result<()> {
        self.reorder("planned_result", "plan_id", id, dir)
    }

    pub fn move_indicator(&mut self, id: IndicatorId, dir: Move) -> Result<()> {
        self.reorder("indicator", "result_id", id, dir)
    }

    /// Copies the active results and indicators of a person's plan from one
    /// year into a new plan for another (links to the supervisor's results
    /// are left out: they belong to the old year).
    pub fn copy_plan(&mut self, staff_id: StaffId, from: i32, to: i32) -> Result<PlanId> {
        self.require(Role::may_edit_register, "edit_plans")?;
        let source = self.plan(staff_id, from)?.ok_or(StoreError::NotFound {
            entity: "plan",
            id: format!("{staff_id}/{from}"),
        })?;
        let existing = self.plan(staff_id, to)?;
        self.write(|tx, ctx| {
            let plan_id = match &existing {
                Some(p) => p.plan.id,
                None => insert_plan(tx, ctx, staff_id, to)?,
            };
            for r in source.results.iter().filter(|r| !r.archived) {
                let mut f = r.fields.clone();
                f.parent_id = None;
                let rid = insert_result_row(tx, ctx, plan_id, &f)?;
                for i in r.indicators.iter().filter(|i| !i.archived) {
                    insert_indicator_row(tx, ctx, rid, &i.fields)?;
                }
            }
            audit(tx, ctx, "copy", "plan", plan_id, json(&from), json(&to))?;
            Ok(plan_id)
        })
    }
}

pub(crate) fn insert_plan(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    staff_id: StaffId,
    year: i32,
) -> Result<PlanId> {
    tx.prepare_cached(
        "INSERT INTO plan(staff_id, year, created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?3, ?4)",
    )?
    .execute(params![staff_id, year, ctx.now, ctx.user])?;
    let id = tx.last_insert_rowid();
    audit(tx, ctx, "create", "plan", id, None, json(&(staff_id, year)))?;
    Ok(id)
}

pub(crate) fn insert_result_row(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    plan_id: PlanId,
    f: &PlannedResultFields,
) -> Result<PlannedResultId> {
    tx.prepare_cached(
        "INSERT INTO planned_result(plan_id, kind, text, parent_id, position,
            created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4,
            (SELECT coalesce(max(position), 0) + 1 FROM planned_result WHERE plan_id = ?1),
            ?5, ?6, ?5, ?6)",
    )?
    .execute(params![
        plan_id,
        f.kind.code(),
        f.text,
        f.parent_id,
        ctx.now,
        ctx.user
    ])?;
    Ok(tx.last_insert_rowid())
}

pub(crate) fn insert_indicator_row(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    result_id: PlannedResultId,
    f: &IndicatorFields,
) -> Result<IndicatorId> {
    tx.prepare_cached(
        "INSERT INTO indicator(result_id, position, aspect, text, satuan, target, quarter_targets,
            polarity, aggregation, allow_over_100, created_at, created_by, updated_at, updated_by)
         VALUES (?1,
            (SELECT coalesce(max(position), 0) + 1 FROM indicator WHERE result_id = ?1),
            ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, ?11)",
    )?
    .execute(params![
        result_id,
        f.aspect.code(),
        f.text,
        f.satuan,
        to_json(&f.target),
        to_json(&f.quarter_targets),
        f.polarity.code(),
        f.aggregation.code(),
        f.allow_over_100,
        ctx.now,
        ctx.user
    ])?;
    Ok(tx.last_insert_rowid())
}
