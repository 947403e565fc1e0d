//! The public report as one self-contained HTML page for A4.

use std::fmt::Write;

use super::{PublicDoc, PublicRow, txt::source};
use crate::cli::report::disclosure::HIDDEN;
use crate::cli::report::html_page::{BASE_CSS, SUMMARY_CSS, esc, shell};
use crate::cli::report::summary_form::{self as sf, count_of, pct};
use crate::domain::rating::Predicate;

/// The whole page.
pub fn render(doc: &PublicDoc) -> String {
    let mut out = String::from("<section class=\"doc\">\n");
    header(&mut out, doc);
    if doc.too_small {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&sf::too_small_note(doc.min))
        );
    } else {
        government(&mut out, doc);
        completion(&mut out, doc);
        distribution(&mut out, doc);
        notes(&mut out, doc);
    }
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>\n</section>",
        esc(&source(doc))
    );
    let title = format!("{} — {}", sf::PUBLIC_TITLE, doc.period);
    shell(&title, &format!("{BASE_CSS}{SUMMARY_CSS}"), None, &out)
}

fn header(out: &mut String, doc: &PublicDoc) {
    out.push_str("<header>\n");
    if !doc.organisation.is_empty() {
        let _ = writeln!(out, "<p class=\"org\">{}</p>", esc(&doc.organisation));
    }
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"sub\">{}: {} ({})</p>\n<p class=\"printed\">{} {}</p>\n</header>\n<p>{}</p>",
        sf::PUBLIC_TITLE,
        sf::PERIOD,
        esc(&doc.period),
        esc(&doc.period_range),
        sf::PRINTED,
        esc(&doc.printed),
        sf::PUBLIC_INTRO
    );
}

fn government(out: &mut String, doc: &PublicDoc) {
    let t = &doc.total.tally;
    let _ = writeln!(out, "<h2>{}</h2>\n<table class=\"ident\">", sf::GOVERNMENT);
    let mut rows = vec![
        (sf::ACTIVE, t.active.to_string()),
        (
            sf::EXCLUDED,
            format!("{} ({})", doc.excluded.text(), sf::EXCLUDED_APART),
        ),
    ];
    for (label, n) in [
        (sf::WITH_PLAN, t.with_plan),
        (sf::COMPLETE, t.complete),
        (sf::ASSESSED, t.assessed),
        (sf::FINALS, t.finals),
    ] {
        rows.push((label, count_of(n, t.active)));
    }
    rows.push((sf::MEAN, doc.total.mean()));
    for (label, value) in rows {
        let _ = writeln!(
            out,
            "<tr><td class=\"label\">{label}</td><td>{}</td></tr>",
            esc(&value)
        );
    }
    out.push_str("</table>\n");
}

/// A table head: the first column on the left, the others on the right.
fn head(out: &mut String, cols: &[&str]) {
    out.push_str("<table class=\"grid\">\n<thead><tr>");
    for (i, h) in cols.iter().enumerate() {
        let class = if i == 0 { "" } else { " class=\"num\"" };
        let _ = write!(out, "<th{class}>{}</th>", esc(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// A number cell, with a share under it when given.
fn num(value: &str, share: Option<&str>) -> String {
    match share {
        Some(s) => format!(
            "<td class=\"num\">{}<br><span class=\"pct\">{}</span></td>",
            esc(value),
            esc(s)
        ),
        None => format!("<td class=\"num\">{}</td>", esc(value)),
    }
}

fn completion_row(out: &mut String, r: &PublicRow, class: &str) {
    let t = &r.tally;
    let _ = write!(
        out,
        "<tr class=\"{class}\"><td>{}</td>{}",
        esc(&r.name),
        num(&t.active.to_string(), None)
    );
    for n in [t.with_plan, t.complete, t.assessed, t.finals] {
        out.push_str(&num(&n.to_string(), Some(&pct(n, t.active))));
    }
    let _ = writeln!(out, "{}</tr>", num(&r.mean(), None));
}

fn completion(out: &mut String, doc: &PublicDoc) {
    let _ = writeln!(out, "<h2>{}</h2>", sf::COMPLETION);
    head(
        out,
        &[
            sf::AGENCY,
            sf::COL_ACTIVE,
            sf::COL_PLAN,
            sf::COL_COMPLETE,
            sf::COL_ASSESSED,
            sf::COL_FINAL,
            sf::COL_MEAN,
        ],
    );
    for r in &doc.rows {
        completion_row(out, r, "");
    }
    completion_row(out, &doc.total, "sum");
    out.push_str("</tbody>\n</table>\n");
}

fn distribution_row(out: &mut String, r: &PublicRow, class: &str) {
    let _ = write!(out, "<tr class=\"{class}\"><td>{}</td>", esc(&r.name));
    for (i, c) in r.cells.iter().enumerate() {
        out.push_str(&num(&c.text(), r.percent(i).as_deref()));
    }
    let _ = writeln!(out, "{}</tr>", num(&r.finals.total().to_string(), None));
}

fn distribution(out: &mut String, doc: &PublicDoc) {
    let _ = writeln!(out, "<h2>{} ({})</h2>", sf::DISTRIBUTION, sf::FINAL_ONLY);
    let mut cols: Vec<String> = vec![sf::AGENCY.to_string()];
    cols.extend(Predicate::ALL.iter().map(|p| p.label()));
    cols.push("n".to_string());
    head(out, &cols.iter().map(String::as_str).collect::<Vec<_>>());
    for r in &doc.rows {
        distribution_row(out, r, "");
    }
    distribution_row(out, &doc.total, "sum");
    out.push_str("</tbody>\n</table>\n");
}

fn notes(out: &mut String, doc: &PublicDoc) {
    let mut notes = vec![sf::hidden_note(HIDDEN, doc.min), sf::percent_note(doc.min)];
    if doc.folded > 0 {
        notes.push(sf::folded_note(doc.min));
    }
    notes.push(format!("{} {}.", sf::EXCLUDED, sf::EXCLUDED_APART));
    out.push_str("<ul class=\"warn\">");
    for n in notes {
        let _ = write!(out, "<li>{}</li>", esc(&n));
    }
    out.push_str("</ul>\n");
}
