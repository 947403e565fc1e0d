//! Results screen actions: choosing the unit and quarter, and entry.

use super::*;
use crate::domain::period::Quarter;
use crate::tui::screens::results::GridEvent;

impl App {
    /// On entering the results screen: the staff screen's unit filter is
    /// the natural choice; without one, ask which unit to enter.
    pub(super) fn enter_results(&mut self) {
        if self.results.chosen {
            return;
        }
        match (self.staff.filter.unit, self.staff.unit_label.clone()) {
            (Some(unit), label) => self.set_results_unit(Some(unit), label),
            (None, _) => self.pick_results_unit(),
        }
    }

    pub(super) fn pick_results_unit(&mut self) {
        self.ensure_units();
        let mut p = Picker::new(
            t("results.pick_unit"),
            PickTarget::ResultsUnit,
            PickSource::Fixed(self.units.pick_items(None)),
            true,
        );
        p.select_id(self.results.filter.unit);
        self.popups.push(Popup::Picker(Box::new(p)));
    }

    pub(super) fn set_results_unit(&mut self, unit: Option<UnitId>, label: Option<String>) {
        // The whole government of a large region is not one screen of work
        // (and would be read into memory at once): ask for a unit instead.
        if unit.is_none() && self.whole_government_too_large() {
            return;
        }
        self.results.filter.unit = unit;
        self.results.unit_label = label;
        self.results.chosen = true;
        self.results.selected = 0;
        self.results.offset = 0;
        let _ = self.try_store(|a| a.results.reload(&a.store));
    }

    pub(super) fn update_results(&mut self, action: Action) {
        if self.results.edit.is_none() {
            match action {
                Action::FilterUnit => return self.pick_results_unit(),
                Action::ToggleLegacy => {
                    self.results.show_legacy = !self.results.show_legacy;
                    return;
                }
                Action::ToggleEmpty => {
                    self.results.filter.only_empty = !self.results.filter.only_empty;
                    let _ = self.try_store(|a| a.results.reload(&a.store));
                    return;
                }
                Action::PrevQuarter | Action::NextQuarter => {
                    let f = &mut self.results.filter;
                    let q = f.quarter.number() as i32
                        + if action == Action::NextQuarter { 1 } else { -1 };
                    let (year, q) = match q {
                        0 => (f.year - 1, 4),
                        5 => (f.year + 1, 1),
                        q => (f.year, q),
                    };
                    f.year = year;
                    f.quarter = Quarter::new(q as u8).expect("1..=4");
                    let _ = self.try_store(|a| a.results.reload(&a.store));
                    return;
                }
                _ => {}
            }
            if !self.results.chosen {
                return;
            }
        }
        let event = if self.results.edit.is_some() {
            self.results.handle_cell(&mut self.store, action)
        } else {
            self.results.handle_grid(&mut self.store, action)
        };
        match event {
            GridEvent::None => {}
            GridEvent::Info(m) => self.message = Some(Message::Info(m)),
            GridEvent::Error(m) => self.message = Some(Message::Error(m)),
        }
    }
}
