//! SKP screen actions: choosing the person and year, editing the tree.

use super::*;
use crate::domain::plan::PlannedResultFields;
use crate::domain::plan::ResultKind;
use crate::store::plan::Move;

impl App {
    /// Shows a person's SKP (from the staff screen or the person picker).
    pub(super) fn show_plan_of(&mut self, id: StaffId, name: String) {
        self.targets.staff = Some((id, name));
        self.targets.selected = 0;
        self.targets.offset = 0;
        self.screen = Screen::Targets;
        let _ = self.try_store(|a| a.targets.reload(&a.store, None));
    }

    fn pick_plan_staff(&mut self) {
        let mut p = Picker::new(
            t("plan_screen.pick_person"),
            PickTarget::PlanStaff,
            PickSource::Store,
            false,
        );
        let items = self.staff_items("", None);
        p.set_items(items);
        self.popups.push(Popup::Picker(Box::new(p)));
    }

    /// The plan of the shown person and year, made if it does not exist.
    fn ensure_plan(&mut self) -> Option<i64> {
        if let Some(tree) = &self.targets.tree {
            return Some(tree.plan.id);
        }
        let (staff, _) = self.targets.staff.clone()?;
        let year = self.targets.year;
        let id = self.try_store(|a| a.store.create_plan(staff, year))?;
        let _ = self.try_store(|a| a.targets.reload(&a.store, None));
        Some(id)
    }

    fn open_result_form(&mut self, edit: bool) {
        if !self.may_edit() {
            return;
        }
        let existing = if edit {
            self.targets.selected_result().cloned()
        } else {
            None
        };
        let Some(plan) = self.ensure_plan() else {
            return;
        };
        let label = self
            .targets
            .parent_label(existing.as_ref().and_then(|r| r.fields.parent_id));
        let form = ResultForm::new(plan, existing.as_ref(), label);
        self.popups.push(Popup::ResultForm(Box::new(form)));
    }

    fn open_indicator_form(&mut self, edit: bool) {
        if !self.may_edit() {
            return;
        }
        let Some(result) = self.targets.selected_result().map(|r| r.id) else {
            return self.open_result_form(false);
        };
        let existing = if edit {
            self.targets.selected_indicator().cloned()
        } else {
            None
        };
        let form = IndicatorForm::new(result, existing.as_ref());
        self.popups.push(Popup::IndicatorForm(Box::new(form)));
    }

    pub(super) fn update_targets(&mut self, action: Action) {
        let t = &self.targets;
        match action {
            nav if let Some(to) = list::step(nav, t.selected, t.page, t.items.len()) => {
                self.targets.select(to)
            }
            Action::Search => self.pick_plan_staff(),
            _ if self.targets.staff.is_none() => {
                if matches!(action, Action::Add | Action::AddResult | Action::Edit) {
                    self.pick_plan_staff();
                }
            }
            Action::AddResult => self.open_result_form(false),
            Action::Add => self.open_indicator_form(false),
            Action::Edit => match self.targets.selected_indicator() {
                Some(_) => self.open_indicator_form(true),
                None if self.targets.selected_result().is_some() => self.open_result_form(true),
                None => self.open_result_form(false),
            },
            Action::Deactivate => self.confirm_archive(),
            Action::MoveUp | Action::MoveDown => {
                let dir = if action == Action::MoveUp {
                    Move::Up
                } else {
                    Move::Down
                };
                let key = self.targets.selected_key();
                if let Some((is_result, id)) = key
                    && self
                        .try_store(|a| {
                            if is_result {
                                a.store.move_result(id, dir)
                            } else {
                                a.store.move_indicator(id, dir)
                            }
                        })
                        .is_some()
                {
                    let _ = self.try_store(|a| a.targets.reload(&a.store, key));
                }
            }
            Action::PrevYear | Action::NextYear => {
                self.targets.year += if action == Action::NextYear { 1 } else { -1 };
                self.targets.selected = 0;
                let _ = self.try_store(|a| a.targets.reload(&a.store, None));
            }
            Action::CopyLastYear => self.copy_last_year(),
            Action::FromSupervisor => self.start_from_supervisor(),
            _ => {}
        }
    }

    fn confirm_archive(&mut self) {
        if !self.may_edit() {
            return;
        }
        let (is_result, id, version, name) = match self.targets.selected_indicator() {
            Some(i) => (false, i.id, i.version, i.fields.text.clone()),
            None => match self.targets.selected_result() {
                Some(r) => (true, r.id, r.version, r.fields.text.clone()),
                None => return,
            },
        };
        self.popups.push(Popup::Confirm(Confirm {
            kind: ConfirmKind::ArchivePlanItem {
                is_result,
                id,
                version,
            },
            title: t("action.deactivate"),
            message: tf("plan_screen.confirm_archive", &[("name", &name)]),
        }));
    }

    fn copy_last_year(&mut self) {
        let Some((staff, _)) = self.targets.staff.clone() else {
            return;
        };
        if !self.may_edit() {
            return;
        }
        let (from, to) = (self.targets.year - 1, self.targets.year);
        if !self.targets.items.is_empty() {
            self.message = Some(Message::Error(tf(
                "plan_screen.already_has_plan",
                &[("year", &to)],
            )));
            return;
        }
        let source = self.try_store(|a| a.store.plan(staff, from)).flatten();
        if source.is_none() {
            self.message = Some(Message::Error(tf(
                "plan_screen.nothing_to_copy",
                &[("year", &from)],
            )));
            return;
        }
        if self
            .try_store(|a| a.store.copy_plan(staff, from, to))
            .is_some()
        {
            let _ = self.try_store(|a| a.targets.reload(&a.store, None));
            self.message = Some(Message::Info(tf(
                "plan_screen.copied",
                &[("from", &from), ("to", &to)],
            )));
        }
    }

    /// One planned result per supervisor result not yet intervened in,
    /// linked to it; the texts can then be edited.
    fn start_from_supervisor(&mut self) {
        if self.targets.staff.is_none() || !self.may_edit() {
            return;
        }
        let year = self.targets.year;
        if self.targets.parents.is_empty() {
            self.message = Some(Message::Error(tf(
                "plan_screen.no_supervisor_results",
                &[("year", &year)],
            )));
            return;
        }
        let Some(plan) = self.ensure_plan() else {
            return;
        };
        let used: Vec<i64> = self
            .targets
            .tree
            .iter()
            .flat_map(|t| t.results.iter())
            .filter(|r| !r.archived)
            .filter_map(|r| r.fields.parent_id)
            .collect();
        let todo: Vec<(i64, String)> = self
            .targets
            .parents
            .iter()
            .filter(|(id, _)| !used.contains(id))
            .cloned()
            .collect();
        let mut made = 0;
        for (parent, text) in todo {
            let f = PlannedResultFields {
                text,
                kind: ResultKind::Main,
                parent_id: Some(parent),
            };
            if self
                .try_store(|a| a.store.insert_result(plan, &f))
                .is_none()
            {
                break;
            }
            made += 1;
        }
        let _ = self.try_store(|a| a.targets.reload(&a.store, None));
        if self.message.is_none() {
            self.message = Some(Message::Info(tf(
                "plan_screen.started_from_supervisor",
                &[("n", &made)],
            )));
        }
    }
}
