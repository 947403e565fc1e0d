//! The export key: what the current list shows, as a file.

use super::*;
use crate::domain::rating::AssessmentPeriod;
use crate::export::{Job, What};
use crate::store::evaluation::QueueScope;
use crate::store::export::ExportScope;
use crate::tui::screens::export_form::{ExportForm, home};

impl App {
    /// The export of the current screen's list, or None for a screen that
    /// has none.
    fn export_job(&self) -> Option<Job> {
        let unit_scope = |unit, name: &Option<String>| {
            (
                ExportScope {
                    unit,
                    supervisor: None,
                },
                name.clone(),
            )
        };
        let (what, year, period, (scope, unit_name)) = match self.screen {
            Screen::Staff => (
                What::Staff,
                self.staff.period.0,
                AssessmentPeriod::Year,
                unit_scope(self.staff.filter.unit, &self.staff.unit_label),
            ),
            Screen::Results if self.results.chosen => (
                What::Actuals,
                self.results.filter.year,
                AssessmentPeriod::Quarter(self.results.filter.quarter),
                unit_scope(self.results.filter.unit, &self.results.unit_label),
            ),
            Screen::Assess if self.assess.chosen => {
                let f = &self.assess.filter;
                let scope = match f.scope {
                    QueueScope::Subordinates(me) => (
                        ExportScope {
                            unit: None,
                            supervisor: Some(me),
                        },
                        None,
                    ),
                    QueueScope::Unit(u) => unit_scope(u, &self.assess.unit_label),
                };
                (What::Assessments, f.year, f.period, scope)
            }
            Screen::Summary => (
                What::Summary,
                self.summary.year,
                self.summary.period,
                unit_scope(None, &None),
            ),
            _ => return None,
        };
        Some(Job {
            what,
            year,
            period,
            scope,
            unit_name,
        })
    }

    pub(super) fn open_export(&mut self) {
        match self.export_job() {
            Some(job) => self
                .popups
                .push(Popup::Export(Box::new(ExportForm::new(job, home())))),
            None => self.message = Some(Message::Error(t("export_tui.nothing"))),
        }
    }
}
