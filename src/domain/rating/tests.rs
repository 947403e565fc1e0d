use super::*;
use crate::i18n::{Lang, catalog, set_lang};
use Predicate::*;
use Rating::*;

/// One test per cell of the matrix, with the expected predikat written
/// out from domain reference §1.5 (not read from the table under test).
macro_rules! cell {
    ($name:ident, $hasil:expr, $perilaku:expr, $expected:expr) => {
        #[test]
        fn $name() {
            assert_eq!(predicate($hasil, $perilaku), $expected);
        }
    };
}

cell!(
    hasil_above_perilaku_above_is_sangat_baik,
    Above,
    Above,
    SangatBaik
);
cell!(hasil_above_perilaku_meets_is_baik, Above, Meets, Baik);
cell!(
    hasil_above_perilaku_below_is_kurang,
    Above,
    Below,
    KurangMisconduct
);
cell!(hasil_meets_perilaku_above_is_baik, Meets, Above, Baik);
cell!(hasil_meets_perilaku_meets_is_baik, Meets, Meets, Baik);
cell!(
    hasil_meets_perilaku_below_is_kurang,
    Meets,
    Below,
    KurangMisconduct
);
cell!(
    hasil_below_perilaku_above_is_butuh_perbaikan,
    Below,
    Above,
    ButuhPerbaikan
);
cell!(
    hasil_below_perilaku_meets_is_butuh_perbaikan,
    Below,
    Meets,
    ButuhPerbaikan
);
cell!(
    hasil_below_perilaku_below_is_sangat_kurang,
    Below,
    Below,
    SangatKurang
);

#[test]
fn the_matrix_reads_as_the_reference_says() {
    // Perilaku di bawah gives Kurang/Misconduct unless hasil is also di
    // bawah, which gives Sangat Kurang.
    for h in Rating::ALL {
        let expected = if h == Below {
            SangatKurang
        } else {
            KurangMisconduct
        };
        assert_eq!(predicate(h, Below), expected, "{h:?}");
    }
    // Sangat Baik needs both ratings di atas.
    for h in Rating::ALL {
        for p in Rating::ALL {
            assert_eq!(predicate(h, p) == SangatBaik, h == Above && p == Above);
        }
    }
    // Hasil di bawah with perilaku sesuai or di atas: Butuh Perbaikan.
    assert_eq!(predicate(Below, Meets), ButuhPerbaikan);
    assert_eq!(predicate(Below, Above), ButuhPerbaikan);
    // The table constant matches its row and column headings.
    for (r, h) in MATRIX_ROWS.into_iter().enumerate() {
        for (c, p) in MATRIX_COLUMNS.into_iter().enumerate() {
            assert_eq!(PREDICATE_MATRIX[r][c], predicate(h, p));
        }
    }
}

#[test]
fn a_better_rating_never_gives_a_worse_predicate() {
    for h in Rating::ALL {
        for p in Rating::ALL {
            for h2 in Rating::ALL.into_iter().filter(|x| *x >= h) {
                for p2 in Rating::ALL.into_iter().filter(|x| *x >= p) {
                    assert!(
                        predicate(h2, p2) >= predicate(h, p),
                        "{h:?}/{p:?} vs {h2:?}/{p2:?}"
                    );
                }
            }
        }
    }
    // Every predikat is reachable.
    for want in Predicate::ALL {
        assert!(
            Rating::ALL
                .iter()
                .any(|h| Rating::ALL.iter().any(|p| predicate(*h, *p) == want)),
            "{want:?}"
        );
    }
}

#[test]
fn ratings_are_ordered_better_is_greater() {
    assert!(Above > Meets && Meets > Below && Above > Below);
    assert_eq!(Rating::ALL.into_iter().max(), Some(Above));
    assert_eq!(Rating::ALL.into_iter().min(), Some(Below));
    let mut v = vec![Meets, Below, Above];
    v.sort();
    assert_eq!(v, [Below, Meets, Above]);
    assert_eq!(Meets.partial_cmp(&Above), Some(Ordering::Less));
}

#[test]
fn predicates_are_ordered_best_first_in_all() {
    for pair in Predicate::ALL.windows(2) {
        assert!(pair[0] > pair[1], "{pair:?}");
    }
    assert_eq!(Predicate::ALL.into_iter().max(), Some(SangatBaik));
    assert_eq!(Predicate::ALL.into_iter().min(), Some(SangatKurang));
    for (i, p) in Predicate::ALL.into_iter().enumerate() {
        assert_eq!(p.index(), i);
    }
}

#[test]
fn rating_codes_parse_and_labels() {
    set_lang(Lang::Id);
    assert_eq!(
        Rating::ALL.map(|r| r.label()),
        [
            "Di Atas Ekspektasi",
            "Sesuai Ekspektasi",
            "Di Bawah Ekspektasi"
        ]
    );
    for r in Rating::ALL {
        assert_eq!(Rating::parse(r.code()), Some(r));
        assert_eq!(Rating::parse(&r.label()), Some(r));
        assert_eq!(Rating::parse(&r.label().to_uppercase()), Some(r));
    }
    assert_eq!(Rating::parse("  di   atas "), Some(Above));
    assert_eq!(Rating::parse("Sesuai"), Some(Meets));
    assert_eq!(Rating::parse("di-bawah"), Some(Below));
    assert_eq!(Rating::parse("below expectations"), Some(Below));
    assert_eq!(Rating::parse("Above"), Some(Above));
    assert_eq!(Rating::parse(""), None);
    assert_eq!(Rating::parse("ekspektasi"), None);
    assert_eq!(Rating::parse("baik"), None);
    set_lang(Lang::En);
    // Regulation terms keep their Indonesian form in English.
    assert_eq!(Above.label(), "Di Atas Ekspektasi");
    assert_eq!(Above.gloss(), "above expectations");
    set_lang(Lang::Id);
}

