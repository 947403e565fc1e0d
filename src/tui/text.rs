//! Text on screen: sanitised, and cut to a display width.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::text::sanitize;

/// Database text made safe for the terminal.
pub fn clean(s: &str) -> Cow<'_, str> {
    sanitize(s)
}

/// Sanitises and cuts `s` to at most `width` columns, ending in "…" when cut.
pub fn fit(s: &str, width: usize) -> String {
    let s = sanitize(s);
    if s.width() <= width {
        return s.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// Formats a count the Indonesian way: 100000 → "100.000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(if crate::i18n::lang() == crate::i18n::Lang::En {
                ','
            } else {
                '.'
            });
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("Ni Luh Putu Ayu Wiryaningsih", 10), "Ni Luh Pu…");
        assert_eq!(fit("Siti", 10), "Siti");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("x\u{1b}[2J", 10), "x\u{FFFD}[2J");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn groups_thousands() {
        crate::i18n::set_lang(crate::i18n::Lang::Id);
        assert_eq!(thousands(100_000), "100.000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1.234.567");
    }
}
