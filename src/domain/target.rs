//! Targets of an indicator: a number, a percentage or a range; reading them
//! as typed, and the default quarterly targets of an annual target.

use serde::{Deserialize, Serialize};

use super::number::{Decimal, Number, NumberError};
use super::plan::Aggregation;
use super::staff::FieldError;
use crate::i18n::{t, tf};

/// A target: a number, a percentage, or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum TargetValue {
    Number(Decimal),
    Percent(Decimal),
    Range { min: Decimal, max: Decimal },
}

/// A target as typed: its value and whether a `%` was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TypedTarget {
    /// `Percent` when a single number was typed with `%`.
    pub value: TargetValue,
    /// Whether any `%` was typed (a range keeps this only here).
    pub percent: bool,
}

/// Why typed text is not a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetError {
    /// Nothing typed.
    Empty,
    /// A range with one side missing: `80–`.
    IncompleteRange,
    /// One number (or one side of a range) is not a number.
    Number(NumberError),
}

impl TargetError {
    /// A message naming the field (its label) and the fix.
    pub fn message(&self, field_label: &str) -> String {
        match self {
            TargetError::Empty => tf("plan.target_empty", &[("field", &field_label)]),
            TargetError::IncompleteRange => tf("plan.range_incomplete", &[("field", &field_label)]),
            TargetError::Number(e) => e.message(field_label),
        }
    }
    pub(crate) fn field_error(&self, field: &'static str) -> FieldError {
        FieldError::new(field, self.message(&field_label(field)))
    }
}

pub(crate) fn field_label(field: &str) -> String {
    t(&format!("field.{field}"))
}

/// Words and signs that separate the two ends of a range.
const RANGE_WORDS: [&str; 8] = ["–", "—", "~", "s.d.", "s.d", "s/d", "sampai", "hingga"];

/// Splits `80–90` into its two sides, if it is a range: at the first
/// range word or dash, or at a `-` that follows a number (a leading `-` is
/// a minus sign).
fn split_range(s: &str) -> Option<(&str, &str)> {
    for (i, ch) in s.char_indices() {
        for w in RANGE_WORDS {
            if s.get(i..i + w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
            {
                return Some((&s[..i], &s[i + w.len()..]));
            }
        }
        if ch == '-'
            && s[..i]
                .trim_end()
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '%' | ',' | '.'))
        {
            return Some((&s[..i], &s[i + 1..]));
        }
    }
    None
}

impl TargetValue {
    /// Parses a target as typed (see the module documentation).
    pub fn parse(input: &str) -> Result<TypedTarget, TargetError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(TargetError::Empty);
        }
        if let Some((a, b)) = split_range(s) {
            if a.trim().is_empty() || b.trim().is_empty() {
                return Err(TargetError::IncompleteRange);
            }
            let min = Number::parse(a).map_err(TargetError::Number)?;
            let max = Number::parse(b).map_err(TargetError::Number)?;
            return Ok(TypedTarget {
                value: TargetValue::Range {
                    min: min.value,
                    max: max.value,
                },
                percent: min.is_percent || max.is_percent,
            });
        }
        let n = Number::parse(s).map_err(TargetError::Number)?;
        Ok(TypedTarget {
            value: if n.is_percent {
                TargetValue::Percent(n.value)
            } else {
                TargetValue::Number(n.value)
            },
            percent: n.is_percent,
        })
    }

    /// The lowest and highest value the target accepts (equal unless a
    /// range).
    pub fn bounds(self) -> (Decimal, Decimal) {
        match self {
            TargetValue::Number(v) | TargetValue::Percent(v) => (v, v),
            TargetValue::Range { min, max } => (min, max),
        }
    }

    pub fn is_range(self) -> bool {
        matches!(self, TargetValue::Range { .. })
    }

    /// Indonesian form: `1.234,5`, `85%`, `7–8` (a range shows no `%`;
    /// see [`IndicatorFields::format_target`](crate::domain::plan::IndicatorFields::format_target)).
    pub fn format_id(self) -> String {
        match self {
            TargetValue::Number(v) => v.format_id(),
            TargetValue::Percent(v) => format!("{}%", v.format_id()),
            TargetValue::Range { min, max } => {
                format!("{}–{}", min.format_id(), max.format_id())
            }
        }
    }

    /// The same kind of target with other bounds (a `Number` or `Percent`
    /// with unequal bounds becomes a range).
    pub(crate) fn with_bounds(self, min: Decimal, max: Decimal) -> TargetValue {
        match self {
            TargetValue::Number(_) if min == max => TargetValue::Number(min),
            TargetValue::Percent(_) if min == max => TargetValue::Percent(min),
            _ => TargetValue::Range { min, max },
        }
    }
}

/// Splits `total` into four quarters that add up to it exactly: even
/// shares in steps of `10^-decimals`, the remainder in the fourth quarter.
/// `split_sum(10, 0)` is 2, 2, 2, 4.
pub fn split_sum(total: Decimal, decimals: u32) -> [Decimal; 4] {
    let step = 10i64.pow(super::number::DECIMALS - decimals.min(super::number::DECIMALS));
    let steps = total.units() / step;
    let share = steps / 4;
    let q = Decimal::from_units(share * step).expect("a quarter of a decimal is in range");
    let last = Decimal::from_units(total.units() - 3 * share * step)
        .expect("the rest of a decimal is in range");
    [q, q, q, last]
}

/// The default quarterly targets for an annual target.
///
/// - [`Aggregation::Sum`]: the annual target split with [`split_sum`] at the
///   annual target's own precision, so counts stay whole (10 → 2, 2, 2, 4).
///   A range splits its lower bound and its width separately at two more
///   decimals (so 7–8 gives 1,75–2 each quarter): every quarter keeps
///   min ≤ max and both bounds add up exactly.
/// - [`Aggregation::Last`] and [`Aggregation::Average`]: the annual target
///   in every quarter.
pub fn default_quarter_targets(annual: TargetValue, rule: Aggregation) -> [TargetValue; 4] {
    match rule {
        Aggregation::Last | Aggregation::Average => [annual; 4],
        Aggregation::Sum => match annual {
            TargetValue::Number(v) => {
                split_sum(v, v.significant_decimals()).map(TargetValue::Number)
            }
            TargetValue::Percent(v) => {
                split_sum(v, v.significant_decimals()).map(TargetValue::Percent)
            }
            TargetValue::Range { min, max } => {
                let decimals = min.significant_decimals().max(max.significant_decimals()) + 2;
                let width = max.checked_sub(min).unwrap_or(Decimal::ZERO);
                let mins = split_sum(min, decimals);
                let widths = split_sum(width, decimals);
                let mut out = [annual; 4];
                for i in 0..4 {
                    let max_q = mins[i].checked_add(widths[i]).unwrap_or(max);
                    out[i] = TargetValue::Range {
                        min: mins[i],
                        max: max_q,
                    };
                }
                out
            }
        },
    }
}
