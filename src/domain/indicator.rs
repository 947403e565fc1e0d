//! Indicators (IKI): as typed into a form, validated into fields with
//! their quarterly targets, the warnings worth a second look, and reading
//! an actual typed into the results grid by the indicator's own rules.

use serde::{Deserialize, Serialize};

use super::number::{Decimal, Number};
use super::period::Quarter;
use super::plan::*;
use super::staff::{FieldError, check_text};
use super::target::field_label;
use crate::i18n::{t, tf};

/// An indicator (IKI) as typed into a form, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndicatorDraft {
    pub text: String,
    /// Satuan: `dokumen`, `orang`, `bulan`, `%`… May be empty for a
    /// percentage target.
    pub satuan: String,
    pub aspect: Option<Aspect>,
    /// The annual target as typed: `12`, `85%`, `80–90%`.
    pub target: String,
    /// `None`: the aspect's [`Aspect::default_polarity`].
    pub polarity: Option<Polarity>,
    /// `None`: the aspect's [`Aspect::default_aggregation`].
    pub aggregation: Option<Aggregation>,
    /// Quarterly targets as typed; an empty one is derived from the annual
    /// target ([`default_quarter_targets`]).
    pub quarter_targets: [String; 4],
    /// Whether percentages above 100 are allowed (off: refused).
    pub allow_over_100: bool,
}

/// An indicator that passed validation, ready for the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorFields {
    pub text: String,
    pub satuan: String,
    pub aspect: Aspect,
    pub target: TargetValue,
    pub polarity: Polarity,
    pub aggregation: Aggregation,
    pub quarter_targets: [TargetValue; 4],
    pub allow_over_100: bool,
}

/// Something worth a second look in a valid indicator. Shown, never
/// refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndicatorWarning {
    /// Under [`Aggregation::Sum`] the quarterly targets add up to `sum`
    /// (`None`: too large to show), not to the annual target.
    QuarterSumMismatch {
        sum: Option<TargetValue>,
        annual: TargetValue,
    },
    /// The annual target is zero: its capaian cannot be computed.
    ZeroTarget,
    /// These quarters have a zero target: their capaian cannot be computed.
    ZeroQuarterTargets { quarters: Vec<Quarter> },
    /// The annual target is negative: its capaian cannot be computed.
    NegativeTarget,
}

impl IndicatorWarning {
    /// A message saying what looks wrong and what to check.
    pub fn message(&self, fields: &IndicatorFields) -> String {
        match self {
            IndicatorWarning::QuarterSumMismatch { sum, annual } => tf(
                "plan.warn_quarter_sum",
                &[
                    (
                        "sum",
                        &sum.map(|s| fields.format_target(s))
                            .unwrap_or_else(|| "—".to_string()),
                    ),
                    ("annual", &fields.format_target(*annual)),
                ],
            ),
            IndicatorWarning::ZeroTarget => t("plan.warn_zero_target"),
            IndicatorWarning::ZeroQuarterTargets { quarters } => {
                let list: Vec<&str> = quarters.iter().map(|q| q.roman()).collect();
                tf(
                    "plan.warn_zero_quarter_targets",
                    &[("quarters", &list.join(", "))],
                )
            }
            IndicatorWarning::NegativeTarget => t("plan.warn_negative_target"),
        }
    }
}

/// The rules an indicator's values follow, known before validation ends.
#[derive(Debug, Clone, Copy)]
struct ValueRules {
    percent: bool,
    refuses_negative: bool,
    allow_over_100: bool,
}

impl ValueRules {
    fn new(aspect: Option<Aspect>, rule: Aggregation, percent: bool, allow_over_100: bool) -> Self {
        ValueRules {
            percent,
            refuses_negative: rule == Aggregation::Sum
                || matches!(aspect, Some(Aspect::Quantity | Aspect::Time | Aspect::Cost)),
            allow_over_100,
        }
    }

