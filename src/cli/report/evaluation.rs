//! Gathering the Dokumen Evaluasi Kinerja Pegawai: everything the document
//! shows, read from the store and judged by the domain, as text ready to
//! lay out. The HTML and text renderers only arrange these strings.

use chrono::NaiveDate;

use super::form;
use crate::domain::core_value::{CoreValue, GUIDES_PER_VALUE};
use crate::domain::distribution::check_distribution;
use crate::domain::evaluation::AssessmentState;
use crate::domain::number::Ratio;
use crate::domain::plan::{IndicatorFields, ResultKind};
use crate::domain::rating::{AssessmentPeriod, Rating};
use crate::domain::staff::{Staff, StaffId};
use crate::domain::suggestion::{AverageAchievement, Suggestion, SuggestionBasis, needs_reason};
use crate::store::assessment::Assessment;
use crate::store::evaluation::{AssessmentSheet, SheetRow};
use crate::store::{Result, Store};

/// Where and when the document is signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    pub place: String,
    pub date: NaiveDate,
}

/// Whether the document is final.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocState {
    /// The assessment is final.
    Final,
    /// The assessment is a draft.
    Draft,
    /// No assessment recorded yet: only the evidence part.
    NotAssessed,
}

impl DocState {
    pub fn is_final(self) -> bool {
        self == DocState::Final
    }
    /// The line that says why the document is not final, if it is not.
    pub fn note(self) -> Option<&'static str> {
        match self {
            DocState::Final => None,
            DocState::Draft => Some(form::DRAFT_NOTE),
            DocState::NotAssessed => Some(form::NOT_ASSESSED_NOTE),
        }
    }
}

/// Name, NIP, pangkat/golongan, jabatan and unit kerja of one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    /// Grouped: "19900101 201503 1 001".
    pub nip: String,
    pub rank: String,
    pub position: String,
    pub unit: String,
}

/// The predikat organisasi that applies and the pola distribusi check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgPerformance {
    pub predicate: String,
    /// The unit whose predikat applies (the person's or an ancestor).
    pub unit: String,
    /// Predikat label and count, best first.
    pub counts: Vec<(String, u64)>,
    pub total: u64,
    /// The rules of the pola distribusi the counts do not meet.
    pub warnings: Vec<String>,
    /// Remarks that are not breaches.
    pub notes: Vec<String>,
}

/// One indicator (IKI) row of the results table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorLine {
    pub aspect: String,
    pub text: String,
    pub target: String,
    pub actual: String,
    pub achievement: String,
    pub evidence: String,
    pub feedback: String,
}

/// One rencana hasil kerja with its indicators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultBlock {
    pub kind: ResultKind,
    pub text: String,
    /// The supervisor's result it intervenes in.
    pub parent: Option<String>,
    pub indicators: Vec<IndicatorLine>,
}

/// The recorded ratings and predikat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ratings {
    pub result: String,
    pub behaviour: String,
    pub predicate: String,
    /// Why the rating hasil kerja departs from the suggestion.
    pub reason: Option<String>,
}

/// One BerAKHLAK value with the supervisor's expectation and feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueLine {
    pub label: String,
    pub guides: [String; GUIDES_PER_VALUE],
    pub expectation: String,
    pub feedback: String,
}

/// One period in the year's overview (four quarters and the year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodLine {
    pub period: String,
    pub result: String,
    pub behaviour: String,
    pub predicate: String,
    pub status: String,
}

/// Everything the document shows, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationDoc {
    /// The NIP without spaces, for file names.
    pub nip: String,
    pub organisation: String,
    /// "EVALUASI KINERJA PERIODIK" or "EVALUASI KINERJA TAHUNAN".
    pub kind: &'static str,
    /// "Triwulan III" or "Tahunan".
    pub period: String,
    /// "1 Juli s.d. 30 September 2026".
    pub period_range: String,
    pub state: DocState,
    pub person: Identity,
    pub assessor: Option<Identity>,
    pub org: Option<OrgPerformance>,
    pub has_plan: bool,
    pub results: Vec<ResultBlock>,
    pub average: String,
    /// The suggested rating hasil kerja and what it rests on.
    pub suggestion: Option<String>,
    pub ratings: Option<Ratings>,
    pub values: Vec<ValueLine>,
    /// For the year: the quarters' and the year's ratings; else empty.
    pub periods: Vec<PeriodLine>,
    pub feedback: String,
    pub place: String,
    pub date: String,
}

impl EvaluationDoc {
    /// "EVALUASI KINERJA PERIODIK (TRIWULAN III)" or "EVALUASI KINERJA
    /// TAHUNAN".
    pub fn subtitle(&self) -> String {
        if self.kind == form::KIND_ANNUAL {
            self.kind.to_string()
        } else {
            format!("{} ({})", self.kind, self.period.to_uppercase())
        }
    }
}

