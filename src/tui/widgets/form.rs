//! Forms with typed fields that carry their own error.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::input;
use crate::tui::action::Action;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// What a field holds.
#[derive(Debug, Clone)]
pub enum FieldValue {
    /// Free text (also dates and numbers, parsed by the form's owner).
    Text(Input),
    /// One of a fixed list; ←/→ change it.
    Choice {
        options: Vec<(String, String)>,
        index: Option<usize>,
    },
    /// A record chosen with a picker (unit, supervisor).
    Pick { id: Option<i64>, label: String },
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: &'static str,
    pub label: String,
    pub value: FieldValue,
    pub required: bool,
    pub error: Option<String>,
    pub warnings: Vec<String>,
}

impl Field {
    pub fn text(key: &'static str, label: String, value: &str) -> Field {
        Field {
            key,
            label,
            value: FieldValue::Text(Input::new(value.to_string())),
            required: false,
            error: None,
            warnings: Vec::new(),
        }
    }
    pub fn choice(
        key: &'static str,
        label: String,
        options: Vec<(String, String)>,
        selected: Option<&str>,
    ) -> Field {
        let index = selected.and_then(|s| options.iter().position(|(code, _)| code == s));
        Field {
            key,
            label,
            value: FieldValue::Choice { options, index },
            required: false,
            error: None,
            warnings: Vec::new(),
        }
    }
    pub fn pick(key: &'static str, label: String, id: Option<i64>, shown: String) -> Field {
        Field {
            key,
            label,
            value: FieldValue::Pick { id, label: shown },
            required: false,
            error: None,
            warnings: Vec::new(),
        }
    }
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }
}

