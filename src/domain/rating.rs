//! Ratings, the predikat kinerja pegawai, and the period an assessment is
//! for.
//!
//! Domain reference §1.4–§1.5 (PermenPANRB 6/2022): the supervisor (pejabat
//! penilai) gives a rating hasil kerja and a rating perilaku kerja, each
//! one of three levels; the two give the predikat kinerja pegawai through a
//! 3×3 matrix ([`PREDICATE_MATRIX`], [`predicate`]). The labels are the
//! regulation's own words and stay Indonesian in every language
//! ("Kurang/Misconduct", not "Kurang").
//!
//! Ordering: better is greater. `Rating::Above > Rating::Meets >
//! Rating::Below` and `Predicate::SangatBaik > … > Predicate::SangatKurang`,
//! so `max()` gives the best. `ALL` lists them best first, as the
//! regulation does.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::period::Quarter;
use crate::i18n::{t, tf};

/// Rating hasil kerja or rating perilaku kerja.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rating {
    /// Di Atas Ekspektasi.
    #[serde(rename = "di_atas")]
    Above,
    /// Sesuai Ekspektasi.
    #[serde(rename = "sesuai")]
    Meets,
    /// Di Bawah Ekspektasi.
    #[serde(rename = "di_bawah")]
    Below,
}

/// Lower case, single spaces, `_` and `-` read as spaces, no spaces around
/// `/`: how typed or imported names are compared.
pub(super) fn normalize(s: &str) -> String {
    s.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" /", "/")
        .replace("/ ", "/")
}

impl Rating {
    /// Best first, as the regulation lists them.
    pub const ALL: [Rating; 3] = [Rating::Above, Rating::Meets, Rating::Below];

    /// The stored code: `di_atas`, `sesuai`, `di_bawah`.
    pub fn code(self) -> &'static str {
        match self {
            Rating::Above => "di_atas",
            Rating::Meets => "sesuai",
            Rating::Below => "di_bawah",
        }
    }

    /// 0 for Di Bawah, 1 for Sesuai, 2 for Di Atas.
    fn rank(self) -> u8 {
        match self {
            Rating::Below => 0,
            Rating::Meets => 1,
            Rating::Above => 2,
        }
    }

    /// Reads the code, the label with or without "Ekspektasi" (any case,
    /// any spacing) or the English word: `di_atas`, `Di Atas Ekspektasi`,
    /// `sesuai`, `below`.
    pub fn parse(s: &str) -> Option<Rating> {
        let n = normalize(s);
        let n = n.strip_suffix(" ekspektasi").unwrap_or(&n);
        let n = n.strip_suffix(" expectations").unwrap_or(n);
        match n {
            "di atas" | "diatas" | "above" => Some(Rating::Above),
            "sesuai" | "meets" => Some(Rating::Meets),
            "di bawah" | "dibawah" | "below" => Some(Rating::Below),
            _ => None,
        }
    }

    /// The official label: "Di Atas Ekspektasi", "Sesuai Ekspektasi",
    /// "Di Bawah Ekspektasi" (Indonesian in every language).
    pub fn label(self) -> String {
        t(&format!("rating.{}", self.code()))
    }

    /// A short explanation in the current language (English in the English
    /// catalog; the Indonesian catalog repeats the label in lower case).
    pub fn gloss(self) -> String {
        t(&format!("rating_gloss.{}", self.code()))
    }
}

