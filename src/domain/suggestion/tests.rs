use super::*;
use crate::i18n::{Lang, catalog, set_lang};
use Rating::*;

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn pct(n: i128, den: i128) -> Achievement {
    Achievement::Percent(Ratio::new(n, den).unwrap())
}

fn th(above: &str, meets: &str) -> SuggestionThresholds {
    SuggestionThresholds {
        above_from: d(above),
        meets_from: d(meets),
    }
}

const MISSING: Achievement = Achievement::NotComputable(NotComputable::MissingActual);
const ZERO_TARGET: Achievement = Achievement::NotComputable(NotComputable::ZeroTarget);

// ---- thresholds ----------------------------------------------------------

#[test]
fn the_default_is_110_and_90_and_valid() {
    let t = SuggestionThresholds::default();
    assert_eq!(t.above_from, d("110"));
    assert_eq!(t.meets_from, d("90"));
    assert_eq!(t.validate(), Ok(()));
}

#[test]
fn thresholds_are_inclusive_lower_bounds() {
    let t = SuggestionThresholds::default();
    let r = |n, den| t.rating_for(Ratio::new(n, den).unwrap());
    assert_eq!(r(110, 1), Above);
    assert_eq!(r(10_999, 100), Meets);
    assert_eq!(r(1_000_000, 1), Above);
    assert_eq!(r(100, 1), Meets);
    assert_eq!(r(90, 1), Meets);
    // 89,999… just below: exact, no rounding up to 90.
    assert_eq!(r(89_999, 1000), Below);
    assert_eq!(r(0, 1), Below);
    // A local policy as in domain reference §8: ≥ 90 Di Atas, ≥ 50 Sesuai.
    let local = th("90", "50");
    assert_eq!(local.rating_for(Ratio::from_int(90)), Above);
    assert_eq!(local.rating_for(Ratio::from_int(50)), Meets);
    assert_eq!(local.rating_for(Ratio::new(4999, 100).unwrap()), Below);
    // Decimal thresholds.
    let fine = th("105,5", "95,25");
    assert_eq!(fine.rating_for(Ratio::new(211, 2).unwrap()), Above);
    assert_eq!(fine.rating_for(Ratio::new(2109, 20).unwrap()), Meets);
    assert_eq!(fine.rating_for(Ratio::new(381, 4).unwrap()), Meets);
    assert_eq!(fine.rating_for(Ratio::new(380, 4).unwrap()), Below);
}

#[test]
fn thresholds_must_be_ordered_and_not_negative() {
    set_lang(Lang::Id);
    let errs = th("90", "90").validate().unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].field, "above_from");
    assert_eq!(
        errs[0].message,
        "Batas Di Atas Ekspektasi (90 %) harus lebih besar dari batas Sesuai Ekspektasi (90 %)."
    );
    let errs = th("80", "90").validate().unwrap_err();
    assert_eq!(errs.len(), 1);
    let errs = th("-1", "-5").validate().unwrap_err();
    assert_eq!(
        errs.iter().map(|e| e.field).collect::<Vec<_>>(),
        ["above_from", "meets_from"]
    );
    assert!(errs[1].message.contains("Batas Sesuai Ekspektasi"));
    assert_eq!(th("10", "0").validate(), Ok(()));
    assert_eq!(th("100,0001", "100").validate(), Ok(()));
    set_lang(Lang::En);
    let errs = th("90", "95").validate().unwrap_err();
    assert_eq!(
        errs[0].message,
        "The Di Atas Ekspektasi threshold (90 %) must be greater than the Sesuai Ekspektasi threshold (95 %)."
    );
    set_lang(Lang::Id);
}

// ---- the average ---------------------------------------------------------

#[test]
fn the_average_is_exact_and_leaves_out_what_cannot_be_computed() {
    let a = average_achievement(&[pct(100, 1), pct(80, 1), MISSING, ZERO_TARGET, pct(100, 3)]);
    // (100 + 80 + 33⅓) / 3 = 640/9.
    assert_eq!(a.average, Ratio::new(640, 9));
    assert_eq!((a.counted, a.missing, a.not_computable), (3, 1, 1));
    assert_eq!(a.left_out(), 2);
    let none = average_achievement(&[MISSING, ZERO_TARGET]);
    assert_eq!(none.average, None);
    assert_eq!((none.counted, none.left_out()), (0, 2));
    let empty = average_achievement(&[]);
    assert_eq!(empty.average, None);
    assert_eq!(empty.left_out(), 0);
    let others = [
        NotComputable::NegativeTarget,
        NotComputable::OutOfRange,
        NotComputable::ZeroTarget,
    ];
    let a = average_achievement(&others.map(Achievement::NotComputable));
    assert_eq!((a.missing, a.not_computable), (0, 3));
}

