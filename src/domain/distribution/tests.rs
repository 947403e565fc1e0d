use super::*;
use crate::i18n::{Lang, catalog, set_lang};
use Predicate::*;

fn counts(sb: u64, b: u64, bp: u64, k: u64, sk: u64) -> PredicateCounts {
    PredicateCounts::new([sb, b, bp, k, sk])
}

/// The breaches as (group, limit) pairs, for compact assertions.
fn breached(org: UnitPredicate, c: PredicateCounts) -> Vec<(&'static [Predicate], Limit)> {
    check_distribution(org, &c)
        .breaches
        .iter()
        .map(|b| (b.rule.predicates, b.rule.limit))
        .collect()
}

const SB_MAJ: (&[Predicate], Limit) = (&[SangatBaik], Limit::Majority { max_percent: 70 });
const B_MAJ: (&[Predicate], Limit) = (&[Baik], Limit::Majority { max_percent: 70 });
const BP_K_ONE: (&[Predicate], Limit) = (&[ButuhPerbaikan, KurangMisconduct], Limit::AtLeastOne);
const BP_60: (&[Predicate], Limit) = (&[ButuhPerbaikan], Limit::AtLeast(60));
const SB_10: (&[Predicate], Limit) = (&[SangatBaik], Limit::AtMost(10));
const K_60: (&[Predicate], Limit) = (&[KurangMisconduct], Limit::AtLeast(60));
const BP_10: (&[Predicate], Limit) = (&[ButuhPerbaikan], Limit::AtLeast(10));
const SK_60: (&[Predicate], Limit) = (&[SangatKurang], Limit::AtLeast(60));
const BP_K_10: (&[Predicate], Limit) = (&[ButuhPerbaikan, KurangMisconduct], Limit::AtLeast(10));
const SB_NONE: (&[Predicate], Limit) = (&[SangatBaik], Limit::NoneAllowed);

// ---- the table -------------------------------------------------------

#[test]
fn the_table_states_the_se_for_every_organisation_predikat() {
    let rules = |org| {
        rules_for(org)
            .map(|r| (r.predicates, r.limit))
            .collect::<Vec<_>>()
    };
    assert_eq!(rules(UnitPredicate::Istimewa), [SB_MAJ]);
    assert_eq!(rules(UnitPredicate::Baik), [B_MAJ, BP_K_ONE]);
    assert_eq!(rules(UnitPredicate::ButuhPerbaikan), [BP_60, SB_10]);
    assert_eq!(rules(UnitPredicate::Kurang), [K_60, BP_10, SB_10]);
    assert_eq!(
        rules(UnitPredicate::SangatKurang),
        [SK_60, BP_K_10, SB_NONE]
    );
    assert_eq!(DISTRIBUTION_RULES.len(), 11);
}

/// [`can_be_met`] relies on this shape of the table.
#[test]
fn groups_with_a_minimum_are_disjoint_and_uncapped() {
    for org in UnitPredicate::ALL {
        let mins: Vec<_> = rules_for(org).filter(|r| r.min_count(100) > 0).collect();
        let caps: Vec<_> = rules_for(org).filter(|r| r.max_count(100) < 100).collect();
        for (i, a) in mins.iter().enumerate() {
            for b in &mins[i + 1..] {
                assert!(
                    a.predicates.iter().all(|p| !b.predicates.contains(p)),
                    "{org:?}"
                );
            }
            for c in &caps {
                assert!(
                    a.predicates.iter().all(|p| !c.predicates.contains(p)),
                    "{org:?}"
                );
            }
        }
        // Some predikat is free of any cap, so leftovers have a place.
        assert!(
            Predicate::ALL
                .iter()
                .any(|p| caps.iter().all(|c| !c.predicates.contains(p))),
            "{org:?}"
        );
    }
}

