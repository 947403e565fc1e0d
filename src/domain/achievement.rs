//! Capaian (achievement) of an indicator, per quarter and per year.
//!
//! Domain reference §1.8 (the PermenPANRB 8/2021 formulas, shown to help
//! the supervisor; the rating itself stays a manual choice):
//!
//! - higher is better: capaian = actual / target × 100;
//! - lower is better (inverse polarity): capaian = (1 + (1 − actual /
//!   target)) × 100;
//! - a range target: an actual inside the range (bounds included) is
//!   100 %; above the range the formula uses the upper bound, below it the
//!   lower bound, with the indicator's polarity. Target 7–8 bulan, lower is
//!   better: actual 6,5 → 107,14 %; actual 9 → 87,50 %.
//!
//! Decisions the reference leaves open:
//!
//! - a target of zero (or a range whose upper bound is zero), a negative
//!   target, or a missing actual gives [`Achievement::NotComputable`] with a
//!   reason, shown as `—`: never NaN or infinity;
//! - capaian is never below 0 %: the inverse formula goes negative once the
//!   actual passes twice the target (and a negative actual would make the
//!   normal one negative); both are shown as 0 %;
//! - the arithmetic is exact ([`Ratio`]); rounding happens only when the
//!   value is shown (two decimals, half away from zero, Indonesian comma).
//!
//! The annual actual comes from the quarters by the indicator's
//! [`Aggregation`]: the sum of the quarters filled in, the last quarter
//! filled in, or the average of the quarters filled in. Under `Sum` the
//! annual capaian before the year ends is therefore the progress so far
//! against the annual target.

use super::number::{Decimal, Ratio};
use super::period::Quarter;
use super::plan::{Aggregation, IndicatorFields, Polarity, TargetValue};
use crate::i18n::t;

/// What is shown in place of a capaian that cannot be computed.
pub const NOT_COMPUTABLE_MARK: &str = "—";

/// Why a capaian cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotComputable {
    /// No actual (realisasi) entered yet.
    MissingActual,
    /// The target used is zero: the ratio would divide by zero.
    ZeroTarget,
    /// The target used is negative: the ratio has no meaning.
    NegativeTarget,
    /// The values are too large for exact arithmetic.
    OutOfRange,
}

impl NotComputable {
    pub const ALL: [NotComputable; 4] = [
        NotComputable::MissingActual,
        NotComputable::ZeroTarget,
        NotComputable::NegativeTarget,
        NotComputable::OutOfRange,
    ];
    pub fn code(self) -> &'static str {
        match self {
            NotComputable::MissingActual => "missing_actual",
            NotComputable::ZeroTarget => "zero_target",
            NotComputable::NegativeTarget => "negative_target",
            NotComputable::OutOfRange => "out_of_range",
        }
    }
    /// Why, in a sentence, for a tooltip or the status line.
    pub fn label(self) -> String {
        t(&format!("achievement.{}", self.code()))
    }
}

/// A capaian in percent, exact, or the reason there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Achievement {
    /// Capaian in percent (90 means 90 %), never negative.
    Percent(Ratio),
    NotComputable(NotComputable),
}

impl Achievement {
    /// The capaian of `actual` against `target` with `polarity`.
    pub fn compute(target: TargetValue, polarity: Polarity, actual: Option<Ratio>) -> Achievement {
        let Some(actual) = actual else {
            return Achievement::NotComputable(NotComputable::MissingActual);
        };
        let reference = match target {
            TargetValue::Number(v) | TargetValue::Percent(v) => v,
            TargetValue::Range { min, max } => {
                if max.is_zero() {
                    return Achievement::NotComputable(NotComputable::ZeroTarget);
                }
                if actual > max.to_ratio() {
                    max
                } else if actual < min.to_ratio() {
                    min
                } else {
                    return Achievement::Percent(Ratio::from_int(100));
                }
            }
        };
        if reference.is_zero() {
            return Achievement::NotComputable(NotComputable::ZeroTarget);
        }
        if reference.is_negative() {
            return Achievement::NotComputable(NotComputable::NegativeTarget);
        }
        let hundred = Ratio::from_int(100);
        let value = actual
            .checked_div(reference.to_ratio())
            .and_then(|r| match polarity {
                Polarity::HigherIsBetter => Some(r),
                Polarity::LowerIsBetter => Ratio::from_int(2).checked_sub(r),
            })
            .and_then(|r| r.checked_mul(hundred));
        match value {
            Some(v) if v.is_negative() => Achievement::Percent(Ratio::ZERO),
            Some(v) => Achievement::Percent(v),
            None => Achievement::NotComputable(NotComputable::OutOfRange),
        }
    }

