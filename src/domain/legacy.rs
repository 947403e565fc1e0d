//! The legacy PP 46/2011 score (nilai capaian SKP, Perka BKN 1/2013), kept
//! as an optional column because agencies still report it.
//!
//! Domain reference §5.1, per activity, with TO/RO, TK/RK, TW/RW, TB/RB the
//! targets and actuals of kuantitas, kualitas, waktu and biaya:
//!
//! - kuantitas = RO / TO × 100; kualitas = RK / TK × 100;
//! - waktu, with the efficiency EW = 100 − RW / TW × 100:
//!   EW ≤ 24 → ((1,76 × TW − RW) / TW) × 100;
//!   EW > 24 → 76 − ((((1,76 × TW − RW) / TW) × 100) − 100);
//! - biaya: the same with TB/RB; skipped when there is no biaya or TB = 0;
//! - penghitungan = the sum of the aspects used; nilai capaian SKP =
//!   penghitungan / 3, or / 4 with biaya;
//! - an activity not carried out (RO = 0) scores 0.
//!
//! The 24 % boundary is decided exactly: EW ≤ 24 ⟺ 100 · RW ≥ 76 · TW,
//! compared on the integer units of [`Decimal`], so TW 12 / RW 9,12 (EW
//! exactly 24, which floating point computes as 24.000000000000004) takes
//! the ≤ 24 branch and scores 100. All arithmetic is exact ([`Ratio`]).
//!
//! Categories (§5.3): the value rounded to two decimals (half up), then
//! ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, otherwise Buruk.

use serde::{Deserialize, Serialize};

use super::number::{Decimal, Ratio};
use super::plan::Aspect;
use crate::i18n::{t, tf};

/// The target and actual of one aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AspectPair {
    pub target: Decimal,
    pub actual: Decimal,
}

impl AspectPair {
    pub fn new(target: Decimal, actual: Decimal) -> AspectPair {
        AspectPair { target, actual }
    }
}

/// One activity (kegiatan tugas jabatan) of a legacy SKP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LegacyActivity {
    /// TO / RO (kuantitas/output).
    pub quantity: AspectPair,
    /// TK / RK (kualitas/mutu), TK normally 100.
    pub quality: AspectPair,
    /// TW / RW (waktu, usually bulan).
    pub time: AspectPair,
    /// TB / RB (biaya); `None` or TB = 0: no biaya.
    pub cost: Option<AspectPair>,
}

/// The score of one activity, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LegacyScore {
    /// False when RO = 0: every aspect and the value are 0.
    pub carried_out: bool,
    pub quantity: Ratio,
    pub quality: Ratio,
    pub time: Ratio,
    /// `None` when biaya is not used.
    pub cost: Option<Ratio>,
    /// Penghitungan: the sum of the aspects used.
    pub total: Ratio,
    /// Nilai capaian SKP: penghitungan / 3, or / 4 with biaya.
    pub value: Ratio,
}

impl LegacyScore {
    pub fn category(&self) -> Category {
        Category::of(self.value)
    }
}

/// Why an activity cannot be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegacyError {
    /// TO, TK or TW is zero: the formula divides by it.
    ZeroTarget(Aspect),
    /// A target or actual is negative.
    Negative(Aspect),
    /// The values are too large for exact arithmetic.
    OutOfRange,
}

impl LegacyError {
    /// A message naming the aspect and the fix.
    pub fn message(&self) -> String {
        match self {
            LegacyError::ZeroTarget(a) => tf("legacy.zero_target", &[("aspect", &a.label())]),
            LegacyError::Negative(a) => tf("legacy.negative", &[("aspect", &a.label())]),
            LegacyError::OutOfRange => t("legacy.out_of_range"),
        }
    }
}

impl std::fmt::Display for LegacyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for LegacyError {}

