//! One-line text input on top of `tui-input`, driven by keymap actions.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::Action;

/// Applies an editing action; returns whether the action was an edit
/// (the caller then knows whether the value may have changed).
pub fn edit(input: &mut Input, action: Action) -> bool {
    let req = match action {
        Action::Type(c) => InputRequest::InsertChar(c),
        Action::Left => InputRequest::GoToPrevChar,
        Action::Right => InputRequest::GoToNextChar,
        Action::LineStart => InputRequest::GoToStart,
        Action::LineEnd => InputRequest::GoToEnd,
        Action::DeleteBack => InputRequest::DeletePrevChar,
        Action::DeleteForward => InputRequest::DeleteNextChar,
        Action::DeleteWord => InputRequest::DeletePrevWord,
        Action::ClearLine => InputRequest::DeleteFromStart,
        _ => return false,
    };
    input.handle(req);
    true
}

/// Draws the input in `area` (one line), scrolled so the cursor shows;
/// places the terminal cursor when `focused`.
pub fn render(frame: &mut Frame<'_>, area: Rect, input: &Input, style: Style, focused: bool) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = area.width.saturating_sub(1) as usize;
    let scroll = input.visual_scroll(width);
    let value = crate::tui::text::clean(input.value());
    let mut shown = String::new();
    let mut col = 0usize;
    for ch in value.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if col >= scroll && shown.width() + w <= width {
            shown.push(ch);
        }
        col += w;
    }
    frame.render_widget(Span::styled(shown, style), area);
    if focused {
        let x = (input.visual_cursor().saturating_sub(scroll)) as u16;
        frame.set_cursor_position(Position::new(
            area.x + x.min(area.width.saturating_sub(1)),
            area.y,
        ));
    }
}
