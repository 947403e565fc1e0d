//! The public report as fixed-width text (80 columns).

use super::{PublicDoc, PublicRow};
use crate::cli::report::disclosure::HIDDEN;
use crate::cli::report::summary_form::{self as sf, count_of, pct};
use crate::cli::report::text_page::{Page, row, wrap};
use crate::domain::rating::Predicate;

const LABEL: usize = 32;

/// The whole document.
pub fn render(doc: &PublicDoc) -> String {
    let mut p = Page::new();
    header(&mut p, doc);
    if doc.too_small {
        p.blank();
        p.text(0, &sf::too_small_note(doc.min));
    } else {
        government(&mut p, doc);
        completion(&mut p, doc);
        distribution(&mut p, doc);
        notes(&mut p, doc);
    }
    p.rule('=');
    p.text(0, &source(doc));
    p.out
}

/// "Sumber: data kinerja pegawai Pemerintah …; dicetak 22 November 2026."
pub fn source(doc: &PublicDoc) -> String {
    format!(
        "{} {}; {} {}.",
        sf::SOURCE,
        doc.organisation,
        sf::PRINTED.to_lowercase(),
        doc.printed
    )
}

fn header(p: &mut Page, doc: &PublicDoc) {
    if !doc.organisation.is_empty() {
        p.center(&doc.organisation.to_uppercase());
    }
    p.center(sf::PUBLIC_TITLE);
    p.center(&format!(
        "{}: {} ({})",
        sf::PERIOD,
        doc.period,
        doc.period_range
    ));
    p.center(&format!("{} {}", sf::PRINTED, doc.printed));
    p.rule('=');
    p.text(0, sf::PUBLIC_INTRO);
}

fn government(p: &mut Page, doc: &PublicDoc) {
    let t = &doc.total.tally;
    p.rule('-');
    p.line(&sf::GOVERNMENT.to_uppercase());
    p.field(2, LABEL - 2, sf::ACTIVE, &t.active.to_string());
    p.field(
        2,
        LABEL - 2,
        sf::EXCLUDED,
        &format!("{} ({})", doc.excluded.text(), sf::EXCLUDED_APART),
    );
    for (label, n) in [
        (sf::WITH_PLAN, t.with_plan),
        (sf::COMPLETE, t.complete),
        (sf::ASSESSED, t.assessed),
        (sf::FINALS, t.finals),
    ] {
        p.field(2, LABEL - 2, label, &count_of(n, t.active));
    }
    p.field(2, LABEL - 2, sf::MEAN, &doc.total.mean());
}

const C_WIDTHS: [usize; 7] = [31, 6, 8, 8, 8, 8, 9];

/// Counts on the first line, percentages of the active staff under them.
fn completion_row(p: &mut Page, r: &PublicRow) {
    let t = &r.tally;
    let names = wrap(&r.name, C_WIDTHS[0] - 1);
    let counts = [t.active, t.with_plan, t.complete, t.assessed, t.finals].map(|n| n.to_string());
    let mean = r.mean();
    let mut cells: Vec<&str> = vec![&names[0]];
    cells.extend(counts.iter().map(String::as_str));
    cells.push(&mean);
    p.line(&row(&cells, &C_WIDTHS));
    let shares = [t.with_plan, t.complete, t.assessed, t.finals].map(|n| pct(n, t.active));
    let mut rest = names[1..].iter();
    let name = rest.next().map(String::as_str).unwrap_or_default();
    let mut cells: Vec<&str> = vec![name, ""];
    cells.extend(shares.iter().map(String::as_str));
    p.line(&row(&cells, &C_WIDTHS));
    for name in rest {
        p.line(name);
    }
}

fn completion(p: &mut Page, doc: &PublicDoc) {
    p.rule('-');
    p.line(&sf::COMPLETION.to_uppercase());
    p.line(&row(
        &[
            sf::AGENCY,
            sf::COL_ACTIVE,
            sf::COL_PLAN,
            sf::COL_COMPLETE,
            sf::COL_ASSESSED,
            sf::COL_FINAL,
            sf::COL_MEAN,
        ],
        &C_WIDTHS,
    ));
    for r in &doc.rows {
        completion_row(p, r);
    }
    p.line(&"-".repeat(C_WIDTHS.iter().sum()));
    completion_row(p, &doc.total);
}

const D_WIDTHS: [usize; 7] = [31, 8, 8, 8, 8, 8, 7];

/// The published counts, then their shares when the row is big enough.
fn distribution_row(p: &mut Page, r: &PublicRow) {
    let names = wrap(&r.name, D_WIDTHS[0] - 1);
    let counts: Vec<String> = r.cells.iter().map(|c| c.text()).collect();
    let n = r.finals.total().to_string();
    let mut cells: Vec<&str> = vec![&names[0]];
    cells.extend(counts.iter().map(String::as_str));
    cells.push(&n);
    p.line(&row(&cells, &D_WIDTHS));
    let mut rest = names[1..].iter();
    if r.show_percent {
        let shares: Vec<String> = (0..r.cells.len())
            .map(|i| r.percent(i).unwrap_or_default())
            .collect();
        let name = rest.next().map(String::as_str).unwrap_or_default();
        let mut cells: Vec<&str> = vec![name];
        cells.extend(shares.iter().map(String::as_str));
        p.line(&row(&cells, &D_WIDTHS));
    }
    for name in rest {
        p.line(name);
    }
}

fn distribution(p: &mut Page, doc: &PublicDoc) {
    p.rule('-');
    p.line(&format!(
        "{} ({})",
        sf::DISTRIBUTION.to_uppercase(),
        sf::FINAL_ONLY
    ));
    let mut head: Vec<&str> = vec![sf::AGENCY];
    head.extend(Predicate::ALL.iter().map(|p| p.code()));
    head.push("n");
    p.line(&row(&head, &D_WIDTHS));
    for r in &doc.rows {
        distribution_row(p, r);
    }
    p.line(&"-".repeat(D_WIDTHS.iter().sum()));
    distribution_row(p, &doc.total);
    let legend = Predicate::ALL
        .iter()
        .map(|p| format!("{} = {}", p.code(), p.label()))
        .collect::<Vec<_>>()
        .join(", ");
    p.text(0, &format!("{legend}."));
}

fn notes(p: &mut Page, doc: &PublicDoc) {
    p.blank();
    p.hanging("- ", &sf::hidden_note(HIDDEN, doc.min));
    p.hanging("- ", &sf::percent_note(doc.min));
    if doc.folded > 0 {
        p.hanging("- ", &sf::folded_note(doc.min));
    }
    p.hanging("- ", &format!("{} {}.", sf::EXCLUDED, sf::EXCLUDED_APART));
}
