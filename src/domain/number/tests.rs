use super::*;
use crate::i18n::{Lang, set_lang};

fn units(s: &str) -> i64 {
    Number::parse(s)
        .unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
        .value
        .units()
}

fn dec(s: &str) -> Decimal {
    Decimal::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
}

fn err(s: &str) -> NumberError {
    Number::parse(s).expect_err(s)
}

#[test]
fn indonesian_and_plain_forms_are_read_alike() {
    let cases: [(&str, i64); 16] = [
        ("1.234,5", 12_345_000),
        ("1234,5", 12_345_000),
        ("1234.5", 12_345_000),
        ("1 234,5", 12_345_000),
        ("1\u{A0}234,5", 12_345_000),
        ("1\u{202F}234,5", 12_345_000),
        ("  1.234,5\n", 12_345_000),
        ("-3", -30_000),
        ("\u{2212}3", -30_000),
        ("+3", 30_000),
        ("- 3", -30_000),
        ("0", 0),
        ("-0", 0),
        ("007", 70_000),
        (",5", 5_000),
        ("5,", 50_000),
    ];
    for (input, expected) in cases {
        assert_eq!(units(input), expected, "{input:?}");
    }
}

#[test]
fn a_trailing_percent_sign_sets_the_flag() {
    for input in ["85%", "85 %", " 85 % ", "85,0%"] {
        let n = Number::parse(input).unwrap();
        assert_eq!(n.value.units(), 850_000, "{input:?}");
        assert!(n.is_percent, "{input:?}");
    }
    let n = Number::parse("85").unwrap();
    assert!(!n.is_percent);
    assert_eq!(Number::parse("12,5%").unwrap().format_id(), "12,5%");
    assert_eq!(Number::parse("12.5").unwrap().format_id(), "12,5");
    assert_eq!(Decimal::parse("85%"), Err(NumberError::UnexpectedPercent));
    assert_eq!(err("%85"), NumberError::MisplacedPercent);
    assert_eq!(err("85%%"), NumberError::MisplacedPercent);
    assert_eq!(err("8%5"), NumberError::MisplacedPercent);
}

/// The documented rule for a single separator (module doc, rules 3 and 4).
#[test]
fn ambiguity_rule_single_dot_groups_thousands_single_comma_is_decimal() {
    // A single comma is always decimal.
    assert_eq!(units("1,234"), 12_340);
    assert_eq!(units("12,500"), 125_000);
    // A single dot followed by exactly three digits after 1–3 digits not
    // starting with 0 groups thousands.
    assert_eq!(units("1.234"), 12_340_000);
    assert_eq!(units("12.500"), 125_000_000);
    assert_eq!(units("999.999"), 9_999_990_000);
    assert_eq!(units("2.125"), 21_250_000);
    // Otherwise a single dot is the decimal point.
    assert_eq!(units("0.125"), 1_250);
    assert_eq!(units("1234.567"), 12_345_670);
    assert_eq!(units("12.50"), 125_000);
    assert_eq!(units("1.2345"), 12_345);
    assert_eq!(units(".500"), 5_000);
    // Shown back so the operator sees which reading was stored.
    assert_eq!(dec("2.125").format_id(), "2.125");
    assert_eq!(dec("2,125").format_id(), "2,125");
    assert_eq!(dec("0.125").format_id(), "0,125");
}

#[test]
fn grouping_in_either_convention() {
    assert_eq!(units("1.234.567"), 12_345_670_000);
    assert_eq!(units("1,234,567"), 12_345_670_000);
    assert_eq!(units("1,234.5"), 12_345_000);
    assert_eq!(units("1.234.567,89"), 12_345_678_900);
    assert_eq!(units("1,234,567.89"), 12_345_678_900);
    assert_eq!(units("170.395.000"), 1_703_950_000_000);
    assert_eq!(err("1.23.456"), NumberError::BadGrouping);
    assert_eq!(err("1234.567.890"), NumberError::BadGrouping);
    assert_eq!(err("0.123.456"), NumberError::BadGrouping);
    assert_eq!(err("1..234"), NumberError::BadGrouping);
    assert_eq!(err("1.234.5"), NumberError::BadGrouping);
    assert_eq!(err("12,34,5"), NumberError::BadGrouping);
    assert_eq!(err("1,5.000"), NumberError::BadGrouping);
    assert_eq!(err("1.2,3.4"), NumberError::Separators);
    assert_eq!(err("1,2.3,4"), NumberError::Separators);
    assert_eq!(err("1.234,5,6"), NumberError::Separators);
}

