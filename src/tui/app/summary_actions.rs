//! Summary screen actions: the period, the tree, sorting, the staff of a
//! unit, and the predikat organisasi (admins).

use super::*;
use crate::domain::distribution::UnitPredicate;

impl App {
    pub(super) fn enter_summary(&mut self) {
        if !self.summary.loaded {
            self.reload_summary();
        }
    }

    pub(super) fn reload_summary(&mut self) {
        let _ = self.try_store(|a| a.summary.reload(&a.store));
        self.load_summary_quarters();
    }

    /// Reads the completion by quarter of the selected unit, if not yet.
    fn load_summary_quarters(&mut self) {
        let Some(id) = self.summary.selected_unit().map(|u| u.unit_id) else {
            return;
        };
        if self
            .summary
            .quarters
            .as_ref()
            .is_some_and(|(u, _)| *u == id)
        {
            return;
        }
        let year = self.summary.year;
        if let Some(q) = self.try_store(|a| a.store.unit_quarters(id, year)) {
            self.summary.quarters = Some((id, q));
        }
        let period = self.summary.period;
        self.summary.org_record = self
            .try_store(|a| a.store.effective_unit_predicate(id, year, period))
            .flatten();
    }

    pub(super) fn update_summary(&mut self, action: Action) {
        if self.summary.monitor.is_some() {
            return self.update_monitor(action);
        }
        let s = &mut self.summary;
        match action {
            nav if let Some(to) = list::step(nav, s.selected, s.page, s.rows.len()) => s.select(to),
            Action::Expand => s.expand(true),
            Action::Collapse => s.expand(false),
            Action::Sort => {
                s.sort = s.sort.next();
                let keep = s.selected_unit().map(|u| u.unit_id);
                s.rebuild(keep);
            }
            Action::PrevQuarter | Action::NextQuarter => {
                s.step_period(action == Action::NextQuarter);
                return self.reload_summary();
            }
            Action::PrevYear | Action::NextYear => {
                s.year += if action == Action::NextYear { 1 } else { -1 };
                return self.reload_summary();
            }
            Action::Edit | Action::ShowUnitStaff => {
                if let Some(u) = s.selected_unit() {
                    let unit = (u.unit_id, u.name.clone());
                    self.set_unit_filter(Some(unit));
                    self.screen = Screen::Staff;
                }
                return;
            }
            Action::SetUnitPredicate => return self.pick_unit_predicate(),
            Action::Monitor => return self.open_monitor(),
            _ => return,
        }
        self.load_summary_quarters();
    }

    /// The monitoring list of the selected unit for the summary's period.
    fn open_monitor(&mut self) {
        let Some(u) = self.summary.selected_unit() else {
            return;
        };
        let (unit, name) = (u.unit_id, u.name.clone());
        let (year, period) = (self.summary.year, self.summary.period);
        self.summary.monitor = self.try_store(|a| {
            crate::tui::screens::monitor::Monitor::load(&a.store, unit, name, year, period)
        });
    }

    fn update_monitor(&mut self, action: Action) {
        let page = self.summary.page.max(1) + 8;
        let Some(m) = self.summary.monitor.as_mut() else {
            return;
        };
        match action {
            nav if let Some(to) = list::step(nav, m.selected, page, m.lines.len()) => {
                m.select(to, page)
            }
            Action::Cancel | Action::Monitor => self.summary.monitor = None,
            Action::Edit => {
                if let Some((id, name)) = m.selected_person() {
                    self.show_plan_of(id, name);
                }
            }
            Action::PrevQuarter | Action::NextQuarter => {
                self.summary.step_period(action == Action::NextQuarter);
                self.reload_summary();
                self.open_monitor();
            }
            _ => {}
        }
    }

    /// Admins record the predikat organisasi of the selected unit for the
    /// period: a choice of the five, or none.
    fn pick_unit_predicate(&mut self) {
        let Some(u) = self.summary.selected_unit() else {
            return;
        };
        let (unit, name, current) = (u.unit_id, u.name.clone(), u.predicate);
        let role = self.role();
        if self.store.is_read_only() || !role.may_reopen() {
            let e = if self.store.is_read_only() {
                StoreError::ReadOnly
            } else {
                StoreError::Permission {
                    role,
                    action: "unit_predicate",
                }
            };
            self.message = Some(Message::Error(e.to_string()));
            return;
        }
        let items = UnitPredicate::ALL
            .iter()
            .enumerate()
            .map(|(i, p)| PickItem {
                id: i as i64,
                label: p.label(),
                detail: p.gloss(),
            })
            .collect();
        let mut p = Picker::new(
            tf(
                "summary.pick_predicate",
                &[("unit", &name), ("period", &self.summary.period_label())],
            ),
            PickTarget::UnitPredicate(unit),
            PickSource::Fixed(items),
            true,
        );
        p.select_id(current.map(|c| c.index() as i64));
        self.popups.push(Popup::Picker(Box::new(p)));
    }

    pub(super) fn set_unit_predicate(&mut self, unit: UnitId, choice: Option<i64>) {
        let (year, period) = (self.summary.year, self.summary.period);
        let predicate = choice.and_then(|i| UnitPredicate::ALL.get(i as usize).copied());
        let done = self.try_store(|a| {
            let seen = a
                .store
                .unit_predicate(unit, year, period)?
                .map(|r| r.version);
            a.store
                .set_unit_predicate(unit, year, period, predicate, seen)
        });
        if done.is_some() {
            self.reload_summary();
            self.message = Some(Message::Info(t("summary.predicate_saved")));
        }
    }
}
