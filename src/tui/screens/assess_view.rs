//! Drawing the assessment screen: the queue, and the form with the
//! evidence (or the behaviour guides) on the left and the ratings on the
//! right. Reads, never changes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, Wrap};

use super::assess::AssessScreen;
use super::assess_form::{AssessForm, BEHAVIOUR, FEEDBACK, REASON, RESULT};
use crate::domain::core_value::CoreValue;
use crate::domain::distribution::PredicateCounts;
use crate::domain::evaluation::{AssessmentState, quarter_summary};
use crate::domain::rating::{Predicate, Rating};
use crate::i18n::{t, tf};
use crate::store::evaluation::{AssessmentSheet, QueueRow};
use crate::tui::text::{clean, fit};
use crate::tui::theme::Theme;
use crate::tui::widgets::form::render_value;

/// Height of the overall feedback box.
const FEEDBACK_LINES: u16 = 4;

fn rating_short(r: Option<Rating>) -> String {
    r.map(|r| t(&format!("penilaian.rating_short.{}", r.code())))
        .unwrap_or_else(|| "—".into())
}

/// The status cell of a queue row: the predikat once assessed, else where
/// the person stands.
fn status_text(r: &QueueRow) -> String {
    match r.assessment {
        Some(a) => quarter_summary(r.has_plan, r.filled, r.total, Some(a)),
        None if r.has_plan => format!("{} {}/{}", r.status().label(), r.filled, r.total),
        None => r.status().label(),
    }
}

impl AssessScreen {
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        if let Some(form) = &self.form {
            form.render(frame, area, theme);
            return;
        }
        let [top, table, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let left = format!("{} · {}", self.period_label(), self.scope_label());
        frame.render_widget(
            Span::styled(fit(&left, top.width as usize), theme.title),
            top,
        );
        if !self.chosen {
            frame.render_widget(
                Span::styled(t("penilaian.choose_scope"), theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
            return;
        }
        if self.rows.is_empty() {
            frame.render_widget(
                Span::styled(t("penilaian.queue_empty"), theme.dim),
                Rect::new(table.x, table.y + 1, table.width, 1),
            );
        } else {
            self.render_queue(frame, table, theme);
        }
        frame.render_widget(
            Span::styled(fit(&self.tally(), bottom.width as usize), theme.info),
            bottom,
        );
    }

    fn render_queue(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let wide = area.width >= 120;
        let mut widths = vec![Constraint::Fill(3)];
        if wide {
            widths.push(Constraint::Fill(3));
        }
        widths.extend([
            Constraint::Length(10),
            Constraint::Length(9),
            Constraint::Length(22),
        ]);
        let mut header = vec![t("tui.col_name")];
        if wide {
            header.push(t("penilaian.col_position"));
        }
        header.extend([
            t("penilaian.col_achievement"),
            t("penilaian.col_suggestion"),
            t("penilaian.col_status"),
        ]);
        let page = area.height.saturating_sub(1) as usize;
        let rows = self
            .rows
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(page)
            .map(|(i, r)| {
                let mut cells = vec![clean(&r.name).into_owned()];
                if wide {
                    cells.push(clean(&r.position).into_owned());
                }
                let achievement = r
                    .average
                    .average
                    .map(|a| format!("{} %", a.format_id(1)))
                    .unwrap_or_else(|| "—".into());
                cells.extend([
                    achievement,
                    rating_short(r.suggestion.map(|s| s.rating)),
                    status_text(r),
                ]);
                let style = if i == self.selected {
                    theme.selected
                } else {
                    theme.base
                };
                Row::new(cells).style(style)
            });
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(theme.header))
            .column_spacing(1);
        frame.render_widget(table, area);
    }

    /// "24 orang · final 10 · draf 4 · belum 10 · SB 2 B 11 BP 1 K 0 SK 0".
    fn tally(&self) -> String {
        let mut counts = PredicateCounts::default();
        let (mut finals, mut drafts) = (0, 0);
        for r in &self.rows {
            match r.assessment {
                Some((AssessmentState::Final, _)) => finals += 1,
                Some((AssessmentState::Draft, _)) => drafts += 1,
                None => {}
            }
            if let Some(p) = r.predicate() {
                counts.add(p);
            }
        }
        let dist = Predicate::ALL
            .iter()
            .map(|p| format!("{} {}", p.code(), counts.get(*p)))
            .collect::<Vec<_>>()
            .join(" ");
        tf(
            "penilaian.tally",
            &[
                ("n", &self.rows.len()),
                ("finals", &finals),
                ("drafts", &drafts),
                ("missing", &(self.rows.len() - finals - drafts)),
                ("dist", &dist),
            ],
        )
    }
}

/// One line of the ratings panel.
enum Item {
    Field(usize),
    Note(String, Style),
    Heading(String),
    Feedback,
}

impl AssessForm {
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let head_h = 2 + self.read_only.is_some() as u16;
        let [head, body] =
            Layout::vertical([Constraint::Length(head_h), Constraint::Min(3)]).areas(area);
        self.render_head(frame, head, theme);
        let left_w = if body.width >= 110 {
            body.width / 2
        } else {
            body.width * 9 / 20
        };
        let [left, right] =
            Layout::horizontal([Constraint::Length(left_w), Constraint::Min(20)]).areas(body);
        self.render_context(frame, left, theme);
        self.render_fields(frame, right, theme);
    }

