//! Staff screen actions: moving, searching, filtering, deactivating.

use super::*;

impl App {
    pub(super) fn update_staff(&mut self, action: Action) {
        let s = &mut self.staff;
        if s.searching {
            match action {
                Action::Accept => s.searching = false,
                Action::Cancel => {
                    s.searching = false;
                    s.search.reset();
                    self.apply_search();
                }
                Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                    self.move_staff(action)
                }
                other => {
                    if crate::tui::widgets::input::edit(&mut s.search, other) {
                        self.apply_search();
                    }
                }
            }
            return;
        }
        match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last => self.move_staff(action),
            Action::Search => self.staff.searching = true,
            Action::Cancel if !self.staff.search.value().is_empty() => {
                self.staff.search.reset();
                self.apply_search();
            }
            Action::Add if self.may_edit() => {
                let unit = self.staff.filter.unit;
                if let Some(f) = self.try_store(|a| StaffForm::new(&a.store, None, unit)) {
                    self.popups.push(Popup::StaffForm(Box::new(f)));
                }
            }
            Action::Edit => {
                if let Some(id) = self.staff.selected_id()
                    && self.may_edit()
                    && let Some(f) = self.try_store(|a| {
                        let s = a.store.get_staff(id)?;
                        StaffForm::new(&a.store, Some(&s), None)
                    })
                {
                    self.popups.push(Popup::StaffForm(Box::new(f)));
                }
            }
            Action::Deactivate => self.start_deactivate(),
            Action::ShowPlan => {
                if let Some(id) = self.staff.selected_id()
                    && let Some(b) = self.try_store(|a| a.store.staff_brief(id))
                {
                    self.targets.year = self.staff.period.0;
                    self.show_plan_of(id, b.name);
                }
            }
            Action::Reactivate => self.start_reactivate(),
            Action::FilterUnit => {
                self.ensure_units();
                let items = self.units.pick_items(None);
                let mut p = Picker::new(
                    t("tui.pick_unit_filter"),
                    PickTarget::StaffUnitFilter,
                    PickSource::Fixed(items),
                    true,
                );
                p.select_id(self.staff.filter.unit);
                self.popups.push(Popup::Picker(Box::new(p)));
            }
            Action::CycleStatus => {
                self.staff.filter.status = match self.staff.filter.status {
                    StatusFilter::All => StatusFilter::Active,
                    StatusFilter::Active => StatusFilter::Inactive,
                    StatusFilter::Inactive => StatusFilter::All,
                };
                self.reload_staff_keep();
            }
            Action::ToggleNipProblems => {
                self.staff.filter.nip_problems = !self.staff.filter.nip_problems;
                self.reload_staff_keep();
            }
            Action::ClearFilters => {
                self.staff.search.reset();
                self.staff.filter = StaffFilter::default();
                self.staff.unit_label = None;
                self.reload_staff_keep();
            }
            Action::ToggleDetail => {
                self.staff.show_detail = !self.staff.show_detail;
                let (w, h) = self.size;
                self.resize(w, h);
            }
            _ => {}
        }
    }

    pub(super) fn move_staff(&mut self, action: Action) {
        let s = &self.staff;
        let page = s.page.max(1);
        let target = match action {
            Action::Up => s.selected.saturating_sub(1),
            Action::Down => s.selected + 1,
            Action::PageUp => s.selected.saturating_sub(page),
            Action::PageDown => s.selected + page,
            Action::First => 0,
            Action::Last => s.total.saturating_sub(1),
            _ => s.selected,
        };
        let _ = self.try_store(|a| a.staff.select(&a.store, target, false));
    }

    pub(super) fn apply_search(&mut self) {
        self.staff.filter.text = self.staff.search.value().to_string();
        self.reload_staff_keep();
    }

    pub(super) fn reload_staff_keep(&mut self) {
        let keep = self.staff.selected_id();
        let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
    }

    pub(super) fn start_deactivate(&mut self) {
        let Some(id) = self.staff.selected_id() else {
            return;
        };
        if !self.may_edit() {
            return;
        }
        let Some(staff) = self.try_store(|a| a.store.get_staff(id)) else {
            return;
        };
        if !staff.status.is_active() {
            self.message = Some(Message::Info(tf(
                "tui.already_inactive",
                &[(
                    "key",
                    &self
                        .keymap
                        .hint(Context::List, Action::Reactivate)
                        .unwrap_or_default(),
                )],
            )));
            return;
        }
        let today = self.store.today();
        self.popups
            .push(Popup::Deactivate(Box::new(DeactivateForm::new(
                &staff, today,
            ))));
    }

    pub(super) fn start_reactivate(&mut self) {
        let Some(id) = self.staff.selected_id() else {
            return;
        };
        let Some(staff) = self.try_store(|a| a.store.get_staff(id)) else {
            return;
        };
        if staff.status.is_active() {
            return;
        }
        if !self.store.actor().role.may_reactivate() || self.store.is_read_only() {
            self.message = Some(Message::Error(
                StoreError::Permission {
                    role: self.store.actor().role,
                    action: "reactivate",
                }
                .to_string(),
            ));
            return;
        }
        self.popups.push(Popup::Confirm(Confirm {
            kind: ConfirmKind::ReactivateStaff {
                id,
                version: staff.version,
            },
            title: t("action.reactivate"),
            message: tf("tui.confirm_reactivate", &[("name", &staff.display_name())]),
        }));
    }

    pub(super) fn set_unit_filter(&mut self, unit: Option<(UnitId, String)>) {
        self.staff.filter.unit = unit.as_ref().map(|u| u.0);
        self.staff.unit_label = unit.map(|u| u.1);
        self.reload_staff_keep();
    }
}
