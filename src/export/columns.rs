//! The columns of each export and how a stored record becomes a row.
//!
//! Choices are written as their stored codes (`PNS`, `pelaksana`,
//! `utama`, `kuantitas`, `positif`, `jumlah`, `di_atas`, `draft`…), the
//! same in every language and in every format; the predikat and the
//! evaluation status also get their label. Targets are numbers, except a
//! range (`7–8`), which is text ([`Value::Range`]).

use std::borrow::Cow;

use super::table::{Column, Value};
use crate::domain::achievement::quarter_achievement;
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::TargetValue;
use crate::domain::rating::{AssessmentPeriod, Rating};
use crate::store::export::{
    AssessmentRecord, IndicatorRecord, PeriodRecord, PersonRecord, StaffRecord,
};
use crate::store::summary::UnitSummary;

/// The staff register.
pub const STAFF: [Column; 14] = [
    Column::text("nip", 20),
    Column::text("name", 30),
    Column::text("kind", 8),
    Column::text("golongan", 10),
    Column::text("pangkat", 20),
    Column::text("position_kind", 14),
    Column::text("position", 30),
    Column::text("unit", 30),
    Column::text("unit_path", 40),
    Column::text("supervisor_nip", 20),
    Column::text("supervisor_name", 30),
    Column::text("status", 10),
    Column::text("inactive_reason", 14),
    Column::date("inactive_since"),
];

pub fn staff_row(r: &StaffRecord) -> [Value<'_>; 14] {
    let (reason, since) = match r.inactive {
        Some((reason, since)) => (
            Value::text(reason.code()),
            since.map_or(Value::Empty, Value::Date),
        ),
        None => (Value::Empty, Value::Empty),
    };
    let supervisor = r.supervisor.as_ref();
    [
        Value::text(&r.nip),
        Value::text(&r.name),
        Value::text(r.kind.code()),
        r.rank
            .map_or(Value::Empty, |k| Value::Text(Cow::Owned(k.code()))),
        Value::opt_text(r.rank.and_then(|k| k.pangkat())),
        Value::text(r.position_kind.code()),
        Value::text(&r.position),
        Value::text(&r.unit),
        Value::text(&r.unit_path),
        Value::opt_text(supervisor.map(|s| s.0.as_str())),
        Value::opt_text(supervisor.map(|s| s.1.as_str())),
        Value::text(status_code(r.inactive.is_none())),
        reason,
        since,
    ]
}

fn status_code(active: bool) -> &'static str {
    if active { "active" } else { "inactive" }
}

/// Year, NIP, name, unit and status: how plan and assessment rows begin.
fn person(year: i32, p: &PersonRecord) -> [Value<'_>; 5] {
    [
        Value::Int(year.into()),
        Value::text(&p.nip),
        Value::text(&p.name),
        Value::text(&p.unit),
        Value::text(status_code(p.active)),
    ]
}

const fn person_columns() -> [Column; 5] {
    [
        Column::number("year", 6),
        Column::text("nip", 20),
        Column::text("name", 30),
        Column::text("unit", 30),
        Column::text("status", 10),
    ]
}

/// A target: a number (a percentage without its `%`), or a range as text.
fn target(t: TargetValue) -> Value<'static> {
    match t {
        TargetValue::Number(v) | TargetValue::Percent(v) => Value::Decimal(v),
        TargetValue::Range { min, max } => Value::Range(min, max),
    }
}

/// One row per indicator of the year's plans.
pub const PLANS: [Column; 17] = {
    let p = person_columns();
    [
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        Column::text("result_kind", 10),
        Column::text("result", 40),
        Column::text("aspect", 10),
        Column::text("indicator", 40),
        Column::text("satuan", 10),
        Column::number("target_annual", 10),
        Column::number("target_q1", 10),
        Column::number("target_q2", 10),
        Column::number("target_q3", 10),
        Column::number("target_q4", 10),
        Column::text("polarity", 10),
        Column::text("aggregation", 10),
    ]
};

pub fn plan_row(year: i32, r: &IndicatorRecord) -> [Value<'_>; 17] {
    let [y, nip, name, unit, status] = person(year, &r.person);
    let f = &r.fields;
    let q = f.quarter_targets;
    [
        y,
        nip,
        name,
        unit,
        status,
        Value::text(r.result_kind.code()),
        Value::text(&r.result),
        Value::text(f.aspect.code()),
        Value::text(&f.text),
        Value::text(&f.satuan),
        target(f.target),
        target(q[0]),
        target(q[1]),
        target(q[2]),
        target(q[3]),
        Value::text(f.polarity.code()),
        Value::text(f.aggregation.code()),
    ]
}

/// One row per indicator and quarter.
pub const ACTUALS: [Column; 15] = {
    let p = person_columns();
    [
        p[0],
        Column::number("quarter", 8),
        p[1],
        p[2],
        p[3],
        p[4],
        Column::text("result_kind", 10),
        Column::text("result", 40),
        Column::text("indicator", 40),
        Column::text("satuan", 10),
        Column::number("target", 10),
        Column::number("actual", 10),
        Column::number("achievement", 10),
        Column::text("evidence", 30),
        Column::text("feedback", 30),
    ]
};