/// Efficiency in percent: 100 − actual / target × 100 (EW or EB), exact.
/// `None` when the target is zero.
pub fn efficiency(target: Decimal, actual: Decimal) -> Option<Ratio> {
    let used = Ratio::of(actual, target)?.checked_mul(Ratio::from_int(100))?;
    Ratio::from_int(100).checked_sub(used)
}

/// Whether the efficiency is at most 24 %, decided on integers:
/// 100 − 100·R/T ≤ 24 ⟺ 100·R ≥ 76·T (for T > 0).
pub fn efficiency_at_most_24(target: Decimal, actual: Decimal) -> bool {
    100 * actual.units() as i128 >= 76 * target.units() as i128
}

/// The waktu (or biaya) value for a positive target; `None` when the
/// target is not positive.
pub fn efficiency_score(target: Decimal, actual: Decimal) -> Option<Ratio> {
    if target.units() <= 0 {
        return None;
    }
    // ((1,76 × T − R) / T) × 100 = (176·T − 100·R) / T, on units.
    let base = Ratio::new(
        176 * target.units() as i128 - 100 * actual.units() as i128,
        target.units() as i128,
    )?;
    if efficiency_at_most_24(target, actual) {
        Some(base)
    } else {
        // 76 − (base − 100)
        Ratio::from_int(76).checked_sub(base.checked_sub(Ratio::from_int(100))?)
    }
}

/// The PP 46/2011 value of one aspect on its own (the column agencies still
/// report beside the capaian): kuantitas and kualitas as realisasi/target ×
/// 100, waktu and biaya by [`efficiency_score`]. `None` for a target that
/// is not positive or a negative realisasi.
pub fn aspect_value(aspect: Aspect, target: Decimal, actual: Decimal) -> Option<Ratio> {
    if target.units() <= 0 || actual.is_negative() {
        return None;
    }
    match aspect {
        Aspect::Quantity | Aspect::Quality => {
            Ratio::of(actual, target)?.checked_mul(Ratio::from_int(100))
        }
        Aspect::Time | Aspect::Cost => efficiency_score(target, actual),
    }
}

fn check(aspect: Aspect, pair: AspectPair, target_required: bool) -> Result<(), LegacyError> {
    if pair.target.is_negative() || pair.actual.is_negative() {
        return Err(LegacyError::Negative(aspect));
    }
    if target_required && pair.target.is_zero() {
        return Err(LegacyError::ZeroTarget(aspect));
    }
    Ok(())
}

/// Scores one activity (see the module documentation).
pub fn score_activity(a: &LegacyActivity) -> Result<LegacyScore, LegacyError> {
    check(Aspect::Quantity, a.quantity, true)?;
    check(Aspect::Quality, a.quality, true)?;
    check(Aspect::Time, a.time, true)?;
    if let Some(c) = a.cost {
        check(Aspect::Cost, c, false)?;
    }
    let cost_pair = a.cost.filter(|c| !c.target.is_zero());
    if a.quantity.actual.is_zero() {
        return Ok(LegacyScore {
            carried_out: false,
            quantity: Ratio::ZERO,
            quality: Ratio::ZERO,
            time: Ratio::ZERO,
            cost: cost_pair.map(|_| Ratio::ZERO),
            total: Ratio::ZERO,
            value: Ratio::ZERO,
        });
    }
    let hundred = Ratio::from_int(100);
    let percent = |p: AspectPair| {
        Ratio::of(p.actual, p.target)
            .and_then(|r| r.checked_mul(hundred))
            .ok_or(LegacyError::OutOfRange)
    };
    let quantity = percent(a.quantity)?;
    let quality = percent(a.quality)?;
    let time = efficiency_score(a.time.target, a.time.actual).ok_or(LegacyError::OutOfRange)?;
    let cost = match cost_pair {
        Some(c) => Some(efficiency_score(c.target, c.actual).ok_or(LegacyError::OutOfRange)?),
        None => None,
    };
    let total = [Some(quantity), Some(quality), Some(time), cost]
        .into_iter()
        .flatten()
        .try_fold(Ratio::ZERO, |acc, v| acc.checked_add(v))
        .ok_or(LegacyError::OutOfRange)?;
    let divisor = if cost.is_some() { 4 } else { 3 };
    let value = total
        .checked_div(Ratio::from_int(divisor))
        .ok_or(LegacyError::OutOfRange)?;
    Ok(LegacyScore {
        carried_out: true,
        quantity,
        quality,
        time,
        cost,
        total,
        value,
    })
}

