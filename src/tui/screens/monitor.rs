//! Monitoring (pemantauan): who of a unit has not yet done what for the
//! period — no SKP, actuals incomplete, not assessed, not final — the list
//! HR chases every quarter, with those who left counted apart.

use crate::domain::evaluation::EvaluationStatus;
use crate::domain::rating::AssessmentPeriod;
use crate::domain::staff::{StaffId, UnitId};
use crate::i18n::{t, tf};
use crate::store::evaluation::{QueueFilter, QueueRow, QueueScope, QueueShow};
use crate::store::summary::ExcludedPerson;
use crate::store::{Store, StoreError};

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonitorLine {
    /// A group and how many are in it.
    Heading(String, usize),
    /// Someone with something missing, and what stands ("3/5").
    Person {
        staff_id: StaffId,
        nip: String,
        name: String,
        position: String,
        detail: String,
    },
    /// Someone who left since the period began: reason and date.
    Excluded(ExcludedPerson),
}

/// The groups, in the order a person goes through them.
const GROUPS: [(EvaluationStatus, &str); 4] = [
    (EvaluationStatus::NoPlan, "monitor.no_plan"),
    (
        EvaluationStatus::ActualsPartial,
        "monitor.actuals_incomplete",
    ),
    (EvaluationStatus::ActualsComplete, "monitor.not_assessed"),
    (EvaluationStatus::AssessedDraft, "monitor.not_final"),
];

/// The group of a status: plan set without any actual goes with the
/// incomplete actuals.
fn group_of(s: EvaluationStatus) -> Option<EvaluationStatus> {
    match s {
        EvaluationStatus::PlanSet => Some(EvaluationStatus::ActualsPartial),
        EvaluationStatus::Final => None,
        other => Some(other),
    }
}

pub struct Monitor {
    pub unit: UnitId,
    pub unit_name: String,
    pub year: i32,
    pub period: AssessmentPeriod,
    pub lines: Vec<MonitorLine>,
    /// Active people with everything done.
    pub done: usize,
    pub active: usize,
    pub selected: usize,
    pub offset: usize,
}

impl Monitor {
    pub fn load(
        store: &Store,
        unit: UnitId,
        unit_name: String,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Monitor, StoreError> {
        let rows = store.assessment_queue(&QueueFilter {
            year,
            period,
            scope: QueueScope::Unit(Some(unit)),
            show: QueueShow::All,
        })?;
        let active = rows.len();
        let mut lines = Vec::new();
        let mut listed = 0;
        for (status, key) in GROUPS {
            let people: Vec<&QueueRow> = rows
                .iter()
                .filter(|r| group_of(r.status()) == Some(status))
                .collect();
            if people.is_empty() {
                continue;
            }
            listed += people.len();
            lines.push(MonitorLine::Heading(t(key), people.len()));
            lines.extend(people.into_iter().map(|r| MonitorLine::Person {
                staff_id: r.staff_id,
                nip: r.nip.clone(),
                name: r.name.clone(),
                position: r.position.clone(),
                detail: if r.has_plan {
                    format!("{}/{}", r.filled, r.total)
                } else {
                    String::new()
                },
            }));
        }
        let excluded = store.excluded_staff(unit, year, period)?;
        if !excluded.is_empty() {
            lines.push(MonitorLine::Heading(t("monitor.excluded"), excluded.len()));
            lines.extend(excluded.into_iter().map(MonitorLine::Excluded));
        }
        Ok(Monitor {
            unit,
            unit_name,
            year,
            period,
            lines,
            done: active - listed,
            active,
            selected: 0,
            offset: 0,
        })
    }

    /// "Dinas Sosial · Triwulan III 2026: 3 dari 5 sudah final".
    pub fn title(&self) -> String {
        tf(
            "monitor.title",
            &[
                ("unit", &self.unit_name),
                ("period", &format!("{} {}", self.period.label(), self.year)),
                ("done", &self.done),
                ("active", &self.active),
            ],
        )
    }

    pub fn select(&mut self, index: usize, page: usize) {
        self.selected = index.min(self.lines.len().saturating_sub(1));
        self.offset = crate::tui::widgets::list::keep_visible(self.selected, self.offset, page);
    }

    /// The person on the selected line, if it is one.
    pub fn selected_person(&self) -> Option<(StaffId, String)> {
        match self.lines.get(self.selected)? {
            MonitorLine::Person { staff_id, name, .. } => Some((*staff_id, name.clone())),
            MonitorLine::Excluded(p) => Some((p.staff_id, p.name.clone())),
            MonitorLine::Heading(..) => None,
        }
    }
}