pub fn actual_row(year: i32, r: &IndicatorRecord, q: Quarter) -> [Value<'_>; 15] {
    let [y, nip, name, unit, status] = person(year, &r.person);
    let actual = r.actuals[q.index()].as_ref();
    let value: Option<Decimal> = actual.and_then(|a| a.value);
    let achievement = quarter_achievement(&r.fields, q, value).percent();
    [
        y,
        Value::Int(q.number().into()),
        nip,
        name,
        unit,
        status,
        Value::text(r.result_kind.code()),
        Value::text(&r.result),
        Value::text(&r.fields.text),
        Value::text(&r.fields.satuan),
        target(r.fields.quarter_target(q)),
        Value::opt_decimal(value),
        achievement.map_or(Value::Empty, Value::Percent),
        Value::opt_text(actual.map(|a| a.evidence.as_str())),
        Value::opt_text(actual.map(|a| a.feedback.as_str())),
    ]
}

/// One row per person for the period.
pub const ASSESSMENTS: [Column; 19] = {
    let p = person_columns();
    [
        p[0],
        Column::text("period", 8),
        p[1],
        p[2],
        p[3],
        p[4],
        Column::text("assessor_nip", 20),
        Column::text("assessor_name", 30),
        Column::text("rating_result", 12),
        Column::text("rating_behaviour", 12),
        Column::text("suggested_rating", 12),
        Column::text("reason", 30),
        Column::text("predicate", 8),
        Column::text("predicate_label", 18),
        Column::text("assessment_status", 10),
        Column::text("finalized_by", 14),
        Column::timestamp("finalized_at"),
        Column::text("evaluation_status", 18),
        Column::text("evaluation_status_label", 20),
    ]
};

fn rating(r: Option<Rating>) -> Value<'static> {
    Value::opt_text(r.map(Rating::code))
}

/// The assessment's cells, from the assessor to the finalisation.
fn assessment_cells(a: Option<&AssessmentRecord>) -> [Value<'_>; 11] {
    let Some(a) = a else {
        return Default::default();
    };
    let assessor = a.assessor.as_ref();
    [
        Value::opt_text(assessor.map(|s| s.0.as_str())),
        Value::opt_text(assessor.map(|s| s.1.as_str())),
        rating(a.rating_result),
        rating(a.rating_behaviour),
        rating(a.suggested),
        Value::text(&a.reason),
        Value::opt_text(a.predicate.map(|p| p.code())),
        a.predicate
            .map_or(Value::Empty, |p| Value::Text(Cow::Owned(p.label()))),
        Value::text(a.state.code()),
        Value::opt_text(a.finalized_by.as_deref()),
        a.finalized_at
            .as_deref()
            .map_or(Value::Empty, Value::Timestamp),
    ]
}

pub fn assessment_row(year: i32, period: AssessmentPeriod, r: &PeriodRecord) -> [Value<'_>; 19] {
    let [y, nip, name, unit, status] = person(year, &r.person);
    let [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10] = assessment_cells(r.assessment.as_ref());
    let evaluation = r.status();
    [
        y,
        Value::text(period.code()),
        nip,
        name,
        unit,
        status,
        a0,
        a1,
        a2,
        a3,
        a4,
        a5,
        a6,
        a7,
        a8,
        a9,
        a10,
        Value::text(evaluation.code()),
        Value::Text(Cow::Owned(evaluation.label())),
    ]
}

pub const SUMMARY: [Column; 18] = [
    Column::number("year", 6),
    Column::text("period", 8),
    Column::text("unit", 36),
    Column::text("unit_path", 50),
    Column::number("depth", 6),
    Column::number("active", 8),
    Column::number("excluded", 8),
    Column::number("with_plan", 8),
    Column::number("complete", 8),
    Column::number("assessed", 8),
    Column::number("finals", 8),
    Column::number("mean_achievement", 10),
    Column::number("sb", 6),
    Column::number("b", 6),
    Column::number("bp", 6),
    Column::number("k", 6),
    Column::number("sk", 6),
    Column::text("unit_predicate", 22),
];

/// "Pemerintah Kabupaten Banyumas / Dinas Sosial / Bidang …" for each unit
/// of a summary in tree order.
pub fn unit_paths(units: &[UnitSummary]) -> Vec<String> {
    let mut stack: Vec<&str> = Vec::new();
    units
        .iter()
        .map(|u| {
            stack.truncate(u.depth);
            stack.push(&u.name);
            stack.join(" / ")
        })
        .collect()
}

/// One unit with its subtree rolled up.
pub fn summary_row<'a>(
    year: i32,
    period: AssessmentPeriod,
    u: &'a UnitSummary,
    path: &'a str,
) -> [Value<'a>; 18] {
    let t = &u.total;
    // SB, B, BP, K, SK.
    let [sb, b, bp, k, sk] = t.predicates.as_array();
    let n = |v: u64| Value::Int(v as i64);
    [
        Value::Int(year.into()),
        Value::text(period.code()),
        Value::text(&u.name),
        Value::text(path),
        n(u.depth as u64),
        n(t.active),
        n(t.excluded_total()),
        n(t.with_plan),
        n(t.complete),
        n(t.assessed),
        n(t.finals),
        t.mean_achievement().map_or(Value::Empty, Value::Decimal),
        n(sb),
        n(b),
        n(bp),
        n(k),
        n(sk),
        u.predicate
            .map_or(Value::Empty, |p| Value::Text(Cow::Owned(p.label()))),
    ]
}
