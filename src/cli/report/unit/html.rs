//! The unit summary as one self-contained HTML page for A4: the predikat
//! distribution as an inline SVG chart (it prints without "background
//! graphics"), the allowed band drawn behind each bar.

use std::fmt::Write;

use super::{Distribution, UnitDoc};
use crate::cli::report::form;
use crate::cli::report::html_page::{BASE_CSS, SUMMARY_CSS, esc, shell, signatures};
use crate::cli::report::summary_form::{self as sf, TINY_GROUP, count_of, pct};
use crate::store::summary::Tally;

/// The whole page.
pub fn render(doc: &UnitDoc) -> String {
    let mut out = String::from("<section class=\"doc\">\n");
    header(&mut out, doc);
    recap(&mut out, doc);
    sub_units(&mut out, doc);
    distribution(&mut out, &doc.distribution, tiny(&doc.total));
    quarters(&mut out, doc);
    signatures(&mut out, &doc.place_date, &doc.compiler, &doc.head);
    out.push_str("</section>\n");
    let title = format!("{} — {} — {}", sf::UNIT_TITLE, doc.unit, doc.period);
    shell(&title, &format!("{BASE_CSS}{SUMMARY_CSS}"), None, &out)
}

/// A "label: value" row.
fn field(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(
        out,
        "<tr><td class=\"label\">{}</td><td>{}</td></tr>",
        esc(label),
        esc(value)
    );
}

fn header(out: &mut String, doc: &UnitDoc) {
    out.push_str("<header>\n");
    if !doc.organisation.is_empty() {
        let _ = writeln!(out, "<p class=\"org\">{}</p>", esc(&doc.organisation));
    }
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<p class=\"sub\">{}: {} ({})</p>\n\
         <p class=\"printed\">{} {}</p>\n</header>",
        sf::UNIT_TITLE,
        esc(&doc.unit),
        sf::PERIOD,
        esc(&doc.period),
        esc(&doc.period_range),
        sf::PRINTED,
        esc(&doc.printed)
    );
    out.push_str("<table class=\"ident\">\n");
    field(out, sf::UNIT, &doc.unit);
    if !doc.parents.is_empty() {
        field(out, sf::PARENTS, &doc.parents);
    }
    field(out, sf::ORG_PREDICATE, &doc.org.text());
    out.push_str("</table>\n");
    if doc.is_empty() {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", sf::NO_STAFF);
    }
}

/// A unit of 1 to 3 people: its recap says that percentages mislead.
fn tiny(t: &Tally) -> bool {
    t.active > 0 && t.active <= TINY_GROUP
}

fn recap(out: &mut String, doc: &UnitDoc) {
    let t = &doc.total;
    let _ = writeln!(out, "<h2>{}</h2>\n<table class=\"ident\">", sf::RECAP);
    field(out, sf::ACTIVE, &t.active.to_string());
    let reasons = t
        .excluded
        .iter()
        .map(|(r, n)| format!("{} {n}", r.label()))
        .collect::<Vec<_>>()
        .join(", ");
    let excluded = match t.excluded_total() {
        0 => "0".to_string(),
        n => format!("{n} ({reasons}); {}", sf::EXCLUDED_APART),
    };
    field(out, sf::EXCLUDED, &excluded);
    for (label, n) in [
        (sf::WITH_PLAN, t.with_plan),
        (sf::COMPLETE, t.complete),
        (sf::ASSESSED, t.assessed),
        (sf::FINALS, t.finals),
    ] {
        field(out, label, &count_of(n, t.active));
    }
    field(out, sf::MEAN, &sf::mean_with_n(t));
    out.push_str("</table>\n");
    if tiny(t) {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&sf::tiny_note(t.active))
        );
    }
}

/// A count with its share of the active staff under it (not for a tiny
/// group).
fn share_cell(n: u64, t: &Tally) -> String {
    if t.active <= TINY_GROUP {
        format!("<td class=\"num\">{n}</td>")
    } else {
        format!(
            "<td class=\"num\">{n}<br><span class=\"pct\">{}</span></td>",
            pct(n, t.active)
        )
    }
}

fn tally_row(out: &mut String, name: &str, t: &Tally, class: &str) {
    let _ = write!(
        out,
        "<tr class=\"{class}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
        esc(name),
        t.active,
        t.excluded_total()
    );
    for n in [t.with_plan, t.complete, t.assessed, t.finals] {
        out.push_str(&share_cell(n, t));
    }
    let _ = writeln!(out, "<td class=\"num\">{}</td></tr>", esc(&sf::mean(t)));
}

fn sub_units(out: &mut String, doc: &UnitDoc) {
    let _ = writeln!(out, "<h2>{}</h2>", sf::SUBUNITS);
    if doc.rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", sf::NO_SUBUNITS);
        return;
    }
    out.push_str("<table class=\"grid\">\n<thead><tr>");
    for (i, h) in [
        sf::COL_UNIT,
        sf::COL_ACTIVE,
        sf::COL_EXCLUDED,
        sf::COL_PLAN,
        sf::COL_COMPLETE,
        sf::COL_ASSESSED,
        sf::COL_FINAL,
        sf::COL_MEAN,
    ]
    .iter()
    .enumerate()
    {
        let class = if i == 0 { "" } else { " class=\"num\"" };
        let _ = write!(out, "<th{class}>{h}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &doc.rows {
        tally_row(out, &r.name, &r.tally, "");
    }
    tally_row(out, sf::TOTAL, &doc.total, "sum");
    out.push_str("</tbody>\n</table>\n");
    if doc.rows.iter().any(|r| r.tally.active <= TINY_GROUP) {
        let _ = writeln!(out, "<p class=\"note\">{}.</p>", sf::tiny_rows_note());
    }
}