impl Ord for Rating {
    fn cmp(&self, other: &Rating) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for Rating {
    fn partial_cmp(&self, other: &Rating) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Predikat kinerja pegawai.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Predicate {
    /// Sangat Baik (SB).
    #[serde(rename = "SB")]
    SangatBaik,
    /// Baik (B).
    #[serde(rename = "B")]
    Baik,
    /// Butuh Perbaikan (BP).
    #[serde(rename = "BP")]
    ButuhPerbaikan,
    /// Kurang/Misconduct (K).
    #[serde(rename = "K")]
    KurangMisconduct,
    /// Sangat Kurang (SK).
    #[serde(rename = "SK")]
    SangatKurang,
}

impl Predicate {
    /// Best first, as the regulation lists them.
    pub const ALL: [Predicate; 5] = [
        Predicate::SangatBaik,
        Predicate::Baik,
        Predicate::ButuhPerbaikan,
        Predicate::KurangMisconduct,
        Predicate::SangatKurang,
    ];

    /// The short code, also the stored code: `SB`, `B`, `BP`, `K`, `SK`.
    pub fn code(self) -> &'static str {
        match self {
            Predicate::SangatBaik => "SB",
            Predicate::Baik => "B",
            Predicate::ButuhPerbaikan => "BP",
            Predicate::KurangMisconduct => "K",
            Predicate::SangatKurang => "SK",
        }
    }

    /// Position in [`ALL`](Self::ALL): 0 for Sangat Baik … 4 for Sangat
    /// Kurang. Handy for arrays of counts.
    pub fn index(self) -> usize {
        match self {
            Predicate::SangatBaik => 0,
            Predicate::Baik => 1,
            Predicate::ButuhPerbaikan => 2,
            Predicate::KurangMisconduct => 3,
            Predicate::SangatKurang => 4,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Predicate::SangatBaik => "sangat_baik",
            Predicate::Baik => "baik",
            Predicate::ButuhPerbaikan => "butuh_perbaikan",
            Predicate::KurangMisconduct => "kurang_misconduct",
            Predicate::SangatKurang => "sangat_kurang",
        }
    }

    /// Reads the short code or the label, any case and spacing: `SB`,
    /// `sangat baik`, `Kurang/misconduct`, and the shortened `Kurang` and
    /// `Misconduct` some systems export.
    pub fn parse(s: &str) -> Option<Predicate> {
        let n = normalize(s);
        if let Some(p) = Self::ALL
            .into_iter()
            .find(|p| p.code().eq_ignore_ascii_case(&n))
        {
            return Some(p);
        }
        match n.as_str() {
            "sangat baik" => Some(Predicate::SangatBaik),
            "baik" => Some(Predicate::Baik),
            "butuh perbaikan" => Some(Predicate::ButuhPerbaikan),
            "kurang/misconduct" | "kurang" | "misconduct" | "kurang misconduct" => {
                Some(Predicate::KurangMisconduct)
            }
            "sangat kurang" => Some(Predicate::SangatKurang),
            _ => None,
        }
    }

    /// The official label, Indonesian in every language: "Sangat Baik",
    /// "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang".
    pub fn label(self) -> String {
        t(&format!("predicate.{}", self.key()))
    }

    /// A short explanation in the current language.
    pub fn gloss(self) -> String {
        t(&format!("predicate_gloss.{}", self.key()))
    }
}

impl Ord for Predicate {
    fn cmp(&self, other: &Predicate) -> Ordering {
        // Index 0 is the best, so the comparison is reversed.
        other.index().cmp(&self.index())
    }
}

impl PartialOrd for Predicate {
    fn partial_cmp(&self, other: &Predicate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The rows of [`PREDICATE_MATRIX`]: rating hasil kerja, best first.
pub const MATRIX_ROWS: [Rating; 3] = [Rating::Above, Rating::Meets, Rating::Below];
/// The columns of [`PREDICATE_MATRIX`]: rating perilaku kerja, worst first.
pub const MATRIX_COLUMNS: [Rating; 3] = [Rating::Below, Rating::Meets, Rating::Above];

/// The predikat matrix laid out as in domain reference §1.5: rows are the
/// rating hasil kerja ([`MATRIX_ROWS`]: Di Atas, Sesuai, Di Bawah), columns
/// the rating perilaku kerja ([`MATRIX_COLUMNS`]: Di Bawah, Sesuai, Di
/// Atas).
pub const PREDICATE_MATRIX: [[Predicate; 3]; 3] = {
    use Predicate::*;
    [
        [KurangMisconduct, Baik, SangatBaik],
        [KurangMisconduct, Baik, Baik],
        [SangatKurang, ButuhPerbaikan, ButuhPerbaikan],
    ]
};

/// The predikat kinerja pegawai for a rating hasil kerja and a rating
/// perilaku kerja (PermenPANRB 6/2022, domain reference §1.5).
pub fn predicate(hasil: Rating, perilaku: Rating) -> Predicate {
    let row = 2 - hasil.rank() as usize;
    let column = perilaku.rank() as usize;
    PREDICATE_MATRIX[row][column]
}

/// The period an assessment is for: a quarter (evaluasi periodik) or the
/// year (evaluasi tahunan). The quarters come first: Q1 < … < Q4 < Year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssessmentPeriod {
    Quarter(Quarter),
    Year,
}

impl AssessmentPeriod {
    /// The four quarters, then the year.
    pub fn all() -> [AssessmentPeriod; 5] {
        let q = |n| AssessmentPeriod::Quarter(Quarter::new(n).expect("1..=4"));
        [q(1), q(2), q(3), q(4), AssessmentPeriod::Year]
    }

