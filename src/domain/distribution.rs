//! Predikat kinerja organisasi and the pola distribusi (SE MenPANRB
//! 3/2023, domain reference §1.6).
//!
//! The organisation's predikat sets the pattern its staff's predikat should
//! follow. The rules are one table, [`DISTRIBUTION_RULES`]; the check,
//! [`check_distribution`], compares counts against it.
//!
//! How the rules are read (the reference marks the wording UNSURE):
//!
//! - the pattern is "pertimbangan" (guidance) for the leader, so every
//!   result is a warning: nothing here ever blocks saving;
//! - counts are compared exactly, `count × 100` against `percent × n`, with
//!   no rounding: 7 of 10 is exactly 70 % and meets "paling banyak 70 %",
//!   and "paling sedikit 10 %" of 3 people needs one person (1 × 100 ≥
//!   10 × 3);
//! - "sebagian besar (maksimal 70 %)" is checked as the stated maximum
//!   only; a share of 50 % or less gives a [`Note`], not a [`Breach`],
//!   because the SE states no minimum in numbers;
//! - "harus ada" (there must be someone) is at least one person;
//! - "tidak ada pegawai dengan predikat Sangat Baik" is none at all;
//! - "pegawai lainnya dapat memiliki …" (the others may have …) allows
//!   anything and is not checked;
//! - `n` is the number of people counted in [`PredicateCounts`], i.e. the
//!   people who have a predikat; who counts (draft or final, excluded
//!   staff) is the caller's choice;
//! - an empty unit (n = 0) has no breach and one note;
//! - in a very small unit the minimums may not all fit (Kurang with 2
//!   people needs one Butuh Perbaikan and two Kurang/Misconduct); the check
//!   then adds [`Note::CannotBeMet`] so the leader knows the breach is
//!   arithmetic, not judgement.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::number::Ratio;
use super::rating::{Predicate, normalize};
use crate::i18n::{t, tf};

/// Predikat kinerja organisasi.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitPredicate {
    Istimewa,
    Baik,
    /// "Butuh Perbaikan/Cukup" in the SE.
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl UnitPredicate {
    /// Best first, as the SE lists them.
    pub const ALL: [UnitPredicate; 5] = [
        UnitPredicate::Istimewa,
        UnitPredicate::Baik,
        UnitPredicate::ButuhPerbaikan,
        UnitPredicate::Kurang,
        UnitPredicate::SangatKurang,
    ];

    /// The stored code: `istimewa`, `baik`, `butuh_perbaikan`, `kurang`,
    /// `sangat_kurang`.
    pub fn code(self) -> &'static str {
        match self {
            UnitPredicate::Istimewa => "istimewa",
            UnitPredicate::Baik => "baik",
            UnitPredicate::ButuhPerbaikan => "butuh_perbaikan",
            UnitPredicate::Kurang => "kurang",
            UnitPredicate::SangatKurang => "sangat_kurang",
        }
    }

    /// Position in [`ALL`](Self::ALL), 0 for Istimewa.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|p| *p == self).expect("in ALL")
    }

    /// Reads the code or the label, any case and spacing: `Istimewa`,
    /// `butuh perbaikan`, `Butuh Perbaikan/Cukup`, `Cukup`.
    pub fn parse(s: &str) -> Option<UnitPredicate> {
        let n = normalize(s);
        match n.as_str() {
            "istimewa" => Some(UnitPredicate::Istimewa),
            "baik" => Some(UnitPredicate::Baik),
            "butuh perbaikan" | "butuh perbaikan/cukup" | "cukup" => {
                Some(UnitPredicate::ButuhPerbaikan)
            }
            "kurang" => Some(UnitPredicate::Kurang),
            "sangat kurang" => Some(UnitPredicate::SangatKurang),
            _ => None,
        }
    }

    /// The SE's label, Indonesian in every language: "Istimewa", "Baik",
    /// "Butuh Perbaikan/Cukup", "Kurang", "Sangat Kurang".
    pub fn label(self) -> String {
        t(&format!("unit_predicate.{}", self.code()))
    }

    /// A short explanation in the current language.
    pub fn gloss(self) -> String {
        t(&format!("unit_predicate_gloss.{}", self.code()))
    }
}

impl Ord for UnitPredicate {
    /// Better is greater: Istimewa is the greatest.
    fn cmp(&self, other: &UnitPredicate) -> Ordering {
        other.index().cmp(&self.index())
    }
}

