//! Reading whole registers for export (`kinerja export`): the staff
//! register, the indicators of a year's plans with their actuals, and the
//! assessments of a period.
//!
//! Rows are handed to a callback one at a time as SQLite reads them, so an
//! export of 1.5 million rows never holds more than one in memory. Every
//! function reads inside one read transaction: the rows are a consistent
//! snapshot even while others keep saving. Queries start from the scope's
//! staff in name order (`CROSS JOIN`) and reach their plans by index, like
//! the results grid and the assessment queue. The database file is read
//! through a memory map (`PRAGMA mmap_size`): a scan of every plan then
//! costs no copy of each page into SQLite's page cache.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Row, params_from_iter};

use super::plan::indicator_from_row;
use super::staff::name_at;
use super::{Result, Store, StoreError};
use crate::domain::evaluation::{AssessmentState, EvaluationStatus, evaluation_status};
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::{IndicatorFields, ResultKind};
use crate::domain::rank::Rank;
use crate::domain::rating::{AssessmentPeriod, Predicate, Rating};
use crate::domain::staff::{InactiveReason, PositionKind, StaffKind, UnitId};

/// Whose rows an export holds: a unit and the units below it, or (None)
/// the whole government.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportScope {
    pub unit: Option<UnitId>,
    /// Only the direct subordinates of this person (a supervisor's queue).
    pub supervisor: Option<crate::domain::staff::StaffId>,
}

/// One person of the staff register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecord {
    pub nip: String,
    /// The name with gelar.
    pub name: String,
    pub kind: StaffKind,
    pub rank: Option<Rank>,
    pub position_kind: PositionKind,
    pub position: String,
    pub unit: String,
    /// The unit's names from the top of the tree down, joined by " / ".
    pub unit_path: String,
    /// The atasan langsung: NIP and name with gelar.
    pub supervisor: Option<(String, String)>,
    /// Why and since when the person is inactive; None while active.
    pub inactive: Option<(InactiveReason, Option<NaiveDate>)>,
}

/// Who a plan or assessment row is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub nip: String,
    /// The name with gelar.
    pub name: String,
    pub unit: String,
    pub active: bool,
}

/// One quarter's actual of an indicator, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActualRecord {
    /// None when the value was cleared (evidence or feedback may remain).
    pub value: Option<Decimal>,
    pub evidence: String,
    pub feedback: String,
}

/// One indicator of a plan, with the actuals asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorRecord {
    pub person: PersonRecord,
    pub result_kind: ResultKind,
    /// The planned result (rencana hasil kerja) the indicator measures.
    pub result: String,
    pub fields: IndicatorFields,
    /// Per quarter (index 0 is triwulan I): the stored actual, when one was
    /// asked for and exists.
    pub actuals: [Option<ActualRecord>; 4],
}

/// An assessment as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentRecord {
    /// The pejabat penilai: NIP and name with gelar.
    pub assessor: Option<(String, String)>,
    pub rating_result: Option<Rating>,
    pub rating_behaviour: Option<Rating>,
    pub suggested: Option<Rating>,
    pub reason: String,
    pub predicate: Option<Predicate>,
    pub state: AssessmentState,
    pub finalized_by: Option<String>,
    /// RFC 3339, UTC, as stored.
    pub finalized_at: Option<String>,
}

/// One person for an assessment period: the assessment if recorded, and
/// what the evaluation status needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRecord {
    pub person: PersonRecord,
    pub assessment: Option<AssessmentRecord>,
    pub has_plan: bool,
    /// Cells with an actual, of the period's cells (counted only for
    /// people without an assessment: theirs decides the status).
    pub filled: u64,
    pub total: u64,
}

impl PeriodRecord {
    /// The evaluation status, by the one rule every view uses.
    pub fn status(&self) -> EvaluationStatus {
        evaluation_status(
            self.has_plan,
            self.filled,
            self.total,
            self.assessment.as_ref().map(|a| a.state),
        )
    }
}