#[test]
fn allowed_bands_for_a_chart() {
    use UnitPredicate as O;
    assert_eq!(allowed_band(O::Istimewa, SangatBaik), (0, 70));
    assert_eq!(allowed_band(O::Istimewa, SangatKurang), (0, 100));
    assert_eq!(allowed_band(O::Baik, Baik), (0, 70));
    // The group rule (BP + K) is not a band of either.
    assert_eq!(allowed_band(O::Baik, ButuhPerbaikan), (0, 100));
    assert_eq!(allowed_band(O::ButuhPerbaikan, ButuhPerbaikan), (60, 100));
    assert_eq!(allowed_band(O::ButuhPerbaikan, SangatBaik), (0, 10));
    assert_eq!(allowed_band(O::Kurang, KurangMisconduct), (60, 100));
    assert_eq!(allowed_band(O::Kurang, ButuhPerbaikan), (10, 100));
    assert_eq!(allowed_band(O::Kurang, SangatBaik), (0, 10));
    assert_eq!(allowed_band(O::SangatKurang, SangatKurang), (60, 100));
    assert_eq!(allowed_band(O::SangatKurang, SangatBaik), (0, 0));
    assert_eq!(allowed_band(O::SangatKurang, Baik), (0, 100));
}

#[test]
fn min_and_max_counts_round_towards_the_rule() {
    let at_least = |p| DistributionRule {
        org: UnitPredicate::Kurang,
        predicates: &[ButuhPerbaikan],
        limit: Limit::AtLeast(p),
    };
    let at_most = |p| DistributionRule {
        org: UnitPredicate::Kurang,
        predicates: &[SangatBaik],
        limit: Limit::AtMost(p),
    };
    // 10 % of 3 is 0,3: one person is needed, nobody may exceed 0.
    assert_eq!(at_least(10).min_count(3), 1);
    assert_eq!(at_most(10).max_count(3), 0);
    assert_eq!(at_least(60).min_count(3), 2);
    assert_eq!(at_least(60).min_count(5), 3);
    assert_eq!(at_least(60).min_count(10), 6);
    assert_eq!(at_most(70).max_count(10), 7);
    assert_eq!(at_most(70).max_count(3), 2);
    assert_eq!(at_least(10).min_count(0), 0);
    assert_eq!(at_least(10).max_count(7), 7);
    let one = DistributionRule {
        org: UnitPredicate::Baik,
        predicates: &[ButuhPerbaikan],
        limit: Limit::AtLeastOne,
    };
    assert_eq!(one.min_count(0), 0);
    assert_eq!(one.min_count(5), 1);
    // No overflow at the edge of u64.
    assert_eq!(
        at_most(70).max_count(u64::MAX),
        (u64::MAX as u128 * 7 / 10) as u64
    );
}

// ---- every organisation predikat ----------------------------------------

#[test]
fn istimewa_caps_sangat_baik_at_70_percent() {
    let o = UnitPredicate::Istimewa;
    assert_eq!(breached(o, counts(7, 3, 0, 0, 0)), []); // exactly 70 %
    assert_eq!(breached(o, counts(8, 2, 0, 0, 0)), [SB_MAJ]);
    assert_eq!(breached(o, counts(10, 0, 0, 0, 0)), [SB_MAJ]);
    // Everything else is allowed.
    assert_eq!(breached(o, counts(6, 1, 1, 1, 1)), []);
    assert_eq!(breached(o, counts(0, 0, 0, 0, 10)), []);
}

#[test]
fn baik_caps_baik_and_needs_someone_below() {
    let o = UnitPredicate::Baik;
    assert_eq!(breached(o, counts(0, 7, 3, 0, 0)), []);
    assert_eq!(breached(o, counts(2, 7, 0, 1, 0)), []);
    assert_eq!(breached(o, counts(3, 7, 0, 0, 0)), [BP_K_ONE]);
    assert_eq!(breached(o, counts(1, 8, 1, 0, 0)), [B_MAJ]);
    assert_eq!(breached(o, counts(0, 10, 0, 0, 0)), [B_MAJ, BP_K_ONE]);
    // Sangat Kurang does not count as "Butuh Perbaikan dan/atau Kurang".
    assert_eq!(breached(o, counts(0, 7, 0, 0, 3)), [BP_K_ONE]);
}

#[test]
fn butuh_perbaikan_needs_60_percent_and_caps_sangat_baik_at_10() {
    let o = UnitPredicate::ButuhPerbaikan;
    assert_eq!(breached(o, counts(1, 3, 6, 0, 0)), []); // exactly 60 %, 10 %
    assert_eq!(breached(o, counts(0, 5, 5, 0, 0)), [BP_60]);
    assert_eq!(breached(o, counts(2, 2, 6, 0, 0)), [SB_10]);
    assert_eq!(breached(o, counts(2, 3, 5, 0, 0)), [BP_60, SB_10]);
    assert_eq!(breached(o, counts(0, 0, 6, 2, 2)), []);
}