impl PartialOrd for UnitPredicate {
    fn partial_cmp(&self, other: &UnitPredicate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// How many people of a unit have each predikat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PredicateCounts {
    /// Indexed by [`Predicate::index`]: SB, B, BP, K, SK.
    counts: [u64; 5],
}

impl PredicateCounts {
    /// Counts in the order of [`Predicate::ALL`]: SB, B, BP, K, SK.
    pub fn new(counts: [u64; 5]) -> PredicateCounts {
        PredicateCounts { counts }
    }
    pub fn get(&self, p: Predicate) -> u64 {
        self.counts[p.index()]
    }
    pub fn set(&mut self, p: Predicate, n: u64) {
        self.counts[p.index()] = n;
    }
    pub fn add(&mut self, p: Predicate) {
        self.counts[p.index()] += 1;
    }
    /// The people counted (n).
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
    /// The counts in the order of [`Predicate::ALL`].
    pub fn as_array(&self) -> [u64; 5] {
        self.counts
    }
    /// The combined count of a group of predikat.
    pub fn sum_of(&self, group: &[Predicate]) -> u64 {
        group.iter().map(|p| self.get(*p)).sum()
    }
    /// The share of `p` in percent, exact; `None` for an empty unit.
    pub fn percent(&self, p: Predicate) -> Option<Ratio> {
        percent_of(self.get(p), self.total())
    }
}

impl FromIterator<Predicate> for PredicateCounts {
    fn from_iter<I: IntoIterator<Item = Predicate>>(iter: I) -> PredicateCounts {
        let mut c = PredicateCounts::default();
        for p in iter {
            c.add(p);
        }
        c
    }
}

/// `count / total × 100`, exact; `None` when `total` is zero.
fn percent_of(count: u64, total: u64) -> Option<Ratio> {
    Ratio::new(count as i128 * 100, total as i128)
}

/// What a rule asks of the combined share of its predikat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// "sebagian besar (maksimal N %)": at most N %; 50 % or less is noted.
    Majority { max_percent: u32 },
    /// "maksimal N %": at most N %.
    AtMost(u32),
    /// "minimal N %": at least N %.
    AtLeast(u32),
    /// "harus ada": at least one person.
    AtLeastOne,
    /// "tidak ada": nobody.
    NoneAllowed,
}

/// One line of the pola distribusi: for units with predikat `org`, the
/// combined share of `predicates` must meet `limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DistributionRule {
    pub org: UnitPredicate,
    pub predicates: &'static [Predicate],
    pub limit: Limit,
}

/// The share at or below which a "sebagian besar" group is noted.
pub const MAJORITY_NOTE_PERCENT: u32 = 50;

/// The pola distribusi of SE MenPANRB 3/2023 (domain reference §1.6), one
/// row per stated limit. Predikat the SE merely allows are not listed.
pub const DISTRIBUTION_RULES: &[DistributionRule] = {
    use Limit::*;
    use Predicate::*;
    use UnitPredicate as O;
    &[
        // 1) Istimewa: sebagian besar (maksimal 70 %) Sangat Baik.
        DistributionRule {
            org: O::Istimewa,
            predicates: &[SangatBaik],
            limit: Majority { max_percent: 70 },
        },
        // 2) Baik: sebagian besar (maksimal 70 %) Baik; harus ada Butuh
        //    Perbaikan dan/atau Kurang/misconduct.
        DistributionRule {
            org: O::Baik,
            predicates: &[Baik],
            limit: Majority { max_percent: 70 },
        },
        DistributionRule {
            org: O::Baik,
            predicates: &[ButuhPerbaikan, KurangMisconduct],
            limit: AtLeastOne,
        },
        // 3) Butuh Perbaikan/Cukup: minimal 60 % Butuh Perbaikan; Sangat
        //    Baik maksimal 10 %.
        DistributionRule {
            org: O::ButuhPerbaikan,
            predicates: &[ButuhPerbaikan],
            limit: AtLeast(60),
        },
        DistributionRule {
            org: O::ButuhPerbaikan,
            predicates: &[SangatBaik],
            limit: AtMost(10),
        },
        // 4) Kurang: minimal 60 % Kurang/misconduct; minimal 10 % Butuh
        //    Perbaikan; Sangat Baik maksimal 10 %.
        DistributionRule {
            org: O::Kurang,
            predicates: &[KurangMisconduct],
            limit: AtLeast(60),
        },
        DistributionRule {
            org: O::Kurang,
            predicates: &[ButuhPerbaikan],
            limit: AtLeast(10),
        },
        DistributionRule {
            org: O::Kurang,
            predicates: &[SangatBaik],
            limit: AtMost(10),
        },
        // 5) Sangat Kurang: minimal 60 % Sangat Kurang; harus ada minimal
        //    10 % Kurang/misconduct dan/atau Butuh Perbaikan; tidak ada
        //    Sangat Baik.
        DistributionRule {
            org: O::SangatKurang,
            predicates: &[SangatKurang],
            limit: AtLeast(60),
        },
        DistributionRule {
            org: O::SangatKurang,
            predicates: &[ButuhPerbaikan, KurangMisconduct],
            limit: AtLeast(10),
        },
        DistributionRule {
            org: O::SangatKurang,
            predicates: &[SangatBaik],
            limit: NoneAllowed,
        },
    ]
};

