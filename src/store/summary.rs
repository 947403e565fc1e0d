//! The summary per unit for a period: staff, plans, actuals, assessments,
//! mean capaian and predikat counts, each unit with its subtree rolled up.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::params;

use super::{Result, Store};
use crate::domain::distribution::{PredicateCounts, UnitPredicate};
use crate::domain::number::Decimal;
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::staff::{InactiveReason, UnitId};
use crate::domain::unit::UnitKind;

/// The counts of one unit (alone, or with everything below it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Active staff.
    pub active: u64,
    /// Staff who left since the period began, by reason: counted apart.
    pub excluded: BTreeMap<InactiveReason, u64>,
    /// Active staff with an SKP for the year.
    pub with_plan: u64,
    /// … whose actuals of the period are all entered.
    pub complete: u64,
    /// … with an assessment recorded (draft or final).
    pub assessed: u64,
    pub finals: u64,
    /// Sum and count of the people's mean capaian (percent × 10 000).
    pub achievement_sum: i128,
    pub achievement_n: u64,
    pub predicates: PredicateCounts,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.active += o.active;
        for (reason, n) in &o.excluded {
            *self.excluded.entry(*reason).or_default() += n;
        }
        self.with_plan += o.with_plan;
        self.complete += o.complete;
        self.assessed += o.assessed;
        self.finals += o.finals;
        self.achievement_sum += o.achievement_sum;
        self.achievement_n += o.achievement_n;
        for p in Predicate::ALL {
            self.predicates
                .set(p, self.predicates.get(p) + o.predicates.get(p));
        }
    }

    pub fn excluded_total(&self) -> u64 {
        self.excluded.values().sum()
    }

    /// The mean of the people's mean capaian, in percent (two decimals).
    pub fn mean_achievement(&self) -> Option<Decimal> {
        let n = i128::from(self.achievement_n);
        if n == 0 {
            return None;
        }
        // Round half away from zero to 0,01 % (100 units).
        let d = n * 100;
        let s = self.achievement_sum;
        let hundredths = (s.abs() * 2 + d) / (2 * d) * s.signum();
        Decimal::from_units(i64::try_from(hundredths * 100).ok()?)
    }
}

/// One unit of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitSummary {
    pub unit_id: UnitId,
    pub parent_id: Option<UnitId>,
    pub name: String,
    pub kind: UnitKind,
    /// 0 for a root.
    pub depth: usize,
    pub has_children: bool,
    /// The unit's own staff.
    pub own: Tally,
    /// The unit and everything below it.
    pub total: Tally,
    /// The predikat organisasi recorded for the period.
    pub predicate: Option<UnitPredicate>,
}

/// The first day of a period.
pub fn period_start(year: i32, period: AssessmentPeriod) -> NaiveDate {
    let month = period
        .quarter()
        .map_or(1, |q| (q.number() as u32 - 1) * 3 + 1);
    NaiveDate::from_ymd_opt(year, month, 1).expect("valid month")
}

