//! What an assessment is based on: the assessment queue of a period and
//! the sheet of one person (indicators with targets, actuals, capaian and
//! evidence, the suggested rating, the recorded assessment).

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};

use super::assessment::Assessment;
use super::plan::indicator_from_row;
use super::rollup::{period_achievement, period_cells};
use super::setting::UnitPredicateRecord;
use super::{Result, Store};
use crate::domain::achievement::Achievement;
use crate::domain::distribution::UnitPredicate;
use crate::domain::evaluation::{
    AssessmentState, AssessmentSummary, EvaluationStatus, evaluation_status,
};
use crate::domain::number::{Decimal, Ratio};
use crate::domain::period::Quarter;
use crate::domain::plan::{IndicatorFields, PlannedResultId, ResultKind, TargetValue};
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::staff::{Staff, StaffId, UnitId};
use crate::domain::suggestion::{
    AverageAchievement, Suggestion, average_achievement, suggest_rating,
};

/// Whose assessments the queue lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueScope {
    /// The active direct subordinates of this person.
    Subordinates(StaffId),
    /// A unit and everything below it; `None` for the whole government.
    Unit(Option<UnitId>),
}

/// Which rows of the scope the queue shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QueueShow {
    #[default]
    All,
    /// Nobody has recorded an assessment yet.
    NotAssessed,
    /// No final assessment yet (none, or a draft).
    NotFinal,
}

impl QueueShow {
    pub const ALL: [QueueShow; 3] = [QueueShow::All, QueueShow::NotAssessed, QueueShow::NotFinal];

