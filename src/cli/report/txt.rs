//! The evaluation document as fixed-width text: 80 columns, long text
//! wrapped by display width, every value from the database sanitised so
//! no control character reaches a terminal or a printer.

use super::evaluation::{EvaluationDoc, Identity, IndicatorLine, ResultBlock};
use super::form::{self, Signer};
pub use super::text_page::{PAGE_BREAK, WIDTH, wrap};
use super::text_page::{Page, pad};
use crate::domain::plan::ResultKind;
use crate::domain::text::sanitize;

/// The document of one person.
pub fn render(doc: &EvaluationDoc) -> String {
    let mut p = Page::new();
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
    p.hanging(&head, &b.text);
    if let Some(parent) = &b.parent {
        p.text(head.len(), &format!("{}: {parent}", form::COL_PARENT));
    }
    for (j, ind) in b.indicators.iter().enumerate() {
        indicator(p, &format!("{n}.{}", j + 1), ind);
    }
}

const IND_LABEL: usize = 12;

fn indicator(p: &mut Page, number: &str, ind: &IndicatorLine) {
    p.hanging(&format!("   {number} [{}] ", ind.aspect), &ind.text);
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
            p.hanging(&format!("   {letter}) "), g);
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

/// The signer of the document: name and NIP, when known.
fn signer(who: Option<&Identity>, title: &str) -> Signer {
    Signer {
        title: title.to_string(),
        name: who.map(|w| w.name.clone()),
        nip: who.map(|w| w.nip.clone()),
    }
}

/// Two columns: the pegawai on the left, the pejabat penilai on the right
/// under the place and date.
fn signatures(p: &mut Page, doc: &EvaluationDoc) {
    let place = if doc.place.trim().is_empty() {
        form::PLACE_BLANK
    } else {
        &doc.place
    };
    p.signatures(
        &format!("{place}, {}", doc.date),
        &signer(Some(&doc.person), form::PERSON),
        &signer(doc.assessor.as_ref(), form::ASSESSOR),
    );
}
