//! Quarterly actuals (realisasi): the entry grid and saving one cell.

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params, params_from_iter};
use serde::Serialize;

use super::plan::{Indicator, indicator_from_row};
use super::{Result, Store, StoreError, audit, json, local_time};
use crate::domain::evaluation::{AssessmentSummary, quarter_summary};
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::IndicatorId;
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, UnitId};

/// One actual as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actual {
    pub value: Option<Decimal>,
    pub evidence: String,
    pub feedback: String,
    pub feedback_by: Option<String>,
    pub feedback_at: Option<String>,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: String,
}

/// What an operator enters for one indicator and quarter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ActualInput {
    pub value: Option<Decimal>,
    pub evidence: String,
    pub feedback: String,
}

/// Which rows the entry grid shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridFilter {
    pub year: i32,
    pub quarter: Quarter,
    /// A unit and everything below it; None for the whole government.
    pub unit: Option<UnitId>,
    /// Only indicators without a value yet ("belum diisi").
    pub only_empty: bool,
}

/// One row of the entry grid: a person and one of their indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GridRow {
    pub staff_id: StaffId,
    pub nip: String,
    pub name: String,
    pub indicator: Indicator,
    pub actual: Option<Actual>,
    /// Who made the person's assessment of this quarter final, and when:
    /// the row is then read-only.
    pub locked: Option<(String, String)>,
}

/// Filled and total indicators of a selection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub filled: u64,
    pub total: u64,
}

impl Progress {
    /// "I 5/5 B ✓ · II 5/5 · III 3/5 · IV 0/5": a year's quarters at a
    /// glance, with the predikat of each assessed quarter.
    pub fn quarters_label(
        quarters: &[Progress; 4],
        separator: &str,
        assessments: &[Option<AssessmentSummary>; 4],
    ) -> String {
        quarters
            .iter()
            .zip(assessments)
            .zip(["I", "II", "III", "IV"])
            .map(|((q, a), name)| match a {
                Some(_) => format!(
                    "{name} {}/{} {}",
                    q.filled,
                    q.total,
                    quarter_summary(true, q.filled, q.total, *a)
                ),
                None => format!("{name} {}/{}", q.filled, q.total),
            })
            .collect::<Vec<_>>()
            .join(separator)
    }
}

const ACTUAL_COLUMNS: &str = "a.value, a.evidence, a.feedback, a.feedback_by, a.feedback_at,
     a.version, a.updated_by, a.updated_at";

