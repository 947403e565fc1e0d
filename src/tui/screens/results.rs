//! The results (realisasi) entry grid: one row per (person, indicator) of
//! a unit for a year and quarter. Typing a digit starts editing the value;
//! Enter saves the cell and moves down; Tab moves to evidence and feedback;
//! Esc restores the cell.

use chrono::{Datelike, NaiveDate};
use tui_input::Input;

use crate::domain::period::Quarter;
use crate::i18n::t;
use crate::store::actual::{ActualInput, GridFilter, GridRow, Progress};
use crate::store::{Store, StoreError};
use crate::tui::action::Action;
use crate::tui::widgets::{input, list};

/// The editable columns of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Value,
    Evidence,
    Feedback,
}

impl Column {
    fn next(self) -> Column {
        match self {
            Column::Value => Column::Evidence,
            Column::Evidence => Column::Feedback,
            Column::Feedback => Column::Value,
        }
    }
    fn prev(self) -> Column {
        self.next().next()
    }
    pub(super) fn label(self) -> String {
        match self {
            Column::Value => t("results.col_actual"),
            Column::Evidence => t("results.col_evidence"),
            Column::Feedback => t("results.col_feedback"),
        }
    }
}

/// A cell being typed into.
#[derive(Debug, Clone)]
pub struct CellEdit {
    pub column: Column,
    pub input: Input,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ResultsScreen {
    pub filter: GridFilter,
    pub unit_label: Option<String>,
    /// Whether a unit (or the whole government) has been chosen.
    pub chosen: bool,
    pub rows: Vec<GridRow>,
    pub progress: Progress,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    pub column: Column,
    pub edit: Option<CellEdit>,
    /// Shows the PP 46/2011 value of each row's aspect beside the capaian.
    pub show_legacy: bool,
}

/// The quarter operators usually enter: the last one that has ended.
pub fn default_period(today: NaiveDate) -> (i32, Quarter) {
    let q = Quarter::of_date(today).number();
    if q == 1 {
        (today.year() - 1, Quarter::new(4).expect("valid"))
    } else {
        (today.year(), Quarter::new(q - 1).expect("valid"))
    }
}

/// What the screen asks the app to do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GridEvent {
    None,
    /// A message for the message line.
    Info(String),
    Error(String),
}

impl ResultsScreen {
    pub fn new(today: NaiveDate) -> ResultsScreen {
        let (year, quarter) = default_period(today);
        ResultsScreen {
            filter: GridFilter {
                year,
                quarter,
                unit: None,
                only_empty: false,
            },
            unit_label: None,
            chosen: false,
            rows: Vec::new(),
            progress: Progress::default(),
            selected: 0,
            offset: 0,
            page: 10,
            column: Column::Value,
            edit: None,
            show_legacy: false,
        }
    }

    /// Re-reads the grid, keeping the selection on the same indicator.
    pub fn reload(&mut self, store: &Store) -> Result<(), StoreError> {
        let keep = self.rows.get(self.selected).map(|r| r.indicator.id);
        self.rows = store.grid(&self.filter)?;
        self.progress = if self.filter.only_empty {
            store.grid_progress(&self.filter)?
        } else {
            // Every row is loaded: count them instead of asking again.
            Progress {
                filled: self
                    .rows
                    .iter()
                    .filter(|r| r.actual.as_ref().is_some_and(|a| a.value.is_some()))
                    .count() as u64,
                total: self.rows.len() as u64,
            }
        };
        self.edit = None;
        let at = keep.and_then(|id| self.rows.iter().position(|r| r.indicator.id == id));
        self.select(at.unwrap_or(0));
        Ok(())
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.offset =
            crate::tui::widgets::list::keep_visible(self.selected, self.offset, self.page);
    }

    fn cell_text(&self, row: &GridRow, column: Column) -> String {
        let a = row.actual.as_ref();
        match column {
            Column::Value => a
                .and_then(|a| a.value)
                .map(|v| v.format_id())
                .unwrap_or_default(),
            Column::Evidence => a.map(|a| a.evidence.clone()).unwrap_or_default(),
            Column::Feedback => a.map(|a| a.feedback.clone()).unwrap_or_default(),
        }
    }

    /// Starts editing the current cell: with `first` typed (a fresh value),
    /// or with the cell's current text.
    fn start_edit(&mut self, first: Option<char>) {
        let Some(row) = self.rows.get(self.selected) else {
            return;
        };
        let text = match first {
            Some(c) => c.to_string(),
            None => self.cell_text(row, self.column),
        };
        self.edit = Some(CellEdit {
            column: self.column,
            input: Input::new(text),
            error: None,
        });
    }

    /// Why the selected row cannot be edited, if it cannot.
    pub fn locked_reason(&self) -> Option<String> {
        let (who, when) = self.rows.get(self.selected)?.locked.as_ref()?;
        Some(
            StoreError::PeriodFinal {
                who: who.clone(),
                when: crate::store::local_time(when),
            }
            .to_string(),
        )
    }

