//! Each person's standing per period (`person_period`), for the summary.
//!
//! Triggers mark a (person, year) dirty whenever a plan, result, indicator
//! or actual of it changes; [`flush`] recomputes the dirty ones in Rust —
//! capaian depends on target kinds and polarity that SQL does not know —
//! inside the same transaction as the change ([`Store::write`] calls it),
//! so the summary is never behind what was saved.
//!
//! [`Store::write`]: super::Store

use rusqlite::{Transaction, params};

use super::Result;
use super::plan::indicator_from_row;
use crate::domain::achievement::{Achievement, annual_achievement, quarter_achievement};
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::IndicatorFields;
use crate::domain::rating::AssessmentPeriod;
use crate::domain::staff::StaffId;
use crate::domain::suggestion::average_achievement;

/// The capaian of one indicator for a period, from its quarters' actuals.
pub(crate) fn period_achievement(
    fields: &IndicatorFields,
    period: AssessmentPeriod,
    quarters: &[Option<Decimal>; 4],
) -> Achievement {
    match period.quarter() {
        Some(q) => quarter_achievement(fields, q, quarters[q.index()]),
        None => annual_achievement(fields, quarters),
    }
}

/// Cells with a value among the period's cells of one indicator: one for
/// a quarter, four for the year.
pub(crate) fn period_cells(
    period: AssessmentPeriod,
    quarters: &[Option<Decimal>; 4],
) -> (u64, u64) {
    match period.quarter() {
        Some(q) => (quarters[q.index()].is_some() as u64, 1),
        None => (quarters.iter().filter(|v| v.is_some()).count() as u64, 4),
    }
}

/// One person's plan for a year: each indicator with its quarters' values.
struct PersonYear {
    staff: StaffId,
    year: i32,
    indicators: Vec<(IndicatorFields, [Option<Decimal>; 4])>,
}

impl PersonYear {
    /// (period, total, filled, counted, average × 10 000) for each period.
    fn rows(&self) -> Vec<(u8, u64, u64, u64, Option<i64>)> {
        AssessmentPeriod::all()
            .into_iter()
            .map(|period| {
                let (mut total, mut filled) = (0, 0);
                let mut achievements = Vec::with_capacity(self.indicators.len());
                for (fields, values) in &self.indicators {
                    let (f, t) = period_cells(period, values);
                    filled += f;
                    total += t;
                    achievements.push(period_achievement(fields, period, values));
                }
                let avg = average_achievement(&achievements);
                let units = avg
                    .average
                    .and_then(|a| a.round_dp(4))
                    .and_then(|a| a.to_decimal())
                    .map(Decimal::units);
                (period.number(), total, filled, avg.counted as u64, units)
            })
            .collect()
    }
}

/// Recomputes every (person, year) marked dirty, then clears the marks.
pub(crate) fn flush(tx: &Transaction<'_>) -> Result<usize> {
    let dirty: i64 = tx
        .prepare_cached("SELECT count(*) FROM rollup_dirty")?
        .query_row([], |r| r.get(0))?;
    if dirty == 0 {
        return Ok(0);
    }
    tx.execute(
        "DELETE FROM person_period WHERE (staff_id, year) IN
            (SELECT staff_id, year FROM rollup_dirty)",
        [],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO person_period(staff_id, year, period, total, filled, counted, average)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut write = |p: &PersonYear| -> Result<()> {
        for (period, total, filled, counted, average) in p.rows() {
            insert.execute(params![
                p.staff, p.year, period, total, filled, counted, average
            ])?;
        }
        Ok(())
    };
    // Every indicator of the dirty people's live plans, with all four
    // quarters' actuals; a plan without indicators still gives a row.
    // From the dirty list outwards (`CROSS JOIN`): left to itself SQLite
    // walked every plan of the database in key order to spare a sort, and
    // one saved cell took 10 ms instead of a fraction of one.
    let mut stmt = tx.prepare_cached(
        "SELECT d.staff_id, d.year, a.quarter, a.value,
                i.id, i.result_id, i.position, i.aspect, i.text, i.satuan, i.target,
                i.quarter_targets, i.polarity, i.aggregation, i.allow_over_100,
                i.archived, i.version
         FROM rollup_dirty d
         CROSS JOIN plan p ON p.staff_id = d.staff_id AND p.year = d.year AND p.archived = 0
         LEFT JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
         LEFT JOIN indicator i ON i.result_id = r.id AND i.archived = 0
         LEFT JOIN actual a ON a.indicator_id = i.id
         ORDER BY d.staff_id, d.year, i.id",
    )?;
    let mut rows = stmt.query([])?;
    let mut current: Option<PersonYear> = None;
    let mut last_indicator: Option<i64> = None;
    while let Some(r) = rows.next()? {
        let (staff, year): (StaffId, i32) = (r.get(0)?, r.get(1)?);
        if current.as_ref().map(|c| (c.staff, c.year)) != Some((staff, year)) {
            if let Some(done) = current.take() {
                write(&done)?;
            }
            current = Some(PersonYear {
                staff,
                year,
                indicators: Vec::new(),
            });
            last_indicator = None;
        }
        let person = current.as_mut().expect("set above");
        let Some(indicator) = r.get::<_, Option<i64>>(4)? else {
            continue;
        };
        if last_indicator != Some(indicator) {
            person
                .indicators
                .push((indicator_from_row(r, 4)?.fields, [None; 4]));
            last_indicator = Some(indicator);
        }
        let quarter: Option<u8> = r.get(2)?;
        let value: Option<i64> = r.get(3)?;
        if let Some(q) = quarter.and_then(Quarter::new) {
            let values = &mut person.indicators.last_mut().expect("pushed above").1;
            values[q.index()] = value.and_then(Decimal::from_units);
        }
    }
    if let Some(done) = current.take() {
        write(&done)?;
    }
    tx.execute("DELETE FROM rollup_dirty", [])?;
    Ok(dirty as usize)
}

/// A person's standing for one period, as the summary counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub total: u64,
    pub filled: u64,
    /// Indicators whose capaian is in the mean.
    pub counted: u64,
    /// The mean capaian in percent, to four decimals.
    pub average: Option<Decimal>,
}

impl super::Store {
    /// The stored standing of a person for a period; `None` without a plan.
    pub fn standing(
        &self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Option<Standing>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached(
                "SELECT total, filled, counted, average FROM person_period
                 WHERE staff_id = ?1 AND year = ?2 AND period = ?3",
            )?
            .query_row(params![staff, year, period.number()], |r| {
                Ok(Standing {
                    total: r.get::<_, i64>(0)? as u64,
                    filled: r.get::<_, i64>(1)? as u64,
                    counted: r.get::<_, i64>(2)? as u64,
                    average: r.get::<_, Option<i64>>(3)?.and_then(Decimal::from_units),
                })
            })
            .optional()?)
    }
}