    /// Checks a target (annual or quarterly) on `field`.
    fn check_target(
        &self,
        field: &'static str,
        typed: TypedTarget,
        errors: &mut Vec<FieldError>,
    ) -> Option<TargetValue> {
        let label = field_label(field);
        if typed.percent && !self.percent {
            errors.push(FieldError::new(
                field,
                tf("plan.target_not_percent", &[("field", &label)]),
            ));
            return None;
        }
        let value = match typed.value {
            TargetValue::Number(v) if self.percent => TargetValue::Percent(v),
            other => other,
        };
        let (min, max) = value.bounds();
        let before = errors.len();
        if self.refuses_negative && min.is_negative() {
            errors.push(FieldError::new(
                field,
                tf("plan.negative", &[("field", &label)]),
            ));
        }
        if min > max {
            errors.push(FieldError::new(
                field,
                tf(
                    "plan.range_order",
                    &[
                        ("field", &label),
                        ("min", &min.format_id()),
                        ("max", &max.format_id()),
                    ],
                ),
            ));
        }
        if self.percent && !self.allow_over_100 && max > Decimal::HUNDRED {
            errors.push(FieldError::new(
                field,
                tf(
                    "plan.target_over_100",
                    &[("field", &label), ("value", &max.format_id())],
                ),
            ));
        }
        (errors.len() == before).then_some(value)
    }
}

impl IndicatorDraft {
    /// Validates the draft; every problem is reported, each on its field.
    pub fn validate(&self) -> Result<IndicatorFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = check_text(
            "indicator_text",
            &self.text,
            MAX_INDICATOR_CHARS,
            true,
            &mut errors,
        );
        let mut satuan = check_text("satuan", &self.satuan, MAX_SATUAN_CHARS, false, &mut errors);
        if self.aspect.is_none() {
            errors.push(FieldError::new(
                "aspect",
                tf("validation.choose", &[("field", &field_label("aspect"))]),
            ));
        }
        let typed = TargetValue::parse(&self.target)
            .map_err(|e| errors.push(e.field_error("target")))
            .ok();
        let typed_percent = typed.is_some_and(|t| t.percent);
        let unit_percent = is_percent_unit(&satuan);
        if typed_percent && !satuan.is_empty() && !unit_percent {
            errors.push(FieldError::new(
                "satuan",
                tf("plan.satuan_not_percent", &[("satuan", &satuan)]),
            ));
        }
        let percent = typed_percent || unit_percent;
        if satuan.is_empty() {
            if percent {
                satuan = "%".to_string();
            } else if !errors.iter().any(|e| e.field == "satuan") {
                errors.push(FieldError::new(
                    "satuan",
                    tf("validation.required", &[("field", &field_label("satuan"))]),
                ));
            }
        }
        let polarity = self
            .polarity
            .or(self.aspect.map(Aspect::default_polarity))
            .unwrap_or(Polarity::HigherIsBetter);
        let aggregation = self
            .aggregation
            .or(self.aspect.map(|a| a.default_aggregation(percent)))
            .unwrap_or(Aggregation::Sum);
        let rules = ValueRules::new(self.aspect, aggregation, percent, self.allow_over_100);
        // A percent target checked as percent even when the satuan is wrong,
        // so that only one error is shown for it.
        let target_rules = ValueRules {
            percent: percent || typed_percent,
            ..rules
        };
        let target = typed.and_then(|t| target_rules.check_target("target", t, &mut errors));
        let defaults = target.map(|t| default_quarter_targets(t, aggregation));
        let mut quarter_targets: [Option<TargetValue>; 4] = [None; 4];
        for (i, typed) in self.quarter_targets.iter().enumerate() {
            let field = QUARTER_TARGET_FIELDS[i];
            let value = if typed.trim().is_empty() {
                defaults.map(|d| d[i])
            } else {
                match TargetValue::parse(typed) {
                    Ok(t) => target_rules.check_target(field, t, &mut errors),
                    Err(e) => {
                        errors.push(e.field_error(field));
                        None
                    }
                }
            };
            quarter_targets[i] = value;
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(IndicatorFields {
            text,
            satuan,
            aspect: self.aspect.expect("checked"),
            target: target.expect("checked"),
            polarity,
            aggregation,
            quarter_targets: quarter_targets.map(|q| q.expect("checked")),
            allow_over_100: self.allow_over_100,
        })
    }
}

