//! Drawing: reads the `App`, changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::action::Action;
use super::app::{App, MIN_SIZE, Message, Popup, Screen};
use super::keymap::Context;
use super::text::fit;
use crate::i18n::{t, tf};

pub fn render(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(app, frame, area);
        return;
    }
    tabs(app, frame, Rect::new(0, 0, area.width, 1));
    let body = Rect::new(0, 1, area.width, area.height - 3);
    match app.screen {
        Screen::Staff => app.staff.render(
            frame,
            body,
            &app.theme,
            app.popups.is_empty() && app.staff.searching,
        ),
        Screen::Units => app.units.render(frame, body, &app.theme),
        Screen::Targets => app.targets.render(frame, body, &app.theme),
        Screen::Results => app.results.render(frame, body, &app.theme),
        Screen::Assess => app.assess.render(frame, body, &app.theme),
        Screen::Summary => app.summary.render(frame, body, &app.theme),
    }
    for p in &app.popups {
        match p {
            Popup::StaffForm(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::UnitForm(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::Deactivate(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::ResultForm(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::IndicatorForm(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::Reopen(f) => f.render(frame, body, &app.theme, &app.keymap),
            Popup::Export(f) => f.form.render(frame, body, &app.theme, &app.keymap),
            Popup::Picker(p) => {
                let hint = hints(
                    app,
                    Context::Picker,
                    &[Action::Accept, Action::ClearValue, Action::Cancel],
                );
                p.render(frame, body, &app.theme, &hint)
            }
            Popup::Confirm(c) => c.render(frame, body, &app.theme, &app.keymap),
            Popup::Help(h) => h.render(frame, body, &app.theme),
        }
    }
    footer(app, frame, Rect::new(0, area.height - 2, area.width, 1));
    status_bar(app, frame, Rect::new(0, area.height - 1, area.width, 1));
}

fn too_small(app: &App, frame: &mut Frame<'_>, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    frame.render_widget(Clear, area);
    let text = tf(
        "tui.too_small",
        &[
            ("w", &area.width),
            ("h", &area.height),
            ("min_w", &MIN_SIZE.0),
            ("min_h", &MIN_SIZE.1),
        ],
    );
    let y = area.height.saturating_sub(2) / 2;
    let h = (area.height - y).min(3);
    frame.render_widget(
        Paragraph::new(Line::styled(text, app.theme.warning)).wrap(Wrap { trim: true }),
        Rect::new(area.x, area.y + y, area.width, h),
    );
}

fn tabs(app: &App, frame: &mut Frame<'_>, area: Rect) {
    // Narrow terminals keep every tab and drop the name of the app.
    let mut spans = if area.width >= 100 {
        vec![Span::styled(" kinerja ", app.theme.title)]
    } else {
        Vec::new()
    };
    for (i, s) in Screen::ALL.iter().enumerate() {
        let style = if *s == app.screen {
            app.theme.tab_active
        } else {
            app.theme.tab
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!(" {} {} ", i + 1, s.title()), style));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    if let Some(org) = &app.organisation
        && (area.width as usize).saturating_sub(used + 2) >= 12
    {
        let room = (area.width as usize).saturating_sub(used + 2);
        let org = fit(org, room);
        let pad = (area.width as usize).saturating_sub(used + org.chars().count() + 1);
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(org, app.theme.dim));
    }
    frame.render_widget(Line::from(spans), area);
}

fn hints(app: &App, ctx: Context, actions: &[Action]) -> String {
    actions
        .iter()
        .filter_map(|a| {
            app.keymap
                .hint(ctx, *a)
                .map(|k| format!("{k} {}", a.label()))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn footer(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let line = match &app.message {
        Some(Message::Error(m)) => Line::styled(fit(m, area.width as usize), app.theme.error),
        Some(Message::Info(m)) => Line::styled(fit(m, area.width as usize), app.theme.info),
        None => {
            let ctx = app.context();
            let actions: &[Action] = match (ctx, app.screen) {
                (Context::Search, _) => &[Action::Accept, Action::Cancel, Action::Down],
                (Context::List, Screen::Staff) => &[
                    Action::Search,
                    Action::Add,
                    Action::Edit,
                    Action::Deactivate,
                    Action::FilterUnit,
                    Action::CycleStatus,
                    Action::Help,
                    Action::Quit,
                ],
                (Context::List, Screen::Targets) => &[
                    Action::Search,
                    Action::AddResult,
                    Action::Add,
                    Action::Edit,
                    Action::Deactivate,
                    Action::CopyLastYear,
                    Action::Help,
                ],
                (Context::List, Screen::Units) => &[
                    Action::Add,
                    Action::Edit,
                    Action::MoveUnit,
                    Action::ShowUnitStaff,
                    Action::Deactivate,
                    Action::Help,
                    Action::Quit,
                ],
                (Context::Grid, _) => &[
                    Action::Edit,
                    Action::NextField,
                    Action::ToggleEmpty,
                    Action::FilterUnit,
                    Action::PrevQuarter,
                    Action::NextQuarter,
                    Action::Help,
                ],
                (Context::Cell, _) => &[Action::Accept, Action::Cancel, Action::NextField],
                (Context::List, Screen::Summary) if app.summary.monitor.is_some() => &[
                    Action::Edit,
                    Action::PrevQuarter,
                    Action::NextQuarter,
                    Action::Cancel,
                    Action::Help,
                ],
                (Context::List, Screen::Summary) => &[
                    Action::Expand,
                    Action::Collapse,
                    Action::Edit,
                    Action::Sort,
                    Action::PrevQuarter,
                    Action::NextQuarter,
                    Action::Monitor,
                    Action::SetUnitPredicate,
                    Action::Help,
                ],
                (Context::List, Screen::Assess) => &[
                    Action::Edit,
                    Action::FilterUnit,
                    Action::CycleStatus,
                    Action::PrevQuarter,
                    Action::NextQuarter,
                    Action::Help,
                ],
                (Context::Assess, _) if app.assess.form.as_ref().is_some_and(|f| f.is_final()) => {
                    &[
                        Action::Reopen,
                        Action::NextPerson,
                        Action::PrevPerson,
                        Action::Cancel,
                        Action::Help,
                    ]
                }
                (Context::Assess, _) => &[
                    Action::Save,
                    Action::Finalize,
                    Action::NextPerson,
                    Action::PrevPerson,
                    Action::Cancel,
                    Action::Help,
                ],
                _ => &[Action::Help],
            };
            Line::styled(
                fit(&hints(app, ctx, actions), area.width as usize),
                app.theme.dim,
            )
        }
    };
    frame.render_widget(line, area);
}

fn status_bar(app: &App, frame: &mut Frame<'_>, area: Rect) {
    let store = &app.store;
    let db = store
        .path()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| t("tui.in_memory"));
    let actor = store.actor();
    let period = crate::domain::period::Period::of_date(store.today());
    let mut parts = vec![
        db,
        format!("{} ({})", actor.os_user, actor.role.label()),
        tf(
            "tui.period",
            &[("year", &period.year), ("quarter", &period.quarter.roman())],
        ),
    ];
    if store.is_read_only() {
        parts.push(t("tui.marker_read_only"));
    }
    if app.popups.iter().any(Popup::is_dirty_form) {
        parts.push(t("tui.marker_unsaved"));
    }
    if app.locked {
        parts.push(t("tui.marker_locked"));
    }
    let text = format!(" {}", parts.join(" │ "));
    let w = area.width as usize;
    let text = fit(&text, w);
    let pad = w.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
    frame.render_widget(
        Span::styled(format!("{text}{}", " ".repeat(pad)), app.theme.status_bar),
        area,
    );
}