/// The staff condition and parameters of a scope (on `staff s`).
fn scope_condition(store: &Store, scope: ExportScope) -> Result<(String, Vec<Value>)> {
    let mut sql = vec!["1 = 1".to_string()];
    let mut params = Vec::new();
    if let Some(unit) = scope.unit {
        let (start, end) = store.unit_path_range(unit)?;
        sql.push("s.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)".to_string());
        params.extend([Value::Text(start), Value::Text(end)]);
    }
    if let Some(boss) = scope.supervisor {
        sql.push("s.supervisor_id = ?".to_string());
        params.push(Value::Integer(boss));
    }
    Ok((sql.join(" AND "), params))
}

fn bad(i: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        i,
        rusqlite::types::Type::Text,
        format!("unknown {what}").into(),
    )
}

fn person_at(r: &Row<'_>, first: usize) -> rusqlite::Result<PersonRecord> {
    Ok(PersonRecord {
        nip: r.get(first)?,
        name: name_at(r, first + 1)?,
        unit: r.get::<_, Option<String>>(first + 4)?.unwrap_or_default(),
        active: r.get::<_, String>(first + 5)? == "active",
    })
}

/// NIP and name with gelar at `first` (four columns), if the NIP is there.
fn brief_at(r: &Row<'_>, first: usize) -> rusqlite::Result<Option<(String, String)>> {
    let nip: Option<String> = r.get(first)?;
    Ok(match nip {
        Some(nip) => Some((nip, name_at(r, first + 1)?)),
        None => None,
    })
}

const PERSON_COLUMNS: &str = "s.nip, s.front_title, s.name, s.back_title, u.name, s.status";

/// The active indicators of the plan of person `s` for year `?1`.
const PLAN_INDICATORS: &str = "FROM plan p
     JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
     JOIN indicator i ON i.result_id = r.id AND i.archived = 0
     AND p.staff_id = s.id AND p.year = ?1 AND p.archived = 0";

fn staff_record(r: &Row<'_>, paths: &HashMap<UnitId, String>) -> rusqlite::Result<StaffRecord> {
    let kind: String = r.get(4)?;
    let rank: Option<String> = r.get(5)?;
    let position_kind: String = r.get(6)?;
    let unit_id: UnitId = r.get(8)?;
    let status: String = r.get(14)?;
    let inactive = if status == "active" {
        None
    } else {
        let reason: Option<String> = r.get(15)?;
        let since: Option<String> = r.get(16)?;
        Some((
            reason
                .as_deref()
                .and_then(InactiveReason::parse)
                .unwrap_or(InactiveReason::Other),
            since.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()),
        ))
    };
    Ok(StaffRecord {
        nip: r.get(0)?,
        name: name_at(r, 1)?,
        kind: StaffKind::parse(&kind).ok_or_else(|| bad(4, "kind"))?,
        rank: rank.as_deref().and_then(|s| Rank::parse(s).ok()),
        position_kind: PositionKind::parse(&position_kind)
            .ok_or_else(|| bad(6, "position kind"))?,
        position: r.get(7)?,
        unit: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
        unit_path: paths.get(&unit_id).cloned().unwrap_or_default(),
        supervisor: brief_at(r, 10)?,
        inactive,
    })
}

fn actual_at(r: &Row<'_>, first: usize) -> rusqlite::Result<Option<ActualRecord>> {
    let evidence: Option<String> = r.get(first + 1)?;
    let Some(evidence) = evidence else {
        return Ok(None);
    };
    let units: Option<i64> = r.get(first)?;
    Ok(Some(ActualRecord {
        value: units.and_then(Decimal::from_units),
        evidence,
        feedback: r.get(first + 2)?,
    }))
}