impl IndicatorFields {
    /// Whether the indicator is measured in percent.
    pub fn is_percent(&self) -> bool {
        matches!(self.target, TargetValue::Percent(_)) || is_percent_unit(&self.satuan)
    }

    /// Whether negative targets and actuals are refused: the indicator
    /// counts (its quarters add up) or measures time or cost.
    pub fn refuses_negative(&self) -> bool {
        self.rules().refuses_negative
    }

    fn rules(&self) -> ValueRules {
        ValueRules::new(
            Some(self.aspect),
            self.aggregation,
            self.is_percent(),
            self.allow_over_100,
        )
    }

    /// The target of one quarter.
    pub fn quarter_target(&self, quarter: Quarter) -> TargetValue {
        self.quarter_targets[quarter.number() as usize - 1]
    }

    /// A target of this indicator as shown: a percent range gets its `%`
    /// (`80–90%`).
    pub fn format_target(&self, target: TargetValue) -> String {
        match target {
            TargetValue::Range { .. } if self.is_percent() => format!("{}%", target.format_id()),
            other => other.format_id(),
        }
    }

    /// Warnings for a valid indicator (see [`IndicatorWarning`]).
    pub fn warnings(&self) -> Vec<IndicatorWarning> {
        let mut out = Vec::new();
        let (min, max) = self.target.bounds();
        if max.is_zero() {
            out.push(IndicatorWarning::ZeroTarget);
        } else if min.is_negative() {
            out.push(IndicatorWarning::NegativeTarget);
        }
        if self.aggregation == Aggregation::Sum {
            let mins = Decimal::checked_sum(self.quarter_targets.iter().map(|q| q.bounds().0));
            let maxs = Decimal::checked_sum(self.quarter_targets.iter().map(|q| q.bounds().1));
            if mins != Some(min) || maxs != Some(max) {
                let sum = mins.zip(maxs).map(|(a, b)| self.target.with_bounds(a, b));
                out.push(IndicatorWarning::QuarterSumMismatch {
                    sum,
                    annual: self.target,
                });
            }
        }
        let zero: Vec<Quarter> = (1..=4)
            .filter_map(Quarter::new)
            .filter(|q| self.quarter_target(*q).bounds().1.is_zero())
            .collect();
        if !zero.is_empty() && !max.is_zero() {
            out.push(IndicatorWarning::ZeroQuarterTargets { quarters: zero });
        }
        out
    }

    /// Reads an actual (realisasi) typed into the results grid, by this
    /// indicator's rules. Empty text is `Ok(None)`: no value.
    pub fn parse_actual(&self, input: &str) -> Result<Option<Decimal>, FieldError> {
        const FIELD: &str = "actual";
        if input.trim().is_empty() {
            return Ok(None);
        }
        let label = field_label(FIELD);
        let n = Number::parse(input).map_err(|e| e.field_error(FIELD))?;
        let rules = self.rules();
        if n.is_percent && !rules.percent {
            return Err(FieldError::new(
                FIELD,
                tf(
                    "plan.actual_not_percent",
                    &[("field", &label), ("satuan", &self.satuan)],
                ),
            ));
        }
        if rules.refuses_negative && n.value.is_negative() {
            return Err(FieldError::new(
                FIELD,
                tf("plan.negative", &[("field", &label)]),
            ));
        }
        if rules.percent && !rules.allow_over_100 && n.value > Decimal::HUNDRED {
            return Err(FieldError::new(
                FIELD,
                tf(
                    "plan.actual_over_100",
                    &[("field", &label), ("value", &n.value.format_id())],
                ),
            ));
        }
        Ok(Some(n.value))
    }

    /// The indicator as a form draft, for editing.
    pub fn draft(&self) -> IndicatorDraft {
        // A percent range is written with `%`, so the draft reads the same
        // whatever the satuan says.
        let shown = |t: TargetValue| self.format_target(t);
        IndicatorDraft {
            text: self.text.clone(),
            satuan: self.satuan.clone(),
            aspect: Some(self.aspect),
            target: shown(self.target),
            polarity: Some(self.polarity),
            aggregation: Some(self.aggregation),
            quarter_targets: self.quarter_targets.map(shown),
            allow_over_100: self.allow_over_100,
        }
    }
}