    fn render_head(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let s = &self.sheet;
        let who = format!(
            "{} · NIP {} · {}",
            clean(&s.staff.display_name()),
            s.staff.fields.nip,
            clean(&s.staff.fields.position_name)
        );
        let assessor = s
            .supervisor
            .as_ref()
            .map(|p| clean(&p.display_name()).into_owned())
            .unwrap_or_else(|| "—".into());
        let state = match &s.assessment {
            Some(a) => a.state.label(),
            None => t("penilaian.not_recorded"),
        };
        let line2 = tf(
            "penilaian.head",
            &[
                ("period", &format!("{} {}", s.period.label(), s.year)),
                ("assessor", &assessor),
                ("state", &state),
            ],
        );
        let w = area.width as usize;
        frame.render_widget(
            Span::styled(fit(&who, w), theme.title),
            Rect::new(area.x, area.y, area.width, 1),
        );
        frame.render_widget(
            Span::styled(fit(&line2, w), theme.dim),
            Rect::new(area.x, area.y + 1, area.width, 1),
        );
        if let Some(why) = &self.read_only {
            frame.render_widget(
                Span::styled(fit(&why.to_string(), w), theme.warning),
                Rect::new(area.x, area.y + 2, area.width, 1),
            );
        }
    }

    /// The left panel: the behaviour guides of the focused core value, or
    /// the evidence (suggestion, quarters of the year, indicators).
    fn render_context(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let (title, lines) = match self.focused_value() {
            Some(cv) => (cv.label(), guide_lines(cv, theme)),
            None => (t("penilaian.evidence"), self.evidence_lines(theme)),
        };
        let block = Block::default()
            .borders(Borders::RIGHT | Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(format!(" {title} "), theme.header));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let scroll = if self.focused_value().is_some() {
            0
        } else {
            self.evidence_scroll.min(u16::MAX as usize) as u16
        };
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            inner,
        );
    }

    fn evidence_lines(&self, theme: &Theme) -> Vec<Line<'static>> {
        let s = &self.sheet;
        let mut out = Vec::new();
        match &s.suggestion {
            Some(sug) => out.push(Line::styled(sug.explain(), theme.info)),
            None => out.push(Line::styled(t("penilaian.no_suggestion"), theme.dim)),
        }
        if s.period == crate::domain::rating::AssessmentPeriod::Year {
            out.push(Line::styled(t("penilaian.quarters"), theme.header));
            out.extend(quarter_lines(s));
        }
        if s.rows.is_empty() {
            let why = if s.has_plan {
                t("penilaian.no_indicators")
            } else {
                t("penilaian.no_plan")
            };
            out.push(Line::styled(why, theme.warning));
        }
        for (i, r) in s.rows.iter().enumerate() {
            out.push(Line::styled(
                format!("{}. {}", i + 1, clean(&r.indicator.text)),
                theme.base,
            ));
            // As entered for a quarter; the year's aggregate may need decimals.
            let actual = r
                .actual
                .map(|a| {
                    a.to_decimal()
                        .map_or_else(|| a.format_id(2), |d| d.format_id())
                })
                .unwrap_or_else(|| "—".into());
            let target = r.target.format_id();
            // "100%" already carries its unit.
            let satuan = if target.ends_with('%') && r.indicator.satuan.trim() == "%" {
                String::new()
            } else {
                clean(&r.indicator.satuan).into_owned()
            };
            out.push(Line::styled(
                tf(
                    "penilaian.indicator_numbers",
                    &[
                        ("target", &format!("{target} {satuan}").trim_end()),
                        ("actual", &actual),
                        ("achievement", &r.achievement.format_percent()),
                    ],
                ),
                theme.dim,
            ));
            if !r.evidence.is_empty() {
                out.push(Line::styled(
                    tf("penilaian.evidence_line", &[("text", &clean(&r.evidence))]),
                    theme.dim,
                ));
            }
        }
        out
    }

    fn render_fields(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(1),
            area.height,
        );
        let items = self.items(theme);
        // Lines a text takes wrapped to the panel (at most 3).
        let lines_of = |text: &str| {
            let w = unicode_width::UnicodeWidthStr::width(text) as u16;
            w.div_ceil(area.width.max(1)).clamp(1, 3)
        };
        let height = |it: &Item| match it {
            Item::Feedback => FEEDBACK_LINES,
            Item::Field(i) => {
                1 + self.form.fields[*i]
                    .error
                    .as_ref()
                    .map_or(0, |e| lines_of(&format!("✗ {e}")))
            }
            Item::Note(text, _) => lines_of(text),
            Item::Heading(_) => 1,
        };
        // Scroll so the focused field (and the line before it) shows.
        let focus_at = items
            .iter()
            .position(|it| match it {
                Item::Field(i) => *i == self.form.focus,
                Item::Feedback => self.form.focused_key() == FEEDBACK,
                _ => false,
            })
            .unwrap_or(0);
        let mut first = focus_at.saturating_sub(1);
        while first > 0 && items[first..=focus_at].iter().map(height).sum::<u16>() < area.height {
            first -= 1;
        }
        if items[first..=focus_at].iter().map(height).sum::<u16>() > area.height {
            first += 1;
        }
        let label_w = 14u16.min(area.width / 3);
        let value_w = area.width.saturating_sub(label_w + 1);
        let mut y = area.y;
        let bottom = area.y + area.height;
        for it in items.iter().skip(first) {
            let h = height(it);
            if y + h > bottom {
                break;
            }
            let row = Rect::new(area.x, y, area.width, 1);
            match it {
                Item::Heading(text) => frame.render_widget(
                    Span::styled(fit(text, area.width as usize), theme.header),
                    row,
                ),
                Item::Note(text, style) => frame.render_widget(
                    Paragraph::new(Line::styled(text.clone(), *style)).wrap(Wrap { trim: false }),
                    Rect::new(area.x, y, area.width, h),
                ),
                Item::Field(i) => {
                    let f = &self.form.fields[*i];
                    let focused = *i == self.form.focus;
                    let label = if f.key == REASON && self.departs() {
                        format!("{}*", f.label)
                    } else {
                        f.label.clone()
                    };
                    frame.render_widget(
                        Span::styled(
                            fit(&label, label_w as usize),
                            if focused { theme.focus } else { theme.base },
                        ),
                        Rect::new(area.x, y, label_w, 1),
                    );
                    let vrect = Rect::new(area.x + label_w + 1, y, value_w, 1);
                    render_value(
                        frame,
                        vrect,
                        &f.value,
                        focused && self.read_only.is_none(),
                        theme,
                    );
                    if let Some(e) = &f.error {
                        frame.render_widget(
                            Paragraph::new(Line::styled(format!("✗ {}", clean(e)), theme.error))
                                .wrap(Wrap { trim: true }),
                            Rect::new(area.x, y + 1, area.width, h - 1),
                        );
                    }
                }
                Item::Feedback => {
                    let r = Rect::new(area.x, y, area.width, FEEDBACK_LINES);
                    let focused = self.form.focused_key() == FEEDBACK;
                    let mut ta = self.feedback.clone();
                    ta.set_block(
                        Block::default()
                            .borders(Borders::LEFT)
                            .border_style(if focused { theme.focus } else { theme.border }),
                    );
                    ta.set_cursor_line_style(Style::default());
                    frame.render_widget(&ta, r);
                    if focused
                        && self.read_only.is_none()
                        && let Some(p) = ta.rendered_cursor_position()
                    {
                        frame.set_cursor_position(Position::new(p.x, p.y));
                    }
                }
            }
            y += h;
        }
        if let Some(e) = &self.form.error
            && bottom > area.y
        {
            frame.render_widget(
                Span::styled(fit(e, area.width as usize), theme.error),
                Rect::new(area.x, bottom - 1, area.width, 1),
            );
        }
    }

    /// The ratings panel, top to bottom.
    fn items(&self, theme: &Theme) -> Vec<Item> {
        let index = |key: &str| {
            self.form
                .fields
                .iter()
                .position(|f| f.key == key)
                .expect("form field exists")
        };
        let mut items = vec![Item::Field(index(RESULT))];
        let suggestion = match &self.sheet.suggestion {
            Some(s) => tf("penilaian.suggested", &[("rating", &s.rating.label())]),
            None => t("penilaian.no_suggestion_short"),
        };
        items.push(Item::Note(format!("  {suggestion}"), theme.dim));
        items.push(Item::Field(index(REASON)));
        items.push(Item::Field(index(BEHAVIOUR)));
        let predikat = match self.predicate() {
            Some(p) => tf("penilaian.predicate", &[("predicate", &p.label())]),
            None => tf("penilaian.predicate", &[("predicate", &"—")]),
        };
        items.push(Item::Note(predikat, theme.title));
        if let Some((unit, counts, check)) = self.distribution_check() {
            let dist = Predicate::ALL
                .iter()
                .map(|p| format!("{} {}", p.code(), counts.get(*p)))
                .collect::<Vec<_>>()
                .join(" ");
            items.push(Item::Note(
                tf(
                    "penilaian.unit_distribution",
                    &[("unit", &unit), ("dist", &dist)],
                ),
                theme.dim,
            ));
            for b in &check.breaches {
                items.push(Item::Note(format!("! {}", b.message()), theme.warning));
            }
        }
        for (i, f) in self.form.fields.iter().enumerate() {
            if let Some((cv, true)) = AssessForm::value_of_field(f.key) {
                items.push(Item::Heading(format!("{}. {}", cv.number(), cv.label())));
            }
            if AssessForm::value_of_field(f.key).is_some() {
                items.push(Item::Field(i));
            }
        }
        items.push(Item::Heading(t("penilaian.feedback_overall")));
        items.push(Item::Feedback);
        if let Some(i) = self.form.fields.iter().position(|f| f.key == FEEDBACK)
            && let Some(e) = &self.form.fields[i].error
        {
            items.push(Item::Note(format!("✗ {e}"), theme.error));
        }
        items
    }
}

fn guide_lines(cv: CoreValue, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = vec![
        Line::styled(cv.definition(), theme.info),
        Line::styled(t("penilaian.guides"), theme.header),
    ];
    for (g, mark) in cv.guides().into_iter().zip(["a", "b", "c"]) {
        out.push(Line::styled(format!("{mark}. {g}"), theme.base));
    }
    out
}

/// "Triwulan I  Sesuai / Sesuai  B ✓" for each quarter of the year.
fn quarter_lines(s: &AssessmentSheet) -> Vec<Line<'static>> {
    s.quarters
        .iter()
        .zip(["I", "II", "III", "IV"])
        .map(|(a, roman)| {
            let text = match a {
                Some(a) => format!(
                    "{roman:<4}{} / {}  {}",
                    rating_short(a.input.rating_result),
                    rating_short(a.input.rating_behaviour),
                    quarter_summary(true, 0, 0, Some((a.state, a.predicate)))
                ),
                None => format!("{roman:<4}{}", t("penilaian.not_recorded")),
            };
            Line::raw(text)
        })
        .collect()
}
