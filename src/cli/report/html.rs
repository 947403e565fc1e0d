//! The evaluation document as one self-contained HTML page (inline CSS, no
//! scripts, no external files) that prints cleanly on A4 from a browser:
//! black on white, table headers repeated on each page, rows never split,
//! each document of a unit on its own pages. Every value is escaped.

use std::fmt::Write;

use super::evaluation::{DocState, EvaluationDoc, Identity, IndicatorLine, ResultBlock};
use super::form::{self, Signer};
pub use super::html_page::esc;
use super::html_page::{self, BASE_CSS, esc_or_dash, shell};
use crate::domain::plan::ResultKind;

/// The evaluation document's own rules, after [`BASE_CSS`].
const CSS: &str = r#"
.doc { position: relative; max-width: 190mm; margin: 0 auto; padding: 6mm 0; }
.doc + .doc { break-before: page; page-break-before: always; }
.org, h1, .sub { text-align: center; margin: 0; }
.org { font-weight: bold; text-transform: uppercase; }
.sub { font-weight: bold; }
.state { text-align: center; margin: 3mm 0; }
.badge { display: inline-block; border: 2px solid #000; padding: 0 4mm; font-weight: bold; letter-spacing: 2px; }
.watermark { position: absolute; top: 60mm; left: 0; right: 0; text-align: center; font-size: 110pt; font-weight: bold; color: rgba(0, 0, 0, 0.07); transform: rotate(-30deg); pointer-events: none; z-index: 0; }
body.solo .watermark { position: fixed; top: 40%; }
table.results { font-size: 9pt; table-layout: fixed; }
table.rating th, table.predicate th { width: 40%; }
table.periods td, table.periods th { width: 20%; }
.group td { font-weight: bold; }
.ident th.part { text-transform: uppercase; }
.ident td.label { width: 32%; }
ol.guides { margin: 0; padding-left: 5mm; list-style-type: lower-alpha; }
"#;

/// One page for one person.
pub fn render(doc: &EvaluationDoc) -> String {
    let title = format!("{} — {} — {}", form::TITLE, doc.person.name, doc.period);
    page(&title, true, std::slice::from_ref(doc))
}

/// One page holding several documents, each starting on a new sheet.
pub fn render_all(title: &str, docs: &[EvaluationDoc]) -> String {
    page(title, docs.len() == 1, docs)
}

fn page(title: &str, solo: bool, docs: &[EvaluationDoc]) -> String {
    let mut body = String::new();
    for doc in docs {
        document(&mut body, doc);
    }
    let css = format!("{BASE_CSS}{CSS}");
    shell(title, &css, solo.then_some("solo"), &body)
}

fn document(out: &mut String, doc: &EvaluationDoc) {
    let class = if doc.state.is_final() {
        "doc final"
    } else {
        "doc draft"
    };
    let _ = writeln!(out, "<section class=\"{class}\">");
    if !doc.state.is_final() {
        let _ = writeln!(
            out,
            "<div class=\"watermark\" aria-hidden=\"true\">{}</div>",
            form::DRAFT
        );
    }
    header(out, doc);
    identities(out, doc);
    results(out, doc);
    behaviour(out, doc);
    predicate(out, doc);
    signatures(out, doc);
    out.push_str("</section>\n");
}

fn header(out: &mut String, doc: &EvaluationDoc) {
    out.push_str("<header>\n");
    if !doc.organisation.is_empty() {
        let _ = writeln!(out, "<p class=\"org\">{}</p>", esc(&doc.organisation));
    }
    let _ = writeln!(out, "<h1>{}</h1>", form::TITLE);
    let _ = writeln!(
        out,
        "<p class=\"sub\">{}</p>\n<p class=\"sub\">{}: {}</p>",
        esc(&doc.subtitle()),
        form::PERIOD,
        esc(&doc.period_range)
    );
    let state = match doc.state {
        DocState::Final => format!("<span class=\"badge\">{}</span>", form::FINAL),
        other => format!(
            "<span class=\"badge\">{}</span><br>{}",
            form::DRAFT,
            esc(other.note().unwrap_or_default())
        ),
    };
    let _ = writeln!(out, "<p class=\"state\">{state}</p>\n</header>");
}

fn identity_rows(out: &mut String, title: &str, who: Option<&Identity>) {
    let _ = writeln!(
        out,
        "<tr><th class=\"part\" colspan=\"2\">{title}</th></tr>"
    );
    let Some(w) = who else {
        let _ = writeln!(out, "<tr><td colspan=\"2\">{}</td></tr>", form::NO_ASSESSOR);
        return;
    };
    for (label, value) in [
        (form::NAME, &w.name),
        (form::NIP, &w.nip),
        (form::RANK, &w.rank),
        (form::POSITION, &w.position),
        (form::UNIT, &w.unit),
    ] {
        let _ = writeln!(
            out,
            "<tr><td class=\"label\">{label}</td><td>{}</td></tr>",
            esc_or_dash(value)
        );
    }
}

fn identities(out: &mut String, doc: &EvaluationDoc) {
    out.push_str("<table class=\"ident\">\n");
    identity_rows(out, form::PERSON, Some(&doc.person));
    identity_rows(out, form::ASSESSOR, doc.assessor.as_ref());
    let _ = writeln!(
        out,
        "<tr><th class=\"part\" colspan=\"2\">{} / {}</th></tr>",
        form::ORG_PERFORMANCE,
        form::DISTRIBUTION
    );
    match &doc.org {
        None => {
            for label in [form::ORG_PERFORMANCE, form::DISTRIBUTION] {
                let _ = writeln!(
                    out,
                    "<tr><td class=\"label\">{label}</td><td>{}</td></tr>",
                    form::NOT_SET
                );
            }
        }
        Some(org) => {
            let _ = writeln!(
                out,
                "<tr><td class=\"label\">{}</td><td><span class=\"strong\">{}</span> ({})</td></tr>",
                form::ORG_PERFORMANCE,
                esc(&org.predicate),
                esc(&org.unit)
            );
            let counts = org
                .counts
                .iter()
                .map(|(label, n)| format!("{} {n}", esc(label)))
                .collect::<Vec<_>>()
                .join(" · ");
            let mut notes = String::new();
            if org.warnings.is_empty() {
                notes.push_str(&format!("<li>{}</li>", form::DISTRIBUTION_OK));
            }
            for (title, lines) in [(form::WARNING, &org.warnings), (form::NOTE, &org.notes)] {
                for m in lines {
                    notes.push_str(&format!("<li>{title}: {}</li>", esc(m)));
                }
            }
            let _ = writeln!(
                out,
                "<tr><td class=\"label\">{}</td><td>{}: {counts} (n = {}, {})\
                 <ul class=\"warn\">{notes}</ul></td></tr>",
                form::DISTRIBUTION,
                form::DISTRIBUTION_COUNTS,
                org.total,
                form::DRAFTS_INCLUDED
            );
        }
    }
    out.push_str("</table>\n");
}

const RESULT_COLUMNS: usize = 10;
/// Column widths of the results table in percent, in the form's order.
const RESULT_WIDTHS: [u32; RESULT_COLUMNS] = [4, 13, 14, 7, 15, 7, 8, 7, 11, 14];

fn results(out: &mut String, doc: &EvaluationDoc) {
    let _ = writeln!(out, "<h2>{}</h2>", form::RESULTS);
    if !doc.has_plan {
        let _ = writeln!(out, "<p>{}</p>", form::NO_PLAN);
    } else {
        out.push_str("<table class=\"results\">\n<colgroup>");
        for width in RESULT_WIDTHS {
            let _ = write!(out, "<col style=\"width: {width}%\">");
        }
        out.push_str("</colgroup>\n<thead><tr>");
        for h in [
            form::COL_NO,
            form::COL_PARENT,
            form::COL_RESULT,
            form::COL_ASPECT,
            form::COL_INDICATOR,
            form::COL_TARGET,
            form::COL_ACTUAL,
            form::COL_ACHIEVEMENT,
            form::COL_EVIDENCE,
            form::COL_FEEDBACK,
        ] {
            let _ = write!(out, "<th>{h}</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (kind, title) in [
            (ResultKind::Main, form::MAIN),
            (ResultKind::Additional, form::ADDITIONAL),
        ] {
            let _ = writeln!(
                out,
                "<tr class=\"group\"><td colspan=\"{RESULT_COLUMNS}\">{}</td></tr>",
                title.to_uppercase()
            );
            let blocks: Vec<&ResultBlock> = doc.results.iter().filter(|b| b.kind == kind).collect();
            if blocks.is_empty() {
                let _ = writeln!(
                    out,
                    "<tr><td colspan=\"{RESULT_COLUMNS}\">({})</td></tr>",
                    form::NONE_ROW
                );
            }
            for (i, b) in blocks.iter().enumerate() {
                for (j, ind) in b.indicators.iter().enumerate() {
                    result_row(out, i + 1, b, j, ind);
                }
            }
        }
        let _ = writeln!(
            out,
            "<tr><td colspan=\"7\" class=\"strong\">{}</td><td colspan=\"3\">{}</td></tr>",
            form::AVERAGE,
            esc(&doc.average)
        );
        out.push_str("</tbody>\n</table>\n");
    }
    rating_result(out, doc);
}

/// One indicator row; the result's number and texts only on its first.
fn result_row(out: &mut String, n: usize, b: &ResultBlock, j: usize, ind: &IndicatorLine) {
    let (no, parent, text) = if j == 0 {
        (
            n.to_string(),
            esc_or_dash(b.parent.as_deref().unwrap_or_default()),
            esc(&b.text),
        )
    } else {
        (String::new(), String::new(), String::new())
    };
    let _ = writeln!(
        out,
        "<tr><td class=\"num\">{no}</td><td>{parent}</td><td>{text}</td><td>{}</td>\
         <td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td>{}</td><td>{}</td></tr>",
        esc(&ind.aspect),
        esc(&ind.text),
        esc(&ind.target),
        esc(&ind.actual),
        esc(&ind.achievement),
        esc_or_dash(&ind.evidence),
        esc_or_dash(&ind.feedback),
    );
}

fn rating_result(out: &mut String, doc: &EvaluationDoc) {
    out.push_str("<table class=\"rating\">\n");
    let rating = doc
        .ratings
        .as_ref()
        .map(|r| esc(&r.result))
        .unwrap_or_else(|| form::NOT_RECORDED.to_string());
    let _ = writeln!(
        out,
        "<tr><th class=\"label\">{}</th><td class=\"strong\">{rating}</td></tr>",
        form::RATING_RESULT.to_uppercase()
    );
    if let Some(s) = &doc.suggestion {
        let _ = writeln!(
            out,
            "<tr><td class=\"label\">{}</td><td>{}</td></tr>",
            form::SUGGESTION,
            esc(s)
        );
    }
    if let Some(reason) = doc.ratings.as_ref().and_then(|r| r.reason.as_deref()) {
        let _ = writeln!(
            out,
            "<tr><td class=\"label\">{}</td><td>{}</td></tr>",
            form::REASON,
            esc(reason)
        );
    }
    out.push_str("</table>\n");
}

fn behaviour(out: &mut String, doc: &EvaluationDoc) {
    let _ = writeln!(out, "<h2>{}</h2>", form::BEHAVIOUR);
    out.push_str("<table class=\"behaviour\">\n<thead><tr>");
    for h in [
        form::COL_NO,
        form::COL_VALUE,
        form::COL_GUIDES,
        form::COL_EXPECTATION,
        form::COL_FEEDBACK,
    ] {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, v) in doc.values.iter().enumerate() {
        let guides: String = v
            .guides
            .iter()
            .map(|g| format!("<li>{}</li>", esc(g)))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td class=\"strong\">{}</td>\
             <td><ol class=\"guides\">{guides}</ol></td><td>{}</td><td>{}</td></tr>",
            i + 1,
            esc(&v.label),
            esc_or_dash(&v.expectation),
            esc_or_dash(&v.feedback)
        );
    }
    out.push_str("</tbody>\n</table>\n<table class=\"rating\">\n");
    let rating = doc
        .ratings
        .as_ref()
        .map(|r| esc(&r.behaviour))
        .unwrap_or_else(|| form::NOT_RECORDED.to_string());
    let _ = writeln!(
        out,
        "<tr><th class=\"label\">{}</th><td class=\"strong\">{rating}</td></tr>\n</table>",
        form::RATING_BEHAVIOUR.to_uppercase()
    );
}

fn predicate(out: &mut String, doc: &EvaluationDoc) {
    let predicate = doc
        .ratings
        .as_ref()
        .map(|r| esc(&r.predicate))
        .unwrap_or_else(|| form::NOT_RECORDED.to_string());
    let _ = writeln!(
        out,
        "<table class=\"predicate\">\n<tr><th class=\"label\">{}</th>\
         <td class=\"strong\">{predicate}</td></tr>\n</table>",
        form::PREDICATE.to_uppercase()
    );
    if !doc.periods.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>", form::QUARTERS);
        let _ = writeln!(
            out,
            "<table class=\"periods\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>\
             <th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            form::COL_PERIOD,
            form::RATING_RESULT,
            form::RATING_BEHAVIOUR,
            form::PREDICATE,
            form::COL_STATUS
        );
        for l in &doc.periods {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&l.period),
                esc(&l.result),
                esc(&l.behaviour),
                esc(&l.predicate),
                esc(&l.status)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>",
        form::FEEDBACK,
        esc_or_dash(&doc.feedback)
    );
}

/// The signer of the document: name and NIP, when known.
fn signer(who: Option<&Identity>, title: &str) -> Signer {
    Signer {
        title: title.to_string(),
        name: who.map(|w| w.name.clone()),
        nip: who.map(|w| w.nip.clone()),
    }
}

/// The pegawai on the left; the pejabat penilai on the right, under the
/// place and date.
fn signatures(out: &mut String, doc: &EvaluationDoc) {
    let place = if doc.place.trim().is_empty() {
        form::PLACE_BLANK
    } else {
        &doc.place
    };
    html_page::signatures(
        out,
        &format!("{place}, {}", doc.date),
        &signer(Some(&doc.person), form::PERSON),
        &signer(doc.assessor.as_ref(), form::ASSESSOR),
    );
}