    /// The stored code: `q1` … `q4`, `year`.
    pub fn code(self) -> &'static str {
        match self {
            AssessmentPeriod::Quarter(q) => ["q1", "q2", "q3", "q4"][q.number() as usize - 1],
            AssessmentPeriod::Year => "year",
        }
    }

    /// 1–4 for a quarter, 0 for the year (an integer column).
    pub fn number(self) -> u8 {
        match self {
            AssessmentPeriod::Quarter(q) => q.number(),
            AssessmentPeriod::Year => 0,
        }
    }

    /// The inverse of [`number`](Self::number).
    pub fn from_number(n: u8) -> Option<AssessmentPeriod> {
        match n {
            0 => Some(AssessmentPeriod::Year),
            _ => Quarter::new(n).map(AssessmentPeriod::Quarter),
        }
    }

    /// The quarter, if this is a quarter.
    pub fn quarter(self) -> Option<Quarter> {
        match self {
            AssessmentPeriod::Quarter(q) => Some(q),
            AssessmentPeriod::Year => None,
        }
    }

    /// Reads the code, a quarter as `1`–`4`, a Roman numeral, `tw3` or
    /// `triwulan III`, and the year as `year`, `tahunan`, `tahun` or
    /// `annual`; any case.
    pub fn parse(s: &str) -> Option<AssessmentPeriod> {
        let n = normalize(s);
        if let Some(p) = Self::all().into_iter().find(|p| p.code() == n) {
            return Some(p);
        }
        if matches!(n.as_str(), "tahunan" | "tahun" | "annual" | "y") {
            return Some(AssessmentPeriod::Year);
        }
        let rest = ["triwulan", "tw", "quarter", "q"]
            .into_iter()
            .find_map(|prefix| n.strip_prefix(prefix))
            .unwrap_or(&n)
            .trim();
        let q = match rest {
            "1" | "i" => 1,
            "2" | "ii" => 2,
            "3" | "iii" => 3,
            "4" | "iv" => 4,
            _ => return None,
        };
        Quarter::new(q).map(AssessmentPeriod::Quarter)
    }

    /// The period after (or before) this one of `year`, in the order
    /// I → II → III → IV → the year → I of the next year.
    pub fn step(self, year: i32, forward: bool) -> (i32, AssessmentPeriod) {
        let all = Self::all();
        let i = all.iter().position(|p| *p == self).expect("in all");
        match (forward, i) {
            (true, 4) => (year + 1, all[0]),
            (true, i) => (year, all[i + 1]),
            (false, 0) => (year - 1, all[4]),
            (false, i) => (year, all[i - 1]),
        }
    }

    /// "Triwulan III" or "Tahunan" ("Quarter III", "Annual").
    pub fn label(self) -> String {
        match self {
            AssessmentPeriod::Quarter(q) => {
                tf("assessment_period.quarter", &[("roman", &q.roman())])
            }
            AssessmentPeriod::Year => t("assessment_period.year"),
        }
    }
}

#[cfg(test)]
mod tests;
