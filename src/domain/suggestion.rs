//! The suggested rating hasil kerja, the reason for departing from it, and
//! who may assess whom.
//!
//! PermenPANRB 6/2022 leaves the rating to the supervisor: no formula maps
//! capaian to a rating (domain reference §1.4). To make ratings follow the
//! evidence rather than personal relations, the app *suggests* one and asks
//! for a short reason when the supervisor chooses another
//! ([`needs_reason`], [`check_reason`]).
//!
//! # The suggestion
//!
//! 1. When the person leads a unit whose predikat organisasi is set for the
//!    period, the rating follows from it ([`rating_for_unit_predicate`]):
//!    the reference (§1.4, summarising SE MenPANRB 3/2023) says the unit's
//!    capaian becomes the leader's rating hasil kerja. This takes
//!    precedence over the indicators.
//! 2. Otherwise, the average capaian of the period's indicators against
//!    [`SuggestionThresholds`], a per-instansi setting (local policy, §8):
//!    average ≥ `above_from` → Di Atas, ≥ `meets_from` → Sesuai, else Di
//!    Bawah (both bounds inclusive).
//!
//! The average ([`average_achievement`]) is the plain mean, every indicator
//! weighing the same, exact (no rounding before the comparison), with no cap
//! on a single indicator. Indicators whose capaian cannot be computed are
//! **left out** of the mean and counted apart: a missing actual (not yet
//! entered — treating it as 0 % would punish slow data entry, not the
//! person), and a target of 0, a negative target or numbers out of range
//! (the indicator cannot be measured). The suggestion says how many were
//! left out, and with nothing computable there is no suggestion at all (and
//! so no reason is required).

use serde::{Deserialize, Serialize};

use super::achievement::{Achievement, NotComputable};
use super::distribution::UnitPredicate;
use super::number::{Decimal, Ratio};
use super::rating::Rating;
use super::role::Role;
use super::staff::{FieldError, StaffId, check_text};
use crate::i18n::{t, tf};

/// Default lower bound of Di Atas Ekspektasi: an average capaian of 110 %.
pub const DEFAULT_ABOVE_FROM: i64 = 110;
/// Default lower bound of Sesuai Ekspektasi: an average capaian of 90 %.
pub const DEFAULT_MEETS_FROM: i64 = 90;

/// Where the suggested rating hasil kerja changes, in percent of average
/// capaian. A setting: local policy, not regulation.
///
/// The default, 110 % and 90 %, reads "as expected" as within ten points of
/// the target (100 %) and "above" as clearly beyond it. The one local model
/// the reference found (§8) uses 90 % and 50 %; an instansi sets its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SuggestionThresholds {
    /// From this average capaian (inclusive): Di Atas Ekspektasi.
    pub above_from: Decimal,
    /// From this average capaian (inclusive): Sesuai Ekspektasi.
    pub meets_from: Decimal,
}

impl Default for SuggestionThresholds {
    fn default() -> SuggestionThresholds {
        SuggestionThresholds {
            above_from: Decimal::from_int(DEFAULT_ABOVE_FROM).expect("small"),
            meets_from: Decimal::from_int(DEFAULT_MEETS_FROM).expect("small"),
        }
    }
}

