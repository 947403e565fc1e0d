//! The SKP screen: one person's plan for a year as a tree of planned
//! results and their indicators, with annual and quarterly targets.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;

use crate::domain::period::Quarter;
use crate::domain::plan::{IndicatorId, PlannedResultId};
use crate::domain::staff::StaffId;
use crate::i18n::{t, tf};
use crate::store::plan::{Indicator, PlanTree, PlannedResult};
use crate::store::{Result, Store};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// One line of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Result(usize),
    Indicator(usize, usize),
}

#[derive(Debug, Clone)]
pub struct TargetsScreen {
    /// The person whose plan is shown, with their name.
    pub staff: Option<(StaffId, String)>,
    pub year: i32,
    pub tree: Option<PlanTree>,
    pub items: Vec<Item>,
    pub selected: usize,
    pub offset: usize,
    pub page: usize,
    /// The supervisor's planned results of the same year.
    pub parents: Vec<(PlannedResultId, String)>,
}

impl TargetsScreen {
    pub fn new(year: i32) -> TargetsScreen {
        TargetsScreen {
            staff: None,
            year,
            tree: None,
            items: Vec::new(),
            selected: 0,
            offset: 0,
            page: 10,
            parents: Vec::new(),
        }
    }

    /// Re-reads the plan, keeping the selection on the same result or
    /// indicator (`keep`, or the current one).
    pub fn reload(&mut self, store: &Store, keep: Option<(bool, i64)>) -> Result<()> {
        let keep = keep.or_else(|| self.selected_key());
        let Some((staff, _)) = &self.staff else {
            return Ok(());
        };
        self.tree = store.plan(*staff, self.year)?;
        self.parents = store.supervisor_results(*staff, self.year)?;
        self.items.clear();
        if let Some(tree) = &self.tree {
            for (ri, r) in tree.results.iter().enumerate().filter(|(_, r)| !r.archived) {
                self.items.push(Item::Result(ri));
                for (ii, _) in r.indicators.iter().enumerate().filter(|(_, i)| !i.archived) {
                    self.items.push(Item::Indicator(ri, ii));
                }
            }
        }
        let at = keep.and_then(|k| self.items.iter().position(|it| self.key_of(*it) == k));
        self.select(at.unwrap_or(self.selected));
        Ok(())
    }

    /// (is_result, id) of an item: stable across reloads.
    fn key_of(&self, item: Item) -> (bool, i64) {
        match item {
            Item::Result(r) => (true, self.result(r).id),
            Item::Indicator(r, i) => (false, self.result(r).indicators[i].id),
        }
    }

    pub fn selected_key(&self) -> Option<(bool, i64)> {
        self.items.get(self.selected).map(|it| self.key_of(*it))
    }

    pub fn result(&self, index: usize) -> &PlannedResult {
        &self.tree.as_ref().expect("items come from a tree").results[index]
    }

    pub fn selected_result(&self) -> Option<&PlannedResult> {
        match self.items.get(self.selected)? {
            Item::Result(r) | Item::Indicator(r, _) => Some(self.result(*r)),
        }
    }

    pub fn selected_indicator(&self) -> Option<&Indicator> {
        match self.items.get(self.selected)? {
            Item::Indicator(r, i) => Some(&self.result(*r).indicators[*i]),
            Item::Result(_) => None,
        }
    }