/// The nilai capaian SKP of a whole SKP: the average of its activities'
/// values. `None` for no activity.
pub fn average_value(scores: &[LegacyScore]) -> Option<Ratio> {
    if scores.is_empty() {
        return None;
    }
    let sum = scores
        .iter()
        .try_fold(Ratio::ZERO, |acc, s| acc.checked_add(s.value))?;
    sum.checked_div(Ratio::from_int(scores.len() as i64))
}

/// Sebutan of a legacy value (§5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Buruk,
    Kurang,
    Cukup,
    Baik,
    SangatBaik,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::SangatBaik,
        Category::Baik,
        Category::Cukup,
        Category::Kurang,
        Category::Buruk,
    ];

    /// The band of a value: rounded to two decimals half up, then ≥ 91,
    /// ≥ 76, ≥ 61, ≥ 51. Rounding first and comparing with 91 is the same
    /// as comparing the exact value with 90,995, which is what is done.
    pub fn of(value: Ratio) -> Category {
        const BANDS: [(Category, i128); 4] = [
            (Category::SangatBaik, 90_995),
            (Category::Baik, 75_995),
            (Category::Cukup, 60_995),
            (Category::Kurang, 50_995),
        ];
        BANDS
            .into_iter()
            .find(|(_, lower)| value >= Ratio::new(*lower, 1000).expect("a small fraction"))
            .map_or(Category::Buruk, |(c, _)| c)
    }

    pub fn code(self) -> &'static str {
        match self {
            Category::SangatBaik => "sangat_baik",
            Category::Baik => "baik",
            Category::Cukup => "cukup",
            Category::Kurang => "kurang",
            Category::Buruk => "buruk",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    /// The official sebutan ("Sangat Baik"), the same in both languages.
    pub fn label(self) -> String {
        t(&format!("legacy_category.{}", self.code()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }
    fn r(n: i128, den: i128) -> Ratio {
        Ratio::new(n, den).unwrap()
    }
    fn pair(target: &str, actual: &str) -> AspectPair {
        AspectPair::new(d(target), d(actual))
    }

    /// Domain reference §5.4.
    fn worked_example() -> LegacyActivity {
        LegacyActivity {
            quantity: pair("1", "1"),
            quality: pair("100", "90"),
            time: pair("12", "12"),
            cost: Some(pair("170.395.000", "170.395.000")),
        }
    }

    #[test]
    fn single_aspect_values_follow_the_worked_example() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        let fmt = |r: Option<Ratio>| r.map(|r| r.format_id(2));
        assert_eq!(
            fmt(aspect_value(Aspect::Quantity, d("1"), d("1"))).as_deref(),
            Some("100,00")
        );
        assert_eq!(
            fmt(aspect_value(Aspect::Quality, d("100"), d("90"))).as_deref(),
            Some("90,00")
        );
        assert_eq!(
            fmt(aspect_value(Aspect::Time, d("12"), d("12"))).as_deref(),
            Some("76,00")
        );
        assert_eq!(
            fmt(aspect_value(Aspect::Time, d("12"), d("8"))).as_deref(),
            Some("66,67")
        );
        assert_eq!(
            fmt(aspect_value(Aspect::Cost, d("12"), d("9,12"))).as_deref(),
            Some("100,00")
        );
        assert_eq!(aspect_value(Aspect::Quantity, d("0"), d("3")), None);
        assert_eq!(aspect_value(Aspect::Time, d("12"), d("-1")), None);
    }

    #[test]
    fn the_worked_oracle_scores_85_50_baik() {
        let s = score_activity(&worked_example()).unwrap();
        assert!(s.carried_out);
        assert_eq!(s.quantity, r(100, 1));
        assert_eq!(s.quality, r(90, 1));
        assert_eq!(s.time, r(76, 1));
        assert_eq!(s.time.format_id(2), "76,00");
        assert_eq!(s.cost, Some(r(76, 1)));
        assert_eq!(s.total, r(342, 1));
        assert_eq!(s.value, r(171, 2));
        assert_eq!(s.value.format_id(2), "85,50");
        assert_eq!(s.category(), Category::Baik);
        set_lang(Lang::En);
        assert_eq!(s.category().label(), "Baik");
        set_lang(Lang::Id);
        assert_eq!(s.category().label(), "Baik");
    }

    /// Domain reference §5.4, the extra table of waktu values.
    #[test]
    fn every_row_of_the_waktu_table() {
        let rows = [
            ("5", "4", r(20, 1), "20,00", r(96, 1), "96,00", true),
            ("12", "8", r(100, 3), "33,33", r(200, 3), "66,67", false),
            ("12", "9", r(25, 1), "25,00", r(75, 1), "75,00", false),
            ("12", "13", r(-25, 3), "-8,33", r(203, 3), "67,67", true),
            ("12", "12", r(0, 1), "0,00", r(76, 1), "76,00", true),
        ];
        for (tw, rw, ew, ew_shown, value, shown, at_most_24) in rows {
            let e = efficiency(d(tw), d(rw)).unwrap();
            assert_eq!(e, ew, "EW {tw}/{rw}");
            assert_eq!(e.format_id(2), ew_shown);
            assert_eq!(efficiency_at_most_24(d(tw), d(rw)), at_most_24, "{tw}/{rw}");
            let v = efficiency_score(d(tw), d(rw)).unwrap();
            assert_eq!(v, value, "{tw}/{rw}");
            assert_eq!(v.format_id(2), shown);
        }
    }

    #[test]
    fn the_24_percent_boundary_is_exact() {
        // EW is exactly 24: the ≤ 24 branch, value 100.
        assert_eq!(efficiency(d("12"), d("9,12")), Some(r(24, 1)));
        assert!(efficiency_at_most_24(d("12"), d("9,12")));
        assert_eq!(efficiency_score(d("12"), d("9,12")), Some(r(100, 1)));
        // Floating point would put it in the other branch.
        let float_ew = 100.0 - 9.12 / 12.0 * 100.0;
        assert!(float_ew > 24.0, "{float_ew}");
        // One step more efficient: the > 24 branch, about 76.
        assert!(!efficiency_at_most_24(d("12"), d("9,11")));
        let v = efficiency_score(d("12"), d("9,11")).unwrap();
        assert_eq!(v, r(911, 12));
        assert_eq!(v.format_id(2), "75,92");
        // One step less efficient: still ≤ 24, just under 100.
        let v = efficiency_score(d("12"), d("9,13")).unwrap();
        assert_eq!(v, r(1199, 12));
        assert_eq!(v.format_id(2), "99,92");
        // Another exact boundary, with biaya in rupiah: 76.000.000 of 100 juta.
        assert_eq!(
            efficiency_score(d("100.000.000"), d("76.000.000")),
            Some(r(100, 1))
        );
        assert_eq!(
            efficiency_score(d("100.000.000"), d("75.999.999")),
            Some(r(75_999_999, 1_000_000))
        );
        assert_eq!(efficiency_score(d("0"), d("1")), None);
    }

    #[test]
    fn without_biaya_the_sum_is_divided_by_three() {
        let mut a = worked_example();
        a.cost = None;
        let s = score_activity(&a).unwrap();
        assert_eq!(s.cost, None);
        assert_eq!(s.total, r(266, 1));
        assert_eq!(s.value, r(266, 3));
        assert_eq!(s.value.format_id(2), "88,67");
        a.cost = Some(pair("0", "0"));
        assert_eq!(score_activity(&a).unwrap().value, r(266, 3));
        a.cost = Some(pair("0", "5.000"));
        assert_eq!(score_activity(&a).unwrap().value, r(266, 3));
    }

    #[test]
    fn an_activity_not_carried_out_scores_zero() {
        let mut a = worked_example();
        a.quantity = pair("1", "0");
        let s = score_activity(&a).unwrap();
        assert!(!s.carried_out);
        assert_eq!(s.value, Ratio::ZERO);
        assert_eq!(s.total, Ratio::ZERO);
        assert_eq!(s.cost, Some(Ratio::ZERO));
        assert_eq!(s.category(), Category::Buruk);
    }

    #[test]
    fn bad_inputs_name_the_aspect() {
        let mut a = worked_example();
        a.quantity = pair("0", "1");
        assert_eq!(
            score_activity(&a),
            Err(LegacyError::ZeroTarget(Aspect::Quantity))
        );
        let mut a = worked_example();
        a.quality = pair("0", "90");
        assert_eq!(
            score_activity(&a),
            Err(LegacyError::ZeroTarget(Aspect::Quality))
        );
        let mut a = worked_example();
        a.time = pair("0", "12");
        assert_eq!(
            score_activity(&a),
            Err(LegacyError::ZeroTarget(Aspect::Time))
        );
        let mut a = worked_example();
        a.cost = Some(pair("100", "-1"));
        assert_eq!(score_activity(&a), Err(LegacyError::Negative(Aspect::Cost)));
        let e = LegacyError::ZeroTarget(Aspect::Time).message();
        assert_eq!(
            e,
            "Target aspek Waktu bernilai 0; isi target yang lebih dari 0 agar nilai dapat dihitung."
        );
        assert!(!LegacyError::OutOfRange.message().starts_with("legacy."));
        assert!(
            LegacyError::Negative(Aspect::Cost)
                .to_string()
                .contains("Biaya")
        );
    }

    #[test]
    fn the_skp_value_is_the_average_of_its_activities() {
        let mut b = worked_example();
        b.cost = None;
        let scores = [
            score_activity(&worked_example()).unwrap(),
            score_activity(&b).unwrap(),
        ];
        // (171/2 + 266/3) / 2 = 1045/12
        assert_eq!(average_value(&scores), Some(r(1045, 12)));
        assert_eq!(average_value(&scores).unwrap().format_id(2), "87,08");
        assert_eq!(average_value(&[]), None);
    }

    #[test]
    fn category_bands_round_to_two_decimals_first() {
        let cases = [
            ("100", Category::SangatBaik),
            ("91", Category::SangatBaik),
            ("90,995", Category::SangatBaik),
            ("90,9949", Category::Baik),
            ("90,99", Category::Baik),
            ("76", Category::Baik),
            ("75,995", Category::Baik),
            ("75,994", Category::Cukup),
            ("61", Category::Cukup),
            ("60,995", Category::Cukup),
            ("60,99", Category::Kurang),
            ("51", Category::Kurang),
            ("50,995", Category::Kurang),
            ("50,99", Category::Buruk),
            ("0", Category::Buruk),
            ("-5", Category::Buruk),
        ];
        for (v, expected) in cases {
            assert_eq!(Category::of(d(v).to_ratio()), expected, "{v}");
        }
        assert_eq!(Category::of(r(273, 3)), Category::SangatBaik);
        assert_eq!(Category::of(r(1, 3)), Category::Buruk);
    }

    #[test]
    fn category_codes_and_labels() {
        let labels: Vec<String> = Category::ALL.iter().map(|c| c.label()).collect();
        assert_eq!(labels, ["Sangat Baik", "Baik", "Cukup", "Kurang", "Buruk"]);
        for c in Category::ALL {
            assert_eq!(Category::parse(c.code()), Some(c));
        }
        assert_eq!(Category::parse(" BAIK "), Some(Category::Baik));
        assert_eq!(Category::parse("bagus"), None);
    }
}
