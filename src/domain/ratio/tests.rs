use super::*;

fn dec(s: &str) -> Decimal {
    Decimal::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
}

fn r(n: i128, d: i128) -> Ratio {
    Ratio::new(n, d).unwrap()
}

#[test]
fn ratios_are_reduced_and_compared_exactly() {
    assert_eq!(r(6, -4), r(-3, 2));
    assert_eq!((r(6, -4).numer(), r(6, -4).denom()), (-3, 2));
    assert_eq!(Ratio::new(1, 0), None);
    assert_eq!(Ratio::new(10i128.pow(31), 1), None);
    assert_eq!(Ratio::of(dec("9,12"), dec("12")), Some(r(19, 25)));
    assert!(r(1, 3) < r(333_334, 1_000_000));
    assert!(r(1, 3) > r(333_333, 1_000_000));
    assert!(r(-1, 3) < r(-333_333, 1_000_000));
    assert!(r(-7, 2) < r(-3, 1));
    assert_eq!(r(2, 4).cmp(&r(1, 2)), Ordering::Equal);
    let big = r(10i128.pow(30) - 1, 10i128.pow(30) - 3);
    let big2 = r(10i128.pow(30) - 2, 10i128.pow(30) - 4);
    assert!(big < big2, "no overflow in comparison");
    // Terms beyond 64 bits reduce as well as small ones.
    let wide = 3i128 << 70;
    assert_eq!(r(wide * 7, wide * 5), r(7, 5));
    assert_eq!(r(wide, 1 << 80), r(3, 1 << 10));
    assert_eq!(r(u64::MAX as i128 * 4, 6), r(u64::MAX as i128 * 2, 3));
}

#[test]
fn ratio_arithmetic_is_exact_and_checked() {
    let third = r(1, 3);
    assert_eq!(third.checked_add(third), Some(r(2, 3)));
    assert_eq!(third.checked_sub(r(1, 2)), Some(r(-1, 6)));
    assert_eq!(third.checked_mul(r(3, 4)), Some(r(1, 4)));
    assert_eq!(third.checked_div(r(2, 3)), Some(r(1, 2)));
    assert_eq!(third.checked_div(r(-2, 3)), Some(r(-1, 2)));
    assert_eq!(third.checked_div(Ratio::ZERO), None);
    let huge = r(10i128.pow(30), 1);
    assert_eq!(huge.checked_mul(huge), None);
    assert_eq!(huge.checked_add(huge), None);
    assert_eq!(
        r(1, 10i128.pow(30)).checked_add(r(1, 10i128.pow(30) - 1)),
        None
    );
    assert!(Ratio::ZERO.is_zero() && r(-1, 2).is_negative());
    assert_eq!(Ratio::from(dec("1,5")), r(3, 2));
    assert_eq!(dec("1,5").to_ratio(), r(3, 2));
    assert_eq!(Ratio::from_int(-4), r(-4, 1));
    assert_eq!(r(3, 4).to_f64(), 0.75);
}

#[test]
fn ratios_round_half_away_from_zero_only_when_shown() {
    assert_eq!(r(1, 3).format_id(2), "0,33");
    assert_eq!(r(2, 3).format_id(2), "0,67");
    assert_eq!(r(750, 7).format_id(2), "107,14");
    assert_eq!(r(-1, 200).format_id(2), "-0,01");
    assert_eq!(r(-1, 300).format_id(2), "0,00");
    assert_eq!(r(199_999, 200).format_id(2), "1.000,00");
    assert_eq!(r(1_234_567, 1).format_id(0), "1.234.567");
    assert_eq!(r(1_234_567, 2).format_plain(2), "617283.50");
    assert_eq!(r(2, 3).round_dp(2), Some(r(67, 100)));
    assert_eq!(r(-2, 3).round_dp(0), Some(r(-1, 1)));
    assert_eq!(r(2, 3).to_decimal(), Some(dec("0,6667")));
    assert_eq!(r(-2, 3).to_decimal(), Some(dec("-0,6667")));
    assert_eq!(r(10i128.pow(20), 1).to_decimal(), None);
}
