//! Fixed-width text pages shared by the printed reports: 80 columns, long
//! text wrapped by display width, every value from the database sanitised
//! so no control character reaches a terminal or a printer.

use unicode_width::UnicodeWidthStr;

use super::form::{self, Signer};
use crate::domain::text::sanitize;

/// The width of a line.
pub const WIDTH: usize = 80;
/// Separates documents in one file: a form feed starts a new page.
pub const PAGE_BREAK: &str = "\x0c";

/// Splits text into lines of at most `width` columns: words greedily,
/// a word wider than a line cut where it must be. Never empty.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for paragraph in text.lines() {
        let clean = sanitize(paragraph);
        let mut line = String::new();
        for word in clean.split_whitespace() {
            let sep = usize::from(!line.is_empty());
            if line.width() + sep + word.width() <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            for ch in word.chars() {
                let w = ch.to_string().width();
                if line.width() + w > width {
                    out.push(std::mem::take(&mut line));
                }
                line.push(ch);
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// Pads to `width` columns by display width (text on the left).
pub fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(width.saturating_sub(s.width())));
    out
}

/// Pads to `width` columns by display width (text on the right: numbers).
pub fn pad_left(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// A document being written.
#[derive(Debug, Default)]
pub struct Page {
    pub out: String,
}

impl Page {
    pub fn new() -> Page {
        Page::default()
    }

    /// One line, trailing spaces removed.
    pub fn line(&mut self, s: &str) {
        self.out.push_str(s.trim_end());
        self.out.push('\n');
    }

    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A full-width line of `ch`.
    pub fn rule(&mut self, ch: char) {
        self.line(&ch.to_string().repeat(WIDTH));
    }

    /// Centred, wrapped when longer than a line.
    pub fn center(&mut self, s: &str) {
        for l in wrap(s, WIDTH) {
            let left = (WIDTH - l.width()) / 2;
            self.line(&format!("{}{l}", " ".repeat(left)));
        }
    }

    /// `indent` spaces, then the text wrapped, continuation lines at the
    /// same indent.
    pub fn text(&mut self, indent: usize, s: &str) {
        for l in wrap(s, WIDTH - indent) {
            self.line(&format!("{}{l}", " ".repeat(indent)));
        }
    }

    /// `head` then the text wrapped, continuation lines under the text
    /// ("1. ", "! ").
    pub fn hanging(&mut self, head: &str, s: &str) {
        let lead = head.width();
        for (i, l) in wrap(s, WIDTH - lead).iter().enumerate() {
            let prefix = if i == 0 {
                head.to_string()
            } else {
                " ".repeat(lead)
            };
            self.line(&format!("{prefix}{l}"));
        }
    }

    /// "  Label        : value", the value wrapped under itself.
    pub fn field(&mut self, indent: usize, label_width: usize, label: &str, value: &str) {
        let value = if value.trim().is_empty() {
            form::EMPTY
        } else {
            value
        };
        let head = format!("{}{} : ", " ".repeat(indent), pad(label, label_width));
        self.hanging(&head, value);
    }

    /// The place and date above the right column, then two signature
    /// columns side by side.
    pub fn signatures(&mut self, place_date: &str, left: &Signer, right: &Signer) {
        const COL: usize = 40;
        let column = |s: &Signer| -> Vec<String> {
            let mut lines = wrap(&format!("{},", s.title), COL - 2);
            lines.extend(["", "", "", ""].map(String::from));
            match &s.name {
                Some(name) => {
                    lines.extend(wrap(name, COL - 2));
                    let nip = s.nip.as_deref().unwrap_or_default();
                    lines.extend(wrap(&format!("{} {nip}", form::NIP), COL - 2));
                }
                None => {
                    lines.push(form::NAME_BLANK.into());
                    lines.push(format!("{} ", form::NIP));
                }
            }
            lines
        };
        self.blank();
        self.blank();
        self.line(&format!("{}{}", " ".repeat(COL), sanitize(place_date)));
        let (left, right) = (column(left), column(right));
        for i in 0..left.len().max(right.len()) {
            let l = left.get(i).map(String::as_str).unwrap_or_default();
            let r = right.get(i).map(String::as_str).unwrap_or_default();
            self.line(&format!("{}{r}", pad(l, COL)));
        }
    }
}

/// A row of cells: the first padded on the right, the others aligned right
/// to their widths. Cells are sanitised.
pub fn row(cells: &[&str], widths: &[usize]) -> String {
    cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (c, w))| {
            let c = sanitize(c);
            if i == 0 {
                pad(&c, *w)
            } else {
                pad_left(&c, *w)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_width() {
        assert_eq!(wrap("satu dua tiga", 8), ["satu dua", "tiga"]);
        assert_eq!(wrap("", 8), [""]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        // Display width, not bytes: wide characters take two columns.
        assert_eq!(wrap("日本語です", 4), ["日本", "語で", "す"]);
        for l in wrap(&"Wiryaningsih ".repeat(20), 30) {
            assert!(l.width() <= 30, "{l}");
        }
    }

    #[test]
    fn control_characters_never_pass() {
        let lines = wrap("Budi\x1b[31m merah", 80);
        assert_eq!(lines, ["Budi\u{FFFD}[31m merah"]);
        assert_eq!(wrap("satu\ndua", 80), ["satu", "dua"]);
        assert_eq!(row(&["a\x1b", "1"], &[3, 3]), "a\u{FFFD}   1");
    }
}