/// Reads and prepares the document of one person for one period.
pub fn gather(
    store: &Store,
    staff: StaffId,
    year: i32,
    period: AssessmentPeriod,
    signing: &Signing,
) -> Result<EvaluationDoc> {
    let _id = form::Indonesian::new();
    let sheet = store.assessment_sheet(staff, year, period)?;
    let a = sheet.assessment.as_ref();
    let assessor = match a.map(|a| a.input.assessor_id) {
        Some(id) => Some(store.get_staff(id)?),
        None => sheet.supervisor.clone(),
    };
    Ok(EvaluationDoc {
        nip: sheet.staff.fields.nip.to_string(),
        organisation: store.organisation()?.unwrap_or_default(),
        kind: match period {
            AssessmentPeriod::Year => form::KIND_ANNUAL,
            AssessmentPeriod::Quarter(_) => form::KIND_PERIODIC,
        },
        period: period.label(),
        period_range: form::period_range(year, period),
        state: match a.map(|a| a.state) {
            Some(AssessmentState::Final) => DocState::Final,
            Some(AssessmentState::Draft) => DocState::Draft,
            None => DocState::NotAssessed,
        },
        person: identity(store, &sheet.staff)?,
        assessor: assessor.map(|s| identity(store, &s)).transpose()?,
        org: org_performance(store, &sheet)?,
        has_plan: sheet.has_plan,
        results: results(store, &sheet)?,
        average: average(&sheet.average),
        suggestion: suggestion(&sheet),
        ratings: a.map(ratings),
        values: values(a),
        periods: periods(&sheet),
        feedback: a.map(|a| a.input.feedback.clone()).unwrap_or_default(),
        place: signing.place.clone(),
        date: form::date_id(signing.date),
    })
}

fn identity(store: &Store, s: &Staff) -> Result<Identity> {
    let rank = match s.fields.rank {
        Some(r) => match r.pangkat() {
            Some(p) => format!("{p}, {}", r.code()),
            None => format!("Golongan {}", r.code()),
        },
        None => form::EMPTY.to_string(),
    };
    // From the unit up to the perangkat daerah, without the government.
    let mut path = store.unit_path_names(s.fields.unit_id)?;
    if path.len() > 1 {
        path.remove(0);
    }
    path.reverse();
    Ok(Identity {
        name: s.display_name(),
        nip: s.fields.nip.grouped(),
        rank,
        position: s.fields.position_name.clone(),
        unit: path.join(", "),
    })
}

fn org_performance(store: &Store, sheet: &AssessmentSheet) -> Result<Option<OrgPerformance>> {
    let Some((record, p)) = sheet
        .unit_predicate
        .as_ref()
        .and_then(|r| r.predicate.map(|p| (r, p)))
    else {
        return Ok(None);
    };
    let counts = store.predicate_counts(record.unit_id, sheet.year, sheet.period)?;
    let check = check_distribution(p, &counts);
    Ok(Some(OrgPerformance {
        predicate: p.label(),
        unit: store.get_unit(record.unit_id)?.fields.name,
        counts: crate::domain::rating::Predicate::ALL
            .iter()
            .map(|q| (q.label(), counts.get(*q)))
            .collect(),
        total: counts.total(),
        warnings: check.breaches.iter().map(|b| b.message()).collect(),
        notes: check.notes.iter().map(|n| n.message()).collect(),
    }))
}

/// A value with the indicator's unit: "12 dokumen", "85%".
fn with_unit(value: String, f: &IndicatorFields) -> String {
    let satuan = f.satuan.trim();
    if value.ends_with('%') || satuan.is_empty() {
        value
    } else if f.is_percent() {
        format!("{value}%")
    } else {
        format!("{value} {satuan}")
    }
}

/// A realisasi with at most two decimals: "3", "3,33".
fn ratio_text(r: Ratio) -> String {
    r.round_dp(2)
        .and_then(Ratio::to_decimal)
        .map(|d| d.format_id())
        .unwrap_or_else(|| r.format_id(2))
}

fn indicator_line(row: &SheetRow) -> IndicatorLine {
    let f = &row.indicator;
    IndicatorLine {
        aspect: f.aspect.label(),
        text: f.text.clone(),
        target: with_unit(f.format_target(row.target), f),
        actual: row
            .actual
            .map(|v| with_unit(ratio_text(v), f))
            .unwrap_or_else(|| form::EMPTY.to_string()),
        achievement: row.achievement.format_percent(),
        evidence: row.evidence.clone(),
        feedback: row.feedback.clone(),
    }
}