fn actual_from_row(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Option<Actual>> {
    let version: Option<i64> = r.get(first + 5)?;
    let Some(version) = version else {
        return Ok(None);
    };
    let units: Option<i64> = r.get(first)?;
    Ok(Some(Actual {
        value: units.and_then(Decimal::from_units),
        evidence: r.get(first + 1)?,
        feedback: r.get(first + 2)?,
        feedback_by: r.get(first + 3)?,
        feedback_at: r.get(first + 4)?,
        version,
        updated_by: r.get(first + 6)?,
        updated_at: r.get(first + 7)?,
    }))
}

impl Store {
    /// The FROM/WHERE part shared by the grid and its progress count.
    fn grid_from(&self, f: &GridFilter) -> Result<(String, Vec<Value>)> {
        // CROSS JOIN keeps SQLite from walking every plan of the year:
        // the unit's staff come first, then their plans by index.
        let mut sql = String::from(
            "FROM staff s
             CROSS JOIN plan p ON p.staff_id = s.id AND p.year = ? AND p.archived = 0
             JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             JOIN indicator i ON i.result_id = r.id AND i.archived = 0
             LEFT JOIN actual a ON a.indicator_id = i.id AND a.quarter = ?
             LEFT JOIN assessment fin ON fin.staff_id = s.id AND fin.year = p.year
                 AND fin.period = ? AND fin.status = 'final'
             WHERE s.status = 'active'",
        );
        let mut params = vec![
            Value::Integer(f.year.into()),
            Value::Integer(f.quarter.number().into()),
            Value::Integer(f.quarter.number().into()),
        ];
        if let Some(unit) = f.unit {
            let (path, end) = self.unit_path_range(unit)?;
            sql.push_str(" AND s.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)");
            params.push(Value::Text(path));
            params.push(Value::Text(end));
        }
        if f.only_empty {
            sql.push_str(" AND a.value IS NULL");
        }
        Ok((sql, params))
    }

    /// Every (person, indicator) row of the selection, by name, then the
    /// order of the plan.
    pub fn grid(&self, f: &GridFilter) -> Result<Vec<GridRow>> {
        let (from, params) = self.grid_from(f)?;
        let sql = format!(
            "SELECT s.id, s.nip, s.front_title, s.name, s.back_title,
                    i.id, i.result_id, i.position, i.aspect, i.text, i.satuan, i.target,
                    i.quarter_targets, i.polarity, i.aggregation, i.allow_over_100, i.archived,
                    i.version, {ACTUAL_COLUMNS}, fin.finalized_by, fin.finalized_at
             {from} ORDER BY s.sort_key, s.id, r.position, r.id, i.position, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            Ok(GridRow {
                staff_id: r.get(0)?,
                nip: r.get(1)?,
                name: super::staff::name_at(r, 2)?,
                indicator: indicator_from_row(r, 5)?,
                actual: actual_from_row(r, 18)?,
                locked: match r.get::<_, Option<String>>(26)? {
                    Some(who) => Some((who, r.get::<_, Option<String>>(27)?.unwrap_or_default())),
                    None => None,
                },
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// How many indicators of the selection have a value (the "only
    /// empty" switch is ignored: progress is always of the whole selection).
    pub fn grid_progress(&self, f: &GridFilter) -> Result<Progress> {
        let all = GridFilter {
            only_empty: false,
            ..f.clone()
        };
        let (from, params) = self.grid_from(&all)?;
        let (filled, total): (i64, i64) = self
            .conn
            .prepare_cached(&format!("SELECT count(a.value), count(*) {from}"))?
            .query_row(params_from_iter(params), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(Progress {
            filled: filled as u64,
            total: total as u64,
        })
    }

    pub fn actual(&self, indicator: IndicatorId, quarter: Quarter) -> Result<Option<Actual>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {ACTUAL_COLUMNS} FROM actual a WHERE a.indicator_id = ?1 AND a.quarter = ?2"
            ))?
            .query_row(params![indicator, quarter.number()], |r| {
                actual_from_row(r, 0)
            })
            .optional()?
            .flatten())
    }

    /// Saves one cell: the value, evidence and feedback of one indicator in
    /// one quarter, in one transaction with its audit row. `seen` is the
    /// version the operator saw (None when the cell was empty); if someone
    /// saved the cell since, the save is refused naming who and when.
    pub fn save_actual(
        &mut self,
        indicator: IndicatorId,
        quarter: Quarter,
        seen: Option<i64>,
        input: &ActualInput,
    ) -> Result<Actual> {
        self.require(Role::may_enter_results, "enter_results")?;
        let (staff, year): (StaffId, i32) = self
            .conn
            .prepare_cached(
                "SELECT p.staff_id, p.year FROM indicator i
                 JOIN planned_result r ON r.id = i.result_id
                 JOIN plan p ON p.id = r.plan_id WHERE i.id = ?1",
            )?
            .query_row([indicator], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "indicator",
                id: indicator.to_string(),
            })?;
        if let Some((who, when)) = self.final_lock(staff, year, quarter.number())? {
            return Err(StoreError::PeriodFinal {
                who,
                when: local_time(&when),
            });
        }
        let before = self.actual(indicator, quarter)?;
        if before.as_ref().map(|a| a.version) != seen {
            return Err(match before {
                Some(a) => StoreError::Stale {
                    who: a.updated_by,
                    when: local_time(&a.updated_at),
                },
                None => StoreError::NotFound {
                    entity: "actual",
                    id: format!("{indicator}/{}", quarter.number()),
                },
            });
        }
        self.get_indicator(indicator)?;
        let feedback_changed =
            before.as_ref().map(|a| a.feedback.as_str()).unwrap_or("") != input.feedback;
        self.write(|tx, ctx| {
            let units = input.value.map(Decimal::units);
            let n = match seen {
                None => tx
                    .prepare_cached(
                        "INSERT INTO actual(indicator_id, quarter, value, evidence, feedback,
                            feedback_by, feedback_at, created_at, created_by, updated_at, updated_by)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)
                         ON CONFLICT(indicator_id, quarter) DO NOTHING",
                    )?
                    .execute(params![
                        indicator,
                        quarter.number(),
                        units,
                        input.evidence,
                        input.feedback,
                        feedback_changed.then_some(ctx.user),
                        feedback_changed.then_some(&ctx.now),
                        ctx.now,
                        ctx.user
                    ])?,
                Some(version) => tx
                    .prepare_cached(
                        "UPDATE actual SET value = ?1, evidence = ?2, feedback = ?3,
                            feedback_by = CASE WHEN ?4 THEN ?5 ELSE feedback_by END,
                            feedback_at = CASE WHEN ?4 THEN ?6 ELSE feedback_at END,
                            version = version + 1, updated_at = ?6, updated_by = ?5
                         WHERE indicator_id = ?7 AND quarter = ?8 AND version = ?9",
                    )?
                    .execute(params![
                        units,
                        input.evidence,
                        input.feedback,
                        feedback_changed,
                        ctx.user,
                        ctx.now,
                        indicator,
                        quarter.number(),
                        version
                    ])?,
            };
            if n == 0 {
                let (who, when): (String, String) = tx.query_row(
                    "SELECT updated_by, updated_at FROM actual WHERE indicator_id = ?1 AND quarter = ?2",
                    params![indicator, quarter.number()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                return Err(StoreError::Stale {
                    who,
                    when: local_time(&when),
                });
            }
            audit(
                tx,
                ctx,
                "save",
                "actual",
                format!("{indicator}/{}", quarter.number()),
                before.as_ref().and_then(json),
                json(input),
            )?;
            Ok(())
        })?;
        self.actual(indicator, quarter)?
            .ok_or(StoreError::NotFound {
                entity: "actual",
                id: format!("{indicator}/{}", quarter.number()),
            })
    }

    /// For each of these people who has a plan for the year: how many of
    /// their indicators have a value in the quarter (for list columns).
    pub fn plan_progress_for(
        &self,
        staff: &[StaffId],
        year: i32,
        quarter: Quarter,
    ) -> Result<std::collections::HashMap<StaffId, Progress>> {
        if staff.is_empty() {
            return Ok(Default::default());
        }
        let marks = vec!["?"; staff.len()].join(", ");
        let sql = format!(
            "SELECT p.staff_id, count(a.value), count(i.id)
             FROM plan p
             LEFT JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             LEFT JOIN indicator i ON i.result_id = r.id AND i.archived = 0
             LEFT JOIN actual a ON a.indicator_id = i.id AND a.quarter = ?
             WHERE p.year = ? AND p.archived = 0 AND p.staff_id IN ({marks})
             GROUP BY p.staff_id"
        );
        let params = [
            Value::Integer(quarter.number().into()),
            Value::Integer(year.into()),
        ]
        .into_iter()
        .chain(staff.iter().map(|id| Value::Integer(*id)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Progress {
                    filled: r.get::<_, i64>(1)? as u64,
                    total: r.get::<_, i64>(2)? as u64,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Per quarter, how many of a person's indicators have a value; None
    /// when they have no plan for the year.
    pub fn plan_progress(&self, staff_id: StaffId, year: i32) -> Result<Option<[Progress; 4]>> {
        let has_plan: bool = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM plan WHERE staff_id = ?1 AND year = ?2 AND archived = 0",
            )?
            .exists(params![staff_id, year])?;
        if !has_plan {
            return Ok(None);
        }
        let mut out = [Progress::default(); 4];
        let mut stmt = self.conn.prepare_cached(
            "SELECT q.n, count(a.value), count(i.id)
             FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) q
             JOIN plan p ON p.staff_id = ?1 AND p.year = ?2 AND p.archived = 0
             JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             JOIN indicator i ON i.result_id = r.id AND i.archived = 0
             LEFT JOIN actual a ON a.indicator_id = i.id AND a.quarter = q.n
             GROUP BY q.n",
        )?;
        let rows = stmt.query_map(params![staff_id, year], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (q, filled, total) = row?;
            out[(q - 1) as usize] = Progress {
                filled: filled as u64,
                total: total as u64,
            };
        }
        Ok(Some(out))
    }
}
