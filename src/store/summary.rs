//! The summary per unit for a period: staff, plans, actuals, assessments,
//! mean capaian and predikat counts, each unit with its subtree rolled up.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::params;
use rusqlite::types::ValueRef;

use super::{Result, Store};
use crate::domain::distribution::{PredicateCounts, UnitPredicate};
use crate::domain::number::Decimal;
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::staff::{InactiveReason, StaffId, UnitId};
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
    ///
    /// Three scans in staff order, merged and counted here: the staff
    /// (active, or gone since the period began), every person's standing
    /// for the period, and the period's assessments read from an index
    /// that holds their status and predikat. One `GROUP BY` over staff ⋈
    /// person_period ⋈ assessment made SQLite look up two rows per person
    /// and took about three times as long.
    fn own_tallies(&self, year: i32, period: AssessmentPeriod) -> Result<HashMap<UnitId, Tally>> {
        // Each unit's counts, and each active person with their unit's
        // place in `tallies`, by id.
        let mut tallies: Vec<(UnitId, Tally)> = Vec::new();
        let mut slots: HashMap<UnitId, usize> = HashMap::new();
        let mut staff: Vec<(StaffId, usize)> = Vec::new();
        let start = period_start(year, period).to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, unit_id, status = 'active', inactive_reason FROM staff
             WHERE status = 'active' OR (status = 'inactive' AND inactive_since >= ?1)
             ORDER BY id",
        )?;
        let mut rows = stmt.query([start])?;
        while let Some(r) = rows.next()? {
            let (id, unit, active): (StaffId, UnitId, bool) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let slot = *slots.entry(unit).or_insert_with(|| {
                tallies.push((unit, Tally::default()));
                tallies.len() - 1
            });
            let t = &mut tallies[slot].1;
            if active {
                t.active += 1;
                staff.push((id, slot));
            } else {
                // Staff who left since the period began are counted apart.
                let reason = match r.get_ref(3)? {
                    ValueRef::Text(code) => std::str::from_utf8(code)
                        .ok()
                        .and_then(InactiveReason::parse),
                    _ => None,
                };
                *t.excluded
                    .entry(reason.unwrap_or(InactiveReason::Other))
                    .or_default() += 1;
            }
        }
        drop(rows);

        let mut people = Merge::new(&staff);
        let mut stmt = self.conn.prepare_cached(
            "SELECT staff_id, total, filled, average FROM person_period
             WHERE year = ?1 AND period = ?2 ORDER BY staff_id",
        )?;
        let mut rows = stmt.query(params![year, period.number()])?;
        while let Some(r) = rows.next()? {
            let Some(slot) = people.find(r.get(0)?) else {
                continue;
            };
            let t = &mut tallies[slot].1;
            let (total, filled): (i64, i64) = (r.get(1)?, r.get(2)?);
            t.with_plan += 1;
            t.complete += u64::from(total > 0 && filled >= total);
            if let Some(average) = r.get::<_, Option<i64>>(3)? {
                t.achievement_sum += i128::from(average);
                t.achievement_n += 1;
            }
        }
        drop(rows);

        // Named: left to itself SQLite walks the UNIQUE index in the same
        // order and reads every row for its status (three times slower).
        let mut people = Merge::new(&staff);
        let mut stmt = self.conn.prepare_cached(
            "SELECT staff_id, status, predicate FROM assessment INDEXED BY assessment_standing
             WHERE year = ?1 AND period = ?2 ORDER BY staff_id",
        )?;
        let mut rows = stmt.query(params![year, period.number()])?;
        while let Some(r) = rows.next()? {
            let Some(slot) = people.find(r.get(0)?) else {
                continue;
            };
            let t = &mut tallies[slot].1;
            t.assessed += 1;
            t.finals += u64::from(r.get_ref(1)? == ValueRef::Text(b"final"));
            if let ValueRef::Text(code) = r.get_ref(2)?
                && let Some(p) = Predicate::ALL
                    .into_iter()
                    .find(|p| p.code().as_bytes() == code)
            {
                t.predicates.add(p);
            }
        }
        Ok(tallies.into_iter().collect())
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

/// Finds people of a list sorted by id, asked in ascending order: each
/// query moves forward from the last one, as in a merge join.
struct Merge<'a> {
    people: &'a [(StaffId, usize)],
    at: usize,
}

impl<'a> Merge<'a> {
    fn new(people: &'a [(StaffId, usize)]) -> Self {
        Merge { people, at: 0 }
    }

    /// The value kept for `id`, if it is in the list.
    fn find(&mut self, id: StaffId) -> Option<usize> {
        while self.people.get(self.at).is_some_and(|(p, _)| *p < id) {
            self.at += 1;
        }
        match self.people.get(self.at) {
            Some((p, value)) if *p == id => Some(*value),
            _ => None,
        }
    }
}

impl Store {
    /// For a unit and everything below it, each quarter of the year: the
    /// active staff, those with a plan, with complete actuals, and final.
    pub fn unit_quarters(&self, unit: UnitId, year: i32) -> Result<[Tally; 4]> {
        let (start, end) = self.unit_path_range(unit)?;
        // The subtree's active staff once, then each one's rows of the
        // four quarters, counted here (a `GROUP BY period` made SQLite
        // sort them all first; three statements walked the staff thrice).
        let mut stmt = self.conn.prepare_cached(
            "WITH people(id) AS MATERIALIZED (
                SELECT s.id FROM unit u
                CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
                WHERE u.path >= ?1 AND u.path < ?2)
             SELECT 0, count(*), 0 FROM people
             UNION ALL
             SELECT pp.period, pp.total > 0 AND pp.filled >= pp.total, 1
             FROM people CROSS JOIN person_period pp ON pp.staff_id = people.id
                AND pp.year = ?3 AND pp.period BETWEEN 1 AND 4
             UNION ALL
             SELECT a.period, a.status = 'final', 2
             FROM people CROSS JOIN assessment a ON a.staff_id = people.id
                AND a.year = ?3 AND a.period BETWEEN 1 AND 4",
        )?;
        let mut out: [Tally; 4] = Default::default();
        let mut rows = stmt.query(params![start, end, year])?;
        while let Some(r) = rows.next()? {
            let (period, n, what): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            match (what, period) {
                (0, _) => out.iter_mut().for_each(|t| t.active = n as u64),
                (1, 1..=4) => {
                    let t = &mut out[(period - 1) as usize];
                    t.with_plan += 1;
                    t.complete += n as u64;
                }
                (2, 1..=4) => {
                    let t = &mut out[(period - 1) as usize];
                    t.assessed += 1;
                    t.finals += n as u64;
                }
                _ => {}
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
