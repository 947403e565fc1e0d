use super::*;
use crate::domain::number::{Decimal, NumberError};
use crate::domain::period::Quarter;
use crate::i18n::{Lang, catalog, set_lang};

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn num(s: &str) -> TargetValue {
    TargetValue::Number(d(s))
}

fn pct(s: &str) -> TargetValue {
    TargetValue::Percent(d(s))
}

fn range(a: &str, b: &str) -> TargetValue {
    TargetValue::Range {
        min: d(a),
        max: d(b),
    }
}

fn draft() -> IndicatorDraft {
    IndicatorDraft {
        text: "  Jumlah   dokumen perangkat pembelajaran ".into(),
        satuan: " dokumen ".into(),
        aspect: Some(Aspect::Quantity),
        target: "12".into(),
        ..Default::default()
    }
}

fn fields_of(errs: &[FieldError]) -> Vec<&'static str> {
    errs.iter().map(|e| e.field).collect()
}

#[test]
fn enum_codes_round_trip_and_have_labels() {
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
        label: fn(T) -> String,
        prefix: &str,
    ) {
        for &v in all {
            assert_eq!(parse(code(v)), Some(v));
            assert_eq!(parse(&format!(" {} ", code(v).to_uppercase())), Some(v));
            for lang in [Lang::Id, Lang::En] {
                let key = format!("{prefix}.{}", code(v));
                assert!(catalog(lang).contains_key(&key), "{lang:?} {key}");
            }
            assert!(!label(v).contains('.'), "{}", label(v));
        }
        assert_eq!(parse("tidak ada"), None);
    }
    check(
        &Aspect::ALL,
        Aspect::code,
        Aspect::parse,
        Aspect::label,
        "aspect",
    );
    check(
        &ResultKind::ALL,
        ResultKind::code,
        ResultKind::parse,
        ResultKind::label,
        "result_kind",
    );
    check(
        &Polarity::ALL,
        Polarity::code,
        Polarity::parse,
        Polarity::label,
        "polarity",
    );
    check(
        &Aggregation::ALL,
        Aggregation::code,
        Aggregation::parse,
        Aggregation::label,
        "aggregation",
    );
    assert_eq!(Aspect::Time.label(), "Waktu");
    set_lang(Lang::En);
    assert_eq!(Aspect::Time.label(), "Time");
    assert_eq!(Polarity::LowerIsBetter.label(), "Lower is better");
    set_lang(Lang::Id);
    assert_eq!(Polarity::LowerIsBetter.label(), "Makin rendah makin baik");
}

#[test]
fn aspects_choose_sensible_defaults() {
    assert_eq!(
        Aspect::Quantity.default_polarity(),
        Polarity::HigherIsBetter
    );
    assert_eq!(Aspect::Quality.default_polarity(), Polarity::HigherIsBetter);
    assert_eq!(Aspect::Time.default_polarity(), Polarity::LowerIsBetter);
    assert_eq!(Aspect::Cost.default_polarity(), Polarity::LowerIsBetter);
    assert_eq!(
        Aspect::Quantity.default_aggregation(false),
        Aggregation::Sum
    );
    assert_eq!(Aspect::Time.default_aggregation(false), Aggregation::Sum);
    assert_eq!(Aspect::Cost.default_aggregation(false), Aggregation::Sum);
    assert_eq!(
        Aspect::Quality.default_aggregation(false),
        Aggregation::Average
    );
    for a in Aspect::ALL {
        assert_eq!(a.default_aggregation(true), Aggregation::Last);
    }
}

#[test]
fn a_good_draft_is_normalised_with_derived_quarters() {
    let f = draft().validate().unwrap();
    assert_eq!(f.text, "Jumlah dokumen perangkat pembelajaran");
    assert_eq!(f.satuan, "dokumen");
    assert_eq!(f.aspect, Aspect::Quantity);
    assert_eq!(f.target, num("12"));
    assert_eq!(f.polarity, Polarity::HigherIsBetter);
    assert_eq!(f.aggregation, Aggregation::Sum);
    assert_eq!(f.quarter_targets, [num("3"); 4]);
    assert!(!f.allow_over_100);
    assert!(f.refuses_negative());
    assert!(!f.is_percent());
    assert_eq!(f.warnings(), []);
    assert_eq!(f.quarter_target(Quarter::new(2).unwrap()), num("3"));
}