#[test]
fn text_signs_and_empty_input_are_refused() {
    assert_eq!(err(""), NumberError::Empty);
    assert_eq!(err("   "), NumberError::Empty);
    assert_eq!(err("abc"), NumberError::InvalidCharacter { ch: 'a' });
    assert_eq!(err("12a"), NumberError::InvalidCharacter { ch: 'a' });
    assert_eq!(err("Rp 5"), NumberError::InvalidCharacter { ch: 'R' });
    assert_eq!(err("٣"), NumberError::InvalidCharacter { ch: '٣' });
    assert_eq!(err("12\t34"), NumberError::InvalidCharacter { ch: '\t' });
    assert_eq!(
        err("1\x1b[2J"),
        NumberError::InvalidCharacter { ch: '\x1b' }
    );
    assert_eq!(err("-"), NumberError::NoDigits);
    assert_eq!(err(","), NumberError::NoDigits);
    assert_eq!(err("%"), NumberError::NoDigits);
    assert_eq!(err("--5"), NumberError::MisplacedSign);
    assert_eq!(err("+-5"), NumberError::MisplacedSign);
    assert_eq!(err("5-"), NumberError::MisplacedSign);
    assert_eq!(err("80-90"), NumberError::MisplacedSign);
}

#[test]
fn precision_and_size_limits() {
    assert_eq!(units("1,2345"), 12_345);
    assert_eq!(units("1,50000"), 15_000);
    assert_eq!(
        err("1,23456"),
        NumberError::TooManyDecimals { max: DECIMALS }
    );
    assert_eq!(units("99.999.999.999.999,9999"), 999_999_999_999_999_999);
    assert_eq!(units("00000000000000001"), SCALE);
    assert_eq!(
        err("100.000.000.000.000"),
        NumberError::TooLarge { max_digits: 14 }
    );
}

#[test]
fn plain_machine_form_is_strict() {
    assert_eq!(Decimal::parse_plain("1234.5").unwrap().units(), 12_345_000);
    assert_eq!(Decimal::parse_plain("-0.0001").unwrap().units(), -1);
    assert_eq!(Decimal::parse_plain("1.234").unwrap().units(), 12_340);
    assert_eq!(Decimal::parse_plain(""), Err(NumberError::Empty));
    assert_eq!(Decimal::parse_plain(".5"), Err(NumberError::NoDigits));
    assert_eq!(
        Decimal::parse_plain("1,5"),
        Err(NumberError::InvalidCharacter { ch: ',' })
    );
    assert_eq!(
        Decimal::parse_plain(" 1"),
        Err(NumberError::InvalidCharacter { ch: ' ' })
    );
    assert_eq!(Decimal::parse_plain("1-2"), Err(NumberError::MisplacedSign));
}

#[test]
fn formatting_in_both_forms() {
    let cases: [(i64, &str, &str); 9] = [
        (0, "0", "0"),
        (12_345_000, "1.234,5", "1234.5"),
        (-12_345_671_250, "-1.234.567,125", "-1234567.125"),
        (5_000, "0,5", "0.5"),
        (1, "0,0001", "0.0001"),
        (1_000_000, "100", "100"),
        (10_000_000, "1.000", "1000"),
        (1_703_950_000_000, "170.395.000", "170395000"),
        (-30_000, "-3", "-3"),
    ];
    for (u, id, plain) in cases {
        let d = Decimal::from_units(u).unwrap();
        assert_eq!(d.format_id(), id);
        assert_eq!(d.to_string(), id);
        assert_eq!(d.format_plain(), plain);
    }
    assert_eq!(dec("85,5").format_id_dp(2), "85,50");
    assert_eq!(dec("1234,5678").format_id_dp(2), "1.234,57");
    assert_eq!(dec("-0,004").format_id_dp(2), "0,00");
    assert_eq!(dec("-0,005").format_id_dp(2), "-0,01");
    assert_eq!(dec("999,995").format_id_dp(2), "1.000,00");
    assert_eq!(dec("7").format_id_dp(0), "7");
}

