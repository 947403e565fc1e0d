//! The application state and its one entry point for change:
//! [`App::update`]. Keys become actions in [`App::handle_key`] through the
//! keymap; rendering (in `ui`) only reads.

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::{Context, Key, Keymap};
use super::screens::staff::{self, StaffScreen};
use super::screens::staff_form::{DeactivateForm, StaffForm};
use super::screens::unit_form::UnitForm;
use super::screens::units::UnitsScreen;
use super::theme::Theme;
use super::widgets::form::FormEvent;
use super::widgets::overlay::{Confirm, ConfirmKind, Help};
use super::widgets::picker::{PickEvent, PickItem, PickSource, Picker};
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, UnitId};
use crate::i18n::{t, tf};
use crate::store::staff::{StaffFilter, StatusFilter};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Staff,
    Units,
}

impl Screen {
    pub const ALL: [Screen; 2] = [Screen::Staff, Screen::Units];
    pub fn title(self) -> String {
        match self {
            Screen::Staff => t("tui.tab_staff"),
            Screen::Units => t("tui.tab_units"),
        }
    }
}

/// Where a picker's choice goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickTarget {
    /// A field of the form just below the picker.
    Field(&'static str),
    /// The staff screen's unit filter.
    StaffUnitFilter,
    /// A new parent for a unit being moved.
    MoveUnit { id: UnitId, version: i64 },
    /// The command palette: the item id is an index into `Action::ALL`.
    Palette,
}

pub enum Popup {
    StaffForm(Box<StaffForm>),
    UnitForm(Box<UnitForm>),
    Deactivate(Box<DeactivateForm>),
    Picker(Box<Picker<PickTarget>>),
    Confirm(Confirm),
    Help(Help),
}

impl Popup {
    fn context(&self) -> Context {
        match self {
            Popup::StaffForm(_) | Popup::UnitForm(_) | Popup::Deactivate(_) => Context::Form,
            Popup::Picker(_) => Context::Picker,
            Popup::Confirm(_) => Context::Confirm,
            Popup::Help(_) => Context::Overlay,
        }
    }

    fn form_mut(&mut self) -> Option<&mut super::widgets::form::Form> {
        match self {
            Popup::StaffForm(f) => Some(&mut f.form),
            Popup::UnitForm(f) => Some(&mut f.form),
            Popup::Deactivate(f) => Some(&mut f.form),
            _ => None,
        }
    }