fn results(store: &Store, sheet: &AssessmentSheet) -> Result<Vec<ResultBlock>> {
    let parents = store.intervened_results(sheet.staff.id, sheet.year)?;
    let mut blocks: Vec<(i64, ResultBlock)> = Vec::new();
    for row in &sheet.rows {
        if blocks.last().map(|(id, _)| *id) != Some(row.result_id) {
            blocks.push((
                row.result_id,
                ResultBlock {
                    kind: row.result_kind,
                    text: row.result.clone(),
                    parent: parents.get(&row.result_id).cloned(),
                    indicators: Vec::new(),
                },
            ));
        }
        if let Some((_, b)) = blocks.last_mut() {
            b.indicators.push(indicator_line(row));
        }
    }
    // Utama first, then tambahan, each in plan order.
    let mut out: Vec<ResultBlock> = blocks.into_iter().map(|(_, b)| b).collect();
    out.sort_by_key(|b| b.kind != ResultKind::Main);
    Ok(out)
}

fn average(a: &AverageAchievement) -> String {
    let mut s = match a.average {
        Some(avg) => format!("{}% ({} {})", avg.format_id(2), a.counted, form::INDICATORS),
        None => form::EMPTY.to_string(),
    };
    if a.left_out() > 0 {
        s.push_str(&format!(
            "; {} {} {}",
            a.left_out(),
            form::INDICATORS,
            form::NOT_COMPUTED
        ));
    }
    s
}

/// "Sesuai Ekspektasi (rata-rata capaian 100,00% dari 1 indikator)".
fn explain(s: &Suggestion) -> String {
    let basis = match s.basis {
        SuggestionBasis::LedUnit(p) => format!(
            "memimpin unit dengan predikat kinerja organisasi {}",
            p.label()
        ),
        SuggestionBasis::Achievement(a) => format!(
            "rata-rata capaian {}% dari {} {}",
            a.average.map(|v| v.format_id(2)).unwrap_or_default(),
            a.counted,
            form::INDICATORS
        ),
    };
    format!("{} ({basis})", s.rating.label())
}

/// The suggestion the assessor saw when it is recorded with the
/// assessment, explained when today's suggestion agrees; otherwise
/// today's suggestion.
fn suggestion(sheet: &AssessmentSheet) -> Option<String> {
    let stored = sheet.assessment.as_ref().and_then(|a| a.input.suggested);
    match (stored, sheet.suggestion) {
        (Some(r), Some(now)) if now.rating == r => Some(explain(&now)),
        (Some(r), _) => Some(r.label()),
        (None, now) => now.map(|s| explain(&s)),
    }
}

fn rating_text(r: Option<Rating>) -> String {
    r.map(Rating::label)
        .unwrap_or_else(|| form::NOT_CHOSEN.to_string())
}

fn ratings(a: &Assessment) -> Ratings {
    let i = &a.input;
    let departs = i
        .rating_result
        .is_some_and(|chosen| needs_reason(i.suggested, chosen));
    Ratings {
        result: rating_text(i.rating_result),
        behaviour: rating_text(i.rating_behaviour),
        predicate: a
            .predicate
            .map(|p| p.label())
            .unwrap_or_else(|| form::NOT_RECORDED.to_string()),
        reason: (departs && !i.reason.trim().is_empty()).then(|| i.reason.clone()),
    }
}

fn values(a: Option<&Assessment>) -> Vec<ValueLine> {
    CoreValue::ALL
        .iter()
        .map(|cv| {
            let entered = a.and_then(|a| a.input.values.iter().find(|(v, _, _)| v == cv));
            ValueLine {
                label: cv.label(),
                guides: cv.guides(),
                expectation: entered.map(|e| e.1.clone()).unwrap_or_default(),
                feedback: entered.map(|e| e.2.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn period_line(period: AssessmentPeriod, a: Option<&Assessment>) -> PeriodLine {
    let none = || form::EMPTY.to_string();
    PeriodLine {
        period: period.label(),
        result: a
            .and_then(|a| a.input.rating_result)
            .map(Rating::label)
            .unwrap_or_else(none),
        behaviour: a
            .and_then(|a| a.input.rating_behaviour)
            .map(Rating::label)
            .unwrap_or_else(none),
        predicate: a
            .and_then(|a| a.predicate)
            .map(|p| p.label())
            .unwrap_or_else(none),
        status: a.map(|a| a.state.label()).unwrap_or_else(none),
    }
}

fn periods(sheet: &AssessmentSheet) -> Vec<PeriodLine> {
    if sheet.period != AssessmentPeriod::Year {
        return Vec::new();
    }
    let mut out: Vec<PeriodLine> = AssessmentPeriod::all()[..4]
        .iter()
        .zip(&sheet.quarters)
        .map(|(p, a)| period_line(*p, a.as_ref()))
        .collect();
    out.push(period_line(
        AssessmentPeriod::Year,
        sheet.assessment.as_ref(),
    ));
    out
}