/// The rules for units with predikat `org`, in table order.
pub fn rules_for(org: UnitPredicate) -> impl Iterator<Item = &'static DistributionRule> {
    DISTRIBUTION_RULES.iter().filter(move |r| r.org == org)
}

/// The allowed share of one predikat, `(min, max)` in percent, from the
/// rules on that predikat alone (for a chart of the band). Rules on a
/// group (Butuh Perbaikan + Kurang/Misconduct) are not in it.
pub fn allowed_band(org: UnitPredicate, p: Predicate) -> (u32, u32) {
    let (mut min, mut max) = (0, 100);
    for r in rules_for(org).filter(|r| r.predicates == [p]) {
        match r.limit {
            Limit::Majority { max_percent: m } | Limit::AtMost(m) => max = max.min(m),
            Limit::AtLeast(m) => min = min.max(m),
            Limit::AtLeastOne => {}
            Limit::NoneAllowed => max = 0,
        }
    }
    (min, max)
}

impl DistributionRule {
    /// The predikat of the rule joined with " + ": "Sangat Baik",
    /// "Butuh Perbaikan + Kurang/Misconduct".
    pub fn group_label(&self) -> String {
        self.predicates
            .iter()
            .map(|p| p.label())
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// The fewest people of the group a unit of `n` needs (0 when the rule
    /// sets no minimum).
    pub fn min_count(&self, n: u64) -> u64 {
        match self.limit {
            Limit::AtLeast(p) => ((p as u128 * n as u128).div_ceil(100)) as u64,
            Limit::AtLeastOne => n.min(1),
            Limit::Majority { .. } | Limit::AtMost(_) | Limit::NoneAllowed => 0,
        }
    }

    /// The most people of the group a unit of `n` may have.
    pub fn max_count(&self, n: u64) -> u64 {
        match self.limit {
            Limit::Majority { max_percent: p } | Limit::AtMost(p) => {
                (p as u128 * n as u128 / 100) as u64
            }
            Limit::NoneAllowed => 0,
            Limit::AtLeast(_) | Limit::AtLeastOne => n,
        }
    }

    /// Whether `count` of `n` people meets the rule, compared exactly. An
    /// empty unit meets every rule.
    pub fn is_met(&self, count: u64, n: u64) -> bool {
        if n == 0 {
            return true;
        }
        let (c, n) = (count as u128 * 100, n as u128);
        match self.limit {
            Limit::Majority { max_percent: p } | Limit::AtMost(p) => c <= p as u128 * n,
            Limit::AtLeast(p) => c >= p as u128 * n,
            Limit::AtLeastOne => count > 0,
            Limit::NoneAllowed => count == 0,
        }
    }
}

/// A rule the counts do not meet, with the numbers for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breach {
    pub rule: &'static DistributionRule,
    /// People in the rule's group.
    pub count: u64,
    /// People counted in the unit (n).
    pub total: u64,
}

impl Breach {
    /// "Sangat Baik 8 dari 10 = 80 %, paling banyak 70 %".
    pub fn message(&self) -> String {
        let (key, limit) = match self.rule.limit {
            Limit::Majority { max_percent: p } | Limit::AtMost(p) => ("at_most", p),
            Limit::AtLeast(p) => ("at_least", p),
            Limit::AtLeastOne => ("at_least_one", 0),
            Limit::NoneAllowed => ("none_allowed", 0),
        };
        tf(
            &format!("distribution.{key}"),
            &[
                ("group", &self.rule.group_label()),
                ("count", &self.count),
                ("total", &self.total),
                ("pct", &percent_text(self.count, self.total, limit)),
                ("limit", &limit),
            ],
        )
    }
}

