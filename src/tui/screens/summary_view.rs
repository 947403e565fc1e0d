//! Drawing the summary: the unit tree table and the detail panel of the
//! selected unit (predikat distribution against the allowed band, the
//! distribution warnings, completion by quarter). Reads, never changes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, Wrap};

use super::monitor::{Monitor, MonitorLine};
use super::summary::SummaryScreen;
use crate::domain::distribution::{allowed_band, check_distribution};
use crate::domain::rating::Predicate;
use crate::i18n::{t, tf};
use crate::store::summary::{Tally, UnitSummary};
use crate::tui::text::{clean, fit, thousands};
use crate::tui::theme::Theme;

/// "97%" of the active staff, or "—" for a unit without staff.
fn share(n: u64, of: u64) -> String {
    match of {
        0 => "—".into(),
        _ => format!("{}%", (n * 100 + of / 2) / of),
    }
}

/// A bar of `width` cells, `n` of `of` filled.
fn bar(n: u64, of: u64, width: usize) -> String {
    let full = ((n * width as u64).checked_div(of).unwrap_or(0) as usize).min(width);
    format!("{}{}", "█".repeat(full), "░".repeat(width - full))
}

fn mean(t: &Tally) -> String {
    t.mean_achievement()
        .map(|d| format!("{} %", d.format_id_dp(1)))
        .unwrap_or_else(|| "—".into())
}

impl SummaryScreen {
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        if let Some(m) = &self.monitor {
            return render_monitor(m, frame, area, theme);
        }
        let detail_h = if area.height >= 30 { 12 } else { 8 };
        let [top, table, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(detail_h),
        ])
        .areas(area);
        let head = tf(
            "summary.head",
            &[
                ("period", &self.period_label()),
                ("sort", &self.sort.label()),
            ],
        );
        frame.render_widget(
            Span::styled(fit(&head, top.width as usize), theme.title),
            top,
        );
        if self.units.is_empty() {
            frame.render_widget(
                Span::styled(t("summary.empty"), theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
            return;
        }
        self.render_table(frame, table, theme);
        if let Some(u) = self.selected_unit() {
            self.render_detail(frame, detail, u, theme);
        }
    }

    fn render_table(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let wide = area.width >= 120;
        let mut widths = vec![
            Constraint::Fill(1),
            Constraint::Length(7),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(5),
            Constraint::Length(8),
        ];
        let mut header = vec![
            t("summary.col_unit"),
            t("summary.col_active"),
            t("summary.col_plans"),
            t("summary.col_complete"),
            t("summary.col_assessed"),
            t("summary.col_finals"),
            t("summary.col_achievement"),
        ];
        if wide {
            widths.push(Constraint::Length(6));
            header.push(t("summary.col_excluded"));
            for p in Predicate::ALL {
                widths.push(Constraint::Length(5));
                header.push(p.code().to_string());
            }
        }
        let page = area.height.saturating_sub(1) as usize;
        let rows = self
            .rows
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(page)
            .map(|(i, ix)| {
                let u = &self.units[*ix];
                let tally = &u.total;
                let mark = match (u.has_children, self.expanded.contains(&u.unit_id)) {
                    (false, _) => "  ",
                    (true, true) => "▾ ",
                    (true, false) => "▸ ",
                };
                let name = format!("{}{mark}{}", "  ".repeat(u.depth), clean(&u.name));
                let mut cells = vec![
                    name,
                    thousands(tally.active),
                    share(tally.with_plan, tally.active),
                    share(tally.complete, tally.active),
                    share(tally.assessed, tally.active),
                    share(tally.finals, tally.active),
                    mean(tally),
                ];
                if wide {
                    cells.push(thousands(tally.excluded_total()));
                    for p in Predicate::ALL {
                        cells.push(thousands(tally.predicates.get(p)));
                    }
                }
                let style = if i == self.selected {
                    theme.selected
                } else {
                    theme.base
                };
                Row::new(cells).style(style)
            });
        frame.render_widget(
            Table::new(rows, widths)
                .header(Row::new(header).style(theme.header))
                .column_spacing(1),
            area,
        );
    }

    fn render_detail(&self, frame: &mut Frame<'_>, area: Rect, u: &UnitSummary, theme: &Theme) {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", fit(&clean(&u.name), area.width as usize / 2)),
                theme.header,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .spacing(1)
                .areas(inner);
        frame.render_widget(
            Paragraph::new(self.distribution_lines(u, theme)).wrap(Wrap { trim: true }),
            left,
        );
        frame.render_widget(Paragraph::new(self.quarter_lines(u, theme)), right);
    }

    /// The predikat counts with bars, the allowed band of each when the
    /// predikat organisasi is set, then the check's warnings.
    fn distribution_lines(&self, u: &UnitSummary, theme: &Theme) -> Vec<Line<'static>> {
        let counts = &u.total.predicates;
        let total = counts.total();
        let org = self.effective_predicate(u.unit_id);
        let mut out = vec![match org {
            Some((from, p)) if from == u.unit_id => Line::styled(
                tf("summary.org_predicate", &[("predicate", &p.label())]),
                theme.info,
            ),
            Some((_, p)) => Line::styled(
                tf(
                    "summary.org_predicate_inherited",
                    &[("predicate", &p.label())],
                ),
                theme.info,
            ),
            None => Line::styled(t("summary.no_org_predicate"), theme.dim),
        }];
        for p in Predicate::ALL {
            let n = counts.get(p);
            let band = match org {
                Some((_, o)) => match allowed_band(o, p) {
                    (0, 100) => String::new(),
                    (0, max) => tf("summary.band_max", &[("max", &max)]),
                    (min, 100) => tf("summary.band_min", &[("min", &min)]),
                    (min, max) => tf("summary.band", &[("min", &min), ("max", &max)]),
                },
                None => String::new(),
            };
            out.push(Line::from(vec![
                Span::styled(format!("{:<3}", p.code()), theme.base),
                Span::styled(bar(n, total, 12), theme.info),
                Span::raw(format!(
                    " {:>5} {:>4} {band}",
                    thousands(n),
                    share(n, total)
                )),
            ]));
        }
        if let Some(rec) = &self.org_record
            && org.is_some_and(|(from, _)| from == rec.unit_id)
        {
            out.push(Line::styled(
                tf(
                    "summary.org_set_by",
                    &[("who", &rec.set_by), ("when", &rec.set_at_local())],
                ),
                theme.dim,
            ));
        }
        if let Some((_, o)) = org {
            let check = check_distribution(o, counts);
            for m in check.messages() {
                out.push(Line::styled(format!("! {m}"), theme.warning));
            }
        }
        out
    }

    /// Completion by quarter: complete actuals and final assessments.
    fn quarter_lines(&self, u: &UnitSummary, theme: &Theme) -> Vec<Line<'static>> {
        let mut out = vec![Line::styled(t("summary.by_quarter"), theme.header)];
        let Some((id, quarters)) = &self.quarters else {
            return out;
        };
        if *id != u.unit_id {
            return out;
        }
        for (q, roman) in quarters.iter().zip(["I", "II", "III", "IV"]) {
            out.push(Line::raw(format!(
                "{roman:<4}{} {:>4} {:>4}",
                bar(q.complete, q.active, 10),
                share(q.complete, q.active),
                share(q.finals, q.active)
            )));
        }
        if u.total.excluded_total() > 0 {
            let apart = u
                .total
                .excluded
                .iter()
                .map(|(r, n)| format!("{} {n}", r.label()))
                .collect::<Vec<_>>()
                .join(", ");
            out.push(Line::styled(
                tf("summary.excluded", &[("list", &apart)]),
                theme.dim,
            ));
        }
        out
    }
}