    pub fn code(self) -> &'static str {
        match self {
            QueueShow::All => "all",
            QueueShow::NotAssessed => "not_assessed",
            QueueShow::NotFinal => "not_final",
        }
    }

    /// The next filter in turn.
    pub fn next(self) -> QueueShow {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    fn keeps(self, a: Option<&AssessmentSummary>) -> bool {
        match self {
            QueueShow::All => true,
            QueueShow::NotAssessed => a.is_none(),
            QueueShow::NotFinal => !matches!(a, Some((AssessmentState::Final, _))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueFilter {
    pub year: i32,
    pub period: AssessmentPeriod,
    pub scope: QueueScope,
    pub show: QueueShow,
}

/// One person in the assessment queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRow {
    pub staff_id: StaffId,
    pub nip: String,
    pub name: String,
    pub position: String,
    pub supervisor_id: Option<StaffId>,
    pub has_plan: bool,
    /// Cells with an actual, of the period's cells (one per indicator for a
    /// quarter, four per indicator for the year).
    pub filled: u64,
    pub total: u64,
    pub average: AverageAchievement,
    pub suggestion: Option<Suggestion>,
    pub assessment: Option<AssessmentSummary>,
}

impl QueueRow {
    pub fn status(&self) -> EvaluationStatus {
        evaluation_status(
            self.has_plan,
            self.filled,
            self.total,
            self.assessment.map(|(s, _)| s),
        )
    }

    pub fn predicate(&self) -> Option<Predicate> {
        self.assessment.and_then(|(_, p)| p)
    }
}

/// Per person, the indicators of the period in progress while the rows of
/// one query stream in.
#[derive(Default)]
struct Tally {
    achievements: Vec<Achievement>,
    filled: u64,
    total: u64,
}

impl Store {
    /// The `WHERE` condition and parameters of a queue scope on `staff s`.
    fn scope_sql(&self, scope: QueueScope) -> Result<(String, Vec<Value>)> {
        Ok(match scope {
            QueueScope::Subordinates(id) => {
                ("s.supervisor_id = ?".to_string(), vec![Value::Integer(id)])
            }
            QueueScope::Unit(None) => ("1 = 1".to_string(), Vec::new()),
            QueueScope::Unit(Some(unit)) => {
                let (start, end) = self.unit_path_range(unit)?;
                (
                    "s.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)".to_string(),
                    vec![Value::Text(start), Value::Text(end)],
                )
            }
        })
    }

    /// The people to assess for a period, by name, each with the capaian
    /// of the period, the suggested rating and the assessment so far.
    pub fn assessment_queue(&self, f: &QueueFilter) -> Result<Vec<QueueRow>> {
        let (scope, scope_params) = self.scope_sql(f.scope)?;
        let year = Value::Integer(f.year.into());
        let period = Value::Integer(f.period.number().into());

        // The people, by name.
        let mut params = vec![year.clone()];
        params.extend(scope_params.iter().cloned());
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, s.nip, s.front_title, s.name, s.back_title, s.position_name,
                    s.supervisor_id,
                    EXISTS (SELECT 1 FROM plan p WHERE p.staff_id = s.id AND p.year = ?
                            AND p.archived = 0)
             FROM staff s WHERE s.status = 'active' AND {scope}
             ORDER BY s.sort_key, s.id"
        ))?;
        let mut rows = stmt
            .query_map(params_from_iter(params), |r| {
                Ok(QueueRow {
                    staff_id: r.get(0)?,
                    nip: r.get(1)?,
                    name: super::staff::name_at(r, 2)?,
                    position: r.get(5)?,
                    supervisor_id: r.get(6)?,
                    has_plan: r.get(7)?,
                    filled: 0,
                    total: 0,
                    average: average_achievement(&[]),
                    suggestion: None,
                    assessment: None,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        // Their assessments of the period.
        let mut params = vec![year.clone(), period.clone()];
        params.extend(scope_params.iter().cloned());
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, a.status, a.predicate FROM staff s
             CROSS JOIN assessment a ON a.staff_id = s.id AND a.year = ? AND a.period = ?
             WHERE s.status = 'active' AND {scope}"
        ))?;
        let assessed = stmt
            .query_map(params_from_iter(params), |r| {
                Ok((
                    r.get::<_, StaffId>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?
            .map(|row| {
                row.map(|(id, status, pred)| {
                    (
                        id,
                        (
                            AssessmentState::parse(&status).unwrap_or(AssessmentState::Draft),
                            pred.as_deref().and_then(Predicate::parse),
                        ),
                    )
                })
            })
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        rows.retain(|r| f.show.keeps(assessed.get(&r.staff_id)));
        if rows.is_empty() {
            return Ok(rows);
        }

        let tallies = self.queue_tallies(f, &scope, &scope_params)?;
        let thresholds = self.suggestion_thresholds()?;
        let led = self.led_unit_predicates(f.year, f.period)?;
        for row in &mut rows {
            row.assessment = assessed.get(&row.staff_id).copied();
            let tally = tallies.get(&row.staff_id);
            let achievements = tally.map(|t| t.achievements.as_slice()).unwrap_or(&[]);
            row.filled = tally.map_or(0, |t| t.filled);
            row.total = tally.map_or(0, |t| t.total);
            row.average = average_achievement(achievements);
            row.suggestion =
                suggest_rating(&thresholds, achievements, led.get(&row.staff_id).copied());
        }
        Ok(rows)
    }

    /// Every indicator of the scope's plans for the year with its actuals
    /// of the period, folded per person.
    fn queue_tallies(
        &self,
        f: &QueueFilter,
        scope: &str,
        scope_params: &[Value],
    ) -> Result<HashMap<StaffId, Tally>> {
        let mut params = vec![
            Value::Integer(f.year.into()),
            Value::Integer(f.period.number().into()),
            Value::Integer(f.period.number().into()),
        ];
        params.extend(scope_params.iter().cloned());
        // CROSS JOIN: the scope's staff first, then their plans by index.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, a.quarter, a.value,
                    i.id, i.result_id, i.position, i.aspect, i.text, i.satuan, i.target,
                    i.quarter_targets, i.polarity, i.aggregation, i.allow_over_100,
                    i.archived, i.version
             FROM staff s
             CROSS JOIN plan p ON p.staff_id = s.id AND p.year = ? AND p.archived = 0
             JOIN planned_result r ON r.plan_id = p.id AND r.archived = 0
             JOIN indicator i ON i.result_id = r.id AND i.archived = 0
             LEFT JOIN actual a ON a.indicator_id = i.id AND (? = 0 OR a.quarter = ?)
             WHERE s.status = 'active' AND {scope}
             ORDER BY s.id, i.id"
        ))?;
        let mut out: HashMap<StaffId, Tally> = HashMap::new();
        // The indicator being read: (staff, fields, quarters' values).
        let mut current: Option<(StaffId, i64, IndicatorFields, [Option<Decimal>; 4])> = None;
        let finish =
            |out: &mut HashMap<StaffId, Tally>,
             done: Option<(StaffId, i64, IndicatorFields, [Option<Decimal>; 4])>| {
                if let Some((staff, _, fields, quarters)) = done {
                    let tally = out.entry(staff).or_default();
                    let (filled, total) = period_cells(f.period, &quarters);
                    tally.filled += filled;
                    tally.total += total;
                    tally
                        .achievements
                        .push(period_achievement(&fields, f.period, &quarters));
                }
            };
        let mut rows = stmt.query(params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            let staff: StaffId = r.get(0)?;
            let indicator: i64 = r.get(3)?;
            if current.as_ref().map(|c| c.1) != Some(indicator) {
                let fields = indicator_from_row(r, 3)?.fields;
                finish(&mut out, current.take());
                current = Some((staff, indicator, fields, [None; 4]));
            }
            let quarter: Option<u8> = r.get(1)?;
            let value: Option<i64> = r.get(2)?;
            if let (Some(q), Some(c)) = (quarter.and_then(Quarter::new), current.as_mut()) {
                c.3[q.index()] = value.and_then(Decimal::from_units);
            }
        }
        finish(&mut out, current.take());
        Ok(out)
    }
}

/// One indicator on the assessment sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// The id of the planned result the indicator measures.
    pub result_id: PlannedResultId,
    /// The planned result (rencana hasil kerja) the indicator measures.
    pub result: String,
    pub result_kind: ResultKind,
    pub indicator: IndicatorFields,
    /// The period's target: the quarter's, or the annual target.
    pub target: TargetValue,
    /// The period's actual: the quarter's, or the year's aggregate.
    pub actual: Option<Ratio>,
    pub achievement: Achievement,
    /// The evidence and feedback of the quarter (for the year: of the
    /// latest quarter that has some).
    pub evidence: String,
    pub feedback: String,
}

/// Everything the assessment form and the evaluation document show for
/// one person and period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentSheet {
    pub staff: Staff,
    pub unit_name: String,
    /// The atasan langsung in the register: the pejabat penilai.
    pub supervisor: Option<Staff>,
    pub year: i32,
    pub period: AssessmentPeriod,
    pub has_plan: bool,
    pub rows: Vec<SheetRow>,
    pub average: AverageAchievement,
    pub suggestion: Option<Suggestion>,
    /// The unit the person heads, with its predikat for the period.
    pub led_unit: Option<(UnitId, String, Option<UnitPredicate>)>,
    /// The predikat organisasi that applies to the person's unit.
    pub unit_predicate: Option<UnitPredicateRecord>,
    pub assessment: Option<Assessment>,
    /// For the year: each quarter's assessment (empty for a quarter).
    pub quarters: [Option<Assessment>; 4],
}

impl Store {
    /// The sheet of one person for one period.
    pub fn assessment_sheet(
        &self,
        staff_id: StaffId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<AssessmentSheet> {
        let staff = self.get_staff(staff_id)?;
        let unit_name = self.get_unit(staff.fields.unit_id)?.fields.name;
        let supervisor = staff
            .fields
            .supervisor_id
            .map(|id| self.get_staff(id))
            .transpose()?;
        let plan = self.plan(staff_id, year)?;
        let mut rows = Vec::new();
        for result in plan.iter().flat_map(|p| &p.results) {
            if result.archived {
                continue;
            }
            for ind in result.indicators.iter().filter(|i| !i.archived) {
                rows.push(self.sheet_row(result, ind, period)?);
            }
        }
        let achievements: Vec<Achievement> = rows.iter().map(|r| r.achievement).collect();
        let led_unit = self.led_unit(staff_id, year, period)?;
        let suggestion = suggest_rating(
            &self.suggestion_thresholds()?,
            &achievements,
            led_unit.as_ref().and_then(|l| l.2),
        );
        let mut quarters: [Option<Assessment>; 4] = Default::default();
        if period == AssessmentPeriod::Year {
            for q in Quarter::ALL {
                quarters[q.index()] =
                    self.assessment(staff_id, year, AssessmentPeriod::Quarter(q))?;
            }
        }
        Ok(AssessmentSheet {
            unit_predicate: self.effective_unit_predicate(staff.fields.unit_id, year, period)?,
            staff,
            unit_name,
            supervisor,
            year,
            period,
            has_plan: plan.is_some(),
            average: average_achievement(&achievements),
            rows,
            suggestion,
            led_unit,
            assessment: self.assessment(staff_id, year, period)?,
            quarters,
        })
    }

    fn sheet_row(
        &self,
        result: &super::plan::PlannedResult,
        ind: &super::plan::Indicator,
        period: AssessmentPeriod,
    ) -> Result<SheetRow> {
        let mut values = [None; 4];
        let mut evidence = String::new();
        let mut feedback = String::new();
        let quarters: Vec<Quarter> = match period.quarter() {
            Some(q) => vec![q],
            None => Quarter::ALL.to_vec(),
        };
        for q in quarters {
            if let Some(a) = self.actual(ind.id, q)? {
                values[q.index()] = a.value;
                if !a.evidence.is_empty() {
                    evidence = a.evidence;
                }
                if !a.feedback.is_empty() {
                    feedback = a.feedback;
                }
            }
        }
        let (target, actual) = match period.quarter() {
            Some(q) => (
                ind.fields.quarter_target(q),
                values[q.index()].map(Decimal::to_ratio),
            ),
            None => (
                ind.fields.target,
                crate::domain::achievement::annual_actual(ind.fields.aggregation, &values),
            ),
        };
        Ok(SheetRow {
            result_id: result.id,
            result: result.fields.text.clone(),
            result_kind: result.fields.kind,
            achievement: period_achievement(&ind.fields, period, &values),
            indicator: ind.fields.clone(),
            target,
            actual,
            evidence,
            feedback,
        })
    }

    /// The staff id of the active person with this NIP, if any (for
    /// commands that take a NIP).
    pub fn staff_id_by_nip(&self, nip: &str) -> Result<Option<StaffId>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM staff WHERE nip = ?1")?
            .query_row([nip], |r| r.get(0))
            .optional()?)
    }
}