#[test]
fn kurang_needs_60_percent_kurang_and_10_percent_butuh_perbaikan() {
    let o = UnitPredicate::Kurang;
    assert_eq!(breached(o, counts(1, 2, 1, 6, 0)), []); // 60 %, 10 %, 10 %
    assert_eq!(breached(o, counts(0, 4, 1, 5, 0)), [K_60]);
    assert_eq!(breached(o, counts(0, 4, 0, 6, 0)), [BP_10]);
    assert_eq!(breached(o, counts(2, 1, 1, 6, 0)), [SB_10]);
    assert_eq!(breached(o, counts(5, 5, 0, 0, 0)), [K_60, BP_10, SB_10]);
    assert_eq!(breached(o, counts(0, 0, 4, 6, 0)), []);
}

#[test]
fn sangat_kurang_needs_60_percent_and_no_sangat_baik() {
    let o = UnitPredicate::SangatKurang;
    assert_eq!(breached(o, counts(0, 3, 0, 1, 6)), []); // 60 %, 10 %
    assert_eq!(breached(o, counts(0, 3, 1, 0, 6)), []);
    assert_eq!(breached(o, counts(0, 4, 1, 0, 5)), [SK_60]);
    assert_eq!(breached(o, counts(0, 4, 0, 0, 6)), [BP_K_10]);
    assert_eq!(breached(o, counts(1, 2, 1, 0, 6)), [SB_NONE]);
    assert_eq!(
        breached(o, counts(10, 0, 0, 0, 0)),
        [SK_60, BP_K_10, SB_NONE]
    );
}

// ---- boundaries ----------------------------------------------------------

#[test]
fn exactly_at_a_limit_is_within_it() {
    // 70 %: 7/10, 14/20, 70/100, 700/1000.
    for (c, n) in [(7, 10), (14, 20), (70, 100), (700, 1000)] {
        assert_eq!(
            breached(UnitPredicate::Istimewa, counts(c, n - c, 0, 0, 0)),
            []
        );
        assert_eq!(
            breached(UnitPredicate::Istimewa, counts(c + 1, n - c - 1, 0, 0, 0)),
            [SB_MAJ],
            "{}/{n}",
            c + 1
        );
    }
    // 60 %: 3/5, 6/10, 60/100.
    for (c, n) in [(3, 5), (6, 10), (60, 100)] {
        assert_eq!(
            breached(UnitPredicate::ButuhPerbaikan, counts(0, n - c, c, 0, 0)),
            []
        );
        assert_eq!(
            breached(
                UnitPredicate::ButuhPerbaikan,
                counts(0, n - c + 1, c - 1, 0, 0)
            ),
            [BP_60],
            "{}/{n}",
            c - 1
        );
    }
    // 10 %: 1/10, 10/100 is at most 10 %; 2/10 and 11/100 are not.
    for (c, n) in [(1, 10), (10, 100)] {
        let o = UnitPredicate::ButuhPerbaikan;
        assert_eq!(breached(o, counts(c, 0, n - c, 0, 0)), []);
        assert_eq!(breached(o, counts(c + 1, 0, n - c - 1, 0, 0)), [SB_10]);
    }
    // 10 % minimum: 1 of 10 meets it, 1 of 11 (9,1 %) does not.
    let o = UnitPredicate::Kurang;
    assert_eq!(breached(o, counts(0, 3, 1, 6, 0)), []);
    assert_eq!(breached(o, counts(0, 3, 1, 7, 0)), [BP_10]);
}

#[test]
fn large_units_are_compared_exactly() {
    // The whole government rolled up: 70 001 of 100 000 is over 70 %.
    let c = check_distribution(UnitPredicate::Istimewa, &counts(70_001, 29_999, 0, 0, 0));
    assert_eq!(c.breaches.len(), 1);
    set_lang(Lang::Id);
    assert_eq!(
        c.breaches[0].message(),
        "Sangat Baik 70001 dari 100000 = 70,001 %, paling banyak 70 %"
    );
    let c = check_distribution(UnitPredicate::Istimewa, &counts(70_000, 30_000, 0, 0, 0));
    assert!(c.is_within());
    let c = check_distribution(UnitPredicate::Kurang, &counts(0, 0, 9_999, 60_001, 30_000));
    assert_eq!(c.breaches.len(), 1);
    assert_eq!(c.breaches[0].rule.limit, Limit::AtLeast(10));
}

