//! Drawing the results grid: the period and progress line, the table and
//! the evidence/feedback panel of the selected row. Reads, never changes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table};

use super::results::{Column, ResultsScreen};
use crate::domain::achievement::quarter_achievement;
use crate::domain::legacy::aspect_value;
use crate::domain::plan::TargetValue;
use crate::i18n::{t, tf};
use crate::store::local_time;
use crate::tui::text::{clean, fit, thousands};
use crate::tui::theme::Theme;
use crate::tui::widgets::input;

impl ResultsScreen {
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let [top, table, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(4),
        ])
        .areas(area);
        self.render_top(frame, top, theme);
        if !self.chosen {
            frame.render_widget(
                Span::styled(t("results.choose_unit"), theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
            return;
        }
        self.render_table(frame, table, theme);
        self.render_detail(frame, detail, theme);
    }

    fn render_top(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let p = self.progress;
        let pct = (p.filled * 100).checked_div(p.total).unwrap_or(0);
        let bar_w = 10usize;
        let full = ((p.filled * bar_w as u64).checked_div(p.total).unwrap_or(0)) as usize;
        let bar = format!("{}{}", "█".repeat(full), "░".repeat(bar_w - full));
        let mut left = tf(
            "results.period",
            &[
                ("quarter", &self.filter.quarter.roman()),
                ("year", &self.filter.year),
            ],
        );
        if let Some(u) = &self.unit_label {
            left.push_str(&format!(" · {}", fit(u, 28)));
        }
        if self.filter.only_empty {
            left.push_str(&format!(" · {}", t("results.only_empty")));
        }
        let right = format!(
            "{bar} {}/{} ({pct}%)",
            thousands(p.filled),
            thousands(p.total)
        );
        let rw = unicode_width::UnicodeWidthStr::width(right.as_str()) as u16;
        let [l, r] =
            Layout::horizontal([Constraint::Min(10), Constraint::Length(rw + 1)]).areas(area);
        frame.render_widget(Span::styled(fit(&left, l.width as usize), theme.title), l);
        frame.render_widget(Span::styled(right, theme.info), r);
    }

    fn widths(&self, width: u16) -> Vec<Constraint> {
        let mut w = vec![
            Constraint::Fill(2),
            Constraint::Fill(3),
            Constraint::Length(8),
            Constraint::Length(9),
            Constraint::Length(10),
            Constraint::Length(8),
        ];
        if self.show_legacy {
            w.push(Constraint::Length(7));
        }
        if width >= 120 {
            w.push(Constraint::Fill(2));
            w.push(Constraint::Fill(2));
        }
        w
    }

    fn render_table(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let widths = self.widths(area.width);
        let legacy_col = self.show_legacy.then_some(6);
        let wide = widths.len() > 6 + legacy_col.is_some() as usize;
        let extra = 6 + legacy_col.is_some() as usize;
        let cols = Layout::horizontal(widths.clone()).spacing(1).split(area);
        let w = |i: usize| cols.get(i).map(|r| r.width as usize).unwrap_or(0);
        let mut header = vec![
            t("tui.col_name"),
            t("results.col_indicator"),
            t("results.col_unit"),
            t("results.col_target"),
            t("results.col_actual"),
            t("results.col_achievement"),
        ];
        if self.show_legacy {
            header.push(t("results.col_legacy"));
        }
        if wide {
            header.push(t("results.col_evidence"));
            header.push(t("results.col_feedback"));
        }
        let page = area.height.saturating_sub(1) as usize;
        let q = self.filter.quarter;
        let rows = self
            .rows
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(page)
            .map(|(i, r)| {
                let first_of_person =
                    i == 0 || self.rows[i - 1].staff_id != r.staff_id || i == self.offset;
                let f = &r.indicator.fields;
                let value = r.actual.as_ref().and_then(|a| a.value);
                let achievement = quarter_achievement(f, q, value);
                let selected = i == self.selected;
                let cell = |column: Column, text: String, width: usize| -> Span<'static> {
                    let editing =
                        selected && self.edit.as_ref().is_some_and(|e| e.column == column);
                    let shown = if editing {
                        self.edit
                            .as_ref()
                            .map(|e| e.input.value().to_string())
                            .unwrap_or_default()
                    } else {
                        text
                    };
                    let style = if selected && self.column == column {
                        if self.edit.as_ref().is_some_and(|e| e.error.is_some()) {
                            theme.error.patch(theme.selected)
                        } else {
                            theme.focus.patch(theme.selected)
                        }
                    } else {
                        theme.base
                    };
                    Span::styled(fit(&shown, width), style)
                };
                let mut cells = vec![
                    Span::raw(if first_of_person {
                        fit(&r.name, w(0))
                    } else {
                        String::new()
                    }),
                    Span::raw(fit(&f.text, w(1))),
                    Span::raw(fit(&f.satuan, w(2))),
                    Span::raw(fit(&f.format_target(f.quarter_target(q)), w(3))),
                    cell(
                        Column::Value,
                        value.map(|v| v.format_id()).unwrap_or_default(),
                        w(4),
                    ),
                    Span::styled(
                        format!("{:>8}", achievement.format_id()),
                        if achievement.percent().is_some() {
                            theme.base
                        } else {
                            theme.dim
                        },
                    ),
                ];
                if self.show_legacy {
                    let target = match f.quarter_target(q) {
                        TargetValue::Number(d) | TargetValue::Percent(d) => Some(d),
                        TargetValue::Range { .. } => None,
                    };
                    let legacy = target
                        .zip(value)
                        .and_then(|(t, v)| aspect_value(f.aspect, t, v))
                        .map(|r| r.format_id(2))
                        .unwrap_or_else(|| "—".into());
                    cells.push(Span::raw(format!("{legacy:>7}")));
                }
                if wide {
                    let a = r.actual.as_ref();
                    cells.push(cell(
                        Column::Evidence,
                        a.map(|a| a.evidence.clone()).unwrap_or_default(),
                        w(extra),
                    ));
                    cells.push(cell(
                        Column::Feedback,
                        a.map(|a| a.feedback.clone()).unwrap_or_default(),
                        w(extra + 1),
                    ));
                }
                let style = match (selected, r.locked.is_some()) {
                    (true, _) => theme.selected,
                    (false, true) => theme.dim,
                    (false, false) => theme.base,
                };
                Row::new(cells).style(style)
            });
        frame.render_widget(
            Table::new(rows, widths)
                .header(Row::new(header).style(theme.header))
                .column_spacing(1),
            area,
        );
        if self.rows.is_empty() && area.height > 1 {
            let msg = if self.filter.only_empty && self.progress.total > 0 {
                t("results.all_filled")
            } else {
                t("results.no_rows")
            };
            frame.render_widget(
                Span::styled(msg, theme.dim),
                Rect::new(area.x, area.y + 1, area.width, 1),
            );
        }
        // The terminal cursor sits in the cell being edited.
        if let Some(e) = &self.edit
            && self.selected >= self.offset
            && self.selected - self.offset < page
        {
            let idx = match e.column {
                Column::Value => Some(4),
                Column::Evidence if wide => Some(extra),
                Column::Feedback if wide => Some(extra + 1),
                _ => None,
            };
            if let Some(c) = idx.and_then(|i| cols.get(i)) {
                let y = area.y + 1 + (self.selected - self.offset) as u16;
                input::render(
                    frame,
                    Rect::new(c.x, y, c.width, 1),
                    &e.input,
                    theme.selected,
                    true,
                );
            }
        }
    }

    fn render_detail(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", self.column.label()),
                theme.dim,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let Some(row) = self.rows.get(self.selected) else {
            return;
        };
        let w = inner.width as usize;
        let a = row.actual.as_ref();
        let mut lines = Vec::new();
        if let Some(e) = &self.edit {
            if let Some(err) = &e.error {
                lines.push(Line::styled(fit(&format!("✗ {err}"), w), theme.error));
            }
            if e.column != Column::Value && inner.width < 120 {
                lines.push(Line::from(vec![
                    Span::styled(format!("{}: ", e.column.label()), theme.focus),
                    Span::raw(fit(e.input.value(), w.saturating_sub(20))),
                ]));
            }
        }
        if let Some(reason) = self.locked_reason() {
            lines.push(Line::styled(fit(&reason, w), theme.warning));
        }
        let evidence = a.map(|a| a.evidence.as_str()).unwrap_or("");
        lines.push(Line::raw(fit(
            &format!(
                "{}: {}",
                t("results.col_evidence"),
                if evidence.is_empty() { "—" } else { evidence }
            ),
            w,
        )));
        let feedback = match a {
            Some(a) if !a.feedback.is_empty() => {
                let by = match (&a.feedback_by, &a.feedback_at) {
                    (Some(b), Some(at)) => format!(" ({b}, {})", local_time(at)),
                    _ => String::new(),
                };
                format!("{}{by}", clean(&a.feedback))
            }
            _ => "—".to_string(),
        };
        lines.push(Line::raw(fit(
            &format!("{}: {feedback}", t("results.col_feedback")),
            w,
        )));
        lines.truncate(inner.height as usize);
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