    pub fn is_dirty_form(&self) -> bool {
        match self {
            Popup::StaffForm(f) => f.form.dirty,
            Popup::UnitForm(f) => f.form.dirty,
            Popup::Deactivate(f) => f.form.dirty,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Info(String),
    Error(String),
}

pub struct App {
    pub store: Store,
    pub keymap: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub staff: StaffScreen,
    pub units: UnitsScreen,
    pub popups: Vec<Popup>,
    pub message: Option<Message>,
    /// The last write waited out the busy timeout (shown in the status bar).
    pub locked: bool,
    pub quit: bool,
    pub size: (u16, u16),
    /// The organisation's name, read once.
    pub organisation: Option<String>,
    /// The unit tree is read on first need, not at start-up.
    units_loaded: bool,
}

/// The smallest terminal the screens are designed for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

impl App {
    pub fn new(store: Store, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let mut app = App {
            store,
            keymap,
            theme,
            screen: Screen::Staff,
            staff: StaffScreen::default(),
            units: UnitsScreen::default(),
            popups: Vec::new(),
            message: None,
            locked: false,
            quit: false,
            size,
            organisation: None,
            units_loaded: false,
        };
        app.organisation = app.try_store(|a| a.store.organisation()).flatten();
        app.resize(size.0, size.1);
        if let Some(w) = app.store.warnings().first() {
            app.message = Some(Message::Error(w.message()));
        }
        app
    }

    /// The area screens draw in: below the tab bar, above footer and status.
    pub fn body_area(&self) -> Rect {
        let (w, h) = self.size;
        Rect::new(0, 1, w, h.saturating_sub(3))
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        let body = self.body_area();
        let l = staff::layout(body, self.staff.show_detail);
        self.staff.page = l.table.height.saturating_sub(1).max(1) as u64;
        self.units.page = body.height.saturating_sub(1).max(1) as usize;
        let keep = self.staff.selected_id();
        let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
        self.units.select(self.units.selected);
    }

    /// The input context: the top popup's, else the screen's.
    pub fn context(&self) -> Context {
        match self.popups.last() {
            Some(p) => p.context(),
            None if self.screen == Screen::Staff && self.staff.searching => Context::Search,
            None => Context::List,
        }
    }

    /// The one place keys turn into actions.
    pub fn handle_key(&mut self, ev: KeyEvent) {
        if ev.kind == ratatui::crossterm::event::KeyEventKind::Release {
            return;
        }
        let Some(key) = Key::from_event(&ev) else {
            return;
        };
        let ctx = self.context();
        let action = self.keymap.action(ctx, &key).or_else(|| {
            if ctx.takes_text() {
                key.printable().map(Action::Type)
            } else {
                None
            }
        });
        if let Some(a) = action {
            self.update(a);
        }
    }

    /// Runs a store call; a failure becomes the message line.
    fn try_store<T>(&mut self, f: impl FnOnce(&mut App) -> Result<T, StoreError>) -> Option<T> {
        match f(self) {
            Ok(v) => Some(v),
            Err(e) => {
                self.locked = matches!(e, StoreError::Locked { .. });
                self.message = Some(Message::Error(e.to_string()));
                None
            }
        }
    }

    pub fn update(&mut self, action: Action) {
        if !self.popups.is_empty() {
            self.update_popup(action);
            return;
        }
        self.message = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => {
                let ctx = self.context();
                self.popups.push(Popup::Help(Help::new(&self.keymap, ctx)));
            }
            Action::Palette => self.open_palette(),
            Action::Refresh => self.refresh(),
            Action::NextScreen | Action::PrevScreen => {
                let next = match self.screen {
                    Screen::Staff => Screen::Units,
                    Screen::Units => Screen::Staff,
                };
                self.show(next);
            }
            Action::ScreenStaff => self.show(Screen::Staff),
            Action::ScreenUnits => self.show(Screen::Units),
            _ => match self.screen {
                Screen::Staff => self.update_staff(action),
                Screen::Units => self.update_units(action),
            },
        }
    }

    /// Reads the unit tree if it has not been read yet.
    fn ensure_units(&mut self) {
        if !self.units_loaded {
            self.units_loaded = self.try_store(|a| a.units.reload(&a.store, None)).is_some();
        }
    }

    /// Re-reads the unit tree if it was read before.
    fn reload_units(&mut self, keep: Option<UnitId>) {
        if self.units_loaded {
            let _ = self.try_store(|a| a.units.reload(&a.store, keep));
        }
    }

    fn refresh(&mut self) {
        let keep = self.staff.selected_id();
        let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
        self.reload_units(None);
        if self.message.is_none() {
            self.message = Some(Message::Info(t("tui.refreshed")));
        }
    }

    fn show(&mut self, screen: Screen) {
        self.staff.searching = false;
        if screen == Screen::Units {
            self.ensure_units();
        }
        self.screen = screen;
    }

    fn may_edit(&mut self) -> bool {
        let role = self.store.actor().role;
        if self.store.is_read_only() {
            self.message = Some(Message::Error(t("store.read_only")));
            false
        } else if !role.may_edit_register() {
            self.message = Some(Message::Error(
                StoreError::Permission {
                    role,
                    action: "edit_register",
                }
                .to_string(),
            ));
            false
        } else {
            true
        }
    }

    fn update_staff(&mut self, action: Action) {
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
                    if super::widgets::input::edit(&mut s.search, other) {
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

    fn move_staff(&mut self, action: Action) {
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

    fn apply_search(&mut self) {
        self.staff.filter.text = self.staff.search.value().to_string();
        self.reload_staff_keep();
    }

    fn reload_staff_keep(&mut self) {
        let keep = self.staff.selected_id();
        let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
    }

    fn start_deactivate(&mut self) {
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

    fn start_reactivate(&mut self) {
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

    fn update_units(&mut self, action: Action) {
        let u = &mut self.units;
        let page = u.page.max(1);
        match action {
            Action::Up => u.select(u.selected.saturating_sub(1)),
            Action::Down => u.select(u.selected + 1),
            Action::PageUp => u.select(u.selected.saturating_sub(page)),
            Action::PageDown => u.select(u.selected + page),
            Action::First => u.select(0),
            Action::Last => u.select(usize::MAX),
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

    fn set_unit_filter(&mut self, unit: Option<(UnitId, String)>) {
        self.staff.filter.unit = unit.as_ref().map(|u| u.0);
        self.staff.unit_label = unit.map(|u| u.1);
        self.reload_staff_keep();
    }

    fn open_palette(&mut self) {
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

    fn update_popup(&mut self, action: Action) {
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

    fn update_form(&mut self, mut popup: Popup, action: Action) {
        let event = popup
            .form_mut()
            .map(|f| f.handle(action))
            .unwrap_or(FormEvent::None);
        match event {
            FormEvent::Changed(key) => {
                if let Popup::StaffForm(f) = &mut popup {
                    f.changed(key);
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
    fn save_form(&mut self, mut popup: Popup) {
        let saved = match &mut popup {
            Popup::StaffForm(f) => f.save(&mut self.store).map(Saved::Staff),
            Popup::UnitForm(f) => f.save(&mut self.store).map(Saved::Unit),
            Popup::Deactivate(f) => f.save(&mut self.store).then_some(Saved::Staff(f.id)),
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

    fn after_save(&mut self, saved: Saved) {
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

    fn picker_for(&mut self, popup: &Popup, key: &'static str) -> Option<Picker<PickTarget>> {
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
    fn staff_items(&mut self, text: &str, except: Option<StaffId>) -> Vec<PickItem> {
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

    fn update_picker(&mut self, mut p: Box<Picker<PickTarget>>, action: Action) {
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

    fn apply_pick(&mut self, target: PickTarget, item: Option<PickItem>) {
        match target {
            PickTarget::Field(key) => {
                let unit_name = |it: &PickItem| {
                    it.label
                        .split(" ‹ ")
                        .next()
                        .unwrap_or(&it.label)
                        .to_string()
                };
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
                let unit = item.map(|it| {
                    let name = it
                        .label
                        .split(" ‹ ")
                        .next()
                        .unwrap_or(&it.label)
                        .to_string();
                    (it.id, name)
                });
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
            PickTarget::Palette => {
                if let Some(a) = item.and_then(|it| Action::ALL.get(it.id as usize).copied()) {
                    self.update(a);
                }
            }
        }
    }

    fn update_confirm(&mut self, c: Confirm, action: Action) {
        match (&c.kind, action) {
            (ConfirmKind::UnsavedChanges, Action::ChooseSave) => {
                if let Some(form) = self.popups.pop() {
                    self.save_form(form);
                }
            }
            (ConfirmKind::UnsavedChanges, Action::ChooseDiscard) => {
                self.popups.pop();
            }
            (ConfirmKind::ReactivateStaff { id, version }, Action::Accept) => {
                let (id, version) = (*id, *version);
                if self
                    .try_store(|a| a.store.reactivate_staff(id, version))
                    .is_some()
                {
                    self.after_save(Saved::Staff(id));
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

    /// Whether the user's role may change anything (for the status bar).
    pub fn role(&self) -> Role {
        self.store.actor().role
    }
}

enum Saved {
    Staff(StaffId),
    Unit(UnitId),
}