#[test]
fn an_average_that_overflows_gives_no_number() {
    let huge = Achievement::Percent(Ratio::new(10i128.pow(30), 1).unwrap());
    let a = average_achievement(&[huge, huge]);
    assert_eq!(a.counted, 2);
    assert_eq!(a.average, None);
    assert_eq!(
        suggest_rating(&SuggestionThresholds::default(), &[huge, huge], None),
        None
    );
}

// ---- the suggestion ------------------------------------------------------

#[test]
fn the_suggestion_follows_the_average() {
    let t = SuggestionThresholds::default();
    let s = |a: &[Achievement]| suggest_rating(&t, a, None).map(|s| s.rating);
    assert_eq!(s(&[pct(120, 1), pct(100, 1)]), Some(Above)); // 110
    assert_eq!(s(&[pct(120, 1), pct(99, 1)]), Some(Meets)); // 109,5
    assert_eq!(s(&[pct(100, 1), pct(80, 1)]), Some(Meets)); // 90
    assert_eq!(s(&[pct(100, 1), pct(79, 1)]), Some(Below)); // 89,5
    // A missing actual does not pull the average down.
    assert_eq!(s(&[pct(100, 1), MISSING, MISSING]), Some(Meets));
    assert_eq!(s(&[MISSING]), None);
    assert_eq!(s(&[]), None);
    let full = suggest_rating(&t, &[pct(95, 1), MISSING], None).unwrap();
    assert_eq!(
        full.basis,
        SuggestionBasis::Achievement(AverageAchievement {
            average: Some(Ratio::from_int(95)),
            counted: 1,
            missing: 1,
            not_computable: 0,
        })
    );
}

#[test]
fn a_led_units_predikat_takes_precedence() {
    let t = SuggestionThresholds::default();
    let high = [pct(150, 1)];
    for (p, want) in [
        (UnitPredicate::Istimewa, Above),
        (UnitPredicate::Baik, Meets),
        (UnitPredicate::ButuhPerbaikan, Below),
        (UnitPredicate::Kurang, Below),
        (UnitPredicate::SangatKurang, Below),
    ] {
        assert_eq!(rating_for_unit_predicate(p), want, "{p:?}");
        let s = suggest_rating(&t, &high, Some(p)).unwrap();
        assert_eq!(s.rating, want);
        assert_eq!(s.basis, SuggestionBasis::LedUnit(p));
        // Even with nothing computable.
        assert_eq!(
            suggest_rating(&t, &[MISSING], Some(p)).unwrap().rating,
            want
        );
    }
    // The mapping never rates a worse unit higher.
    for pair in UnitPredicate::ALL.windows(2) {
        assert!(rating_for_unit_predicate(pair[0]) >= rating_for_unit_predicate(pair[1]));
    }
}

#[test]
fn explanations_name_the_basis() {
    set_lang(Lang::Id);
    let t = SuggestionThresholds::default();
    let s = suggest_rating(&t, &[pct(125, 1), pct(100, 1), MISSING], None).unwrap();
    assert_eq!(
        s.explain(),
        "Saran: Di Atas Ekspektasi (rata-rata capaian 112,50 % dari 2 indikator; \
         1 indikator belum dapat dihitung dan tidak ikut dirata-rata)"
    );
    let s = suggest_rating(&t, &[pct(100, 3)], None).unwrap();
    assert_eq!(
        s.explain(),
        "Saran: Di Bawah Ekspektasi (rata-rata capaian 33,33 % dari 1 indikator)"
    );
    let s = suggest_rating(&t, &[], Some(UnitPredicate::Istimewa)).unwrap();
    assert_eq!(
        s.explain(),
        "Saran: Di Atas Ekspektasi (memimpin unit dengan predikat kinerja organisasi Istimewa)"
    );
    set_lang(Lang::En);
    let s = suggest_rating(&t, &[pct(95, 1)], None).unwrap();
    assert_eq!(
        s.explain(),
        "Suggested: Sesuai Ekspektasi (average achievement 95,00 % over 1 indicator(s))"
    );
    set_lang(Lang::Id);
}

// ---- the reason ----------------------------------------------------------

#[test]
fn a_departure_needs_a_reason() {
    for s in Rating::ALL {
        for c in Rating::ALL {
            assert_eq!(needs_reason(Some(s), c), s != c, "{s:?} {c:?}");
        }
        assert!(!needs_reason(None, s));
    }
}

