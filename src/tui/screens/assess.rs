//! The assessment screen (Penilaian): the queue of people to assess for a
//! period and, over it, the form of the person being assessed.

use chrono::NaiveDate;

use super::assess_form::AssessForm;
use crate::domain::rating::AssessmentPeriod;
use crate::domain::staff::{StaffId, UnitId};
use crate::i18n::{t, tf};
use crate::store::evaluation::{QueueFilter, QueueRow, QueueScope, QueueShow};
use crate::store::{Store, StoreError};

pub struct AssessScreen {
    pub filter: QueueFilter,
    /// Whether a scope has been chosen (the user's subordinates or a unit).
    pub chosen: bool,
    /// The unit's name when the scope is a unit.
    pub unit_label: Option<String>,
    pub rows: Vec<QueueRow>,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    /// The person being assessed, over the queue.
    pub form: Option<Box<AssessForm>>,
}

impl AssessScreen {
    pub fn new(today: NaiveDate) -> AssessScreen {
        let (year, quarter) = super::results::default_period(today);
        AssessScreen {
            filter: QueueFilter {
                year,
                period: AssessmentPeriod::Quarter(quarter),
                scope: QueueScope::Unit(None),
                show: QueueShow::All,
            },
            chosen: false,
            unit_label: None,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            page: 10,
            form: None,
        }
    }

    /// Re-reads the queue, keeping the selection on the same person.
    pub fn reload(&mut self, store: &Store) -> Result<(), StoreError> {
        let keep = self.selected_id();
        self.rows = store.assessment_queue(&self.filter)?;
        let at = keep.and_then(|id| self.rows.iter().position(|r| r.staff_id == id));
        self.select(at.unwrap_or(0));
        Ok(())
    }

    pub fn selected_id(&self) -> Option<StaffId> {
        self.rows.get(self.selected).map(|r| r.staff_id)
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.offset =
            crate::tui::widgets::list::keep_visible(self.selected, self.offset, self.page);
    }

    pub fn set_scope(&mut self, scope: QueueScope, label: Option<String>) {
        self.filter.scope = scope;
        self.unit_label = label;
        self.chosen = true;
        self.selected = 0;
        self.offset = 0;
    }

    pub fn set_unit(&mut self, unit: Option<UnitId>, label: Option<String>) {
        self.set_scope(QueueScope::Unit(unit), label);
    }

    /// The period after (or before) the current one: I → II → III → IV →
    /// the year → I of the next year.
    pub fn step_period(&mut self, forward: bool) {
        (self.filter.year, self.filter.period) = self.filter.period.step(self.filter.year, forward);
    }

    /// "Triwulan III 2026" or "Tahunan 2026".
    pub fn period_label(&self) -> String {
        format!("{} {}", self.filter.period.label(), self.filter.year)
    }

    /// What the queue shows: "Bawahan langsung", the unit, or the whole
    /// government, with the filter when one is on.
    pub fn scope_label(&self) -> String {
        let scope = match (self.filter.scope, &self.unit_label) {
            (QueueScope::Subordinates(_), _) => t("penilaian.scope_mine"),
            (QueueScope::Unit(Some(_)), Some(l)) => l.clone(),
            (QueueScope::Unit(_), _) => t("penilaian.scope_all"),
        };
        match self.filter.show {
            QueueShow::All => scope,
            show => tf(
                "penilaian.scope_filtered",
                &[
                    ("scope", &scope),
                    ("filter", &t(&format!("penilaian.show_{}", show.code()))),
                ],
            ),
        }
    }
}
