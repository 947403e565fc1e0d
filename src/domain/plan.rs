//! The performance plan (SKP): planned results (rencana hasil kerja) and
//! their indicators (IKI) with annual and quarterly targets.
//!
//! Domain reference §1.2: each planned result is utama or tambahan and may
//! intervene in a planned result of the supervisor; each indicator has an
//! aspect (kuantitas, kualitas, waktu, biaya), a unit of measure (satuan)
//! and a target that is a number, a percentage or a range.
//!
//! # Targets as typed
//!
//! A target is one text field: `12`, `1.234,5`, `85%`, or a range `7–8`,
//! `80 - 90%`, `80 s.d. 90 %` (separators: `–`, `—`, `~`, `s.d.`, `s/d`,
//! `sampai`, `hingga`, or `-` after a number). A percentage is either typed
//! with `%` or given by a percent satuan (`%`, `persen`); a `%` target with
//! an empty satuan gets the satuan `%`.
//!
//! # Rules an indicator enforces
//!
//! - the target is required; a range needs min ≤ max;
//! - an indicator that counts (its quarters add up, [`Aggregation::Sum`])
//!   or measures time or cost refuses negative targets and actuals;
//! - a percentage above 100 is refused unless the indicator allows it
//!   ([`IndicatorDraft::allow_over_100`], off by default: coverage such as
//!   "persentase bayi diimunisasi lengkap" cannot pass 100 %);
//! - quarterly targets left empty are derived from the annual target
//!   ([`default_quarter_targets`]); when typed quarters do not add up to the
//!   annual target under [`Aggregation::Sum`], that is a warning, not an
//!   error.

use serde::{Deserialize, Serialize};

use super::staff::{FieldError, check_text};
use crate::i18n::{t, tf};

pub type PlanId = i64;
pub type PlannedResultId = i64;
pub type IndicatorId = i64;

/// The longest planned-result text accepted, in characters.
pub const MAX_RESULT_CHARS: usize = 500;
/// The longest indicator text accepted, in characters.
pub const MAX_INDICATOR_CHARS: usize = 500;
/// The longest satuan accepted, in characters.
pub const MAX_SATUAN_CHARS: usize = 40;

/// Field names of the four quarterly targets, for [`FieldError`].
pub const QUARTER_TARGET_FIELDS: [&str; 4] = ["target_q1", "target_q2", "target_q3", "target_q4"];

/// Aspek of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aspect {
    /// Kuantitas.
    Quantity,
    /// Kualitas.
    Quality,
    /// Waktu.
    Time,
    /// Biaya.
    Cost,
}

impl Aspect {
    pub const ALL: [Aspect; 4] = [
        Aspect::Quantity,
        Aspect::Quality,
        Aspect::Time,
        Aspect::Cost,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Aspect::Quantity => "kuantitas",
            Aspect::Quality => "kualitas",
            Aspect::Time => "waktu",
            Aspect::Cost => "biaya",
        }
    }
    pub fn parse(s: &str) -> Option<Aspect> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    pub fn label(self) -> String {
        t(&format!("aspect.{}", self.code()))
    }
    /// Less time and less cost are better (the §1.8 waktu example uses the
    /// inverse formula); more is better for quantity and quality.
    pub fn default_polarity(self) -> Polarity {
        match self {
            Aspect::Time | Aspect::Cost => Polarity::LowerIsBetter,
            Aspect::Quantity | Aspect::Quality => Polarity::HigherIsBetter,
        }
    }
    /// Percentages are levels (the last value counts); counts, months and
    /// money add up; quality scores are averaged.
    pub fn default_aggregation(self, percent: bool) -> Aggregation {
        match self {
            _ if percent => Aggregation::Last,
            Aspect::Quantity | Aspect::Time | Aspect::Cost => Aggregation::Sum,
            Aspect::Quality => Aggregation::Average,
        }
    }
}

/// Hasil kerja utama or tambahan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResultKind {
    /// Utama.
    Main,
    /// Tambahan.
    Additional,
}

