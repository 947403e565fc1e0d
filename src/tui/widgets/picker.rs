//! A list to choose from with a filter line: units (fuzzy), staff (search
//! in the store), or commands (the palette).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};
use tui_input::Input;

use super::form::centered;
use super::input;
use crate::tui::action::Action;
use crate::tui::text::fit;
use crate::tui::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub id: i64,
    pub label: String,
    pub detail: String,
}

/// Where the items come from.
#[derive(Debug, Clone)]
pub enum PickSource {
    /// All items are known; the filter is fuzzy, in memory.
    Fixed(Vec<PickItem>),
    /// The owner fills `items` from the store whenever the filter changes.
    Store,
}

/// What the picker asks its owner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickEvent {
    None,
    /// The filter text changed; a `Store` picker needs new items.
    FilterChanged,
    /// Chosen: Some(item) or None for "no value" (when allowed).
    Chosen(Option<PickItem>),
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Picker<T> {
    pub title: String,
    pub input: Input,
    pub items: Vec<PickItem>,
    pub selected: usize,
    pub target: T,
    pub allow_none: bool,
    source: PickSource,
    page: usize,
}

impl<T> Picker<T> {
    pub fn new(title: String, target: T, source: PickSource, allow_none: bool) -> Picker<T> {
        let items = match &source {
            PickSource::Fixed(all) => all.clone(),
            PickSource::Store => Vec::new(),
        };
        Picker {
            title,
            input: Input::default(),
            items,
            selected: 0,
            target,
            allow_none,
            source,
            page: 10,
        }
    }

    /// Puts the selection on the item with this id, if listed.
    pub fn select_id(&mut self, id: Option<i64>) {
        if let Some(i) = id.and_then(|id| self.items.iter().position(|it| it.id == id)) {
            self.selected = i;
        }
    }

    pub fn query(&self) -> &str {
        self.input.value()
    }

    pub fn set_items(&mut self, items: Vec<PickItem>) {
        self.items = items;
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    fn refilter(&mut self) {
        if let PickSource::Fixed(all) = &self.source {
            let q = self.input.value();
            self.items = if q.trim().is_empty() {
                all.clone()
            } else {
                let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
                let mut matcher = Matcher::new(Config::DEFAULT);
                let mut buf = Vec::new();
                let mut scored: Vec<(u32, usize)> = all
                    .iter()
                    .enumerate()
                    .filter_map(|(i, it)| {
                        let hay = Utf32Str::new(&it.label, &mut buf);
                        pattern.score(hay, &mut matcher).map(|s| (s, i))
                    })
                    .collect();
                scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                scored.into_iter().map(|(_, i)| all[i].clone()).collect()
            };
        }
        self.selected = 0;
    }

    pub fn handle(&mut self, action: Action) -> PickEvent {
        let n = self.items.len();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Action::PageUp => self.selected = self.selected.saturating_sub(self.page),
            Action::PageDown => {
                self.selected = (self.selected + self.page).min(n.saturating_sub(1))
            }
            Action::Accept => {
                return match self.items.get(self.selected) {
                    Some(it) => PickEvent::Chosen(Some(it.clone())),
                    None => PickEvent::None,
                };
            }
            Action::ClearValue if self.allow_none => return PickEvent::Chosen(None),
            Action::Cancel => return PickEvent::Cancel,
            other => {
                let before = self.input.value().to_string();
                input::edit(&mut self.input, other);
                if self.input.value() != before {
                    self.refilter();
                    return PickEvent::FilterChanged;
                }
            }
        }
        PickEvent::None
    }

    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, hint: &str) {
        let popup = centered(area, 72, 20);
        frame.render_widget(Clear, popup);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", fit(&self.title, 60)),
                theme.title,
            ))
            .title_bottom(Span::styled(
                fit(hint, popup.width.saturating_sub(4) as usize),
                theme.dim,
            ));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        if inner.height < 2 {
            return;
        }
        frame.render_widget(Span::styled("› ", theme.focus), inner);
        input::render(
            frame,
            Rect::new(inner.x + 2, inner.y, inner.width.saturating_sub(2), 1),
            &self.input,
            theme.base,
            true,
        );
        let list_h = (inner.height - 1) as usize;
        let first = self.selected.saturating_sub(list_h.saturating_sub(1));
        let w = inner.width as usize;
        for (row, (i, it)) in self
            .items
            .iter()
            .enumerate()
            .skip(first)
            .take(list_h)
            .enumerate()
        {
            let style = if i == self.selected {
                theme.selected
            } else {
                theme.base
            };
            let detail_w = (w / 3).min(it.detail.chars().count() + 1);
            let label = fit(&it.label, w.saturating_sub(detail_w + 1));
            let pad =
                w.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()) + detail_w);
            let line = Line::from(vec![
                Span::styled(label, style),
                Span::styled(" ".repeat(pad), style),
                Span::styled(
                    fit(&it.detail, detail_w),
                    if i == self.selected { style } else { theme.dim },
                ),
            ]);
            frame.render_widget(
                line,
                Rect::new(inner.x, inner.y + 1 + row as u16, inner.width, 1),
            );
        }
        if self.items.is_empty() {
            frame.render_widget(
                Span::styled(crate::i18n::t("tui.no_match"), theme.dim),
                Rect::new(inner.x, inner.y + 1, inner.width, 1),
            );
        }
    }
}