    /// Handles an action while not editing.
    pub fn handle_grid(&mut self, store: &mut Store, action: Action) -> GridEvent {
        let page = self.page.max(1);
        if matches!(action, Action::Edit | Action::ClearValue | Action::Type(_))
            && let Some(reason) = self.locked_reason()
        {
            return GridEvent::Error(reason);
        }
        match action {
            nav if let Some(to) = list::step(nav, self.selected, page, self.rows.len()) => {
                self.select(to)
            }
            Action::NextField => self.column = self.column.next(),
            Action::PrevField => self.column = self.column.prev(),
            Action::Edit => self.start_edit(None),
            Action::ClearValue if self.column == Column::Value => {
                return self.save(store, String::new(), false);
            }
            Action::Type(c) => {
                let numeric = c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+');
                if self.column != Column::Value || numeric {
                    self.start_edit(Some(c));
                } else {
                    return GridEvent::Info(t("results.type_a_number"));
                }
            }
            _ => {}
        }
        GridEvent::None
    }

    /// Handles an action while a cell is being edited.
    pub fn handle_cell(&mut self, store: &mut Store, action: Action) -> GridEvent {
        let Some(edit) = self.edit.as_mut() else {
            return GridEvent::None;
        };
        match action {
            Action::Cancel => {
                self.edit = None;
                GridEvent::None
            }
            Action::Accept => {
                let text = edit.input.value().to_string();
                self.save(store, text, true)
            }
            Action::NextField | Action::PrevField => {
                let text = edit.input.value().to_string();
                let event = self.save(store, text, false);
                if self.edit.is_none() {
                    self.column = if action == Action::NextField {
                        self.column.next()
                    } else {
                        self.column.prev()
                    };
                }
                event
            }
            other => {
                if input::edit(&mut edit.input, other) {
                    edit.error = None;
                }
                GridEvent::None
            }
        }
    }

    /// Saves `text` into the current cell's column. On success the edit
    /// ends (and the selection moves down when `advance`); on failure the
    /// cell stays in edit with the text as typed and the reason.
    fn save(&mut self, store: &mut Store, text: String, advance: bool) -> GridEvent {
        let Some(row) = self.rows.get(self.selected) else {
            return GridEvent::None;
        };
        let column = self.edit.as_ref().map(|e| e.column).unwrap_or(self.column);
        let current = row.actual.clone();
        let mut input = ActualInput {
            value: current.as_ref().and_then(|a| a.value),
            evidence: current
                .as_ref()
                .map(|a| a.evidence.clone())
                .unwrap_or_default(),
            feedback: current
                .as_ref()
                .map(|a| a.feedback.clone())
                .unwrap_or_default(),
        };
        let problem = match column {
            Column::Value => match row.indicator.fields.parse_actual(&text) {
                Ok(v) => {
                    input.value = v;
                    None
                }
                Err(e) => Some(e.message),
            },
            Column::Evidence | Column::Feedback => {
                let mut errors = Vec::new();
                let field = if column == Column::Evidence {
                    "evidence"
                } else {
                    "feedback"
                };
                let clean =
                    crate::domain::staff::check_text(field, &text, 1000, false, &mut errors);
                if column == Column::Evidence {
                    input.evidence = clean;
                } else {
                    input.feedback = clean;
                }
                errors.into_iter().next().map(|e| e.message)
            }
        };
        if let Some(message) = problem {
            self.keep_editing(column, text, message.clone());
            return GridEvent::Error(message);
        }
        let unchanged = current
            .as_ref()
            .map(|a| (a.value, &a.evidence, &a.feedback))
            == Some((input.value, &input.evidence, &input.feedback))
            || (current.is_none() && input == ActualInput::default());
        if !unchanged {
            let seen = current.as_ref().map(|a| a.version);
            let indicator = row.indicator.id;
            match store.save_actual(indicator, self.filter.quarter, seen, &input) {
                Ok(saved) => {
                    if current.as_ref().and_then(|a| a.value).is_none() && saved.value.is_some() {
                        self.progress.filled += 1;
                    } else if current.as_ref().and_then(|a| a.value).is_some()
                        && saved.value.is_none()
                    {
                        self.progress.filled = self.progress.filled.saturating_sub(1);
                    }
                    self.rows[self.selected].actual = Some(saved);
                }
                Err(e) => {
                    // Someone else saved this cell: show theirs, keep ours
                    // typed so that Enter again saves it knowingly.
                    if let Ok(theirs) = store.actual(indicator, self.filter.quarter) {
                        self.rows[self.selected].actual = theirs;
                    }
                    let message = e.to_string();
                    self.keep_editing(column, text, message.clone());
                    return GridEvent::Error(message);
                }
            }
        }
        self.edit = None;
        if advance {
            self.select(self.selected + 1);
        }
        GridEvent::None
    }

    fn keep_editing(&mut self, column: Column, text: String, message: String) {
        let mut input = Input::new(text);
        if let Some(e) = &self.edit {
            input = e.input.clone();
        }
        self.edit = Some(CellEdit {
            column,
            input,
            error: Some(message),
        });
    }
}