impl Store {
    /// Every active unit in tree order (parents before children, siblings
    /// by name) with its own and its subtree's counts for the period.
    pub fn summary(&self, year: i32, period: AssessmentPeriod) -> Result<Vec<UnitSummary>> {
        let own = self.own_tallies(year, period)?;
        let predicates = self.unit_predicates(year, period)?;
        let units: Vec<_> = self.units()?.into_iter().filter(|u| u.active).collect();
        let ids: std::collections::HashSet<UnitId> = units.iter().map(|u| u.id).collect();
        let mut children: HashMap<Option<UnitId>, Vec<usize>> = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            // A unit under an inactive parent shows as a root.
            let parent = u.fields.parent_id.filter(|p| ids.contains(p));
            children.entry(parent).or_default().push(i);
        }
        let mut out = Vec::with_capacity(units.len());
        // Depth-first, iteratively: (index, depth).
        let mut stack: Vec<(usize, usize)> = children
            .get(&None)
            .map(|v| v.iter().rev().map(|i| (*i, 0)).collect())
            .unwrap_or_default();
        while let Some((i, depth)) = stack.pop() {
            let u = &units[i];
            let kids = children.get(&Some(u.id));
            out.push(UnitSummary {
                unit_id: u.id,
                parent_id: u.fields.parent_id.filter(|p| ids.contains(p)),
                name: u.fields.name.clone(),
                kind: u.fields.kind,
                depth,
                has_children: kids.is_some_and(|k| !k.is_empty()),
                own: own.get(&u.id).cloned().unwrap_or_default(),
                total: Tally::default(),
                predicate: predicates.get(&u.id).copied(),
            });
            if let Some(kids) = kids {
                stack.extend(kids.iter().rev().map(|k| (*k, depth + 1)));
            }
        }
        // Roll up: children come after their parent, so walk backwards.
        let position: HashMap<UnitId, usize> = out
            .iter()
            .enumerate()
            .map(|(i, u)| (u.unit_id, i))
            .collect();
        for i in (0..out.len()).rev() {
            let own = out[i].own.clone();
            out[i].total.add(&own);
            if let Some(p) = out[i].parent_id.and_then(|p| position.get(&p).copied()) {
                let total = out[i].total.clone();
                out[p].total.add(&total);
            }
        }
        Ok(out)
    }

    /// Each unit's own counts, from the staff, their period rollup and
    /// their assessments.
    fn own_tallies(&self, year: i32, period: AssessmentPeriod) -> Result<HashMap<UnitId, Tally>> {
        let mut out: HashMap<UnitId, Tally> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.unit_id, count(*), count(pp.staff_id),
                    coalesce(sum(pp.total > 0 AND pp.filled >= pp.total), 0),
                    count(a.staff_id), coalesce(sum(a.status = 'final'), 0),
                    coalesce(sum(pp.average), 0), count(pp.average),
                    coalesce(sum(a.predicate = 'SB'), 0), coalesce(sum(a.predicate = 'B'), 0),
                    coalesce(sum(a.predicate = 'BP'), 0), coalesce(sum(a.predicate = 'K'), 0),
                    coalesce(sum(a.predicate = 'SK'), 0)
             FROM staff s
             LEFT JOIN person_period pp ON pp.staff_id = s.id AND pp.year = ?1
                AND pp.period = ?2
             LEFT JOIN assessment a ON a.staff_id = s.id AND a.year = ?1 AND a.period = ?2
             WHERE s.status = 'active'
             GROUP BY s.unit_id",
        )?;
        let rows = stmt.query_map(params![year, period.number()], |r| {
            let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)? as u64) };
            Ok((
                r.get::<_, UnitId>(0)?,
                Tally {
                    active: n(1)?,
                    excluded: BTreeMap::new(),
                    with_plan: n(2)?,
                    complete: n(3)?,
                    assessed: n(4)?,
                    finals: n(5)?,
                    achievement_sum: i128::from(r.get::<_, i64>(6)?),
                    achievement_n: n(7)?,
                    predicates: PredicateCounts::new([n(8)?, n(9)?, n(10)?, n(11)?, n(12)?]),
                },
            ))
        })?;
        for row in rows {
            let (unit, tally) = row?;
            out.insert(unit, tally);
        }
        let start = period_start(year, period).to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT unit_id, inactive_reason, count(*) FROM staff
             WHERE status = 'inactive' AND inactive_since >= ?1
             GROUP BY unit_id, inactive_reason",
        )?;
        let rows = stmt.query_map([start], |r| {
            Ok((
                r.get::<_, UnitId>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (unit, reason, n) = row?;
            let reason = reason
                .as_deref()
                .and_then(InactiveReason::parse)
                .unwrap_or(InactiveReason::Other);
            *out.entry(unit)
                .or_default()
                .excluded
                .entry(reason)
                .or_default() += n as u64;
        }
        Ok(out)
    }

    /// The predikat organisasi of every unit that has one for the period.
    fn unit_predicates(
        &self,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<HashMap<UnitId, UnitPredicate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT unit_id, predicate FROM unit_predicate
             WHERE year = ?1 AND period = ?2 AND predicate IS NOT NULL",
        )?;
        let rows = stmt.query_map(params![year, period.number()], |r| {
            Ok((r.get::<_, UnitId>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let (unit, code) = row?;
            if let Some(p) = UnitPredicate::parse(&code) {
                out.insert(unit, p);
            }
        }
        Ok(out)
    }
}

impl Store {
    /// For a unit and everything below it, each quarter of the year: the
    /// active staff, those with a plan, with complete actuals, and final.
    pub fn unit_quarters(&self, unit: UnitId, year: i32) -> Result<[Tally; 4]> {
        let (start, end) = self.unit_path_range(unit)?;
        let active: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM unit u
                 CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
                 WHERE u.path >= ?1 AND u.path < ?2",
            )?
            .query_row(params![start, end], |r| r.get(0))?;
        let mut out: [Tally; 4] = Default::default();
        for t in &mut out {
            t.active = active as u64;
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT pp.period, count(*), coalesce(sum(pp.total > 0 AND pp.filled >= pp.total), 0)
             FROM unit u
             CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
             JOIN person_period pp ON pp.staff_id = s.id AND pp.year = ?3
                AND pp.period BETWEEN 1 AND 4
             WHERE u.path >= ?1 AND u.path < ?2
             GROUP BY pp.period",
        )?;
        let rows = stmt.query_map(params![start, end, year], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (period, plans, complete) = row?;
            if let Some(t) = out.get_mut((period - 1) as usize) {
                t.with_plan = plans as u64;
                t.complete = complete as u64;
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.period, count(*), coalesce(sum(a.status = 'final'), 0)
             FROM unit u
             CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
             JOIN assessment a ON a.staff_id = s.id AND a.year = ?3 AND a.period BETWEEN 1 AND 4
             WHERE u.path >= ?1 AND u.path < ?2
             GROUP BY a.period",
        )?;
        let rows = stmt.query_map(params![start, end, year], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (period, assessed, finals) = row?;
            if let Some(t) = out.get_mut((period - 1) as usize) {
                t.assessed = assessed as u64;
                t.finals = finals as u64;
            }
        }
        Ok(out)
    }
}

/// Someone left out of a period's counts: no longer active since the
/// period began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExcludedPerson {
    pub staff_id: crate::domain::staff::StaffId,
    pub nip: String,
    pub name: String,
    pub reason: InactiveReason,
    pub since: String,
}

impl Store {
    /// The people of a unit's subtree who left since the period began, by
    /// name: counted apart in the summary and the monitoring list.
    pub fn excluded_staff(
        &self,
        unit: UnitId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Vec<ExcludedPerson>> {
        let (start, end) = self.unit_path_range(unit)?;
        let since = period_start(year, period).to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.nip, s.front_title, s.name, s.back_title, s.inactive_reason,
                    s.inactive_since
             FROM unit u CROSS JOIN staff s ON s.unit_id = u.id
             WHERE u.path >= ?1 AND u.path < ?2 AND s.status = 'inactive'
                AND s.inactive_since >= ?3
             ORDER BY s.sort_key, s.id",
        )?;
        let rows = stmt.query_map(params![start, end, since], |r| {
            Ok(ExcludedPerson {
                staff_id: r.get(0)?,
                nip: r.get(1)?,
                name: super::staff::name_at(r, 2)?,
                reason: r
                    .get::<_, Option<String>>(5)?
                    .as_deref()
                    .and_then(InactiveReason::parse)
                    .unwrap_or(InactiveReason::Other),
                since: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