impl ResultKind {
    pub const ALL: [ResultKind; 2] = [ResultKind::Main, ResultKind::Additional];
    pub fn code(self) -> &'static str {
        match self {
            ResultKind::Main => "utama",
            ResultKind::Additional => "tambahan",
        }
    }
    pub fn parse(s: &str) -> Option<ResultKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    pub fn label(self) -> String {
        t(&format!("result_kind.{}", self.code()))
    }
}

/// Whether a higher or a lower actual is better (polaritas).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
}

impl Polarity {
    pub const ALL: [Polarity; 2] = [Polarity::HigherIsBetter, Polarity::LowerIsBetter];
    pub fn code(self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "positif",
            Polarity::LowerIsBetter => "negatif",
        }
    }
    pub fn parse(s: &str) -> Option<Polarity> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    pub fn label(self) -> String {
        t(&format!("polarity.{}", self.code()))
    }
}

/// How the four quarters make up the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregation {
    /// The year is the sum of the quarters (counts, months, money).
    Sum,
    /// The year is the last quarter filled in (levels, percentages).
    Last,
    /// The year is the average of the quarters filled in.
    Average,
}

impl Aggregation {
    pub const ALL: [Aggregation; 3] = [Aggregation::Sum, Aggregation::Last, Aggregation::Average];
    pub fn code(self) -> &'static str {
        match self {
            Aggregation::Sum => "jumlah",
            Aggregation::Last => "terakhir",
            Aggregation::Average => "rata_rata",
        }
    }
    pub fn parse(s: &str) -> Option<Aggregation> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    pub fn label(self) -> String {
        t(&format!("aggregation.{}", self.code()))
    }
}

/// Whether a satuan means "percent": `%`, `persen`, `persentase`,
/// `prosentase`, `percent` (any case, spaces ignored).
pub fn is_percent_unit(satuan: &str) -> bool {
    let s: String = satuan
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    matches!(
        s.as_str(),
        "%" | "persen" | "persentase" | "prosentase" | "percent" | "percentage"
    )
}

use super::target::field_label;
pub use super::target::{
    TargetError, TargetValue, TypedTarget, default_quarter_targets, split_sum,
};

pub use super::indicator::{IndicatorDraft, IndicatorFields, IndicatorWarning};

/// A planned result (rencana hasil kerja) as typed, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlannedResultDraft {
    pub text: String,
    pub kind: Option<ResultKind>,
    /// The supervisor's planned result it intervenes in.
    pub parent_id: Option<PlannedResultId>,
}

/// A planned result that passed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedResultFields {
    pub text: String,
    pub kind: ResultKind,
    pub parent_id: Option<PlannedResultId>,
}

impl PlannedResultDraft {
    /// Validates text and kind; every problem is reported.
    pub fn validate(&self) -> Result<PlannedResultFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = check_text(
            "result_text",
            &self.text,
            MAX_RESULT_CHARS,
            true,
            &mut errors,
        );
        if self.kind.is_none() {
            errors.push(FieldError::new(
                "result_kind",
                tf(
                    "validation.choose",
                    &[("field", &field_label("result_kind"))],
                ),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PlannedResultFields {
            text,
            kind: self.kind.expect("checked"),
            parent_id: self.parent_id,
        })
    }

    /// [`validate`](Self::validate), and the parent must be one of
    /// `supervisor_results`: the planned results in the supervisor's plan of
    /// the same year.
    pub fn validate_with_parents(
        &self,
        supervisor_results: &[PlannedResultId],
    ) -> Result<PlannedResultFields, Vec<FieldError>> {
        let checked = self.validate();
        let parent_error = self
            .parent_id
            .filter(|p| !supervisor_results.contains(p))
            .map(|_| FieldError::new("result_parent", t("plan.parent_not_in_supervisor_plan")));
        match (checked, parent_error) {
            (Ok(f), None) => Ok(f),
            (Ok(_), Some(e)) => Err(vec![e]),
            (Err(mut errs), e) => {
                errs.extend(e);
                Err(errs)
            }
        }
    }
}

impl PlannedResultFields {
    /// The record as a form draft, for editing.
    pub fn draft(&self) -> PlannedResultDraft {
        PlannedResultDraft {
            text: self.text.clone(),
            kind: Some(self.kind),
            parent_id: self.parent_id,
        }
    }
}

#[cfg(test)]
mod tests;
