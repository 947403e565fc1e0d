//! Text rules: folding for search and sort, and sanitising for display.

use std::borrow::Cow;

/// Folds text for search and sorting: accents removed, lower case,
/// punctuation turned into spaces, runs of spaces collapsed.
/// "Ni Luh Putu Ayu Wiryaningsih" and "NI LUH PÚTU" fold alike.
pub fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::with_capacity(ascii.len());
    let mut space = true;
    for ch in ascii.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
            space = false;
        } else if ch == '\'' {
            // "Ma'ruf" folds to "maruf": apostrophes join, not split.
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether a character must never reach a terminal: C0/C1 controls, DEL,
/// and the Unicode bidi and zero-width controls that can disguise text.
pub fn is_unsafe_char(ch: char) -> bool {
    ch.is_control()
        || matches!(ch,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}')
}

/// Whether text contains anything [`is_unsafe_char`] refuses.
pub fn has_unsafe_chars(s: &str) -> bool {
    s.chars().any(is_unsafe_char)
}

/// Replaces every unsafe character with U+FFFD so that control characters
/// and escape sequences from the database never reach the terminal.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !has_unsafe_chars(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_unsafe_char(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// Trims and collapses inner runs of white space to one space.
pub fn normalize_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as a file name: "Dinas Sosial" → "dinas-sosial" (folded, so
/// only lower-case ASCII letters, digits and dashes).
pub fn slug(name: &str) -> String {
    let s = fold(name).replace(' ', "-");
    if s.is_empty() { "unit".to_string() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(
            fold("Ni Luh Putu Ayu Wiryaningsih"),
            "ni luh putu ayu wiryaningsih"
        );
        assert_eq!(fold("  NI LUH  PÚTU "), "ni luh putu");
        assert_eq!(fold("Muh. Syaiful 'Ipul' A."), "muh syaiful ipul a");
        assert_eq!(fold("Ma’ruf Amin"), "maruf amin");
        assert_eq!(fold("Ma'ruf Amin"), "maruf amin");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn sanitising_removes_escape_sequences_and_controls() {
        assert_eq!(sanitize("Budi\x1b[31m"), "Budi\u{FFFD}[31m");
        assert_eq!(sanitize("a\u{7}b\u{9b}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(sanitize("evil\u{202E}txt"), "evil\u{FFFD}txt");
        assert!(matches!(sanitize("Siti Aminah"), Cow::Borrowed(_)));
        assert!(has_unsafe_chars("x\ny"));
        assert!(!has_unsafe_chars("Dr. Siti Aminah, S.Pd."));
    }

    #[test]
    fn spaces_are_collapsed() {
        assert_eq!(normalize_spaces("  Siti   Aminah  "), "Siti Aminah");
    }
}