impl SuggestionThresholds {
    /// Both bounds at least 0, and `above_from` greater than `meets_from`.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        for (field, value) in [
            ("above_from", self.above_from),
            ("meets_from", self.meets_from),
        ] {
            if value.is_negative() {
                errors.push(FieldError::new(
                    field,
                    tf(
                        "suggestion.negative",
                        &[("field", &t(&format!("field.{field}")))],
                    ),
                ));
            }
        }
        if self.above_from <= self.meets_from {
            errors.push(FieldError::new(
                "above_from",
                tf(
                    "suggestion.order",
                    &[
                        ("above", &self.above_from.format_id()),
                        ("meets", &self.meets_from.format_id()),
                    ],
                ),
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The rating for an average capaian in percent.
    pub fn rating_for(&self, percent: Ratio) -> Rating {
        if percent >= self.above_from.to_ratio() {
            Rating::Above
        } else if percent >= self.meets_from.to_ratio() {
            Rating::Meets
        } else {
            Rating::Below
        }
    }
}

/// The mean capaian of a period's indicators and what was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AverageAchievement {
    /// The exact mean in percent; `None` when nothing was computable.
    pub average: Option<Ratio>,
    /// Indicators in the mean.
    pub counted: usize,
    /// Indicators left out because no actual was entered.
    pub missing: usize,
    /// Indicators left out because their capaian cannot be computed
    /// (target 0, negative target, numbers out of range).
    pub not_computable: usize,
}

impl AverageAchievement {
    /// Indicators left out of the mean, for any reason.
    pub fn left_out(&self) -> usize {
        self.missing + self.not_computable
    }
}

/// The mean of the computable capaian; the others are counted apart.
pub fn average_achievement(achievements: &[Achievement]) -> AverageAchievement {
    let mut sum = Some(Ratio::ZERO);
    let (mut counted, mut missing, mut not_computable) = (0, 0, 0);
    for a in achievements {
        match a {
            Achievement::Percent(p) => {
                counted += 1;
                sum = sum.and_then(|s| s.checked_add(*p));
            }
            Achievement::NotComputable(NotComputable::MissingActual) => missing += 1,
            Achievement::NotComputable(_) => not_computable += 1,
        }
    }
    let average = if counted == 0 {
        None
    } else {
        sum.and_then(|s| s.checked_div(Ratio::from_int(counted as i64)))
    };
    AverageAchievement {
        average,
        counted,
        missing,
        not_computable,
    }
}

/// The rating hasil kerja of a unit's leader that follows from the unit's
/// predikat organisasi.
///
/// UNSURE, a local reading: the reference says the unit's capaian becomes
/// the leader's rating but gives no table. Five organisation levels meet
/// three ratings here as Istimewa → Di Atas, Baik → Sesuai, and Butuh
/// Perbaikan/Cukup, Kurang, Sangat Kurang → Di Bawah Ekspektasi. It is a
/// suggestion: the supervisor may choose otherwise, with a reason.
pub fn rating_for_unit_predicate(p: UnitPredicate) -> Rating {
    match p {
        UnitPredicate::Istimewa => Rating::Above,
        UnitPredicate::Baik => Rating::Meets,
        UnitPredicate::ButuhPerbaikan | UnitPredicate::Kurang | UnitPredicate::SangatKurang => {
            Rating::Below
        }
    }
}

/// What a suggestion was based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionBasis {
    /// The predikat organisasi of the unit the person leads.
    LedUnit(UnitPredicate),
    /// The average capaian of the period's indicators.
    Achievement(AverageAchievement),
}

/// A suggested rating hasil kerja and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Suggestion {
    pub rating: Rating,
    pub basis: SuggestionBasis,
}

impl Suggestion {
    /// One line for the assessment form: "Saran: Di Atas Ekspektasi
    /// (rata-rata capaian 112,50 % dari 4 indikator; 1 indikator belum dapat
    /// dihitung)".
    pub fn explain(&self) -> String {
        let rating = self.rating.label();
        match self.basis {
            SuggestionBasis::LedUnit(p) => tf(
                "suggestion.by_led_unit",
                &[("rating", &rating), ("unit_predicate", &p.label())],
            ),
            SuggestionBasis::Achievement(a) => {
                let average = a.average.map(|r| r.format_id(2)).unwrap_or_default();
                let left_out = match a.left_out() {
                    0 => String::new(),
                    n => tf("suggestion.left_out", &[("count", &n)]),
                };
                tf(
                    "suggestion.by_achievement",
                    &[
                        ("rating", &rating),
                        ("average", &average),
                        ("counted", &a.counted),
                        ("left_out", &left_out),
                    ],
                )
            }
        }
    }
}

/// The suggested rating hasil kerja: from the predikat organisasi of the
/// unit the person leads, when set for the period (`led_unit`), otherwise
/// from the average capaian of `achievements` (one per indicator of the
/// period). `None` when neither gives one.
pub fn suggest_rating(
    thresholds: &SuggestionThresholds,
    achievements: &[Achievement],
    led_unit: Option<UnitPredicate>,
) -> Option<Suggestion> {
    if let Some(p) = led_unit {
        return Some(Suggestion {
            rating: rating_for_unit_predicate(p),
            basis: SuggestionBasis::LedUnit(p),
        });
    }
    let avg = average_achievement(achievements);
    avg.average.map(|a| Suggestion {
        rating: thresholds.rating_for(a),
        basis: SuggestionBasis::Achievement(avg),
    })
}

/// Whether choosing `chosen` needs a reason: it departs from a suggestion.
/// Without a suggestion no reason is needed.
pub fn needs_reason(suggested: Option<Rating>, chosen: Rating) -> bool {
    suggested.is_some_and(|s| s != chosen)
}

/// The shortest reason accepted for a departure from the suggestion, in
/// non-space characters ("ok" or "-" is not a reason).
pub const MIN_REASON_CHARS: usize = 5;
/// The longest reason accepted, in characters.
pub const MAX_REASON_CHARS: usize = 500;

