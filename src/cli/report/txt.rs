//! The evaluation document as fixed-width text: 80 columns, long text
//! wrapped by display width, every value from the database sanitised so
//! no control character reaches a terminal or a printer.

use unicode_width::UnicodeWidthStr;

use super::evaluation::{EvaluationDoc, Identity, IndicatorLine, ResultBlock};
use super::form;
use crate::domain::plan::ResultKind;
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

/// Pads to `width` columns by display width.
fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(width.saturating_sub(s.width())));
    out
}

/// The document being written.
struct Page {
    out: String,
}

impl Page {
    fn line(&mut self, s: &str) {
        self.out.push_str(s.trim_end());
        self.out.push('\n');
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    fn rule(&mut self, ch: char) {
        self.line(&ch.to_string().repeat(WIDTH));
    }

    fn center(&mut self, s: &str) {
        for l in wrap(s, WIDTH) {
            let left = (WIDTH - l.width()) / 2;
            self.line(&format!("{}{l}", " ".repeat(left)));
        }
    }

    /// `indent` spaces, then the text wrapped, continuation lines at the
    /// same indent.
    fn text(&mut self, indent: usize, s: &str) {
        for l in wrap(s, WIDTH - indent) {
            self.line(&format!("{}{l}", " ".repeat(indent)));
        }
    }

    /// "  Label        : value", the value wrapped under itself.
    fn field(&mut self, indent: usize, label_width: usize, label: &str, value: &str) {
        let value = if value.trim().is_empty() {
            form::EMPTY
        } else {
            value
        };
        let head = format!("{}{} : ", " ".repeat(indent), pad(label, label_width));
        let lead = head.width();
        for (i, l) in wrap(value, WIDTH - lead).iter().enumerate() {
            let prefix = if i == 0 {
                head.clone()
            } else {
                " ".repeat(lead)
            };
            self.line(&format!("{prefix}{l}"));
        }
    }
}

/// The document of one person.
pub fn render(doc: &EvaluationDoc) -> String {
    let mut p = Page { out: String::new() };
    header(&mut p, doc);
    identities(&mut p, doc);
    organisation(&mut p, doc);
    results(&mut p, doc);
    behaviour(&mut p, doc);
    predicate(&mut p, doc);
    signatures(&mut p, doc);
    p.out
}

/// Several documents in one text, a form feed before each after the first.
pub fn render_all(docs: &[EvaluationDoc]) -> String {
    docs.iter().map(render).collect::<Vec<_>>().join(PAGE_BREAK)
}

fn header(p: &mut Page, doc: &EvaluationDoc) {
    if !doc.organisation.is_empty() {
        p.center(&doc.organisation.to_uppercase());
    }
    p.center(form::TITLE);
    p.center(&doc.subtitle());
    p.center(&format!("{}: {}", form::PERIOD, doc.period_range));
    p.blank();
    match doc.state.note() {
        Some(note) => {
            p.center(&format!("*** {} ***", form::DRAFT));
            p.center(note);
        }
        None => p.center(&format!("[ {} ]", form::FINAL)),
    }
    p.rule('=');
}

const LABEL: usize = 18;
/// The label column of the ratings and the predikat.
const RATING_LABEL: usize = 27;

fn identity(p: &mut Page, title: &str, who: Option<&Identity>) {
    p.line(&title.to_uppercase());
    let Some(who) = who else {
        p.text(2, form::NO_ASSESSOR);
        return;
    };
    p.field(2, LABEL, form::NAME, &who.name);
    p.field(2, LABEL, form::NIP, &who.nip);
    p.field(2, LABEL, form::RANK, &who.rank);
    p.field(2, LABEL, form::POSITION, &who.position);
    p.field(2, LABEL, form::UNIT, &who.unit);
}

fn identities(p: &mut Page, doc: &EvaluationDoc) {
    identity(p, form::PERSON, Some(&doc.person));
    p.blank();
    identity(p, form::ASSESSOR, doc.assessor.as_ref());
}

fn organisation(p: &mut Page, doc: &EvaluationDoc) {
    p.blank();
    let label = form::DISTRIBUTION.len().max(form::ORG_PERFORMANCE.len());
    let Some(org) = &doc.org else {
        p.field(
            0,
            label,
            &form::ORG_PERFORMANCE.to_uppercase(),
            form::NOT_SET,
        );
        p.field(0, label, &form::DISTRIBUTION.to_uppercase(), form::NOT_SET);
        return;
    };
    p.field(
        0,
        label,
        &form::ORG_PERFORMANCE.to_uppercase(),
        &format!("{} ({})", org.predicate, org.unit),
    );
    let counts = org
        .counts
        .iter()
        .map(|(label, n)| format!("{label} {n}"))
        .collect::<Vec<_>>()
        .join(" · ");
    p.field(
        0,
        label,
        &form::DISTRIBUTION.to_uppercase(),
        &format!(
            "{} (n = {}, {}):",
            form::DISTRIBUTION_COUNTS,
            org.total,
            form::DRAFTS_INCLUDED
        ),
    );
    p.text(label + 3, &counts);
    if org.warnings.is_empty() {
        p.text(label + 3, form::DISTRIBUTION_OK);
    }
    for (title, lines) in [(form::WARNING, &org.warnings), (form::NOTE, &org.notes)] {
        for m in lines {
            p.text(label + 3, &format!("{title}: {m}"));
        }
    }
}

fn results(p: &mut Page, doc: &EvaluationDoc) {
    p.rule('-');
    p.line(&form::RESULTS.to_uppercase());
    if !doc.has_plan {
        p.text(2, form::NO_PLAN);
    } else {
        for (kind, title) in [
            (ResultKind::Main, form::MAIN),
            (ResultKind::Additional, form::ADDITIONAL),
        ] {
            p.blank();
            p.line(&title.to_uppercase());
            let blocks: Vec<&ResultBlock> = doc.results.iter().filter(|b| b.kind == kind).collect();
            if blocks.is_empty() {
                p.text(2, &format!("({})", form::NONE_ROW));
            }
            for (i, b) in blocks.iter().enumerate() {
                result_block(p, i + 1, b);
            }
        }
        p.blank();
        p.field(0, LABEL, form::AVERAGE, &doc.average);
    }
    ratings_result(p, doc);
}

fn result_block(p: &mut Page, n: usize, b: &ResultBlock) {
    let head = format!("{n}. ");
    for (i, l) in wrap(&b.text, WIDTH - head.len()).iter().enumerate() {
        let prefix = if i == 0 {
            head.clone()
        } else {
            " ".repeat(head.len())
        };
        p.line(&format!("{prefix}{l}"));
    }
    if let Some(parent) = &b.parent {
        p.text(head.len(), &format!("{}: {parent}", form::COL_PARENT));
    }
    for (j, ind) in b.indicators.iter().enumerate() {
        indicator(p, &format!("{n}.{}", j + 1), ind);
    }
}

const IND_LABEL: usize = 12;

fn indicator(p: &mut Page, number: &str, ind: &IndicatorLine) {
    let head = format!("   {number} [{}] ", ind.aspect);
    let lead = head.width();
    for (i, l) in wrap(&ind.text, WIDTH - lead).iter().enumerate() {
        let prefix = if i == 0 {
            head.clone()
        } else {
            " ".repeat(lead)
        };
        p.line(&format!("{prefix}{l}"));
    }
    p.field(6, IND_LABEL, form::COL_TARGET, &ind.target);
    p.field(6, IND_LABEL, form::COL_ACTUAL_SHORT, &ind.actual);
    p.field(6, IND_LABEL, form::COL_ACHIEVEMENT, &ind.achievement);
    p.field(6, IND_LABEL, form::COL_EVIDENCE, &ind.evidence);
    p.field(6, IND_LABEL, form::COL_FEEDBACK_SHORT, &ind.feedback);
}

fn ratings_result(p: &mut Page, doc: &EvaluationDoc) {
    p.blank();
    let label = RATING_LABEL;
    let rating = doc
        .ratings
        .as_ref()
        .map(|r| r.result.as_str())
        .unwrap_or(form::NOT_RECORDED);
    p.field(0, label, &form::RATING_RESULT.to_uppercase(), rating);
    if let Some(s) = &doc.suggestion {
        p.field(2, label - 2, form::SUGGESTION, s);
    }
    if let Some(reason) = doc.ratings.as_ref().and_then(|r| r.reason.as_deref()) {
        p.field(2, label - 2, form::REASON, reason);
    }
}

fn behaviour(p: &mut Page, doc: &EvaluationDoc) {
    p.rule('-');
    p.line(&form::BEHAVIOUR.to_uppercase());
    for (i, v) in doc.values.iter().enumerate() {
        p.blank();
        p.line(&format!("{}. {}", i + 1, v.label));
        for (g, letter) in v.guides.iter().zip(['a', 'b', 'c']) {
            let head = format!("   {letter}) ");
            for (k, l) in wrap(g, WIDTH - head.len()).iter().enumerate() {
                let prefix = if k == 0 {
                    head.clone()
                } else {
                    " ".repeat(head.len())
                };
                p.line(&format!("{prefix}{l}"));
            }
        }
        p.field(3, 26, form::COL_EXPECTATION, &v.expectation);
        p.field(3, 26, form::COL_FEEDBACK_SHORT, &v.feedback);
    }
    p.blank();
    let rating = doc
        .ratings
        .as_ref()
        .map(|r| r.behaviour.as_str())
        .unwrap_or(form::NOT_RECORDED);
    p.field(
        0,
        RATING_LABEL,
        &form::RATING_BEHAVIOUR.to_uppercase(),
        rating,
    );
}

fn predicate(p: &mut Page, doc: &EvaluationDoc) {
    p.rule('=');
    let predicate = doc
        .ratings
        .as_ref()
        .map(|r| r.predicate.as_str())
        .unwrap_or(form::NOT_RECORDED);
    p.field(0, RATING_LABEL, &form::PREDICATE.to_uppercase(), predicate);
    if !doc.periods.is_empty() {
        p.blank();
        p.line(&form::QUARTERS.to_uppercase());
        let widths = [13, 20, 22, 19, 6];
        let row = |cells: [&str; 5]| {
            cells
                .iter()
                .zip(widths)
                .map(|(c, w)| pad(&sanitize(c), w))
                .collect::<String>()
        };
        p.line(&row([
            form::COL_PERIOD,
            form::RATING_RESULT,
            form::RATING_BEHAVIOUR,
            form::PREDICATE.split(' ').next().unwrap_or_default(),
            form::COL_STATUS,
        ]));
        for l in &doc.periods {
            p.line(&row([
                &l.period,
                &l.result,
                &l.behaviour,
                &l.predicate,
                &l.status,
            ]));
        }
    }
    p.blank();
    p.line(&form::FEEDBACK.to_uppercase());
    let feedback = if doc.feedback.trim().is_empty() {
        form::EMPTY
    } else {
        &doc.feedback
    };
    p.text(2, feedback);
}

/// Two columns: the pegawai on the left, the pejabat penilai on the right
/// under the place and date.
fn signatures(p: &mut Page, doc: &EvaluationDoc) {
    const COL: usize = 40;
    let column = |who: Option<&Identity>, title: &str| -> Vec<String> {
        let mut lines = wrap(&format!("{title},"), COL - 2);
        lines.extend(["", "", "", ""].map(String::from));
        match who {
            Some(w) => {
                lines.extend(wrap(&w.name, COL - 2));
                lines.extend(wrap(&format!("{} {}", form::NIP, w.nip), COL - 2));
            }
            None => {
                lines.push("(.............................)".into());
                lines.push(format!("{} ", form::NIP));
            }
        }
        lines
    };
    p.blank();
    p.blank();
    let place = if doc.place.trim().is_empty() {
        form::PLACE_BLANK
    } else {
        &doc.place
    };
    p.line(&format!(
        "{}{}",
        " ".repeat(COL),
        sanitize(&format!("{place}, {}", doc.date))
    ));
    let left = column(Some(&doc.person), form::PERSON);
    let right = column(doc.assessor.as_ref(), form::ASSESSOR);
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map(String::as_str).unwrap_or_default();
        let r = right.get(i).map(String::as_str).unwrap_or_default();
        p.line(&format!("{}{r}", pad(l, COL)));
    }
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
    }
}
