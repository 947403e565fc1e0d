//! The unit summary as fixed-width text (80 columns): ASCII bars for the
//! predikat distribution with the allowed band in brackets.

use super::{Distribution, SubRow, UnitDoc};
use crate::cli::report::form;
use crate::cli::report::summary_form::{self as sf, TINY_GROUP, count_of, pct};
use crate::cli::report::text_page::{Page, pad, pad_left, row, wrap};
use crate::store::summary::Tally;

/// The label column of the fields.
const LABEL: usize = 30;
/// Cells of a bar: one per 5 %.
const BAR_CELLS: u64 = 20;

/// The whole document.
pub fn render(doc: &UnitDoc) -> String {
    let mut p = Page::new();
    header(&mut p, doc);
    recap(&mut p, doc);
    sub_units(&mut p, doc);
    distribution(&mut p, &doc.distribution, tiny(&doc.total));
    quarters(&mut p, doc);
    p.signatures(&doc.place_date, &doc.compiler, &doc.head);
    p.out
}

fn header(p: &mut Page, doc: &UnitDoc) {
    if !doc.organisation.is_empty() {
        p.center(&doc.organisation.to_uppercase());
    }
    p.center(sf::UNIT_TITLE);
    p.center(&doc.unit.to_uppercase());
    p.center(&format!(
        "{}: {} ({})",
        sf::PERIOD,
        doc.period,
        doc.period_range
    ));
    p.center(&format!("{} {}", sf::PRINTED, doc.printed));
    p.rule('=');
    p.field(0, LABEL, sf::UNIT, &doc.unit);
    if !doc.parents.is_empty() {
        p.field(0, LABEL, sf::PARENTS, &doc.parents);
    }
    p.field(0, LABEL, sf::ORG_PREDICATE, &doc.org.text());
    if doc.is_empty() {
        p.blank();
        p.text(0, sf::NO_STAFF);
    }
}

/// "1 (Pensiun 1) — dihitung terpisah …", or "0".
fn excluded(t: &Tally) -> String {
    if t.excluded_total() == 0 {
        return "0".to_string();
    }
    let reasons = t
        .excluded
        .iter()
        .map(|(r, n)| format!("{} {n}", r.label()))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{} ({reasons}); {}", t.excluded_total(), sf::EXCLUDED_APART)
}

/// A unit of 1 to 3 people: its recap says that percentages mislead.
fn tiny(t: &Tally) -> bool {
    t.active > 0 && t.active <= TINY_GROUP
}

fn recap(p: &mut Page, doc: &UnitDoc) {
    let t = &doc.total;
    p.rule('-');
    p.line(&sf::RECAP.to_uppercase());
    p.field(2, LABEL - 2, sf::ACTIVE, &t.active.to_string());
    p.field(2, LABEL - 2, sf::EXCLUDED, &excluded(t));
    for (label, n) in [
        (sf::WITH_PLAN, t.with_plan),
        (sf::COMPLETE, t.complete),
        (sf::ASSESSED, t.assessed),
        (sf::FINALS, t.finals),
    ] {
        p.field(2, LABEL - 2, label, &count_of(n, t.active));
    }
    p.field(2, LABEL - 2, sf::MEAN, &sf::mean_with_n(t));
    if tiny(t) {
        p.text(2, &sf::tiny_note(t.active));
    }
}

const WIDTHS: [usize; 8] = [29, 6, 7, 6, 8, 8, 6, 8];

/// The counts of one row, then its percentages of the active staff under
/// them (not for a tiny group).
fn tally_rows(p: &mut Page, name: &str, t: &Tally) {
    let names = wrap(name, WIDTHS[0] - 1);
    let counts = [
        t.active.to_string(),
        t.excluded_total().to_string(),
        t.with_plan.to_string(),
        t.complete.to_string(),
        t.assessed.to_string(),
        t.finals.to_string(),
        sf::mean(t),
    ];
    let mut cells: Vec<&str> = vec![&names[0]];
    cells.extend(counts.iter().map(String::as_str));
    p.line(&row(&cells, &WIDTHS));
    let mut rest = names[1..].iter();
    if t.active > TINY_GROUP {
        let shares = [t.with_plan, t.complete, t.assessed, t.finals].map(|n| pct(n, t.active));
        let name = rest.next().map(String::as_str).unwrap_or_default();
        let mut cells: Vec<&str> = vec![name, "", ""];
        cells.extend(shares.iter().map(String::as_str));
        p.line(&row(&cells, &WIDTHS));
    }
    for name in rest {
        p.line(name);
    }
}

fn sub_units(p: &mut Page, doc: &UnitDoc) {
    p.rule('-');
    p.line(&sf::SUBUNITS.to_uppercase());
    if doc.rows.is_empty() {
        p.text(2, sf::NO_SUBUNITS);
        return;
    }
    p.line(&row(
        &[
            sf::COL_UNIT,
            sf::COL_ACTIVE,
            sf::COL_EXCLUDED,
            sf::COL_PLAN,
            sf::COL_COMPLETE,
            sf::COL_ASSESSED,
            sf::COL_FINAL,
            sf::COL_MEAN,
        ],
        &WIDTHS,
    ));
    for SubRow { name, tally } in &doc.rows {
        tally_rows(p, name, tally);
    }
    p.line(&"-".repeat(WIDTHS.iter().sum()));
    tally_rows(p, sf::TOTAL, &doc.total);
    if doc.rows.iter().any(|r| r.tally.active <= TINY_GROUP) {
        p.text(0, &format!("{}.", sf::tiny_rows_note()));
    }
}