#[test]
fn the_reason_is_checked() {
    set_lang(Lang::Id);
    // Following the suggestion: no reason needed, but a given one is kept.
    assert_eq!(check_reason(Some(Meets), Meets, ""), Ok(String::new()));
    assert_eq!(
        check_reason(Some(Meets), Meets, "  sesuai   bukti "),
        Ok("sesuai bukti".into())
    );
    assert_eq!(check_reason(None, Below, ""), Ok(String::new()));
    // Departing: required, and more than a token.
    let e = check_reason(Some(Meets), Above, "   ").unwrap_err();
    assert_eq!(e[0].field, "rating_reason");
    assert_eq!(
        e[0].message,
        "Rating Di Atas Ekspektasi berbeda dari saran (Sesuai Ekspektasi); tulis alasan singkat."
    );
    let e = check_reason(Some(Meets), Above, "ok").unwrap_err();
    assert_eq!(
        e[0].message,
        "Alasan terlalu singkat; tulis paling sedikit 5 karakter."
    );
    assert!(check_reason(Some(Meets), Above, "a b c d").is_err());
    assert_eq!(
        check_reason(Some(Meets), Above, "Inovasi layanan daring"),
        Ok("Inovasi layanan daring".into())
    );
    // Never control characters or a novel, suggested or not.
    for suggested in [None, Some(Above), Some(Meets)] {
        let e = check_reason(suggested, Above, "bagus\x1b[2J sekali").unwrap_err();
        assert_eq!(e.len(), 1);
        let e = check_reason(suggested, Above, &"x".repeat(MAX_REASON_CHARS + 1)).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(check_reason(suggested, Above, &"x".repeat(MAX_REASON_CHARS)).is_ok());
    }
}

// ---- who may assess whom -----------------------------------------------

fn access(role: Role, user: Option<StaffId>, assessor: StaffId, assessee: StaffId) -> AssessAccess {
    AssessAccess {
        role,
        user_staff: user,
        assessor,
        assessee,
        // Staff 2 reports to staff 1; staff 3 to staff 2; staff 9 has no
        // atasan langsung in the register.
        supervisor_of_assessee: match assessee {
            2 => Some(1),
            3 => Some(2),
            _ => None,
        },
    }
}

#[test]
fn a_supervisor_assesses_direct_subordinates() {
    let ok = Ok(AssessPermission::AsAssessor);
    assert_eq!(may_assess(&access(Role::Supervisor, Some(1), 1, 2)), ok);
    assert_eq!(may_assess(&access(Role::Supervisor, Some(2), 2, 3)), ok);
    // Not a subordinate of a subordinate.
    assert_eq!(
        may_assess(&access(Role::Supervisor, Some(1), 1, 3)),
        Err(AssessDenied::NotDirectSupervisor)
    );
    // Not upwards.
    assert_eq!(
        may_assess(&access(Role::Supervisor, Some(2), 2, 1)),
        Err(AssessDenied::NoSupervisor)
    );
    // Not in someone else's name.
    assert_eq!(
        may_assess(&access(Role::Supervisor, Some(5), 1, 2)),
        Err(AssessDenied::NotTheAssessor)
    );
    assert_eq!(
        may_assess(&access(Role::Supervisor, None, 1, 2)),
        Err(AssessDenied::NotTheAssessor)
    );
}

#[test]
fn nobody_assesses_themselves() {
    for role in Role::ALL {
        let mut a = access(role, Some(2), 2, 2);
        a.supervisor_of_assessee = Some(2);
        let want = if role == Role::Viewer {
            AssessDenied::ReadOnly
        } else {
            AssessDenied::SelfAssessment
        };
        assert_eq!(may_assess(&a), Err(want), "{role:?}");
    }
    // Not even an operator typing in their own assessment for their boss.
    for role in [Role::Admin, Role::Operator] {
        assert_eq!(
            may_assess(&access(role, Some(2), 1, 2)),
            Err(AssessDenied::SelfAssessment)
        );
    }
}

#[test]
fn admins_and_operators_enter_on_behalf() {
    for role in [Role::Admin, Role::Operator] {
        assert_eq!(
            may_assess(&access(role, None, 1, 2)),
            Ok(AssessPermission::OnBehalf)
        );
        assert_eq!(
            may_assess(&access(role, Some(7), 2, 3)),
            Ok(AssessPermission::OnBehalf)
        );
        // An admin who is the supervisor records as the assessor.
        assert_eq!(
            may_assess(&access(role, Some(1), 1, 2)),
            Ok(AssessPermission::AsAssessor)
        );
        // But still only for the direct supervisor.
        assert_eq!(
            may_assess(&access(role, None, 1, 3)),
            Err(AssessDenied::NotDirectSupervisor)
        );
        assert_eq!(
            may_assess(&access(role, None, 1, 9)),
            Err(AssessDenied::NoSupervisor)
        );
    }
    assert_eq!(
        may_assess(&access(Role::Viewer, Some(1), 1, 2)),
        Err(AssessDenied::ReadOnly)
    );
}

#[test]
fn every_denial_has_a_message_in_both_languages() {
    for d in AssessDenied::ALL {
        for lang in [Lang::Id, Lang::En] {
            let key = format!("assess_denied.{}", d.code());
            assert!(catalog(lang).contains_key(&key), "{lang:?} {key}");
        }
    }
    set_lang(Lang::Id);
    assert_eq!(
        AssessDenied::SelfAssessment.message(),
        "Tidak ada yang boleh menilai dirinya sendiri."
    );
}
