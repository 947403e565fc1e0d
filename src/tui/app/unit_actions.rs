//! Unit screen actions: add, edit, move, archive, show the unit's staff.

use super::*;

impl App {
    pub(super) fn update_units(&mut self, action: Action) {
        let u = &mut self.units;
        let page = u.page.max(1);
        match action {
            nav if let Some(to) = list::step(nav, u.selected, page, u.rows.len()) => u.select(to),
            Action::Add if self.may_edit() => {
                let parent = self.units.selected_id();
                if let Some(f) = self.try_store(|a| UnitForm::new(&a.store, None, parent)) {
                    self.popups.push(Popup::UnitForm(Box::new(f)));
                }
            }
            Action::Edit => {
                if let Some(row) = self.units.selected_row().cloned()
                    && self.may_edit()
                    && let Some(f) =
                        self.try_store(|a| UnitForm::new(&a.store, Some(&row.unit), None))
                {
                    self.popups.push(Popup::UnitForm(Box::new(f)));
                }
            }
            Action::MoveUnit => {
                if let Some(row) = self.units.selected_row().cloned()
                    && self.may_edit()
                {
                    let items = self.units.pick_items(Some(row.unit.id));
                    let mut p = Picker::new(
                        tf("tui.pick_move", &[("name", &row.unit.fields.name)]),
                        PickTarget::MoveUnit {
                            id: row.unit.id,
                            version: row.unit.version,
                        },
                        PickSource::Fixed(items),
                        true,
                    );
                    p.select_id(row.unit.fields.parent_id);
                    self.popups.push(Popup::Picker(Box::new(p)));
                }
            }
            Action::Deactivate => {
                if let Some(row) = self.units.selected_row().cloned()
                    && row.unit.active
                    && self.may_edit()
                {
                    self.popups.push(Popup::Confirm(Confirm {
                        kind: ConfirmKind::DeactivateUnit {
                            id: row.unit.id,
                            version: row.unit.version,
                        },
                        title: t("action.deactivate"),
                        message: tf(
                            "tui.confirm_deactivate_unit",
                            &[("name", &row.unit.fields.name)],
                        ),
                    }));
                }
            }
            Action::ShowUnitStaff | Action::Accept => {
                if let Some(row) = self.units.selected_row().cloned() {
                    self.set_unit_filter(Some((row.unit.id, row.unit.fields.name.clone())));
                    self.screen = Screen::Staff;
                }
            }
            _ => {}
        }
    }
}