fn rating_at(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<Rating>> {
    Ok(r.get::<_, Option<String>>(i)?
        .as_deref()
        .and_then(Rating::parse))
}

fn assessment_at(r: &Row<'_>, first: usize) -> rusqlite::Result<Option<AssessmentRecord>> {
    let status: Option<String> = r.get(first)?;
    let Some(status) = status else {
        return Ok(None);
    };
    Ok(Some(AssessmentRecord {
        state: AssessmentState::parse(&status).unwrap_or(AssessmentState::Draft),
        assessor: brief_at(r, first + 1)?,
        rating_result: rating_at(r, first + 5)?,
        rating_behaviour: rating_at(r, first + 6)?,
        suggested: rating_at(r, first + 7)?,
        reason: r.get(first + 8)?,
        predicate: r
            .get::<_, Option<String>>(first + 9)?
            .as_deref()
            .and_then(Predicate::parse),
        finalized_by: r.get(first + 10)?,
        finalized_at: r.get(first + 11)?,
    }))
}

/// How much of the database file a scan maps (SQLite caps it at its
/// compiled maximum, 2 GB; beyond it pages are read as usual).
const SCAN_MMAP_BYTES: i64 = 1 << 31;

impl Store {
    /// Starts a scan: the file mapped (kept for the connection's life,
    /// which only matters for speed), then one read transaction so that
    /// every query of the export sees the same data.
    fn begin_scan(&self) -> Result<rusqlite::Transaction<'_>> {
        self.conn
            .pragma_update(None, "mmap_size", SCAN_MMAP_BYTES)?;
        Ok(self.conn.unchecked_transaction()?)
    }

    /// Each unit's names from the top of the tree down, joined by " / ".
    fn unit_paths(&self) -> Result<HashMap<UnitId, String>> {
        let units = self.units()?;
        let parents: HashMap<UnitId, (Option<UnitId>, &str)> = units
            .iter()
            .map(|u| (u.id, (u.fields.parent_id, u.fields.name.as_str())))
            .collect();
        let path = |id: UnitId| {
            let mut names = Vec::new();
            let mut next = Some(id);
            // Bounded: a damaged tree with a loop cannot hang the export.
            while let Some((parent, name)) = next.and_then(|i| parents.get(&i)) {
                names.push(*name);
                next = *parent;
                if names.len() > 64 {
                    break;
                }
            }
            names.reverse();
            names.join(" / ")
        };
        Ok(units.iter().map(|u| (u.id, path(u.id))).collect())
    }

    /// Every person of the scope, active or not, in name order; returns how
    /// many there were.
    pub fn export_staff<E: From<StoreError>>(
        &self,
        scope: ExportScope,
        mut each: impl FnMut(&StaffRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let tx = self.begin_scan()?;
        let paths = self.unit_paths()?;
        let (condition, params) = scope_condition(self, scope)?;
        let mut stmt = tx
            .prepare(&format!(
                "SELECT s.nip, s.front_title, s.name, s.back_title, s.kind, s.rank,
                        s.position_kind, s.position_name, s.unit_id, u.name,
                        sup.nip, sup.front_title, sup.name, sup.back_title,
                        s.status, s.inactive_reason, s.inactive_since
                 FROM staff s
                 LEFT JOIN unit u ON u.id = s.unit_id
                 LEFT JOIN staff sup ON sup.id = s.supervisor_id
                 WHERE {condition}
                 ORDER BY s.sort_key, s.id"
            ))
            .map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params_from_iter(params))
            .map_err(StoreError::from)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            each(&staff_record(r, &paths).map_err(StoreError::from)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every active indicator of the year's plans in the scope (people of
    /// any status who have a plan), by name and then the order of the plan;
    /// with the stored actuals of `quarters` (none for the plans alone).
    /// Returns how many indicators there were.
    pub fn export_indicators<E: From<StoreError>>(
        &self,
        scope: ExportScope,
        year: i32,
        quarters: &[Quarter],
        mut each: impl FnMut(&IndicatorRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let tx = self.begin_scan()?;
        let (condition, scope_params) = scope_condition(self, scope)?;
        let mut columns = String::new();
        let mut joins = String::new();
        for q in quarters {
            let n = q.number();
            columns.push_str(&format!(", a{n}.value, a{n}.evidence, a{n}.feedback"));
            joins.push_str(&format!(
                " LEFT JOIN actual a{n} ON a{n}.indicator_id = i.id AND a{n}.quarter = {n}"
            ));
        }
        // CROSS JOIN: the scope's staff in name order first, then their
        // plans by index; the indexes on (plan, position) and (result,
        // position) give the plan's order without sorting.
        let sql = format!(
            "SELECT {PERSON_COLUMNS}, r.kind, r.text,
                    i.id, i.result_id, i.position, i.aspect, i.text, i.satuan, i.target,
                    i.quarter_targets, i.polarity, i.aggregation, i.allow_over_100,
                    i.archived, i.version {columns}
             FROM staff s
             CROSS JOIN plan p ON p.staff_id = s.id AND p.year = ? AND p.archived = 0
             JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             JOIN indicator i ON i.result_id = r.id AND i.archived = 0
             LEFT JOIN unit u ON u.id = s.unit_id {joins}
             WHERE {condition}
             ORDER BY s.sort_key, s.id, r.position, r.id, i.position, i.id"
        );
        let mut params = vec![Value::Integer(year.into())];
        params.extend(scope_params);
        let mut stmt = tx.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params_from_iter(params))
            .map_err(StoreError::from)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            each(&indicator_record(r, quarters).map_err(StoreError::from)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every person of the scope for an assessment period, in name order:
    /// the active staff, and inactive people who have an assessment for
    /// it. Returns how many there were.
    pub fn export_assessments<E: From<StoreError>>(
        &self,
        scope: ExportScope,
        year: i32,
        period: AssessmentPeriod,
        mut each: impl FnMut(&PeriodRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let tx = self.begin_scan()?;
        let (condition, scope_params) = scope_condition(self, scope)?;
        // The counts are only read for people without an assessment (CASE
        // runs its subquery only then). For the year a cell is one
        // indicator in one quarter, as in the assessment queue.
        let sql = format!(
            "SELECT {PERSON_COLUMNS},
                    a.status, asr.nip, asr.front_title, asr.name, asr.back_title,
                    a.rating_result, a.rating_behaviour, a.suggested_rating, a.reason,
                    a.predicate, a.finalized_by, a.finalized_at,
                    EXISTS (SELECT 1 FROM plan p WHERE p.staff_id = s.id AND p.year = ?1
                            AND p.archived = 0),
                    CASE WHEN a.id IS NULL THEN
                        (SELECT count(ac.value) {PLAN_INDICATORS}
                         JOIN actual ac ON ac.indicator_id = i.id
                             AND (?2 = 0 OR ac.quarter = ?2)) END,
                    CASE WHEN a.id IS NULL THEN
                        (SELECT count(*) * (CASE WHEN ?2 = 0 THEN 4 ELSE 1 END)
                         {PLAN_INDICATORS}) END
             FROM staff s
             LEFT JOIN unit u ON u.id = s.unit_id
             LEFT JOIN assessment a ON a.staff_id = s.id AND a.year = ?1 AND a.period = ?2
             LEFT JOIN staff asr ON asr.id = a.assessor_id
             WHERE (s.status = 'active' OR a.id IS NOT NULL) AND {condition}
             ORDER BY s.sort_key, s.id",
            condition = numbered(&condition, 3),
        );
        let mut params = vec![
            Value::Integer(year.into()),
            Value::Integer(period.number().into()),
        ];
        params.extend(scope_params);
        let mut stmt = tx.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params_from_iter(params))
            .map_err(StoreError::from)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            each(&period_record(r).map_err(StoreError::from)?)?;
            n += 1;
        }
        Ok(n)
    }
}

/// The scope condition with its `?` numbered from `first` on (the query
/// around it uses numbered parameters).
fn numbered(condition: &str, first: usize) -> String {
    let mut out = String::with_capacity(condition.len() + 4);
    let mut n = first;
    for ch in condition.chars() {
        if ch == '?' {
            out.push_str(&format!("?{n}"));
            n += 1;
        } else {
            out.push(ch);
        }
    }
    out
}

fn indicator_record(r: &Row<'_>, quarters: &[Quarter]) -> rusqlite::Result<IndicatorRecord> {
    let kind: String = r.get(6)?;
    let mut actuals: [Option<ActualRecord>; 4] = Default::default();
    for (k, q) in quarters.iter().enumerate() {
        actuals[q.index()] = actual_at(r, 21 + 3 * k)?;
    }
    Ok(IndicatorRecord {
        person: person_at(r, 0)?,
        result_kind: ResultKind::parse(&kind).ok_or_else(|| bad(6, "result kind"))?,
        result: r.get(7)?,
        fields: indicator_from_row(r, 8)?.fields,
        actuals,
    })
}

fn period_record(r: &Row<'_>) -> rusqlite::Result<PeriodRecord> {
    Ok(PeriodRecord {
        person: person_at(r, 0)?,
        assessment: assessment_at(r, 6)?,
        has_plan: r.get(18)?,
        filled: r.get::<_, Option<i64>>(19)?.unwrap_or(0) as u64,
        total: r.get::<_, Option<i64>>(20)?.unwrap_or(0) as u64,
    })
}