/// What the form asks its owner to do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormEvent {
    None,
    /// A field's value changed (the owner may re-check it).
    Changed(&'static str),
    OpenPicker(&'static str),
    Save,
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A problem that belongs to no single field (stale update, lock…).
    pub error: Option<String>,
    pub dirty: bool,
    /// The last save waited out another writer's lock.
    pub locked: bool,
}

impl Form {
    pub fn new(title: String, fields: Vec<Field>) -> Form {
        Form {
            title,
            fields,
            focus: 0,
            error: None,
            dirty: false,
            locked: false,
        }
    }

    /// Shows a refusal from the store on its field (or the form) and
    /// moves the focus there; what was typed stays.
    pub fn store_error(&mut self, e: &crate::store::StoreError) {
        self.locked = matches!(e, crate::store::StoreError::Locked { .. });
        self.set_error(e.field(), e.to_string());
        self.focus_first_error();
    }

    pub fn field(&self, key: &str) -> &Field {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .expect("form field exists")
    }

    pub fn field_mut(&mut self, key: &str) -> &mut Field {
        self.fields
            .iter_mut()
            .find(|f| f.key == key)
            .expect("form field exists")
    }

    pub fn text(&self, key: &str) -> String {
        match &self.field(key).value {
            FieldValue::Text(i) => i.value().to_string(),
            FieldValue::Choice { options, index } => index
                .and_then(|i| options.get(i))
                .map(|(c, _)| c.clone())
                .unwrap_or_default(),
            FieldValue::Pick { label, .. } => label.clone(),
        }
    }

    /// The code of the chosen option of a choice field.
    pub fn choice(&self, key: &str) -> Option<String> {
        match &self.field(key).value {
            FieldValue::Choice { options, index } => {
                index.and_then(|i| options.get(i)).map(|(c, _)| c.clone())
            }
            _ => None,
        }
    }

    pub fn picked(&self, key: &str) -> Option<i64> {
        match &self.field(key).value {
            FieldValue::Pick { id, .. } => *id,
            _ => None,
        }
    }

    pub fn set_pick(&mut self, key: &str, id: Option<i64>, shown: String) {
        self.field_mut(key).value = FieldValue::Pick { id, label: shown };
        self.field_mut(key).error = None;
        self.dirty = true;
    }

    pub fn focused_key(&self) -> &'static str {
        self.fields[self.focus].key
    }

    /// Clears every error, before the owner validates again.
    pub fn clear_errors(&mut self) {
        self.error = None;
        for f in &mut self.fields {
            f.error = None;
        }
    }

    /// Puts an error on its field, or on the form when no field is named.
    pub fn set_error(&mut self, key: Option<&str>, message: String) {
        match key.and_then(|k| self.fields.iter().position(|f| f.key == k)) {
            Some(i) => {
                if self.fields[i].error.is_none() {
                    self.fields[i].error = Some(message);
                }
            }
            None => self.error = Some(message),
        }
    }

    /// Shows validation errors, each on its field, and focuses the first.
    pub fn field_errors(&mut self, errors: Vec<crate::domain::staff::FieldError>) {
        for e in errors {
            self.set_error(Some(e.field), e.message);
        }
        self.focus_first_error();
    }

    /// Moves the focus to the first field in error, if any.
    pub fn focus_first_error(&mut self) {
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
        }
    }

    pub fn handle(&mut self, action: Action) -> FormEvent {
        let n = self.fields.len();
        match action {
            Action::NextField => {
                self.focus = (self.focus + 1) % n;
                FormEvent::None
            }
            Action::PrevField => {
                self.focus = (self.focus + n - 1) % n;
                FormEvent::None
            }
            Action::Save => FormEvent::Save,
            Action::Cancel => FormEvent::Cancel,
            Action::Accept => match self.fields[self.focus].value {
                FieldValue::Pick { .. } => FormEvent::OpenPicker(self.focused_key()),
                _ if self.focus + 1 == n => FormEvent::Save,
                _ => {
                    self.focus += 1;
                    FormEvent::None
                }
            },
            Action::OpenPicker => match self.fields[self.focus].value {
                FieldValue::Pick { .. } => FormEvent::OpenPicker(self.focused_key()),
                _ => FormEvent::None,
            },
            other => self.edit_focused(other),
        }
    }

    fn edit_focused(&mut self, action: Action) -> FormEvent {
        let key = self.focused_key();
        let field = &mut self.fields[self.focus];
        let changed = match &mut field.value {
            FieldValue::Text(inp) => {
                let before = inp.value().to_string();
                if action == Action::ClearValue {
                    inp.reset();
                } else {
                    input::edit(inp, action);
                }
                inp.value() != before
            }
            FieldValue::Choice { options, index } => {
                let len = options.len();
                let before = *index;
                match action {
                    Action::Left => {
                        *index = Some(index.map_or(len - 1, |i| (i + len - 1) % len));
                    }
                    Action::Right | Action::Type(' ') => {
                        *index = Some(index.map_or(0, |i| (i + 1) % len));
                    }
                    Action::Type(c) => {
                        // Jump to the next option starting with the letter.
                        let c = c.to_lowercase().next().unwrap_or(c);
                        let start = index.map_or(0, |i| i + 1);
                        if let Some(i) = (0..len).map(|k| (start + k) % len).find(|&i| {
                            options[i].1.to_lowercase().starts_with(c)
                                || options[i].0.to_lowercase().starts_with(c)
                        }) {
                            *index = Some(i);
                        }
                    }
                    Action::ClearValue if !field.required => *index = None,
                    _ => {}
                }
                *index != before
            }
            FieldValue::Pick { id, label } => match action {
                Action::ClearValue if id.is_some() => {
                    *id = None;
                    label.clear();
                    true
                }
                Action::Type(_) => return FormEvent::OpenPicker(key),
                _ => false,
            },
        };
        if changed {
            field.error = None;
            self.dirty = true;
            FormEvent::Changed(key)
        } else {
            FormEvent::None
        }
    }

    /// Draws the form centred in `area` as a popup.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, keymap: &Keymap) {
        let label_w = self
            .fields
            .iter()
            .map(|f| f.label.width())
            .max()
            .unwrap_or(0)
            .min(22) as u16
            + 2;
        let needed: u16 = self
            .fields
            .iter()
            .map(|f| 1 + f.error.is_some() as u16 + f.warnings.len() as u16)
            .sum::<u16>()
            + if self.error.is_some() { 3 } else { 0 }
            + 2;
        let popup = centered(area, 76, needed.max(8));
        frame.render_widget(Clear, popup);
        let hint = [
            Action::Save,
            Action::Cancel,
            Action::NextField,
            Action::OpenPicker,
        ]
        .iter()
        .filter_map(|a| {
            keymap
                .hint(Context::Form, *a)
                .map(|k| format!("{k} {}", a.label()))
        })
        .collect::<Vec<_>>()
        .join(" · ");
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", fit(&self.title, 60)),
                theme.title,
            ))
            .title_bottom(Span::styled(
                fit(&hint, popup.width.saturating_sub(4) as usize),
                theme.dim,
            ));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let mut y = inner.y;
        let bottom = inner.y + inner.height;
        let value_w = inner.width.saturating_sub(label_w + 1);
        // Keep the focused field visible when the form is taller than the popup.
        let lines_per: Vec<u16> = self
            .fields
            .iter()
            .map(|f| 1 + f.error.is_some() as u16 + f.warnings.len() as u16)
            .collect();
        let reserve = if self.error.is_some() { 2 } else { 0 };
        let mut first = 0;
        while first < self.focus
            && lines_per[first..=self.focus].iter().sum::<u16>() + reserve > inner.height
        {
            first += 1;
        }
        for (i, f) in self.fields.iter().enumerate().skip(first) {
            if y >= bottom {
                break;
            }
            let focused = i == self.focus;
            let marker = if f.required { "*" } else { " " };
            let label_style = if focused { theme.focus } else { theme.base };
            frame.render_widget(
                Span::styled(
                    fit(&format!("{}{marker}", f.label), label_w as usize),
                    label_style,
                ),
                Rect::new(inner.x, y, label_w, 1),
            );
            let vrect = Rect::new(inner.x + label_w + 1, y, value_w, 1);
            render_value(frame, vrect, &f.value, focused, theme);
            y += 1;
            if let Some(e) = &f.error
                && y < bottom
            {
                frame.render_widget(
                    Span::styled(fit(&format!("✗ {e}"), value_w as usize), theme.error),
                    Rect::new(inner.x + label_w + 1, y, value_w, 1),
                );
                y += 1;
            }
            for w in &f.warnings {
                if y >= bottom {
                    break;
                }
                frame.render_widget(
                    Span::styled(fit(&format!("! {w}"), value_w as usize), theme.warning),
                    Rect::new(inner.x + label_w + 1, y, value_w, 1),
                );
                y += 1;
            }
        }
        if let Some(e) = &self.error {
            let h = 2.min(bottom.saturating_sub(y));
            if h > 0 {
                let r = Rect::new(inner.x, bottom - h, inner.width, h);
                frame.render_widget(Clear, r);
                frame.render_widget(
                    Paragraph::new(Line::styled(
                        crate::tui::text::clean(e).into_owned(),
                        theme.error,
                    ))
                    .wrap(Wrap { trim: true }),
                    r,
                );
            }
        }
    }
}

/// Draws a field's value in one line: text with its cursor when focused,
/// a choice as ‹ value ›, a picked record with ▾.
pub fn render_value(
    frame: &mut Frame<'_>,
    area: Rect,
    value: &FieldValue,
    focused: bool,
    theme: &Theme,
) {
    let w = area.width as usize;
    let style = if focused { theme.selected } else { theme.base };
    match value {
        FieldValue::Text(inp) => {
            input::render(frame, area, inp, theme.base, focused);
            if !focused && inp.value().is_empty() {
                frame.render_widget(Span::styled("·", theme.dim), area);
            }
        }
        FieldValue::Choice { options, index } => {
            let shown = index
                .and_then(|i| options.get(i))
                .map(|(_, l)| l.as_str())
                .unwrap_or("—");
            let text = format!("‹ {} ›", fit(shown, w.saturating_sub(4)));
            frame.render_widget(Span::styled(text, style), area);
        }
        FieldValue::Pick { label, .. } => {
            let shown = if label.is_empty() { "—" } else { label };
            let text = format!("{} ▾", fit(shown, w.saturating_sub(2)));
            frame.render_widget(Span::styled(text, style), area);
        }
    }
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
