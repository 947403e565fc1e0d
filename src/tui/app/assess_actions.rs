//! Assessment screen actions: choosing whose assessments to list, the
//! period, and the form (save, finalise, next/previous person).

use super::*;
use crate::store::evaluation::QueueScope;
use crate::tui::screens::assess_form::{AssessEvent, AssessForm};

impl App {
    /// On entering: a supervisor sees their own subordinates; otherwise
    /// the staff screen's unit, or a unit picker.
    pub(super) fn enter_assess(&mut self) {
        if self.assess.chosen {
            return;
        }
        if let Some(me) = self.store.actor().staff_id {
            self.assess.set_scope(QueueScope::Subordinates(me), None);
            self.reload_assess();
            return;
        }
        match (self.staff.filter.unit, self.staff.unit_label.clone()) {
            (Some(unit), label) => self.set_assess_unit(Some(unit), label),
            (None, _) => self.pick_assess_unit(),
        }
    }

    pub(super) fn pick_assess_unit(&mut self) {
        self.ensure_units();
        let mut p = Picker::new(
            t("penilaian.pick_unit"),
            PickTarget::AssessUnit,
            PickSource::Fixed(self.units.pick_items(None)),
            true,
        );
        if let QueueScope::Unit(u) = self.assess.filter.scope {
            p.select_id(u);
        }
        self.popups.push(Popup::Picker(Box::new(p)));
    }

    pub(super) fn set_assess_unit(&mut self, unit: Option<UnitId>, label: Option<String>) {
        if unit.is_none() && self.whole_government_too_large() {
            return;
        }
        self.assess.set_unit(unit, label);
        self.reload_assess();
    }

    pub(super) fn reload_assess(&mut self) {
        let _ = self.try_store(|a| a.assess.reload(&a.store));
    }

    pub(super) fn update_assess(&mut self, action: Action) {
        if self.assess.form.is_some() {
            return self.update_assess_form(action);
        }
        match action {
            Action::FilterUnit => return self.pick_assess_unit(),
            Action::PrevQuarter | Action::NextQuarter => {
                self.assess.step_period(action == Action::NextQuarter);
            }
            Action::PrevYear | Action::NextYear => {
                self.assess.filter.year += if action == Action::NextYear { 1 } else { -1 };
            }
            Action::CycleStatus => self.assess.filter.show = self.assess.filter.show.next(),
            Action::ClearFilters => {
                self.assess.filter.show = Default::default();
                if let Some(me) = self.store.actor().staff_id {
                    self.assess.set_scope(QueueScope::Subordinates(me), None);
                }
            }
            _ => {
                if self.assess.chosen {
                    self.update_assess_queue(action);
                }
                return;
            }
        }
        if self.assess.chosen {
            self.reload_assess();
        }
    }

    fn update_assess_queue(&mut self, action: Action) {
        let s = &mut self.assess;
        match action {
            nav if let Some(to) = list::step(nav, s.selected, s.page, s.rows.len()) => s.select(to),
            Action::Edit => {
                if let Some(id) = s.selected_id() {
                    self.open_assessment(id);
                }
            }
            _ => {}
        }
    }

    /// Opens the form of one person for the queue's period.
    pub(super) fn open_assessment(&mut self, id: StaffId) {
        let (year, period) = (self.assess.filter.year, self.assess.filter.period);
        if let Some(sheet) = self.try_store(|a| a.store.assessment_sheet(id, year, period)) {
            self.assess.form = Some(Box::new(AssessForm::new(sheet, &self.store)));
        }
    }

    fn update_assess_form(&mut self, action: Action) {
        let Some(form) = self.assess.form.as_mut() else {
            return;
        };
        match form.handle(action) {
            AssessEvent::None => {}
            AssessEvent::Save => {
                if self.save_assessment() {
                    self.message = Some(Message::Info(t("penilaian.saved")));
                }
            }
            AssessEvent::Finalize => {
                if !form.check_final() {
                    self.message = Some(Message::Error(t("penilaian.cannot_finalize")));
                    return;
                }
                if self.save_assessment() {
                    let name = self
                        .assess
                        .form
                        .as_ref()
                        .map(|f| f.sheet.staff.display_name())
                        .unwrap_or_default();
                    self.popups.push(Popup::Confirm(Confirm {
                        kind: ConfirmKind::FinalizeAssessment,
                        title: t("penilaian.finalize_title"),
                        message: tf(
                            "penilaian.finalize_message",
                            &[("name", &name), ("period", &self.assess.period_label())],
                        ),
                    }));
                }
            }
            AssessEvent::ReadOnly => {
                let why = form.read_only.clone().unwrap_or_default();
                self.message = Some(Message::Error(why));
            }
            AssessEvent::Reopen => self.ask_reopen(),
            AssessEvent::Close => self.leave_assessment(None),
            AssessEvent::Step(forward) => self.leave_assessment(Some(forward)),
        }
    }