// ---- tiny and empty units ----------------------------------------------

#[test]
fn empty_units_have_no_breach_and_one_note() {
    for org in UnitPredicate::ALL {
        let c = check_distribution(org, &PredicateCounts::default());
        assert!(c.is_within(), "{org:?}");
        assert_eq!(c.notes, [Note::EmptyUnit], "{org:?}");
        assert_eq!(c.counts.total(), 0);
    }
}

#[test]
fn one_person_units() {
    use UnitPredicate as O;
    let one = |p: Predicate| [p].into_iter().collect::<PredicateCounts>();
    // Istimewa: a lone Sangat Baik is 100 % > 70 %.
    assert_eq!(breached(O::Istimewa, one(SangatBaik)), [SB_MAJ]);
    assert_eq!(breached(O::Istimewa, one(Baik)), []);
    // Baik: the lone person must be BP or K, and then Baik is 0 %.
    assert_eq!(breached(O::Baik, one(Baik)), [B_MAJ, BP_K_ONE]);
    assert_eq!(breached(O::Baik, one(ButuhPerbaikan)), []);
    assert_eq!(breached(O::Baik, one(KurangMisconduct)), []);
    assert_eq!(breached(O::Baik, one(SangatBaik)), [BP_K_ONE]);
    // Butuh Perbaikan.
    assert_eq!(breached(O::ButuhPerbaikan, one(ButuhPerbaikan)), []);
    assert_eq!(breached(O::ButuhPerbaikan, one(SangatBaik)), [BP_60, SB_10]);
    // Kurang and Sangat Kurang cannot be met by one person.
    assert_eq!(breached(O::Kurang, one(KurangMisconduct)), [BP_10]);
    assert_eq!(breached(O::Kurang, one(ButuhPerbaikan)), [K_60]);
    assert_eq!(breached(O::SangatKurang, one(SangatKurang)), [BP_K_10]);
    assert_eq!(breached(O::SangatKurang, one(KurangMisconduct)), [SK_60]);
    for org in [O::Kurang, O::SangatKurang] {
        let c = check_distribution(org, &one(KurangMisconduct));
        assert!(c.notes.contains(&Note::CannotBeMet { org, total: 1 }));
    }
}

#[test]
fn two_and_three_person_units() {
    use UnitPredicate as O;
    // Istimewa, 2 people: 1 SB is 50 % (noted), 2 SB is 100 %.
    assert_eq!(breached(O::Istimewa, counts(1, 1, 0, 0, 0)), []);
    assert_eq!(breached(O::Istimewa, counts(2, 0, 0, 0, 0)), [SB_MAJ]);
    // 3 people: 2 SB is 66,7 % ≤ 70 %.
    assert_eq!(breached(O::Istimewa, counts(2, 1, 0, 0, 0)), []);
    assert_eq!(breached(O::Istimewa, counts(3, 0, 0, 0, 0)), [SB_MAJ]);
    // Baik, 3 people: 2 B + 1 BP.
    assert_eq!(breached(O::Baik, counts(0, 2, 1, 0, 0)), []);
    assert_eq!(breached(O::Baik, counts(1, 2, 0, 0, 0)), [BP_K_ONE]);
    // Butuh Perbaikan, 3 people: 2 BP (66,7 %) but no SB (1 is 33,3 %).
    assert_eq!(breached(O::ButuhPerbaikan, counts(0, 1, 2, 0, 0)), []);
    assert_eq!(breached(O::ButuhPerbaikan, counts(1, 0, 2, 0, 0)), [SB_10]);
    assert_eq!(breached(O::ButuhPerbaikan, counts(0, 2, 1, 0, 0)), [BP_60]);
    // Butuh Perbaikan, 2 people: both must be BP (1 of 2 is 50 %).
    assert_eq!(breached(O::ButuhPerbaikan, counts(0, 1, 1, 0, 0)), [BP_60]);
    assert_eq!(breached(O::ButuhPerbaikan, counts(0, 0, 2, 0, 0)), []);
    // Kurang, 3 people: 1 BP + 2 K is the only way.
    assert_eq!(breached(O::Kurang, counts(0, 0, 1, 2, 0)), []);
    assert_eq!(breached(O::Kurang, counts(0, 0, 0, 3, 0)), [BP_10]);
    // Kurang, 2 people: 1 BP + 1 K leaves K at 50 %.
    assert_eq!(breached(O::Kurang, counts(0, 0, 1, 1, 0)), [K_60]);
    // Sangat Kurang, 3 people: 2 SK + 1 K or BP.
    assert_eq!(breached(O::SangatKurang, counts(0, 0, 0, 1, 2)), []);
    assert_eq!(breached(O::SangatKurang, counts(0, 0, 1, 0, 2)), []);
    assert_eq!(breached(O::SangatKurang, counts(0, 1, 0, 0, 2)), [BP_K_10]);
    for (org, n, met) in [
        (O::Istimewa, 1, true),
        (O::Baik, 1, true),
        (O::ButuhPerbaikan, 1, true),
        (O::Kurang, 1, false),
        (O::Kurang, 2, false),
        (O::Kurang, 3, true),
        (O::SangatKurang, 2, false),
        (O::SangatKurang, 3, true),
    ] {
        assert_eq!(can_be_met(org, n), met, "{org:?} {n}");
    }
}

