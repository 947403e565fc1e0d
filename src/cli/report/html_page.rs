//! Self-contained HTML pages shared by the printed reports: inline CSS, no
//! scripts, no external files; black on white for A4 printing from a
//! browser, table headers repeated on each page, rows never split. Every
//! value is escaped.

use std::fmt::Write;

use super::form::{self, Signer};
use crate::domain::text::sanitize;

/// The rules every report shares: A4 page, type, tables, signatures.
pub const BASE_CSS: &str = r#"
@page { size: A4; margin: 15mm 12mm 15mm 15mm; }
* { box-sizing: border-box; }
html, body { background: #fff; color: #000; }
body { font-family: "Times New Roman", Times, serif; font-size: 10.5pt; line-height: 1.3; margin: 0; }
h1 { font-size: 13pt; }
h2 { font-size: 11pt; text-transform: uppercase; margin: 5mm 0 1mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; position: relative; z-index: 1; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { font-weight: bold; }
thead { display: table-header-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
td, th { overflow-wrap: anywhere; }
.num { text-align: right; white-space: nowrap; }
.strong { font-weight: bold; }
.warn { margin: 0; padding-left: 5mm; }
.sign { display: flex; justify-content: space-between; margin-top: 10mm; break-inside: avoid; page-break-inside: avoid; }
.sign > div { width: 46%; }
.sign .space { height: 22mm; }
.sign .name { font-weight: bold; text-decoration: underline; }
"#;

/// The rules of the summary documents (unit and public), after
/// [`BASE_CSS`].
pub const SUMMARY_CSS: &str = r#"
.doc { max-width: 190mm; margin: 0 auto; padding: 6mm 0; }
.org, h1, .sub, .printed { text-align: center; margin: 0; }
.org { font-weight: bold; text-transform: uppercase; }
.sub { font-weight: bold; }
.printed { margin-bottom: 3mm; }
table.ident td.label { width: 40%; }
table.grid { font-size: 9.5pt; }
table.grid td.num, table.grid th.num { text-align: right; }
.pct { font-size: 8.5pt; }
tr.sum td { font-weight: bold; }
svg.chart { width: 100%; height: auto; margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
p.note { font-style: italic; margin: 1mm 0; }
"#;

/// Escapes text for HTML (and replaces control characters).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in sanitize(s).chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// Escaped text, or a dash when empty.
pub fn esc_or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        form::EMPTY.to_string()
    } else {
        esc(s)
    }
}

/// The page around `body` (already HTML): the title escaped, `css` inline,
/// `body_class` on the body when given.
pub fn shell(title: &str, css: &str, body_class: Option<&str>, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + css.len() + 256);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{css}</style>\n</head>\n<body{}>\n",
        esc(title),
        body_class
            .map(|c| format!(" class=\"{}\"", esc(c)))
            .unwrap_or_default()
    );
    out.push_str(body);
    out.push_str("</body>\n</html>\n");
    out
}

/// One signature column: the role, room to sign, the name and NIP.
fn signature(s: &Signer) -> String {
    let (name, nip) = match &s.name {
        Some(name) => (esc(name), esc(s.nip.as_deref().unwrap_or_default())),
        None => (form::NAME_BLANK.to_string(), String::new()),
    };
    format!(
        "<p>{},</p><div class=\"space\"></div>\
         <p class=\"name\">{name}</p><p>{} {nip}</p>",
        esc(&s.title),
        form::NIP
    )
}

/// Two signature columns; the place and date (plain text) above the
/// right one.
pub fn signatures(out: &mut String, place_date: &str, left: &Signer, right: &Signer) {
    let _ = writeln!(
        out,
        "<div class=\"sign\">\n<div><p>&nbsp;</p>{}</div>\n<div><p>{}</p>{}</div>\n</div>",
        signature(left),
        esc(place_date),
        signature(right)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            esc("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
        assert_eq!(
            esc("Muh. Syaiful 'Ipul' A."),
            "Muh. Syaiful &#39;Ipul&#39; A."
        );
        assert_eq!(esc("a & \"b\""), "a &amp; &quot;b&quot;");
        assert_eq!(esc("x\x1by"), "x\u{FFFD}y");
    }

    #[test]
    fn the_shell_is_self_contained() {
        let page = shell("A & B", BASE_CSS, Some("solo"), "<p>x</p>\n");
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>A &amp; B</title>"));
        assert!(page.contains("<body class=\"solo\">\n<p>x</p>"));
        assert!(page.ends_with("</html>\n"));
    }
}
