//! Colours: the 16 ANSI colours with reverse/bold for selection, or a
//! monochrome theme when NO_COLOR is set.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub header: Style,
    pub selected: Style,
    pub dim: Style,
    pub inactive: Style,
    pub error: Style,
    pub warning: Style,
    pub info: Style,
    pub key: Style,
    pub status_bar: Style,
    pub focus: Style,
    pub border: Style,
}

impl Theme {
    pub fn color() -> Theme {
        Theme {
            base: Style::default(),
            title: Style::default().add_modifier(Modifier::BOLD),
            tab: Style::default(),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            header: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            selected: Style::default().add_modifier(Modifier::REVERSED),
            dim: Style::default().fg(Color::DarkGray),
            inactive: Style::default().fg(Color::DarkGray),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warning: Style::default().fg(Color::Yellow),
            info: Style::default().fg(Color::Green),
            key: Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            status_bar: Style::default().fg(Color::Black).bg(Color::Gray),
            focus: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            border: Style::default().fg(Color::Gray),
        }
    }

    /// No colours at all: bold, reverse, underline and dim only.
    pub fn mono() -> Theme {
        let plain = Style::default();
        Theme {
            base: plain,
            title: plain.add_modifier(Modifier::BOLD),
            tab: plain,
            tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            header: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: plain.add_modifier(Modifier::REVERSED),
            dim: plain.add_modifier(Modifier::DIM),
            inactive: plain.add_modifier(Modifier::DIM),
            error: plain.add_modifier(Modifier::BOLD),
            warning: plain.add_modifier(Modifier::BOLD),
            info: plain,
            key: plain.add_modifier(Modifier::BOLD),
            status_bar: plain.add_modifier(Modifier::REVERSED),
            focus: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            border: plain,
        }
    }

    /// NO_COLOR (any non-empty value) wins over the config setting.
    pub fn from_env(setting: Option<&str>) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color || setting == Some("mono") {
            Theme::mono()
        } else {
            Theme::color()
        }
    }
}