    /// [`compute`](Self::compute) for an actual as stored.
    pub fn of_decimal(target: TargetValue, polarity: Polarity, actual: Option<Decimal>) -> Self {
        Achievement::compute(target, polarity, actual.map(Ratio::from))
    }

    /// The capaian in percent, if computable.
    pub fn percent(self) -> Option<Ratio> {
        match self {
            Achievement::Percent(p) => Some(p),
            Achievement::NotComputable(_) => None,
        }
    }

    /// Why there is no capaian, if there is none.
    pub fn reason(self) -> Option<NotComputable> {
        match self {
            Achievement::Percent(_) => None,
            Achievement::NotComputable(r) => Some(r),
        }
    }

    /// Two decimals, Indonesian comma: `90,00`, `107,14`; `—` when not
    /// computable.
    pub fn format_id(self) -> String {
        match self {
            Achievement::Percent(p) => p.format_id(2),
            Achievement::NotComputable(_) => NOT_COMPUTABLE_MARK.to_string(),
        }
    }

    /// As [`format_id`](Self::format_id) with a `%`: `90,00%`, or `—`.
    pub fn format_percent(self) -> String {
        match self {
            Achievement::Percent(p) => format!("{}%", p.format_id(2)),
            Achievement::NotComputable(_) => NOT_COMPUTABLE_MARK.to_string(),
        }
    }

    /// Two decimals with a point, for CSV and JSON (`107.14`); `None` when
    /// not computable.
    pub fn format_plain(self) -> Option<String> {
        self.percent().map(|p| p.format_plain(2))
    }
}

/// The annual actual from the quarterly actuals by `rule`: the sum of the
/// quarters filled in, the last quarter filled in, or their average.
/// `None` when no quarter is filled in (or the sum is out of range).
pub fn annual_actual(rule: Aggregation, quarters: &[Option<Decimal>; 4]) -> Option<Ratio> {
    let filled: Vec<Ratio> = quarters.iter().flatten().map(|d| d.to_ratio()).collect();
    let n = filled.len() as i64;
    match rule {
        Aggregation::Last => filled.last().copied(),
        _ if n == 0 => None,
        Aggregation::Sum | Aggregation::Average => {
            let sum = filled
                .iter()
                .try_fold(Ratio::ZERO, |acc, v| acc.checked_add(*v))?;
            if rule == Aggregation::Sum {
                Some(sum)
            } else {
                sum.checked_div(Ratio::from_int(n))
            }
        }
    }
}

/// The capaian of one quarter: its actual against the quarter's target.
pub fn quarter_achievement(
    indicator: &IndicatorFields,
    quarter: Quarter,
    actual: Option<Decimal>,
) -> Achievement {
    Achievement::of_decimal(
        indicator.quarter_target(quarter),
        indicator.polarity,
        actual,
    )
}