#[test]
fn percent_targets_take_their_satuan_and_levels() {
    let mut dr = draft();
    dr.satuan = String::new();
    dr.target = "85 %".into();
    let f = dr.validate().unwrap();
    assert_eq!(f.target, pct("85"));
    assert_eq!(f.satuan, "%");
    assert_eq!(f.aggregation, Aggregation::Last);
    assert_eq!(f.quarter_targets, [pct("85"); 4]);
    assert!(f.is_percent());
    // A percent satuan makes a plain number a percentage.
    dr.satuan = "Persen".into();
    dr.target = "85".into();
    let f = dr.validate().unwrap();
    assert_eq!(f.target, pct("85"));
    assert_eq!(f.satuan, "Persen");
    // A percent range keeps its % through the satuan.
    dr.satuan = String::new();
    dr.target = "80–90%".into();
    let f = dr.validate().unwrap();
    assert_eq!(f.target, range("80", "90"));
    assert_eq!(f.satuan, "%");
    assert_eq!(f.format_target(f.target), "80–90%");
    assert!(f.is_percent());
}

#[test]
fn percent_units_are_recognised() {
    for s in [
        "%",
        " % ",
        "persen",
        "Persen",
        "PERSENTASE",
        "prosentase",
        "percent",
    ] {
        assert!(is_percent_unit(s), "{s}");
    }
    for s in ["", "dokumen", "% penduduk", "per sen x"] {
        assert!(!is_percent_unit(s), "{s}");
    }
}