    pub fn selected_indicator_id(&self) -> Option<IndicatorId> {
        self.selected_indicator().map(|i| i.id)
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.items.len().saturating_sub(1));
        self.offset =
            crate::tui::widgets::list::keep_visible(self.selected, self.offset, self.page);
    }

    pub fn parent_label(&self, id: Option<PlannedResultId>) -> String {
        id.and_then(|id| self.parents.iter().find(|(p, _)| *p == id))
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    }

    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let [top, table] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(2)]).areas(area);
        let title = match &self.staff {
            Some((_, name)) => tf("plan_screen.title", &[("year", &self.year), ("name", name)]),
            None => tf("plan_screen.title_none", &[("year", &self.year)]),
        };
        frame.render_widget(
            Span::styled(fit(&title, top.width as usize), theme.title),
            top,
        );
        if self.staff.is_none() {
            frame.render_widget(
                Span::styled(t("plan_screen.choose_person"), theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
            return;
        }
        if self.items.is_empty() {
            let msg = if self.tree.is_some() {
                t("plan_screen.empty_plan")
            } else {
                t("plan_screen.no_plan")
            };
            frame.render_widget(
                Span::styled(msg, theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
            return;
        }
        // Results take the whole line; indicators are laid out in columns.
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(9),
            Constraint::Length(12),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(6),
        ];
        let cols = Layout::horizontal(widths).spacing(1).split(table);
        let q = |n: u8| Quarter::new(n).expect("1..=4").roman().to_string();
        let header = [
            t("plan_screen.col_item"),
            t("field.aspect"),
            t("field.target"),
            format!("TW {}", q(1)),
            format!("TW {}", q(2)),
            format!("TW {}", q(3)),
            format!("TW {}", q(4)),
        ];
        let line_at = |y: u16, cells: &[String], style: ratatui::style::Style| {
            let mut spans = Vec::new();
            let mut x = table.x;
            for (c, text) in cols.iter().zip(cells) {
                if c.x > x {
                    spans.push(Span::styled(" ".repeat((c.x - x) as usize), style));
                }
                let shown = fit(text, c.width as usize);
                let w = unicode_width::UnicodeWidthStr::width(shown.as_str());
                spans.push(Span::styled(shown, style));
                spans.push(Span::styled(
                    " ".repeat(c.width as usize - w.min(c.width as usize)),
                    style,
                ));
                x = c.x + c.width;
            }
            (
                ratatui::text::Line::from(spans),
                Rect::new(table.x, y, table.width, 1),
            )
        };
        let (l, r) = line_at(table.y, &header, theme.header);
        frame.render_widget(l, r);
        let page = table.height.saturating_sub(1) as usize;
        let mut number = 0;
        let mut numbers = Vec::with_capacity(self.items.len());
        for it in &self.items {
            if matches!(it, Item::Result(_)) {
                number += 1;
            }
            numbers.push(number);
        }
        for (row, (n, it)) in self
            .items
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(page)
            .enumerate()
        {
            let y = table.y + 1 + row as u16;
            let selected = n == self.selected;
            match *it {
                Item::Result(r) => {
                    let res = self.result(r);
                    let mut text = format!(
                        "{}. [{}] {}",
                        numbers[n],
                        res.fields.kind.label(),
                        res.fields.text
                    );
                    if let Some(p) = res.fields.parent_id {
                        text.push_str(&format!(" ↳ {}", self.parent_label(Some(p))));
                    }
                    let style = if selected {
                        theme.selected
                    } else {
                        theme.title
                    };
                    let shown = fit(&text, table.width as usize);
                    let pad = (table.width as usize)
                        .saturating_sub(unicode_width::UnicodeWidthStr::width(shown.as_str()));
                    frame.render_widget(
                        Span::styled(format!("{shown}{}", " ".repeat(pad)), style),
                        Rect::new(table.x, y, table.width, 1),
                    );
                }
                Item::Indicator(r, i) => {
                    let f = &self.result(r).indicators[i].fields;
                    let annual = f.format_target(f.target);
                    let target = if f.is_percent() && annual.ends_with('%') {
                        annual
                    } else {
                        format!("{annual} {}", f.satuan).trim().to_string()
                    };
                    let mut cells = vec![format!("   {}", f.text), f.aspect.label(), target];
                    cells.extend(f.quarter_targets.iter().map(|qt| f.format_target(*qt)));
                    let style = if selected { theme.selected } else { theme.base };
                    let (l, rect) = line_at(y, &cells, style);
                    frame.render_widget(l, rect);
                }
            }
        }
    }
}