/// The capaian of the year: the annual actual ([`annual_actual`]) against
/// the annual target. `quarters[0]` is triwulan I.
pub fn annual_achievement(
    indicator: &IndicatorFields,
    quarters: &[Option<Decimal>; 4],
) -> Achievement {
    Achievement::compute(
        indicator.target,
        indicator.polarity,
        annual_actual(indicator.aggregation, quarters),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Aspect, IndicatorDraft};
    use crate::i18n::{Lang, catalog};

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    fn r(n: i128, den: i128) -> Ratio {
        Ratio::new(n, den).unwrap()
    }

    fn num(s: &str) -> TargetValue {
        TargetValue::Number(d(s))
    }

    fn range(a: &str, b: &str) -> TargetValue {
        TargetValue::Range {
            min: d(a),
            max: d(b),
        }
    }

    const UP: Polarity = Polarity::HigherIsBetter;
    const DOWN: Polarity = Polarity::LowerIsBetter;

    fn cap(target: TargetValue, polarity: Polarity, actual: &str) -> Achievement {
        Achievement::of_decimal(target, polarity, Some(d(actual)))
    }

    #[test]
    fn higher_is_better_is_actual_over_target() {
        let a = cap(num("50"), UP, "45");
        assert_eq!(a, Achievement::Percent(r(90, 1)));
        assert_eq!(a.format_id(), "90,00");
        assert_eq!(a.format_percent(), "90,00%");
        assert_eq!(a.format_plain().as_deref(), Some("90.00"));
        assert_eq!(cap(num("3"), UP, "1").percent(), Some(r(100, 3)));
        assert_eq!(cap(num("3"), UP, "1").format_id(), "33,33");
        assert_eq!(cap(num("3"), UP, "2").format_id(), "66,67");
        assert_eq!(cap(num("12"), UP, "15").format_id(), "125,00");
        assert_eq!(
            cap(TargetValue::Percent(d("95")), UP, "85,5").format_id(),
            "90,00"
        );
        assert_eq!(
            cap(num("1.234,5"), UP, "1.234,5").percent(),
            Some(r(100, 1))
        );
    }

    /// Domain reference §1.8: target 7–8 bulan, inverse polarity.
    #[test]
    fn reference_examples_for_an_inverse_range() {
        let t = range("7", "8");
        let a = cap(t, DOWN, "6,5");
        assert_eq!(a.percent(), Some(r(750, 7)));
        assert_eq!(a.format_id(), "107,14");
        assert_eq!(a.percent().unwrap().format_id(0), "107");
        let a = cap(t, DOWN, "9");
        assert_eq!(a.percent(), Some(r(175, 2)));
        assert_eq!(a.format_id(), "87,50");
    }

    #[test]
    fn inside_a_range_is_one_hundred_bounds_included() {
        for actual in ["7", "7,5", "8"] {
            assert_eq!(
                cap(range("7", "8"), DOWN, actual).percent(),
                Some(r(100, 1))
            );
            assert_eq!(cap(range("7", "8"), UP, actual).percent(), Some(r(100, 1)));
        }
        assert_eq!(cap(range("0", "5"), UP, "3").percent(), Some(r(100, 1)));
    }

    #[test]
    fn outside_a_range_uses_the_nearer_bound() {
        let t = TargetValue::Range {
            min: d("80"),
            max: d("90"),
        };
        assert_eq!(cap(t, UP, "95").percent(), Some(r(950, 9)));
        assert_eq!(cap(t, UP, "95").format_id(), "105,56");
        assert_eq!(cap(t, UP, "72").percent(), Some(r(90, 1)));
        assert_eq!(cap(t, DOWN, "72").percent(), Some(r(110, 1)));
        assert_eq!(cap(t, DOWN, "99").percent(), Some(r(90, 1)));
    }

    #[test]
    fn lower_is_better_uses_the_inverse_formula() {
        assert_eq!(cap(num("10"), DOWN, "8").percent(), Some(r(120, 1)));
        assert_eq!(cap(num("10"), DOWN, "10").percent(), Some(r(100, 1)));
        assert_eq!(cap(num("10"), DOWN, "12").percent(), Some(r(80, 1)));
        assert_eq!(cap(num("10"), DOWN, "0").percent(), Some(r(200, 1)));
        assert_eq!(cap(num("10"), DOWN, "20").percent(), Some(Ratio::ZERO));
        // Beyond twice the target the formula would go negative: 0 %.
        assert_eq!(cap(num("10"), DOWN, "25").percent(), Some(Ratio::ZERO));
        assert_eq!(cap(num("10"), DOWN, "25").format_id(), "0,00");
        assert_eq!(cap(num("10"), UP, "-5").percent(), Some(Ratio::ZERO));
    }

    #[test]
    fn zero_negative_and_missing_are_not_computable() {
        use NotComputable::*;
        let nc = Achievement::NotComputable;
        assert_eq!(cap(num("0"), UP, "5"), nc(ZeroTarget));
        assert_eq!(cap(num("0"), DOWN, "0"), nc(ZeroTarget));
        assert_eq!(cap(TargetValue::Percent(d("0")), UP, "5"), nc(ZeroTarget));
        assert_eq!(cap(range("0", "0"), DOWN, "0"), nc(ZeroTarget));
        assert_eq!(cap(range("0", "5"), UP, "-1"), nc(ZeroTarget));
        assert_eq!(cap(num("-2"), UP, "-1"), nc(NegativeTarget));
        assert_eq!(
            Achievement::of_decimal(num("5"), UP, None),
            nc(MissingActual)
        );
        let huge = Ratio::new(10i128.pow(29), 1).unwrap();
        assert_eq!(
            Achievement::compute(num("0,0001"), UP, Some(huge)),
            nc(OutOfRange)
        );
        for reason in NotComputable::ALL {
            let a = nc(reason);
            assert_eq!(a.format_id(), "—");
            assert_eq!(a.format_percent(), "—");
            assert_eq!(a.format_plain(), None);
            assert_eq!(a.percent(), None);
            assert_eq!(a.reason(), Some(reason));
            for lang in [Lang::Id, Lang::En] {
                let key = format!("achievement.{}", reason.code());
                assert!(catalog(lang).contains_key(&key), "{lang:?} {key}");
            }
        }
        assert_eq!(cap(num("5"), UP, "5").reason(), None);
    }

    #[test]
    fn never_nan_never_infinite_never_negative() {
        let values = [
            "-3",
            "0",
            "0,0001",
            "1",
            "7",
            "7,5",
            "99.999.999.999.999,9999",
        ];
        for t in values {
            for a in values {
                for p in Polarity::ALL {
                    for target in [num(t), range("0", t), range(t, t)] {
                        if let Some(v) = cap(target, p, a).percent() {
                            assert!(!v.is_negative(), "{t} {a} {p:?}");
                            assert!(v.to_f64().is_finite(), "{t} {a} {p:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_year_adds_up_by_the_aggregation_rule() {
        let q = |a: [Option<&str>; 4]| a.map(|x| x.map(d));
        let some = q([Some("10"), None, Some("5"), Some("2,5")]);
        assert_eq!(annual_actual(Aggregation::Sum, &some), Some(r(35, 2)));
        assert_eq!(annual_actual(Aggregation::Last, &some), Some(r(5, 2)));
        assert_eq!(annual_actual(Aggregation::Average, &some), Some(r(35, 6)));
        let gap = q([Some("1"), Some("2"), None, None]);
        assert_eq!(annual_actual(Aggregation::Last, &gap), Some(r(2, 1)));
        let avg = q([Some("1"), Some("2"), None, Some("4")]);
        assert_eq!(annual_actual(Aggregation::Average, &avg), Some(r(7, 3)));
        for rule in Aggregation::ALL {
            assert_eq!(annual_actual(rule, &[None; 4]), None, "{rule:?}");
        }
    }

    fn indicator(target: &str, satuan: &str, aspect: Aspect, rule: Aggregation) -> IndicatorFields {
        IndicatorDraft {
            text: "Jumlah dokumen".into(),
            satuan: satuan.into(),
            aspect: Some(aspect),
            target: target.into(),
            aggregation: Some(rule),
            ..Default::default()
        }
        .validate()
        .unwrap()
    }

    #[test]
    fn quarter_capaian_uses_the_quarter_target() {
        let ind = indicator("10", "dokumen", Aspect::Quantity, Aggregation::Sum);
        let q = |n| Quarter::new(n).unwrap();
        // Quarterly targets 2, 2, 2, 4.
        assert_eq!(
            quarter_achievement(&ind, q(1), Some(d("3"))).percent(),
            Some(r(150, 1))
        );
        assert_eq!(
            quarter_achievement(&ind, q(4), Some(d("4"))).percent(),
            Some(r(100, 1))
        );
        assert_eq!(
            quarter_achievement(&ind, q(2), None),
            Achievement::NotComputable(NotComputable::MissingActual)
        );
        let actuals = [Some(d("3")), Some(d("2")), None, Some(d("4"))];
        assert_eq!(annual_achievement(&ind, &actuals).percent(), Some(r(90, 1)));
        assert_eq!(
            annual_achievement(&ind, &[None; 4]),
            Achievement::NotComputable(NotComputable::MissingActual)
        );
    }

    #[test]
    fn annual_capaian_of_levels_and_averages() {
        let pct = indicator("80%", "", Aspect::Quality, Aggregation::Last);
        let actuals = [Some(d("60")), Some(d("70")), Some(d("88")), None];
        assert_eq!(
            annual_achievement(&pct, &actuals).percent(),
            Some(r(110, 1))
        );
        let avg = indicator("90", "nilai", Aspect::Quality, Aggregation::Average);
        let actuals = [Some(d("80")), Some(d("85")), Some(d("90")), None];
        assert_eq!(annual_achievement(&avg, &actuals).format_id(), "94,44");
        assert_eq!(
            annual_achievement(&avg, &actuals).percent(),
            Some(r(850, 9))
        );
        // Waktu defaults to lower is better: 12 bulan, done in 10.
        let time = indicator("12", "bulan", Aspect::Time, Aggregation::Sum);
        let actuals = [Some(d("3")), Some(d("3")), Some(d("2")), Some(d("2"))];
        assert_eq!(
            annual_achievement(&time, &actuals).percent(),
            Some(Ratio::new(350, 3).unwrap())
        );
        assert_eq!(annual_achievement(&time, &actuals).format_id(), "116,67");
    }
}
