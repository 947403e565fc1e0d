//! Popups: forms, pickers, confirmations and the command palette.

use super::*;

impl App {
    pub(super) fn open_palette(&mut self) {
        let ctx = self.context();
        let items = self
            .keymap
            .bindings(ctx)
            .into_iter()
            .filter(|(a, _)| *a != Action::Palette)
            .map(|(a, keys)| PickItem {
                id: Action::ALL.iter().position(|x| *x == a).unwrap_or(0) as i64,
                label: a.label(),
                detail: keys
                    .iter()
                    .map(|k| k.display())
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        self.popups.push(Popup::Picker(Box::new(Picker::new(
            t("tui.palette_title"),
            PickTarget::Palette,
            PickSource::Fixed(items),
            false,
        ))));
    }

    pub(super) fn update_popup(&mut self, action: Action) {
        if matches!(action, Action::Help) && !matches!(self.popups.last(), Some(Popup::Help(_))) {
            let ctx = self.context();
            self.popups.push(Popup::Help(Help::new(&self.keymap, ctx)));
            return;
        }
        let Some(top) = self.popups.pop() else {
            return;
        };
        match top {
            Popup::Help(mut h) => {
                if !h.handle(action) {
                    self.popups.push(Popup::Help(h));
                }
            }
            Popup::Confirm(c) => self.update_confirm(c, action),
            Popup::Picker(p) => self.update_picker(p, action),
            form => self.update_form(form, action),
        }
    }

    pub(super) fn update_form(&mut self, mut popup: Popup, action: Action) {
        let event = popup
            .form_mut()
            .map(|f| f.handle(action))
            .unwrap_or(FormEvent::None);
        match event {
            FormEvent::Changed(key) => {
                match &mut popup {
                    Popup::StaffForm(f) => f.changed(key),
                    Popup::Export(f) => f.changed(key),
                    _ => {}
                }
                self.popups.push(popup);
            }
            FormEvent::OpenPicker(key) => {
                let picker = self.picker_for(&popup, key);
                self.popups.push(popup);
                if let Some(p) = picker {
                    self.popups.push(Popup::Picker(Box::new(p)));
                }
            }
            FormEvent::Save => self.save_form(popup),
            FormEvent::Cancel => {
                if popup.is_dirty_form() {
                    self.popups.push(popup);
                    self.popups.push(Popup::Confirm(Confirm {
                        kind: ConfirmKind::UnsavedChanges,
                        title: t("tui.unsaved_title"),
                        message: t("tui.unsaved_message"),
                    }));
                }
            }
            FormEvent::None => self.popups.push(popup),
        }
    }

    /// Saves a form; on success closes it and keeps the selection on the
    /// saved record, on failure keeps it open with the errors shown.
    pub(super) fn save_form(&mut self, mut popup: Popup) {
        if let Popup::Export(f) = &mut popup {
            match f.save(&self.store) {
                Some((rows, path)) => {
                    self.message = Some(Message::Info(tf(
                        "export_tui.saved",
                        &[("n", &rows), ("path", &path.display())],
                    )))
                }
                None => self.popups.push(popup),
            }
            return;
        }
        if let Popup::Reopen(f) = &mut popup {
            if !self.reopen_assessment(f) {
                self.popups.push(popup);
            }
            return;
        }
        let saved = match &mut popup {
            Popup::StaffForm(f) => f.save(&mut self.store).map(Saved::Staff),
            Popup::UnitForm(f) => f.save(&mut self.store).map(Saved::Unit),
            Popup::Deactivate(f) => f.save(&mut self.store).then_some(Saved::Staff(f.id)),
            Popup::ResultForm(f) => f.save(&mut self.store).map(|id| Saved::Plan(true, id)),
            Popup::IndicatorForm(f) => {
                let saved = f.save(&mut self.store).map(|id| Saved::Plan(false, id));
                if saved.is_some() && !f.warnings.is_empty() {
                    self.message = Some(Message::Info(tf(
                        "plan_screen.saved_with_warnings",
                        &[("warnings", &f.warnings.join(" "))],
                    )));
                }
                saved
            }
            _ => None,
        };
        match saved {
            Some(s) => {
                self.locked = false;
                self.after_save(s);
            }
            None => {
                if let Some(f) = popup.form_mut() {
                    self.locked = f.locked;
                }
                self.popups.push(popup);
            }
        }
    }

    pub(super) fn after_save(&mut self, saved: Saved) {
        match saved {
            Saved::Staff(id) => {
                let _ = self.try_store(|a| a.staff.reload(&a.store, Some(id)));
                if self.staff.selected_id() != Some(id) {
                    // The saved person is outside the current filter.
                    self.message = Some(Message::Info(t("tui.saved_hidden")));
                    return;
                }
                self.reload_units(None);
            }
            Saved::Plan(is_result, id) => {
                let _ = self.try_store(|a| a.targets.reload(&a.store, Some((is_result, id))));
            }
            Saved::Unit(id) => {
                self.reload_units(Some(id));
                let keep = self.staff.selected_id();
                let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
            }
        }
        if self.message.is_none() {
            self.message = Some(Message::Info(t("tui.saved")));
        }
    }

    pub(super) fn picker_for(
        &mut self,
        popup: &Popup,
        key: &'static str,
    ) -> Option<Picker<PickTarget>> {
        if let Popup::ResultForm(f) = popup {
            let items = self
                .targets
                .parents
                .iter()
                .map(|(id, text)| PickItem {
                    id: *id,
                    label: text.clone(),
                    detail: String::new(),
                })
                .collect();
            let mut p = Picker::new(
                t("plan_screen.pick_parent"),
                PickTarget::Field(key),
                PickSource::Fixed(items),
                true,
            );
            p.select_id(f.form.picked(key));
            return Some(p);
        }
        let (current, staff_self, unit_self) = match popup {
            Popup::StaffForm(f) => (f.form.picked(key), f.editing.map(|e| e.0), None),
            Popup::UnitForm(f) => (f.form.picked(key), None, f.editing.map(|e| e.0)),
            _ => return None,
        };
        if matches!(key, "unit" | "parent") {
            self.ensure_units();
        }
        let mut p = match key {
            "unit" | "parent" => Picker::new(
                t(&format!("field.{key}")),
                PickTarget::Field(key),
                PickSource::Fixed(self.units.pick_items(if key == "parent" {
                    unit_self
                } else {
                    None
                })),
                key == "parent",
            ),
            "supervisor" | "head" => {
                let mut p = Picker::new(
                    t(&format!("field.{key}")),
                    PickTarget::Field(key),
                    PickSource::Store,
                    true,
                );
                let items = self.staff_items("", staff_self);
                p.set_items(items);
                p
            }
            _ => return None,
        };
        p.select_id(current);
        Some(p)
    }

    /// Active staff matching `text`, as picker items (the person being
    /// edited is left out: nobody supervises themselves).
    pub(super) fn staff_items(&mut self, text: &str, except: Option<StaffId>) -> Vec<PickItem> {
        let filter = StaffFilter {
            text: text.to_string(),
            status: StatusFilter::Active,
            ..Default::default()
        };
        self.try_store(|a| a.store.staff_window(&filter, 0, 50))
            .unwrap_or_default()
            .into_iter()
            .filter(|r| Some(r.id) != except)
            .map(|r| PickItem {
                id: r.id,
                label: r.name,
                detail: format!("{} · {}", r.position, r.unit),
            })
            .collect()
    }

    pub(super) fn update_picker(&mut self, mut p: Box<Picker<PickTarget>>, action: Action) {
        match p.handle(action) {
            PickEvent::None => self.popups.push(Popup::Picker(p)),
            PickEvent::FilterChanged => {
                if let PickTarget::Field("supervisor" | "head") = p.target {
                    let except = match self.popups.last() {
                        Some(Popup::StaffForm(f)) => f.editing.map(|e| e.0),
                        _ => None,
                    };
                    let items = self.staff_items(p.query(), except);
                    p.set_items(items);
                }
                self.popups.push(Popup::Picker(p));
            }
            PickEvent::Cancel => {}
            PickEvent::Chosen(item) => self.apply_pick(p.target, item),
        }
    }

    pub(super) fn apply_pick(&mut self, target: PickTarget, item: Option<PickItem>) {
        match target {
            PickTarget::Field(key) => {
                if let Some(top) = self.popups.last_mut()
                    && let Some(form) = top.form_mut()
                {
                    let shown = item
                        .as_ref()
                        .map(|it| match key {
                            "unit" | "parent" => unit_name(it),
                            _ => it.label.clone(),
                        })
                        .unwrap_or_default();
                    form.set_pick(key, item.map(|it| it.id), shown);
                    if form.focus + 1 < form.fields.len() {
                        form.focus += 1;
                    }
                }
            }
            PickTarget::StaffUnitFilter => {
                let unit = item.map(|it| (it.id, unit_name(&it)));
                self.set_unit_filter(unit);
            }
            PickTarget::MoveUnit { id, version } => {
                let new_parent = item.map(|it| it.id);
                let result = self.try_store(|a| {
                    let mut fields = a.store.get_unit(id)?.fields;
                    fields.parent_id = new_parent;
                    a.store.update_unit(id, version, &fields)
                });
                if result.is_some() {
                    self.after_save(Saved::Unit(id));
                }
            }
            PickTarget::PlanStaff => {
                if let Some(it) = item {
                    self.show_plan_of(it.id, it.label);
                }
            }
            PickTarget::ResultsUnit => {
                let unit = item.map(|it| (it.id, unit_name(&it)));
                match unit {
                    Some((id, name)) => self.set_results_unit(Some(id), Some(name)),
                    None => self.set_results_unit(None, None),
                }
            }
            PickTarget::UnitPredicate(unit) => self.set_unit_predicate(unit, item.map(|it| it.id)),
            PickTarget::AssessUnit => {
                let unit = item.map(|it| (it.id, unit_name(&it)));
                match unit {
                    Some((id, name)) => self.set_assess_unit(Some(id), Some(name)),
                    None => self.set_assess_unit(None, None),
                }
            }
            PickTarget::Palette => {
                if let Some(a) = item.and_then(|it| Action::ALL.get(it.id as usize).copied()) {
                    self.update(a);
                }
            }
        }
    }

    pub(super) fn update_confirm(&mut self, c: Confirm, action: Action) {
        match (&c.kind, action) {
            (ConfirmKind::UnsavedChanges, Action::ChooseSave) => {
                if let Some(form) = self.popups.pop() {
                    self.save_form(form);
                }
            }
            (ConfirmKind::UnsavedChanges, Action::ChooseDiscard) => {
                self.popups.pop();
            }
            (ConfirmKind::LeaveAssessment { step }, Action::ChooseSave) => {
                self.leave_assessment_answered(*step, true)
            }
            (ConfirmKind::LeaveAssessment { step }, Action::ChooseDiscard) => {
                self.leave_assessment_answered(*step, false)
            }
            (ConfirmKind::FinalizeAssessment, Action::Accept) => self.finalize_assessment(),
            (ConfirmKind::ReactivateStaff { id, version }, Action::Accept) => {
                let (id, version) = (*id, *version);
                if self
                    .try_store(|a| a.store.reactivate_staff(id, version))
                    .is_some()
                {
                    self.after_save(Saved::Staff(id));
                }
            }
            (
                ConfirmKind::ArchivePlanItem {
                    is_result,
                    id,
                    version,
                },
                Action::Accept,
            ) => {
                let (is_result, id, version) = (*is_result, *id, *version);
                let done = self.try_store(|a| {
                    if is_result {
                        a.store.archive_result(id, version)
                    } else {
                        a.store.archive_indicator(id, version)
                    }
                });
                if done.is_some() {
                    let _ = self.try_store(|a| a.targets.reload(&a.store, None));
                }
            }
            (ConfirmKind::DeactivateUnit { id, version }, Action::Accept) => {
                let (id, version) = (*id, *version);
                if self
                    .try_store(|a| a.store.deactivate_unit(id, version))
                    .is_some()
                {
                    self.after_save(Saved::Unit(id));
                }
            }
            (_, Action::Cancel) => {}
            _ => self.popups.push(Popup::Confirm(c)),
        }
    }
}

/// The unit's own name from a unit picker item ("Seksi X ‹ Bidang Y").
fn unit_name(item: &PickItem) -> String {
    item.label
        .split(" ‹ ")
        .next()
        .unwrap_or(&item.label)
        .to_string()
}