/// 20 cells of 5 %, `#` up to the share (rounded), with `[` and `]` put
/// in at the ends of the allowed band (`|` at both ends without one).
pub fn bar(count: u64, n: u64, band: Option<(u32, u32)>) -> String {
    let filled = (count * BAR_CELLS * 2 + n)
        .checked_div(2 * n)
        .unwrap_or(0)
        .min(BAR_CELLS) as usize;
    let mut cells: Vec<char> = "#".repeat(filled).chars().collect();
    cells.resize(BAR_CELLS as usize, '.');
    let Some((min, max)) = band else {
        return format!("|{}|", cells.into_iter().collect::<String>());
    };
    let at = |pct: u32| (pct as usize * BAR_CELLS as usize / 100).min(BAR_CELLS as usize);
    cells.insert(at(max), ']');
    cells.insert(at(min), '[');
    cells.into_iter().collect()
}

fn distribution(p: &mut Page, d: &Distribution, noted: bool) {
    p.rule('-');
    p.line(&format!(
        "{} (n = {}, {})",
        sf::DISTRIBUTION.to_uppercase(),
        d.n,
        form::DRAFTS_INCLUDED
    ));
    if d.n == 0 {
        p.text(2, sf::NOBODY_ASSESSED);
    } else {
        for l in &d.lines {
            let mut s = format!(
                "  {}{}",
                pad(&l.label, 18),
                pad_left(&l.count.to_string(), 4)
            );
            if !d.is_tiny() {
                s.push_str(&pad_left(&pct(l.count, d.n), 8));
                s.push_str(&format!("  {}", bar(l.count, d.n, l.band)));
            }
            if let Some(band) = l.band {
                s.push_str(&format!("  {}", sf::band_text(band)));
            }
            p.line(&s);
        }
        for rule in &d.group_rules {
            p.text(2, &format!("{}: {rule}", sf::TOGETHER));
        }
        if d.org_set && !d.is_tiny() {
            p.text(2, sf::BAND_LEGEND);
        }
        if d.is_tiny() && !noted {
            p.text(2, &sf::tiny_note(d.n));
        }
    }
    check(p, d);
}

/// The check's warnings and notes, or why there is none.
fn check(p: &mut Page, d: &Distribution) {
    if !d.org_set {
        p.text(2, sf::NO_BAND);
        return;
    }
    if d.n == 0 {
        return;
    }
    if d.warnings.is_empty() {
        p.text(2, form::DISTRIBUTION_OK);
    }
    for w in &d.warnings {
        p.hanging("  ! ", &format!("{}: {w}", form::WARNING));
    }
    for n in &d.notes {
        p.hanging("  - ", &format!("{}: {n}", form::NOTE));
    }
    if !d.warnings.is_empty() {
        p.text(2, sf::GUIDANCE);
    }
}

const Q_WIDTHS: [usize; 6] = [10, 7, 14, 14, 14, 14];

/// "2 (40%)", or the count alone for a tiny group.
fn cell(n: u64, of: u64) -> String {
    if of <= TINY_GROUP {
        n.to_string()
    } else {
        format!("{n} ({})", pct(n, of))
    }
}

fn quarters(p: &mut Page, doc: &UnitDoc) {
    p.rule('-');
    p.line(&format!("{} {}", sf::QUARTERS.to_uppercase(), doc.year));
    p.line(&row(
        &[
            sf::COL_PERIOD,
            sf::COL_ACTIVE,
            sf::COL_PLAN,
            sf::COL_COMPLETE,
            sf::COL_ASSESSED,
            sf::COL_FINAL,
        ],
        &Q_WIDTHS,
    ));
    for (q, roman) in doc.quarters.iter().zip(["I", "II", "III", "IV"]) {
        let cells = [
            roman.to_string(),
            q.active.to_string(),
            cell(q.with_plan, q.active),
            cell(q.complete, q.active),
            cell(q.assessed, q.active),
            cell(q.finals, q.active),
        ];
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        p.line(&row(&cells, &Q_WIDTHS));
    }
    p.text(0, sf::QUARTERS_NOTE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_show_the_share_and_the_band() {
        assert_eq!(bar(1, 2, None), "|##########..........|");
        assert_eq!(bar(1, 2, Some((0, 70))), "[##########....]......");
        assert_eq!(bar(1, 5, Some((60, 100))), "####........[........]");
        assert_eq!(bar(0, 5, Some((0, 0))), "[]....................");
        assert_eq!(bar(0, 0, None), "|....................|");
        assert_eq!(bar(2, 3, Some((0, 100))), "[#############.......]");
    }
}