// ---- notes -------------------------------------------------------------

#[test]
fn sebagian_besar_at_or_below_half_is_a_note_not_a_breach() {
    use UnitPredicate as O;
    let c = check_distribution(O::Istimewa, &counts(5, 5, 0, 0, 0));
    assert!(c.is_within());
    assert!(matches!(
        c.notes.as_slice(),
        [Note::MajorityNotReached {
            count: 5,
            total: 10,
            ..
        }]
    ));
    // Just over half: no note.
    let c = check_distribution(O::Istimewa, &counts(6, 4, 0, 0, 0));
    assert!(c.is_within() && c.notes.is_empty());
    // Zero share is also noted.
    let c = check_distribution(O::Baik, &counts(0, 0, 10, 0, 0));
    assert!(c.is_within());
    assert_eq!(c.notes.len(), 1);
    // A breach of the same rule is not also a note.
    let c = check_distribution(O::Baik, &counts(0, 10, 0, 0, 0));
    assert!(c.notes.is_empty());
    // Rules without "sebagian besar" give no such note.
    let c = check_distribution(O::ButuhPerbaikan, &counts(0, 4, 6, 0, 0));
    assert!(c.is_within() && c.notes.is_empty());
    set_lang(Lang::Id);
    let c = check_distribution(O::Istimewa, &counts(1, 2, 0, 0, 0));
    assert_eq!(
        c.notes[0].message(),
        "Sangat Baik 1 dari 3 = 33,3 %; pola distribusi menyebut \"sebagian besar\" \
         (paling banyak 70 %) tanpa batas bawah yang ditetapkan."
    );
}

#[test]
fn checking_never_blocks_and_lists_every_message() {
    let c = check_distribution(UnitPredicate::Kurang, &counts(1, 0, 0, 1, 0));
    // Two breaches (BP 0 %, SB 50 %), K 50 % < 60 %: three; plus the note.
    assert_eq!(c.breaches.len(), 3);
    assert_eq!(
        c.notes,
        [Note::CannotBeMet {
            org: UnitPredicate::Kurang,
            total: 2
        }]
    );
    assert_eq!(c.messages().len(), 4);
    assert!(!c.is_within());
}

// ---- messages ----------------------------------------------------------