    /// Saves the form's draft when it changed; false (with the errors on
    /// the form) when the store refused it.
    fn save_assessment(&mut self) -> bool {
        let Some(form) = self.assess.form.as_mut() else {
            return false;
        };
        if !form.is_dirty() && form.sheet.assessment.is_some() {
            return true;
        }
        match form.save(&mut self.store) {
            Ok(()) => true,
            Err(e) => {
                self.locked = matches!(e, StoreError::Locked { .. });
                self.message = Some(Message::Error(e.to_string()));
                false
            }
        }
    }

    pub(super) fn finalize_assessment(&mut self) {
        let Some(form) = self.assess.form.as_mut() else {
            return;
        };
        match form.finalize(&mut self.store) {
            Ok(()) => self.message = Some(Message::Info(t("penilaian.finalized"))),
            Err(e) => self.message = Some(Message::Error(e.to_string())),
        }
    }

    /// Asks an admin for the written reason to reopen the final
    /// assessment in the form.
    fn ask_reopen(&mut self) {
        let Some(form) = self.assess.form.as_ref() else {
            return;
        };
        if !form.is_final() {
            return;
        }
        let role = self.role();
        if !role.may_reopen() || self.store.is_read_only() {
            let e = if self.store.is_read_only() {
                StoreError::ReadOnly
            } else {
                StoreError::Permission {
                    role,
                    action: "reopen",
                }
            };
            self.message = Some(Message::Error(e.to_string()));
            return;
        }
        let field =
            crate::tui::widgets::form::Field::text("reopen_reason", t("field.reopen_reason"), "")
                .required();
        self.popups.push(Popup::Reopen(Box::new(
            crate::tui::widgets::form::Form::new(t("penilaian.reopen_title"), vec![field]),
        )));
    }

    /// Reopens with the reason typed; false (errors on the form) if the
    /// store refused.
    pub(super) fn reopen_assessment(
        &mut self,
        reason: &mut crate::tui::widgets::form::Form,
    ) -> bool {
        let Some(form) = self.assess.form.as_ref() else {
            return true;
        };
        let s = &form.sheet;
        let (id, year, period) = (s.staff.id, s.year, s.period);
        let version = s.assessment.as_ref().map_or(0, |a| a.version);
        reason.clear_errors();
        match self
            .store
            .reopen_assessment(id, year, period, version, &reason.text("reopen_reason"))
        {
            Ok(()) => {
                self.open_assessment(id);
                self.message = Some(Message::Info(t("penilaian.reopened")));
                true
            }
            Err(StoreError::Invalid { errors }) => {
                reason.field_errors(errors);
                false
            }
            Err(e) => {
                reason.store_error(&e);
                false
            }
        }
    }

    /// Leaves the form: closes it (`None`) or moves to the next or
    /// previous person. Unsaved changes are asked about first.
    pub(super) fn leave_assessment(&mut self, step: Option<bool>) {
        if self.assess.form.as_ref().is_some_and(|f| f.is_dirty()) {
            self.popups.push(Popup::Confirm(Confirm {
                kind: ConfirmKind::LeaveAssessment { step },
                title: t("tui.unsaved_title"),
                message: t("tui.unsaved_message"),
            }));
            return;
        }
        let current = self.assess.form.take().map(|f| f.sheet.staff.id);
        self.reload_assess();
        let found = current.and_then(|id| self.assess.rows.iter().position(|r| r.staff_id == id));
        if let Some(i) = found {
            self.assess.select(i);
        }
        let Some(forward) = step else { return };
        let n = self.assess.rows.len();
        if n == 0 {
            return;
        }
        let here = self.assess.selected;
        // When the person left the filtered queue, the next one moved up.
        let next = match (forward, found) {
            (true, Some(_)) => (here + 1).min(n - 1),
            (true, None) => here,
            (false, _) => here.saturating_sub(1),
        };
        if next == here && found.is_some() {
            self.message = Some(Message::Info(t(if forward {
                "penilaian.last_person"
            } else {
                "penilaian.first_person"
            })));
        }
        self.assess.select(next);
        if let Some(id) = self.assess.selected_id() {
            self.open_assessment(id);
        }
    }

    /// After "save or discard?" on leaving the form.
    pub(super) fn leave_assessment_answered(&mut self, step: Option<bool>, save: bool) {
        if save && !self.save_assessment() {
            return;
        }
        if let Some(f) = self.assess.form.as_mut() {
            f.form.dirty = false;
        }
        self.leave_assessment(step);
    }
}