#[test]
fn predicate_labels_are_exactly_the_regulations() {
    for lang in [Lang::Id, Lang::En] {
        set_lang(lang);
        assert_eq!(
            Predicate::ALL.map(|p| p.label()),
            [
                "Sangat Baik",
                "Baik",
                "Butuh Perbaikan",
                "Kurang/Misconduct",
                "Sangat Kurang"
            ],
            "{lang:?}"
        );
        for p in Predicate::ALL {
            assert!(catalog(lang).contains_key(&format!("predicate_gloss.{}", p.key())));
        }
    }
    set_lang(Lang::Id);
    assert_eq!(
        Predicate::ALL.map(|p| p.code()),
        ["SB", "B", "BP", "K", "SK"]
    );
}

#[test]
fn predicates_parse_codes_and_labels() {
    set_lang(Lang::Id);
    for p in Predicate::ALL {
        assert_eq!(Predicate::parse(p.code()), Some(p));
        assert_eq!(Predicate::parse(&p.code().to_lowercase()), Some(p));
        assert_eq!(Predicate::parse(&p.label()), Some(p));
        assert_eq!(Predicate::parse(&p.label().to_uppercase()), Some(p));
    }
    assert_eq!(
        Predicate::parse("Kurang / misconduct"),
        Some(KurangMisconduct)
    );
    assert_eq!(Predicate::parse("kurang"), Some(KurangMisconduct));
    assert_eq!(Predicate::parse("Misconduct"), Some(KurangMisconduct));
    assert_eq!(Predicate::parse("sangat_kurang"), Some(SangatKurang));
    assert_eq!(Predicate::parse(" sangat   baik "), Some(SangatBaik));
    assert_eq!(Predicate::parse("Istimewa"), None);
    assert_eq!(Predicate::parse("Cukup"), None);
    assert_eq!(Predicate::parse(""), None);
}

#[test]
fn serde_uses_the_codes() {
    assert_eq!(serde_json::to_string(&Above).unwrap(), "\"di_atas\"");
    assert_eq!(serde_json::to_string(&Below).unwrap(), "\"di_bawah\"");
    assert_eq!(serde_json::to_string(&KurangMisconduct).unwrap(), "\"K\"");
    for p in Predicate::ALL {
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, format!("\"{}\"", p.code()));
        assert_eq!(serde_json::from_str::<Predicate>(&json).unwrap(), p);
    }
    for r in Rating::ALL {
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, format!("\"{}\"", r.code()));
        assert_eq!(serde_json::from_str::<Rating>(&json).unwrap(), r);
    }
    for p in AssessmentPeriod::all() {
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<AssessmentPeriod>(&json).unwrap(), p);
    }
}

fn q(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(n).unwrap())
}

#[test]
fn assessment_periods_codes_numbers_and_order() {
    assert_eq!(
        AssessmentPeriod::all().map(|p| p.code()),
        ["q1", "q2", "q3", "q4", "year"]
    );
    assert_eq!(AssessmentPeriod::all().map(|p| p.number()), [1, 2, 3, 4, 0]);
    for p in AssessmentPeriod::all() {
        assert_eq!(AssessmentPeriod::parse(p.code()), Some(p));
        assert_eq!(AssessmentPeriod::from_number(p.number()), Some(p));
    }
    assert_eq!(AssessmentPeriod::from_number(5), None);
    for pair in AssessmentPeriod::all().windows(2) {
        assert!(pair[0] < pair[1], "{pair:?}");
    }
    assert_eq!(q(3).quarter(), Quarter::new(3));
    assert_eq!(AssessmentPeriod::Year.quarter(), None);
}

#[test]
fn assessment_periods_parse_what_people_type() {
    assert_eq!(AssessmentPeriod::parse("3"), Some(q(3)));
    assert_eq!(AssessmentPeriod::parse("III"), Some(q(3)));
    assert_eq!(AssessmentPeriod::parse("Triwulan IV"), Some(q(4)));
    assert_eq!(AssessmentPeriod::parse("tw2"), Some(q(2)));
    assert_eq!(AssessmentPeriod::parse("TW 1"), Some(q(1)));
    assert_eq!(AssessmentPeriod::parse("Q2"), Some(q(2)));
    assert_eq!(
        AssessmentPeriod::parse("Tahunan"),
        Some(AssessmentPeriod::Year)
    );
    assert_eq!(
        AssessmentPeriod::parse("annual"),
        Some(AssessmentPeriod::Year)
    );
    for bad in ["", "0", "5", "V", "triwulan", "q0", "semester 1"] {
        assert_eq!(AssessmentPeriod::parse(bad), None, "{bad}");
    }
}

#[test]
fn assessment_period_labels() {
    set_lang(Lang::Id);
    assert_eq!(q(3).label(), "Triwulan III");
    assert_eq!(AssessmentPeriod::Year.label(), "Tahunan");
    set_lang(Lang::En);
    assert_eq!(q(1).label(), "Quarter I");
    assert_eq!(AssessmentPeriod::Year.label(), "Annual");
    set_lang(Lang::Id);
}

#[test]
fn periods_step_through_the_quarters_and_the_year() {
    let q = |n| AssessmentPeriod::Quarter(Quarter::new(n).unwrap());
    assert_eq!(q(3).step(2026, true), (2026, q(4)));
    assert_eq!(q(4).step(2026, true), (2026, AssessmentPeriod::Year));
    assert_eq!(AssessmentPeriod::Year.step(2026, true), (2027, q(1)));
    assert_eq!(q(1).step(2026, false), (2025, AssessmentPeriod::Year));
    assert_eq!(AssessmentPeriod::Year.step(2026, false), (2026, q(4)));
}