/// Checks the reason typed with a rating hasil kerja: required (at least
/// [`MIN_REASON_CHARS`]) when the rating departs from the suggestion,
/// optional otherwise; never control characters, never longer than
/// [`MAX_REASON_CHARS`]. Returns the reason with spaces normalised.
pub fn check_reason(
    suggested: Option<Rating>,
    chosen: Rating,
    reason: &str,
) -> Result<String, Vec<FieldError>> {
    const FIELD: &str = "rating_reason";
    let mut errors = Vec::new();
    let text = check_text(FIELD, reason, MAX_REASON_CHARS, false, &mut errors);
    if errors.is_empty() && needs_reason(suggested, chosen) {
        let suggested = suggested.expect("needs_reason implies a suggestion");
        let n = text.chars().filter(|c| !c.is_whitespace()).count();
        if n == 0 {
            errors.push(FieldError::new(
                FIELD,
                tf(
                    "suggestion.reason_required",
                    &[
                        ("suggested", &suggested.label()),
                        ("chosen", &chosen.label()),
                    ],
                ),
            ));
        } else if n < MIN_REASON_CHARS {
            errors.push(FieldError::new(
                FIELD,
                tf("suggestion.reason_too_short", &[("min", &MIN_REASON_CHARS)]),
            ));
        }
    }
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(errors)
    }
}

/// What stops an assessment from being made final: a missing rating (each
/// named), or a departure from the suggestion without its reason. Empty
/// when it may be finalised.
pub fn check_final(
    rating_result: Option<Rating>,
    rating_behaviour: Option<Rating>,
    suggested: Option<Rating>,
    reason: &str,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, value) in [
        ("rating_result", rating_result),
        ("rating_behaviour", rating_behaviour),
    ] {
        if value.is_none() {
            errors.push(FieldError::new(
                field,
                tf(
                    "assessment_store.rating_missing",
                    &[("field", &t(&format!("field.{field}")))],
                ),
            ));
        }
    }
    if let Some(chosen) = rating_result
        && let Err(e) = check_reason(suggested, chosen, reason)
    {
        errors.extend(e);
    }
    errors
}

/// Who wants to record an assessment of whom, as plain ids the store has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssessAccess {
    /// The role of the user at the keyboard.
    pub role: Role,
    /// The staff record the user is linked to, if any.
    pub user_staff: Option<StaffId>,
    /// The pejabat penilai named on the assessment.
    pub assessor: StaffId,
    /// The person assessed.
    pub assessee: StaffId,
    /// The assessee's atasan langsung in the register.
    pub supervisor_of_assessee: Option<StaffId>,
}

/// How the user may record the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssessPermission {
    /// The user is the pejabat penilai.
    AsAssessor,
    /// An admin or operator enters it on the pejabat penilai's behalf;
    /// the store records both.
    OnBehalf,
}

/// Why the user may not record the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssessDenied {
    /// The role reads only.
    ReadOnly,
    /// The assessor is the assessee, or the user would enter their own
    /// assessment (even on someone's behalf).
    SelfAssessment,
    /// The assessee has no atasan langsung in the register.
    NoSupervisor,
    /// The assessor is not the assessee's atasan langsung.
    NotDirectSupervisor,
    /// A supervisor user entering for someone else's subordinate.
    NotTheAssessor,
}

impl AssessDenied {
    pub const ALL: [AssessDenied; 5] = [
        AssessDenied::ReadOnly,
        AssessDenied::SelfAssessment,
        AssessDenied::NoSupervisor,
        AssessDenied::NotDirectSupervisor,
        AssessDenied::NotTheAssessor,
    ];
    pub fn code(self) -> &'static str {
        match self {
            AssessDenied::ReadOnly => "read_only",
            AssessDenied::SelfAssessment => "self_assessment",
            AssessDenied::NoSupervisor => "no_supervisor",
            AssessDenied::NotDirectSupervisor => "not_direct_supervisor",
            AssessDenied::NotTheAssessor => "not_the_assessor",
        }
    }
    /// The reason and the fix, in a sentence.
    pub fn message(self) -> String {
        t(&format!("assess_denied.{}", self.code()))
    }
}

/// Whether the user may record `access.assessor`'s assessment of
/// `access.assessee`:
///
/// - viewers may not;
/// - nobody assesses themselves, and nobody enters their own assessment,
///   not even an admin on the supervisor's behalf;
/// - the assessor must be the assessee's atasan langsung;
/// - a supervisor user records only as themselves (their linked staff
///   record is the assessor); admins and operators may record on the
///   assessor's behalf.
pub fn may_assess(access: &AssessAccess) -> Result<AssessPermission, AssessDenied> {
    if access.role == Role::Viewer {
        return Err(AssessDenied::ReadOnly);
    }
    if access.assessor == access.assessee || access.user_staff == Some(access.assessee) {
        return Err(AssessDenied::SelfAssessment);
    }
    match access.supervisor_of_assessee {
        None => return Err(AssessDenied::NoSupervisor),
        Some(s) if s != access.assessor => return Err(AssessDenied::NotDirectSupervisor),
        Some(_) => {}
    }
    if access.user_staff == Some(access.assessor) {
        return Ok(AssessPermission::AsAssessor);
    }
    match access.role {
        Role::Admin | Role::Operator => Ok(AssessPermission::OnBehalf),
        Role::Supervisor | Role::Viewer => Err(AssessDenied::NotTheAssessor),
    }
}

#[cfg(test)]
mod tests;
