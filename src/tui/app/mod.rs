//! The application state and its one entry point for change:
//! [`App::update`]. Keys become actions in [`App::handle_key`] through the
//! keymap; rendering (in `ui`) only reads.

mod assess_actions;
mod export_actions;
mod popups;
mod results_actions;
mod staff_actions;
mod summary_actions;
mod targets_actions;
mod unit_actions;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::{Context, Key, Keymap};
use super::screens::assess::AssessScreen;
use super::screens::plan_forms::{IndicatorForm, ResultForm};
use super::screens::results::ResultsScreen;
use super::screens::staff::{self, StaffScreen};
use super::screens::staff_form::{DeactivateForm, StaffForm};
use super::screens::summary::SummaryScreen;
use super::screens::targets::TargetsScreen;
use super::screens::unit_form::UnitForm;
use super::screens::units::UnitsScreen;
use super::theme::Theme;
use super::widgets::form::FormEvent;
use super::widgets::list;
use super::widgets::overlay::{Confirm, ConfirmKind, Help};
use super::widgets::picker::{PickEvent, PickItem, PickSource, Picker};
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, UnitId};
use crate::i18n::{t, tf};
use crate::store::staff_list::{StaffFilter, StatusFilter};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Staff,
    Units,
    Targets,
    Results,
    Assess,
    Summary,
}

