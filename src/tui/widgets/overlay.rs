//! Help and confirmation popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::form::centered;
use crate::i18n::t;
use crate::tui::action::Action;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// The `?` help: every key of the context it was opened from, generated
/// from the live keymap.
#[derive(Debug, Clone)]
pub struct Help {
    pub lines: Vec<(String, String)>,
    pub scroll: usize,
}

impl Help {
    pub fn new(keymap: &Keymap, ctx: Context) -> Help {
        let mut lines: Vec<(String, String)> = keymap
            .bindings(ctx)
            .into_iter()
            .map(|(a, keys)| {
                let keys = keys
                    .iter()
                    .map(|k| k.display())
                    .collect::<Vec<_>>()
                    .join(" ");
                (keys, a.label())
            })
            .collect();
        if ctx.takes_text() {
            lines.push((t("tui.help_letters_key"), t("tui.help_letters")));
        }
        Help { lines, scroll: 0 }
    }

    pub fn handle(&mut self, action: Action) -> bool {
        match action {
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = (self.scroll + 1).min(self.lines.len().saturating_sub(1)),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::PageDown => {
                self.scroll = (self.scroll + 10).min(self.lines.len().saturating_sub(1))
            }
            Action::Accept | Action::Cancel | Action::Help => return true,
            _ => {}
        }
        false
    }

    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let popup = centered(area, 70, 22);
        frame.render_widget(Clear, popup);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t("tui.help_title")),
                theme.title,
            ))
            .title_bottom(Span::styled(t("tui.help_close"), theme.dim));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let key_w = 22usize.min(inner.width as usize / 2);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|(k, l)| {
                Line::from(vec![
                    Span::styled(format!("{:<key_w$}", fit(k, key_w)), theme.key),
                    Span::raw(" "),
                    Span::raw(fit(l, (inner.width as usize).saturating_sub(key_w + 1))),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// What a confirmation is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmKind {
    /// Esc on a changed form: Save / Discard / Cancel.
    UnsavedChanges,
    ReactivateStaff {
        id: i64,
        version: i64,
    },
    ArchivePlanItem {
        is_result: bool,
        id: i64,
        version: i64,
    },
    DeactivateUnit {
        id: i64,
        version: i64,
    },
    /// Making the assessment in the form final.
    FinalizeAssessment,
    /// Leaving a changed assessment form: closing it (`None`) or moving to
    /// the next (true) or previous person. Save / Discard / Cancel.
    LeaveAssessment {
        step: Option<bool>,
    },
}

#[derive(Debug, Clone)]
pub struct Confirm {
    pub kind: ConfirmKind,
    pub title: String,
    pub message: String,
}

impl Confirm {
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, keymap: &Keymap) {
        let actions: &[Action] = match self.kind {
            ConfirmKind::UnsavedChanges | ConfirmKind::LeaveAssessment { .. } => {
                &[Action::ChooseSave, Action::ChooseDiscard, Action::Cancel]
            }
            _ => &[Action::Accept, Action::Cancel],
        };
        let hint = actions
            .iter()
            .filter_map(|a| {
                keymap
                    .keys(Context::Confirm, *a)
                    .iter()
                    .find(|k| k.printable().is_some())
                    .or(keymap.keys(Context::Confirm, *a).first())
                    .map(|k| format!("[{}] {}", k.display(), a.label()))
            })
            .collect::<Vec<_>>()
            .join("  ");
        // Tall enough for the wrapped message, a blank line and the keys.
        let text_w = 56u16.min(area.width.saturating_sub(4)).max(1);
        let msg_w = unicode_width::UnicodeWidthStr::width(self.message.as_str()) as u16;
        let popup = centered(area, 60, msg_w.div_ceil(text_w).max(1) + 1 + 4);
        frame.render_widget(Clear, popup);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", fit(&self.title, 50)),
                theme.title,
            ));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let text = vec![
            Line::raw(crate::tui::text::clean(&self.message).into_owned()),
            Line::raw(""),
            Line::styled(hint, theme.key),
        ];
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
    }
}