/// Something worth knowing that is not a breach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Nobody has a predikat yet: nothing to check.
    EmptyUnit,
    /// A "sebagian besar" group has 50 % or less.
    MajorityNotReached {
        rule: &'static DistributionRule,
        count: u64,
        total: u64,
    },
    /// With this few people no distribution meets every rule.
    CannotBeMet { org: UnitPredicate, total: u64 },
}

impl Note {
    pub fn message(&self) -> String {
        match *self {
            Note::EmptyUnit => t("distribution.note_empty"),
            Note::MajorityNotReached { rule, count, total } => {
                let max = match rule.limit {
                    Limit::Majority { max_percent } => max_percent,
                    _ => 100,
                };
                tf(
                    "distribution.note_majority",
                    &[
                        ("group", &rule.group_label()),
                        ("count", &count),
                        ("total", &total),
                        ("pct", &percent_text(count, total, MAJORITY_NOTE_PERCENT)),
                        ("limit", &max),
                    ],
                )
            }
            Note::CannotBeMet { org, total } => tf(
                "distribution.note_cannot_be_met",
                &[("total", &total), ("org", &org.label())],
            ),
        }
    }
}

/// The result of [`check_distribution`]: warnings and notes, never a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionCheck {
    pub org: UnitPredicate,
    pub counts: PredicateCounts,
    /// Rules not met, in table order.
    pub breaches: Vec<Breach>,
    /// Remarks that are not breaches.
    pub notes: Vec<Note>,
}

impl DistributionCheck {
    /// No breach (notes may remain).
    pub fn is_within(&self) -> bool {
        self.breaches.is_empty()
    }
    /// Every breach message, then every note message.
    pub fn messages(&self) -> Vec<String> {
        self.breaches
            .iter()
            .map(Breach::message)
            .chain(self.notes.iter().map(Note::message))
            .collect()
    }
}

/// Whether some distribution of `n` people meets every rule for `org`.
///
/// The groups with a minimum are disjoint and carry no maximum (a test
/// holds the table to that), so the minimums fit exactly when their sum
/// does not pass `n`.
pub fn can_be_met(org: UnitPredicate, n: u64) -> bool {
    rules_for(org).map(|r| r.min_count(n)).sum::<u64>() <= n
}

/// Checks a unit's predikat counts against the pola distribusi for its
/// predikat organisasi. Exact comparison; warnings only.
pub fn check_distribution(org: UnitPredicate, counts: &PredicateCounts) -> DistributionCheck {
    let total = counts.total();
    let mut breaches = Vec::new();
    let mut notes = Vec::new();
    if total == 0 {
        notes.push(Note::EmptyUnit);
    } else {
        if !can_be_met(org, total) {
            notes.push(Note::CannotBeMet { org, total });
        }
        for rule in rules_for(org) {
            let count = counts.sum_of(rule.predicates);
            if !rule.is_met(count, total) {
                breaches.push(Breach { rule, count, total });
            } else if matches!(rule.limit, Limit::Majority { .. })
                && count as u128 * 100 <= MAJORITY_NOTE_PERCENT as u128 * total as u128
            {
                notes.push(Note::MajorityNotReached { rule, count, total });
            }
        }
    }
    DistributionCheck {
        org,
        counts: *counts,
        breaches,
        notes,
    }
}

/// `count / total` in percent for a message, Indonesian style: whole
/// percentages without decimals ("80"), others with one decimal ("66,7"),
/// or more when one decimal would show exactly `limit` for a share that is
/// not exactly `limit` ("70,01" rather than "70,0" against 70 %). "0" for
/// an empty unit.
pub fn percent_text(count: u64, total: u64, limit: u32) -> String {
    let Some(p) = percent_of(count, total) else {
        return "0".to_string();
    };
    if p.denom() == 1 {
        return p.format_id(0);
    }
    let limit = Ratio::from_int(limit as i64);
    let mut decimals = 1;
    while decimals < 6 && p.round_dp(decimals) == Some(limit) {
        decimals += 1;
    }
    p.format_id(decimals)
}

#[cfg(test)]
mod tests;