impl Screen {
    pub const ALL: [Screen; 6] = [
        Screen::Staff,
        Screen::Units,
        Screen::Targets,
        Screen::Results,
        Screen::Assess,
        Screen::Summary,
    ];
    pub fn title(self) -> String {
        match self {
            Screen::Staff => t("tui.tab_staff"),
            Screen::Units => t("tui.tab_units"),
            Screen::Targets => t("plan_screen.tab"),
            Screen::Results => t("results.tab"),
            Screen::Assess => t("penilaian.tab"),
            Screen::Summary => t("summary.tab"),
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
    /// The unit whose results the grid shows.
    ResultsUnit,
    /// The person whose SKP the targets screen shows.
    PlanStaff,
    /// The unit whose assessments the assessment queue lists.
    AssessUnit,
    /// The predikat organisasi of a unit for the summary's period.
    UnitPredicate(UnitId),
}

pub enum Popup {
    StaffForm(Box<StaffForm>),
    UnitForm(Box<UnitForm>),
    Deactivate(Box<DeactivateForm>),
    ResultForm(Box<ResultForm>),
    IndicatorForm(Box<IndicatorForm>),
    Picker(Box<Picker<PickTarget>>),
    /// The written reason for reopening the final assessment in the form.
    Reopen(Box<super::widgets::form::Form>),
    Export(Box<super::screens::export_form::ExportForm>),
    Confirm(Confirm),
    Help(Help),
}

impl Popup {
    fn context(&self) -> Context {
        match self {
            Popup::StaffForm(_)
            | Popup::UnitForm(_)
            | Popup::Deactivate(_)
            | Popup::ResultForm(_)
            | Popup::IndicatorForm(_)
            | Popup::Reopen(_)
            | Popup::Export(_) => Context::Form,
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
            Popup::ResultForm(f) => Some(&mut f.form),
            Popup::IndicatorForm(f) => Some(&mut f.form),
            Popup::Reopen(f) => Some(f),
            Popup::Export(f) => Some(&mut f.form),
            _ => None,
        }
    }

    pub fn is_dirty_form(&self) -> bool {
        match self {
            Popup::StaffForm(f) => f.form.dirty,
            Popup::UnitForm(f) => f.form.dirty,
            Popup::Deactivate(f) => f.form.dirty,
            Popup::ResultForm(f) => f.form.dirty,
            Popup::IndicatorForm(f) => f.form.dirty,
            Popup::Reopen(f) => f.dirty,
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
    pub results: ResultsScreen,
    pub targets: TargetsScreen,
    pub assess: AssessScreen,
    pub summary: SummaryScreen,
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

/// Above this many active staff, lists of a period's work need a unit.
const WHOLE_GOVERNMENT_LIMIT: u64 = 3_000;

/// The smallest terminal the screens are designed for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

impl App {
    pub fn new(store: Store, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let store_today = store.today();
        let mut app = App {
            store,
            keymap,
            theme,
            screen: Screen::Staff,
            staff: StaffScreen::default(),
            units: UnitsScreen::default(),
            results: ResultsScreen::new(store_today),
            targets: TargetsScreen::new(chrono::Datelike::year(&store_today)),
            assess: AssessScreen::new(store_today),
            summary: SummaryScreen::new(store_today),
            popups: Vec::new(),
            message: None,
            locked: false,
            quit: false,
            size,
            organisation: None,
            units_loaded: false,
        };
        app.organisation = app.try_store(|a| a.store.organisation()).flatten();
        app.staff.period = super::screens::results::default_period(store_today);
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
        // Results: progress line, table header and the 4-line detail.
        self.results.page = body.height.saturating_sub(6).max(1) as usize;
        self.results.select(self.results.selected);
        self.targets.page = body.height.saturating_sub(2).max(1) as usize;
        // Assessment queue: the period line, table header and tally line.
        self.assess.page = body.height.saturating_sub(3).max(1) as usize;
        self.assess.select(self.assess.selected);
        // Summary: the period line, table header and the detail panel.
        let detail = if body.height >= 30 { 12 } else { 8 };
        self.summary.page = body.height.saturating_sub(2 + detail).max(1) as usize;
        self.summary.select(self.summary.selected);
        self.targets.select(self.targets.selected);
        let keep = self.staff.selected_id();
        let _ = self.try_store(|a| a.staff.reload(&a.store, keep));
        self.units.select(self.units.selected);
    }

    /// The input context: the top popup's, else the screen's.
    pub fn context(&self) -> Context {
        match self.popups.last() {
            Some(p) => p.context(),
            None if self.screen == Screen::Staff && self.staff.searching => Context::Search,
            None if self.screen == Screen::Results && self.results.edit.is_some() => Context::Cell,
            None if self.screen == Screen::Results => Context::Grid,
            None if self.screen == Screen::Assess && self.assess.form.is_some() => Context::Assess,
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
                let i = Screen::ALL
                    .iter()
                    .position(|s| *s == self.screen)
                    .unwrap_or(0);
                let n = Screen::ALL.len();
                let next = if action == Action::NextScreen {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.show(Screen::ALL[next]);
            }
            Action::ScreenStaff => self.show(Screen::Staff),
            Action::ScreenUnits => self.show(Screen::Units),
            Action::ScreenTargets => self.show(Screen::Targets),
            Action::ScreenResults => self.show(Screen::Results),
            Action::ScreenAssess => self.show(Screen::Assess),
            Action::ScreenSummary => self.show(Screen::Summary),
            Action::Export => self.open_export(),
            _ => match self.screen {
                Screen::Staff => self.update_staff(action),
                Screen::Units => self.update_units(action),
                Screen::Targets => self.update_targets(action),
                Screen::Results => self.update_results(action),
                Screen::Assess => self.update_assess(action),
                Screen::Summary => self.update_summary(action),
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
        let from = self.screen;
        self.screen = screen;
        match screen {
            Screen::Results => self.enter_results(),
            Screen::Assess => self.enter_assess(),
            Screen::Summary => self.enter_summary(),
            // Results entered meanwhile change the SKP column.
            Screen::Staff if from == Screen::Results => self.reload_staff_keep(),
            _ => {}
        }
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

    /// Whether the whole government is too large to load as one list
    /// (results grid, assessment queue); if so, says so and asks for a unit.
    fn whole_government_too_large(&mut self) -> bool {
        let active = StaffFilter {
            status: StatusFilter::Active,
            ..Default::default()
        };
        let n = self
            .try_store(|a| a.store.count_staff(&active))
            .unwrap_or(0);
        if n > WHOLE_GOVERNMENT_LIMIT {
            self.message = Some(Message::Error(tf(
                "results.too_large",
                &[("n", &crate::tui::text::thousands(n))],
            )));
            return true;
        }
        false
    }

    /// Whether the user's role may change anything (for the status bar).
    pub fn role(&self) -> Role {
        self.store.actor().role
    }
}

enum Saved {
    Staff(StaffId),
    Unit(UnitId),
    /// A planned result (true) or an indicator (false), by id.
    Plan(bool, i64),
}