#[test]
fn breach_messages_carry_the_numbers() {
    use UnitPredicate as O;
    let msg = |org, c| {
        check_distribution(org, &c)
            .breaches
            .iter()
            .map(|b| b.message())
            .collect::<Vec<_>>()
    };
    set_lang(Lang::Id);
    assert_eq!(
        msg(O::Istimewa, counts(8, 2, 0, 0, 0)),
        ["Sangat Baik 8 dari 10 = 80 %, paling banyak 70 %"]
    );
    assert_eq!(
        msg(O::ButuhPerbaikan, counts(0, 1, 2, 0, 0)),
        Vec::<String>::new()
    );
    assert_eq!(
        msg(O::ButuhPerbaikan, counts(0, 2, 1, 0, 0)),
        ["Butuh Perbaikan 1 dari 3 = 33,3 %, paling sedikit 60 %"]
    );
    assert_eq!(
        msg(O::Baik, counts(1, 2, 0, 0, 0)),
        [
            "Butuh Perbaikan + Kurang/Misconduct 0 dari 3 = 0 %, harus ada paling sedikit satu pegawai"
        ]
    );
    assert_eq!(
        msg(O::SangatKurang, counts(1, 0, 1, 0, 8)),
        ["Sangat Baik 1 dari 10 = 10 %, tidak boleh ada"]
    );
    set_lang(Lang::En);
    assert_eq!(
        msg(O::Istimewa, counts(8, 2, 0, 0, 0)),
        ["Sangat Baik 8 of 10 = 80 %, at most 70 %"]
    );
    assert_eq!(
        msg(O::Kurang, counts(0, 1, 0, 2, 0)),
        ["Butuh Perbaikan 0 of 3 = 0 %, at least 10 %"]
    );
    let note = check_distribution(O::Kurang, &counts(0, 0, 0, 2, 0)).notes[0].message();
    assert_eq!(
        note,
        "With 2 people, no distribution meets every rule for predikat organisasi Kurang; treat the pattern as guidance."
    );
    assert_eq!(
        Note::EmptyUnit.message(),
        "Nobody in this unit has a predikat yet; the distribution cannot be checked."
    );
    set_lang(Lang::Id);
}

#[test]
fn percent_text_shows_what_decides() {
    assert_eq!(percent_text(8, 10, 70), "80");
    assert_eq!(percent_text(2, 3, 60), "66,7");
    assert_eq!(percent_text(1, 3, 10), "33,3");
    assert_eq!(percent_text(0, 5, 10), "0");
    assert_eq!(percent_text(0, 0, 10), "0");
    assert_eq!(percent_text(7_001, 10_000, 70), "70,01");
    assert_eq!(percent_text(69_999, 100_000, 70), "69,999");
    assert_eq!(percent_text(1, 100_000, 0), "0,001");
    assert_eq!(percent_text(7_001, 10_000, 60), "70,0");
    assert_eq!(percent_text(1, 1, 70), "100");
}

// ---- the exhaustive oracle ----------------------------------------------

/// The SE wording restated with fractions (not the integer products the
/// module uses): the breached rules for a distribution.
fn oracle(org: UnitPredicate, c: [u64; 5]) -> Vec<(&'static [Predicate], Limit)> {
    let n: u64 = c.iter().sum();
    if n == 0 {
        return vec![];
    }
    let share = |k: u64| Ratio::new(k as i128, n as i128).unwrap();
    let pct = |p: i128| Ratio::new(p, 100).unwrap();
    let [sb, b, bp, k, sk] = c;
    let mut out = vec![];
    match org {
        UnitPredicate::Istimewa => {
            if share(sb) > pct(70) {
                out.push(SB_MAJ);
            }
        }
        UnitPredicate::Baik => {
            if share(b) > pct(70) {
                out.push(B_MAJ);
            }
            if bp + k == 0 {
                out.push(BP_K_ONE);
            }
        }
        UnitPredicate::ButuhPerbaikan => {
            if share(bp) < pct(60) {
                out.push(BP_60);
            }
            if share(sb) > pct(10) {
                out.push(SB_10);
            }
        }
        UnitPredicate::Kurang => {
            if share(k) < pct(60) {
                out.push(K_60);
            }
            if share(bp) < pct(10) {
                out.push(BP_10);
            }
            if share(sb) > pct(10) {
                out.push(SB_10);
            }
        }
        UnitPredicate::SangatKurang => {
            if share(sk) < pct(60) {
                out.push(SK_60);
            }
            if share(bp + k) < pct(10) {
                out.push(BP_K_10);
            }
            if sb > 0 {
                out.push(SB_NONE);
            }
        }
    }
    out
}

/// Every way to share `n` people among the five predikat.
fn compositions(n: u64) -> Vec<[u64; 5]> {
    let mut out = vec![];
    for a in 0..=n {
        for b in 0..=n - a {
            for c in 0..=n - a - b {
                for d in 0..=n - a - b - c {
                    out.push([a, b, c, d, n - a - b - c - d]);
                }
            }
        }
    }
    out
}