#[test]
fn targets_are_typed_as_numbers_percentages_or_ranges() {
    let cases: [(&str, TargetValue, bool); 14] = [
        ("12", num("12"), false),
        ("1.234,5", num("1234,5"), false),
        ("-3", num("-3"), false),
        ("85%", pct("85"), true),
        ("7–8", range("7", "8"), false),
        ("7 — 8", range("7", "8"), false),
        ("7 - 8", range("7", "8"), false),
        ("7-8", range("7", "8"), false),
        ("80-90%", range("80", "90"), true),
        ("80% – 90%", range("80", "90"), true),
        ("80 s.d. 90 %", range("80", "90"), true),
        ("80 S/D 90", range("80", "90"), false),
        ("7 sampai 8,5", range("7", "8,5"), false),
        ("-5 - -3", range("-5", "-3"), false),
    ];
    for (input, value, percent) in cases {
        let t = TargetValue::parse(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        assert_eq!(t.value, value, "{input}");
        assert_eq!(t.percent, percent, "{input}");
    }
    assert_eq!(TargetValue::parse("  "), Err(TargetError::Empty));
    assert_eq!(TargetValue::parse("80–"), Err(TargetError::IncompleteRange));
    assert_eq!(TargetValue::parse("– 8"), Err(TargetError::IncompleteRange));
    assert_eq!(
        TargetValue::parse("80 s.d."),
        Err(TargetError::IncompleteRange)
    );
    assert_eq!(
        TargetValue::parse("dua belas"),
        Err(TargetError::Number(NumberError::InvalidCharacter {
            ch: 'd'
        }))
    );
    assert_eq!(
        TargetValue::parse("7–x"),
        Err(TargetError::Number(NumberError::InvalidCharacter {
            ch: 'x'
        }))
    );
}

#[test]
fn targets_are_shown_back_formatted() {
    assert_eq!(num("1234,5").format_id(), "1.234,5");
    assert_eq!(pct("85").format_id(), "85%");
    assert_eq!(range("7", "8").format_id(), "7–8");
    assert_eq!(range("1,75", "2").format_id(), "1,75–2");
    assert_eq!(range("7", "8").bounds(), (d("7"), d("8")));
    assert_eq!(num("7").bounds(), (d("7"), d("7")));
    assert!(range("7", "8").is_range() && !pct("1").is_range());
    let json = serde_json::to_string(&range("7", "8")).unwrap();
    assert_eq!(json, r#"{"kind":"range","value":{"min":"7","max":"8"}}"#);
    assert_eq!(
        serde_json::from_str::<TargetValue>(&json).unwrap(),
        range("7", "8")
    );
    let json = serde_json::to_string(&pct("85,5")).unwrap();
    assert_eq!(json, r#"{"kind":"percent","value":"85.5"}"#);
    assert_eq!(
        serde_json::from_str::<TargetValue>(&json).unwrap(),
        pct("85,5")
    );
}

#[test]
fn bad_input_empty_target() {
    let mut dr = draft();
    dr.target = "   ".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target"]);
    assert_eq!(
        e[0].message,
        "Target belum diisi; ketik angka (12), persen (85%) atau rentang (80–90%)."
    );
}

#[test]
fn bad_input_text_in_a_numeric_target() {
    let mut dr = draft();
    dr.target = "dua belas".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target"]);
    assert!(
        e[0].message.starts_with("Target harus berupa angka"),
        "{}",
        e[0].message
    );
}

#[test]
fn bad_input_min_above_max() {
    let mut dr = draft();
    dr.target = "9–7".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target"]);
    assert_eq!(
        e[0].message,
        "Target: batas bawah 9 lebih besar dari batas atas 7; tukar kedua angka itu."
    );
    set_lang(Lang::En);
    let e = dr.validate().unwrap_err();
    assert_eq!(
        e[0].message,
        "Target: the lower bound 9 is above the upper bound 7; swap the two numbers."
    );
    set_lang(Lang::Id);
}

#[test]
fn bad_input_negative_count() {
    let mut dr = draft();
    dr.target = "-3".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target"]);
    assert_eq!(
        e[0].message,
        "Target tidak boleh negatif untuk indikator yang menghitung jumlah, waktu atau biaya."
    );
    // A level that is averaged may be negative (growth), with a warning.
    dr.aspect = Some(Aspect::Quality);
    dr.aggregation = Some(Aggregation::Last);
    dr.satuan = "persen".into();
    dr.target = "-1,5".into();
    let f = dr.validate().unwrap();
    assert_eq!(f.target, pct("-1,5"));
    assert!(!f.refuses_negative());
    assert_eq!(f.warnings(), [IndicatorWarning::NegativeTarget]);
}

#[test]
fn bad_input_percentage_above_100() {
    let mut dr = draft();
    dr.satuan = "%".into();
    dr.target = "105%".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target"]);
    assert_eq!(
        e[0].message,
        "Target 105% melebihi 100%; indikator ini tidak mengizinkan persentase di atas 100. Perbaiki angkanya atau izinkan di atas 100%."
    );
    dr.target = "90–105%".into();
    assert_eq!(fields_of(&dr.validate().unwrap_err()), ["target"]);
    dr.allow_over_100 = true;
    assert_eq!(dr.validate().unwrap().target, range("90", "105"));
    dr.target = "105".into();
    assert_eq!(dr.validate().unwrap().target, pct("105"));
    // Not a percentage: 105 is just a number.
    let mut dr = draft();
    dr.target = "105".into();
    assert_eq!(dr.validate().unwrap().target, num("105"));
}

#[test]
fn bad_input_text_aspect_and_satuan() {
    let dr = IndicatorDraft {
        text: "Laporan\x1b[2J".into(),
        target: "12".into(),
        ..Default::default()
    };
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["indicator_text", "aspect", "satuan"]);
    assert!(
        e[0].message.contains("Indikator kinerja individu"),
        "{}",
        e[0].message
    );
    assert_eq!(e[1].message, "Pilih Aspek.");
    assert_eq!(e[2].message, "Satuan wajib diisi.");
    let mut dr = draft();
    dr.text = "x".repeat(MAX_INDICATOR_CHARS + 1);
    dr.satuan = "s".repeat(MAX_SATUAN_CHARS + 1);
    assert_eq!(
        fields_of(&dr.validate().unwrap_err()),
        ["indicator_text", "satuan"]
    );
}

#[test]
fn a_percent_target_with_another_satuan_is_one_error() {
    let mut dr = draft();
    dr.target = "85%".into();
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["satuan"]);
    assert_eq!(
        e[0].message,
        "Target diketik dengan % tetapi satuannya “dokumen”; kosongkan satuan atau ganti menjadi %, atau hapus tanda % dari target."
    );
}

#[test]
fn typed_quarter_targets_are_checked_each_on_its_field() {
    let mut dr = draft();
    dr.quarter_targets = ["2".into(), "x".into(), "-1".into(), "5%".into()];
    let e = dr.validate().unwrap_err();
    assert_eq!(fields_of(&e), ["target_q2", "target_q3", "target_q4"]);
    assert!(
        e[0].message.starts_with("Target triwulan II"),
        "{}",
        e[0].message
    );
    assert_eq!(
        e[2].message,
        "Target triwulan IV diketik dengan %, tetapi indikator ini bukan persentase; hapus tanda %."
    );
    let mut dr = draft();
    dr.satuan = "%".into();
    dr.target = "80%".into();
    dr.quarter_targets = [String::new(), "101".into(), String::new(), String::new()];
    assert_eq!(fields_of(&dr.validate().unwrap_err()), ["target_q2"]);
    dr.quarter_targets[1] = "70".into();
    let f = dr.validate().unwrap();
    assert_eq!(
        f.quarter_targets,
        [pct("80"), pct("70"), pct("80"), pct("80")]
    );
}

#[test]
fn quarters_that_do_not_add_up_are_a_warning() {
    let mut dr = draft();
    dr.quarter_targets = ["2".into(), "3".into(), "3".into(), "4".into()];
    let f = dr.validate().unwrap();
    assert_eq!(f.quarter_targets, [num("2"), num("3"), num("3"), num("4")]);
    assert_eq!(f.warnings(), []);
    dr.quarter_targets[3] = "5".into();
    let f = dr.validate().unwrap();
    let w = f.warnings();
    assert_eq!(
        w,
        [IndicatorWarning::QuarterSumMismatch {
            sum: Some(num("13")),
            annual: num("12"),
        }]
    );
    assert_eq!(
        w[0].message(&f),
        "Jumlah target triwulan (13) tidak sama dengan target tahunan (12); periksa target triwulan."
    );
    // Typed in part: the empty quarters take their default share.
    dr.quarter_targets = ["6".into(), String::new(), String::new(), String::new()];
    let f = dr.validate().unwrap();
    assert_eq!(f.quarter_targets, [num("6"), num("3"), num("3"), num("3")]);
    assert_eq!(f.warnings().len(), 1);
    // Under Last or Average quarters need not add up.
    dr.aggregation = Some(Aggregation::Average);
    dr.quarter_targets = ["1".into(), "2".into(), "3".into(), "4".into()];
    assert_eq!(dr.validate().unwrap().warnings(), []);
}

#[test]
fn a_range_mismatch_shows_both_bounds() {
    let mut dr = draft();
    dr.satuan = "%".into();
    dr.target = "80-90%".into();
    dr.aggregation = Some(Aggregation::Sum);
    dr.quarter_targets = [
        "20–22".into(),
        "20–22".into(),
        "20–22".into(),
        "20-22".into(),
    ];
    let f = dr.validate().unwrap();
    let w = f.warnings();
    assert_eq!(
        w,
        [IndicatorWarning::QuarterSumMismatch {
            sum: Some(range("80", "88")),
            annual: range("80", "90"),
        }]
    );
    assert_eq!(
        w[0].message(&f),
        "Jumlah target triwulan (80–88%) tidak sama dengan target tahunan (80–90%); periksa target triwulan."
    );
}

#[test]
fn sums_split_evenly_with_the_remainder_in_the_fourth_quarter() {
    let cases: [(&str, u32, [&str; 4]); 8] = [
        ("12", 0, ["3", "3", "3", "3"]),
        ("10", 0, ["2", "2", "2", "4"]),
        ("7", 0, ["1", "1", "1", "4"]),
        ("2", 0, ["0", "0", "0", "2"]),
        ("0", 0, ["0", "0", "0", "0"]),
        ("12,5", 1, ["3,1", "3,1", "3,1", "3,2"]),
        ("7", 2, ["1,75", "1,75", "1,75", "1,75"]),
        ("0,0003", 4, ["0", "0", "0", "0,0003"]),
    ];
    for (total, decimals, expected) in cases {
        assert_eq!(split_sum(d(total), decimals), expected.map(d), "{total}");
    }
    let mut x: i64 = 12_345;
    for _ in 0..500 {
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
        let total = Decimal::from_units(x * 997).unwrap();
        for decimals in 0..=4 {
            let parts = split_sum(total, decimals);
            assert_eq!(Decimal::checked_sum(parts), Some(total));
            assert!(parts[..3].iter().all(|p| *p == parts[0]));
            assert!(parts.iter().all(|p| !p.is_negative()));
        }
    }
}

#[test]
fn default_quarter_targets_follow_the_rule() {
    assert_eq!(
        default_quarter_targets(num("10"), Aggregation::Sum),
        [num("2"), num("2"), num("2"), num("4")]
    );
    assert_eq!(
        default_quarter_targets(num("12,5"), Aggregation::Sum),
        [num("3,1"), num("3,1"), num("3,1"), num("3,2")]
    );
    assert_eq!(
        default_quarter_targets(pct("100"), Aggregation::Sum),
        [pct("25"); 4]
    );
    assert_eq!(
        default_quarter_targets(range("7", "8"), Aggregation::Sum),
        [range("1,75", "2"); 4]
    );
    assert_eq!(
        default_quarter_targets(range("7", "7,0003"), Aggregation::Sum),
        [
            range("1,75", "1,75"),
            range("1,75", "1,75"),
            range("1,75", "1,75"),
            range("1,75", "1,7503")
        ]
    );
    for rule in [Aggregation::Last, Aggregation::Average] {
        for t in [num("10"), pct("85"), range("7", "8")] {
            assert_eq!(default_quarter_targets(t, rule), [t; 4]);
        }
    }
}

#[test]
fn zero_targets_are_warned_about() {
    let mut dr = draft();
    dr.target = "0".into();
    dr.aspect = Some(Aspect::Time);
    let f = dr.validate().unwrap();
    assert_eq!(f.polarity, Polarity::LowerIsBetter);
    assert_eq!(f.warnings(), [IndicatorWarning::ZeroTarget]);
    assert_eq!(
        f.warnings()[0].message(&f),
        "Target 0: capaian tidak dapat dihitung (pembagian dengan nol)."
    );
    let mut dr = draft();
    dr.target = "2".into();
    let f = dr.validate().unwrap();
    let w = f.warnings();
    let q = |n| Quarter::new(n).unwrap();
    assert_eq!(
        w,
        [IndicatorWarning::ZeroQuarterTargets {
            quarters: vec![q(1), q(2), q(3)]
        }]
    );
    assert_eq!(
        w[0].message(&f),
        "Target triwulan I, II, III bernilai 0: capaian triwulan itu tidak dapat dihitung."
    );
}

#[test]
fn actuals_are_read_by_the_indicator_rules() {
    let count = draft().validate().unwrap();
    assert_eq!(count.parse_actual(""), Ok(None));
    assert_eq!(count.parse_actual("  "), Ok(None));
    assert_eq!(count.parse_actual("1.234"), Ok(Some(d("1234"))));
    assert_eq!(count.parse_actual("4,5"), Ok(Some(d("4,5"))));
    let e = count.parse_actual("empat").unwrap_err();
    assert_eq!(e.field, "actual");
    assert_eq!(
        e.message,
        "Realisasi harus berupa angka, misalnya 1.234,5 atau 85%; hapus “e”."
    );
    let e = count.parse_actual("-1").unwrap_err();
    assert_eq!(
        e.message,
        "Realisasi tidak boleh negatif untuk indikator yang menghitung jumlah, waktu atau biaya."
    );
    let e = count.parse_actual("85%").unwrap_err();
    assert_eq!(
        e.message,
        "Realisasi indikator ini dalam satuan “dokumen”, bukan persen; hapus tanda %."
    );
    let mut dr = draft();
    dr.satuan = "%".into();
    dr.target = "95%".into();
    let percent = dr.validate().unwrap();
    assert_eq!(percent.parse_actual("85%"), Ok(Some(d("85"))));
    assert_eq!(percent.parse_actual("85"), Ok(Some(d("85"))));
    assert_eq!(percent.parse_actual("100"), Ok(Some(d("100"))));
    let e = percent.parse_actual("100,5%").unwrap_err();
    assert_eq!(
        e.message,
        "Realisasi 100,5% melebihi 100%; indikator ini tidak mengizinkan persentase di atas 100."
    );
    dr.allow_over_100 = true;
    let over = dr.validate().unwrap();
    assert_eq!(over.parse_actual("100,5"), Ok(Some(d("100,5"))));
}

#[test]
fn a_valid_indicator_survives_a_round_trip_through_its_draft() {
    let mut drafts = vec![draft()];
    let mut dr = draft();
    dr.satuan = String::new();
    dr.target = "80 s.d. 90%".into();
    dr.aggregation = Some(Aggregation::Sum);
    drafts.push(dr);
    let mut dr = draft();
    dr.aspect = Some(Aspect::Time);
    dr.satuan = "bulan".into();
    dr.target = "7–8".into();
    dr.quarter_targets = ["2".into(), String::new(), "1–2".into(), String::new()];
    drafts.push(dr);
    let mut dr = draft();
    dr.target = "1.234,5".into();
    dr.allow_over_100 = true;
    dr.polarity = Some(Polarity::LowerIsBetter);
    drafts.push(dr);
    for dr in drafts {
        let f = dr.validate().unwrap();
        let again = f.draft();
        assert_eq!(again.validate().unwrap(), f, "{again:?}");
    }
    let mut dr = draft();
    dr.satuan = String::new();
    dr.target = "80-90%".into();
    let f = dr.validate().unwrap();
    assert_eq!(f.draft().target, "80–90%");
    assert_eq!(f.draft().quarter_targets[0], "80–90%");
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(serde_json::from_str::<IndicatorFields>(&json).unwrap(), f);
}

#[test]
fn planned_results_need_text_and_kind() {
    let dr = PlannedResultDraft {
        text: "  Terlaksananya   layanan imunisasi ".into(),
        kind: Some(ResultKind::Main),
        parent_id: Some(7),
    };
    let f = dr.validate().unwrap();
    assert_eq!(f.text, "Terlaksananya layanan imunisasi");
    assert_eq!(f.kind, ResultKind::Main);
    assert_eq!(f.parent_id, Some(7));
    assert_eq!(f.draft().validate().unwrap(), f);
    let e = PlannedResultDraft::default().validate().unwrap_err();
    assert_eq!(fields_of(&e), ["result_text", "result_kind"]);
    assert_eq!(e[0].message, "Rencana hasil kerja wajib diisi.");
    assert_eq!(e[1].message, "Pilih Jenis hasil kerja.");
    let bad = PlannedResultDraft {
        text: "Laporan\u{202E}".into(),
        kind: Some(ResultKind::Additional),
        parent_id: None,
    };
    assert_eq!(fields_of(&bad.validate().unwrap_err()), ["result_text"]);
}

#[test]
fn bad_input_a_parent_outside_the_supervisors_plan() {
    let supervisor = [11, 12, 13];
    let mut dr = PlannedResultDraft {
        text: "Terverifikasinya penerima bantuan sosial".into(),
        kind: Some(ResultKind::Main),
        parent_id: Some(12),
    };
    assert_eq!(
        dr.validate_with_parents(&supervisor).unwrap().parent_id,
        Some(12)
    );
    dr.parent_id = None;
    assert!(dr.validate_with_parents(&supervisor).is_ok());
    dr.parent_id = Some(99);
    let e = dr.validate_with_parents(&supervisor).unwrap_err();
    assert_eq!(fields_of(&e), ["result_parent"]);
    assert_eq!(
        e[0].message,
        "Rencana hasil kerja pimpinan yang diintervensi harus dipilih dari SKP atasan langsung pada tahun yang sama."
    );
    dr.text = String::new();
    let e = dr.validate_with_parents(&[]).unwrap_err();
    assert_eq!(fields_of(&e), ["result_text", "result_parent"]);
}