/// Chart geometry: the bar runs from `BAR_X` for `BAR_W` (100 %).
const BAR_X: u32 = 250;
const BAR_W: u32 = 300;
const ROW_H: u32 = 26;

/// The dashed box of an allowed band (nothing when it has no width: the
/// words beside it say what is allowed).
fn band_rect(x: u32, y: u32, width: u32) -> String {
    if width == 0 {
        return String::new();
    }
    format!(
        "<rect class=\"band\" x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"20\" \
         fill=\"#d9d9d9\" stroke=\"#000\" stroke-dasharray=\"4 2\"/>"
    )
}

/// The distribution as an SVG chart: per predikat the label, the count
/// (and share), the band, the bar, the band in words.
fn chart(d: &Distribution) -> String {
    let height = d.lines.len() as u32 * ROW_H + 22;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 720 {height}\" role=\"img\" \
         aria-label=\"{}\" font-family=\"Times New Roman, serif\" font-size=\"13\">\n",
        sf::DISTRIBUTION
    );
    for (i, l) in d.lines.iter().enumerate() {
        let y = i as u32 * ROW_H + 2;
        let count = if d.is_tiny() {
            l.count.to_string()
        } else {
            format!("{} ({})", l.count, pct(l.count, d.n))
        };
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            y + 15,
            esc(&l.label),
            BAR_X - 10,
            y + 15,
            esc(&count)
        );
        if let Some((min, max)) = l.band {
            // The whole range allowed needs no box; the words say "bebas".
            let (x, w) = match (min, max) {
                (0, 100) => (BAR_X, 0),
                _ => (BAR_X + min * BAR_W / 100, (max - min) * BAR_W / 100),
            };
            let _ = writeln!(
                svg,
                "{}<text x=\"{}\" y=\"{}\">{}</text>",
                band_rect(x, y, w),
                BAR_X + BAR_W + 10,
                y + 15,
                esc(&sf::band_text((min, max)))
            );
        }
        let _ = writeln!(
            svg,
            "<rect x=\"{BAR_X}\" y=\"{}\" width=\"{BAR_W}\" height=\"10\" fill=\"none\" \
             stroke=\"#000\" stroke-width=\"0.5\"/>",
            y + 5
        );
        if !d.is_tiny() && d.n > 0 && l.count > 0 {
            let width = l.count * u64::from(BAR_W) / d.n;
            let _ = writeln!(
                svg,
                "<rect class=\"fill\" x=\"{BAR_X}\" y=\"{}\" width=\"{width}\" height=\"10\" fill=\"#333\"/>",
                y + 5
            );
        }
    }
    let y = d.lines.len() as u32 * ROW_H + 16;
    for tick in [0, 25, 50, 75, 100] {
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{y}\" font-size=\"10\" text-anchor=\"middle\">{tick} %</text>",
            BAR_X + tick * BAR_W / 100
        );
    }
    svg.push_str("\n</svg>\n");
    svg
}

fn distribution(out: &mut String, d: &Distribution, noted: bool) {
    let _ = writeln!(
        out,
        "<h2>{} (n = {}, {})</h2>",
        sf::DISTRIBUTION,
        d.n,
        form::DRAFTS_INCLUDED
    );
    let mut notes: Vec<String> = Vec::new();
    if d.n == 0 {
        notes.push(esc(sf::NOBODY_ASSESSED));
    } else {
        out.push_str(&chart(d));
        for rule in &d.group_rules {
            notes.push(esc(&format!("{}: {rule}", sf::TOGETHER)));
        }
        if d.org_set && !d.is_tiny() {
            notes.push(esc(sf::BAND_LEGEND_HTML));
        }
        if d.is_tiny() && !noted {
            notes.push(esc(&sf::tiny_note(d.n)));
        }
    }
    if !d.org_set {
        notes.push(esc(sf::NO_BAND));
    } else if d.n > 0 {
        if d.warnings.is_empty() {
            notes.push(esc(form::DISTRIBUTION_OK));
        }
        for w in &d.warnings {
            notes.push(format!(
                "<span class=\"strong\">{}</span>: {}",
                form::WARNING,
                esc(w)
            ));
        }
        for n in &d.notes {
            notes.push(format!("{}: {}", form::NOTE, esc(n)));
        }
        if !d.warnings.is_empty() {
            notes.push(esc(sf::GUIDANCE));
        }
    }
    out.push_str("<ul class=\"warn\">");
    for n in notes {
        let _ = write!(out, "<li>{n}</li>");
    }
    out.push_str("</ul>\n");
}

fn quarters(out: &mut String, doc: &UnitDoc) {
    let _ = writeln!(
        out,
        "<h2>{} {}</h2>\n<table class=\"grid\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th></tr></thead>\n<tbody>",
        sf::QUARTERS,
        doc.year,
        sf::COL_PERIOD,
        sf::COL_ACTIVE,
        sf::COL_PLAN,
        sf::COL_COMPLETE,
        sf::COL_ASSESSED,
        sf::COL_FINAL
    );
    for (q, roman) in doc.quarters.iter().zip(["I", "II", "III", "IV"]) {
        let _ = write!(
            out,
            "<tr><td>{roman}</td><td class=\"num\">{}</td>",
            q.active
        );
        for n in [q.with_plan, q.complete, q.assessed, q.finals] {
            out.push_str(&share_cell(n, q));
        }
        out.push_str("</tr>\n");
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"note\">{}</p>",
        sf::QUARTERS_NOTE
    );
}