/// Deterministic spread of values over the whole range.
fn sample_units() -> Vec<i64> {
    let mut v = vec![
        0, 1, -1, 9_999, 10_000, MAX_UNITS, -MAX_UNITS, 12_340, 1_234_000,
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..2_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let digits = (x % 19) as u32;
        let u = ((x >> 8) % 10u64.pow(digits).max(1)) as i64;
        v.push(if x & 1 == 0 { u } else { -u }.clamp(-MAX_UNITS, MAX_UNITS));
    }
    v
}

#[test]
fn what_is_shown_reads_back_as_what_was_stored() {
    for u in sample_units() {
        let d = Decimal::from_units(u).unwrap();
        assert_eq!(Decimal::parse(&d.format_id()), Ok(d), "{}", d.format_id());
        assert_eq!(
            Decimal::parse_plain(&d.format_plain()),
            Ok(d),
            "{}",
            d.format_plain()
        );
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), d);
    }
    assert_eq!(
        serde_json::to_string(&dec("1.234,5")).unwrap(),
        "\"1234.5\""
    );
    assert!(serde_json::from_str::<Decimal>("\"1,5\"").is_err());
}

#[test]
fn decimal_arithmetic_is_exact_and_checked() {
    assert_eq!(dec("0,1").checked_add(dec("0,2")), Some(dec("0,3")));
    assert_eq!(dec("0,3").checked_sub(dec("0,1")), Some(dec("0,2")));
    assert_eq!(dec("2,5").checked_mul_int(4), Some(dec("10")));
    let max = Decimal::from_units(MAX_UNITS).unwrap();
    assert_eq!(max.checked_add(Decimal::from_units(1).unwrap()), None);
    assert_eq!(max.checked_mul_int(2), None);
    assert_eq!(Decimal::from_units(MAX_UNITS + 1), None);
    assert_eq!(Decimal::from_int(100), Some(Decimal::HUNDRED));
    assert_eq!(Decimal::from_int(i64::MAX), None);
    assert_eq!(
        Decimal::checked_sum([dec("0,1"), dec("0,2"), dec("0,3")]),
        Some(dec("0,6"))
    );
    assert_eq!(dec("2,345").round_dp(2), dec("2,35"));
    assert_eq!(dec("-2,345").round_dp(2), dec("-2,35"));
    assert_eq!(dec("2,3449").round_dp(2), dec("2,34"));
    assert_eq!(dec("2,5").round_dp(0), dec("3"));
    assert_eq!(dec("12,5").significant_decimals(), 1);
    assert_eq!(dec("12,0625").significant_decimals(), 4);
    assert_eq!(dec("12").significant_decimals(), 0);
    assert!(dec("12").is_integer() && !dec("12,5").is_integer());
    assert!(dec("-1").is_negative() && dec("0").is_zero());
    assert_eq!(dec("-1,5").abs(), dec("1,5"));
    assert_eq!(dec("1,5").to_f64(), 1.5);
    assert!(dec("1.234") > dec("999,9999"));
}

#[test]
fn errors_name_the_field_and_the_fix() {
    let e = NumberError::InvalidCharacter { ch: 'a' }.field_error("actual");
    assert_eq!(e.field, "actual");
    assert_eq!(
        e.message,
        "Realisasi harus berupa angka, misalnya 1.234,5 atau 85%; hapus “a”."
    );
    let e = NumberError::InvalidCharacter { ch: '\x1b' }.message("Target");
    assert!(e.contains("U+001B") && !e.contains('\x1b'), "{e}");
    let all = [
        NumberError::Empty,
        NumberError::InvalidCharacter { ch: 'x' },
        NumberError::NoDigits,
        NumberError::MisplacedSign,
        NumberError::MisplacedPercent,
        NumberError::Separators,
        NumberError::BadGrouping,
        NumberError::TooManyDecimals { max: 4 },
        NumberError::TooLarge { max_digits: 14 },
        NumberError::UnexpectedPercent,
    ];
    for lang in [Lang::Id, Lang::En] {
        set_lang(lang);
        for e in all {
            let m = e.message("Target");
            assert!(m.contains("Target"), "{lang:?} {e:?}: {m}");
            assert!(!m.contains('{') && !m.starts_with("number."), "{m}");
        }
    }
    set_lang(Lang::En);
    assert_eq!(
        NumberError::TooManyDecimals { max: 4 }.message("Actual"),
        "Actual takes at most 4 decimals; round it, for example 33,3333."
    );
    set_lang(Lang::Id);
}