/// The monitoring list: groups of people, each with what stands.
fn render_monitor(m: &Monitor, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let [top, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Span::styled(fit(&m.title(), top.width as usize), theme.title),
        top,
    );
    if m.lines.is_empty() {
        frame.render_widget(
            Span::styled(t("monitor.all_done"), theme.info),
            Rect::new(list.x, list.y + 1, list.width, 1),
        );
        return;
    }
    let w = list.width as usize;
    let lines: Vec<Line> = m
        .lines
        .iter()
        .enumerate()
        .skip(m.offset)
        .take(list.height as usize)
        .map(|(i, line)| {
            let text = match line {
                MonitorLine::Heading(title, n) => format!("{title} ({n})"),
                MonitorLine::Person {
                    nip,
                    name,
                    position,
                    detail,
                    ..
                } => format!(
                    "  {:<18} {} · {} {detail}",
                    nip,
                    clean(name),
                    clean(position)
                ),
                MonitorLine::Excluded(p) => format!(
                    "  {:<18} {} · {} {}",
                    p.nip,
                    clean(&p.name),
                    p.reason.label(),
                    p.since
                ),
            };
            let style = match (i == m.selected, line) {
                (true, _) => theme.selected,
                (false, MonitorLine::Heading(..)) => theme.header,
                (false, MonitorLine::Excluded(_)) => theme.dim,
                (false, _) => theme.base,
            };
            Line::styled(fit(&text, w), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