#[test]
fn every_distribution_up_to_twelve_people_matches_the_oracle() {
    for n in 0..=12 {
        for org in UnitPredicate::ALL {
            let mut any_clean = false;
            for c in compositions(n) {
                let check = check_distribution(org, &PredicateCounts::new(c));
                let got: Vec<_> = check
                    .breaches
                    .iter()
                    .map(|b| (b.rule.predicates, b.rule.limit))
                    .collect();
                assert_eq!(got, oracle(org, c), "{org:?} {c:?}");
                for b in &check.breaches {
                    assert_eq!(b.total, n);
                    assert_eq!(b.count, check.counts.sum_of(b.rule.predicates));
                }
                // Notes: empty unit, cannot be met, majority at most half.
                let majority_low = rules_for(org).any(|r| {
                    matches!(r.limit, Limit::Majority { .. }) && {
                        let k = check.counts.sum_of(r.predicates);
                        n > 0
                            && Ratio::new(k as i128, n as i128).unwrap()
                                <= Ratio::new(1, 2).unwrap()
                    }
                });
                let has_majority_note = check
                    .notes
                    .iter()
                    .any(|x| matches!(x, Note::MajorityNotReached { .. }));
                assert_eq!(has_majority_note, majority_low, "{org:?} {c:?}");
                assert_eq!(check.notes.contains(&Note::EmptyUnit), n == 0);
                any_clean |= check.is_within();
            }
            // can_be_met says exactly whether some distribution is clean.
            assert_eq!(can_be_met(org, n), any_clean, "{org:?} {n}");
        }
    }
}

// ---- unit predikat and counts ------------------------------------------

#[test]
fn unit_predicate_codes_labels_and_order() {
    for lang in [Lang::Id, Lang::En] {
        set_lang(lang);
        assert_eq!(
            UnitPredicate::ALL.map(|p| p.label()),
            [
                "Istimewa",
                "Baik",
                "Butuh Perbaikan/Cukup",
                "Kurang",
                "Sangat Kurang"
            ]
        );
        for p in UnitPredicate::ALL {
            assert!(catalog(lang).contains_key(&format!("unit_predicate_gloss.{}", p.code())));
        }
    }
    set_lang(Lang::Id);
    for (i, p) in UnitPredicate::ALL.into_iter().enumerate() {
        assert_eq!(p.index(), i);
        assert_eq!(UnitPredicate::parse(p.code()), Some(p));
        assert_eq!(UnitPredicate::parse(&p.label()), Some(p));
        assert_eq!(UnitPredicate::parse(&p.label().to_uppercase()), Some(p));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, format!("\"{}\"", p.code()));
        assert_eq!(serde_json::from_str::<UnitPredicate>(&json).unwrap(), p);
    }
    assert_eq!(
        UnitPredicate::parse("cukup"),
        Some(UnitPredicate::ButuhPerbaikan)
    );
    assert_eq!(
        UnitPredicate::parse("Butuh Perbaikan / Cukup"),
        Some(UnitPredicate::ButuhPerbaikan)
    );
    assert_eq!(UnitPredicate::parse("Sangat Baik"), None);
    assert_eq!(UnitPredicate::parse("Kurang/Misconduct"), None);
    for pair in UnitPredicate::ALL.windows(2) {
        assert!(pair[0] > pair[1]);
    }
}

#[test]
fn predicate_counts_add_up() {
    let c: PredicateCounts = [SangatBaik, Baik, Baik, KurangMisconduct, Baik]
        .into_iter()
        .collect();
    assert_eq!(c.as_array(), [1, 3, 0, 1, 0]);
    assert_eq!(c.total(), 5);
    assert_eq!(c.get(Baik), 3);
    assert_eq!(c.sum_of(&[ButuhPerbaikan, KurangMisconduct]), 1);
    assert_eq!(c.percent(Baik), Ratio::new(60, 1));
    assert_eq!(PredicateCounts::default().percent(Baik), None);
    let mut c = c;
    c.set(SangatKurang, 4);
    assert_eq!(c.total(), 9);
    assert_eq!(c.percent(SangatKurang), Ratio::new(400, 9));
}
