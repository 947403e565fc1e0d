//! An exact fraction for values derived from stored [`Decimal`]s, such as
//! capaian (actual / target × 100) or an average of three quarters, so
//! nothing is rounded until it is shown.
//!
//! A [`Ratio`] is kept in lowest terms with a positive denominator, and its
//! numerator and denominator stay within 10³⁰: arithmetic that would go
//! beyond is refused (`None`) rather than overflowing.

use std::cmp::Ordering;

use super::number::{DECIMALS, Decimal, SCALE, group};

/// Largest magnitude of a [`Ratio`]'s numerator or denominator. Results
/// beyond it are refused (`None`), so rounding and formatting never
/// overflow.
const RATIO_BOUND: u128 = 10u128.pow(30);

/// An exact fraction in lowest terms with a positive denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i128,
    den: i128,
}

/// Greatest common divisor. Terms are usually small (a capaian, an
/// average of a few of them): then the machine's 64-bit division does the
/// work, several times faster than the 128-bit one.
fn gcd(a: u128, b: u128) -> u128 {
    match (u64::try_from(a), u64::try_from(b)) {
        (Ok(a), Ok(b)) => gcd64(a, b) as u128,
        _ => {
            let (mut a, mut b) = (a, b);
            while b != 0 {
                (a, b) = (b, a % b);
            }
            a
        }
    }
}

fn gcd64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    /// `num / den` in lowest terms; `None` when `den` is zero or the
    /// reduced terms are beyond 10³⁰.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let g = gcd(num.unsigned_abs(), den.unsigned_abs());
        let (n, d) = (num.unsigned_abs() / g, den.unsigned_abs() / g);
        if n > RATIO_BOUND || d > RATIO_BOUND {
            return None;
        }
        let negative = (num < 0) != (den < 0);
        let n = n as i128;
        Some(Ratio {
            num: if negative { -n } else { n },
            den: d as i128,
        })
    }

    /// A whole number.
    pub fn from_int(n: i64) -> Ratio {
        Ratio {
            num: n as i128,
            den: 1,
        }
    }

    /// `a / b` of two decimals; `None` when `b` is zero.
    pub fn of(a: Decimal, b: Decimal) -> Option<Ratio> {
        Ratio::new(a.units() as i128, b.units() as i128)
    }

    pub fn numer(self) -> i128 {
        self.num
    }
    pub fn denom(self) -> i128 {
        self.den
    }
    pub fn is_zero(self) -> bool {
        self.num == 0
    }
    pub fn is_negative(self) -> bool {
        self.num < 0
    }

    pub fn checked_add(self, o: Ratio) -> Option<Ratio> {
        let g = gcd(self.den as u128, o.den as u128) as i128;
        let (a, b) = (self.den / g, o.den / g);
        let num = self
            .num
            .checked_mul(b)?
            .checked_add(o.num.checked_mul(a)?)?;
        Ratio::new(num, self.den.checked_mul(b)?)
    }
    pub fn checked_sub(self, o: Ratio) -> Option<Ratio> {
        self.checked_add(Ratio {
            num: -o.num,
            den: o.den,
        })
    }
    pub fn checked_mul(self, o: Ratio) -> Option<Ratio> {
        // Cross-reduce first so the products stay small.
        let g1 = gcd(self.num.unsigned_abs(), o.den as u128).max(1) as i128;
        let g2 = gcd(o.num.unsigned_abs(), self.den as u128).max(1) as i128;
        let num = (self.num / g1).checked_mul(o.num / g2)?;
        let den = (self.den / g2).checked_mul(o.den / g1)?;
        Ratio::new(num, den)
    }
    /// `None` when `o` is zero or the result is out of range.
    pub fn checked_div(self, o: Ratio) -> Option<Ratio> {
        if o.num == 0 {
            return None;
        }
        self.checked_mul(Ratio {
            num: if o.num < 0 { -o.den } else { o.den },
            den: o.num.abs(),
        })
    }

    /// Rounded half away from zero: (negative, |whole|, |fraction| as an
    /// integer of `decimals` digits). `decimals` is at most 6.
    fn rounded_parts(self, decimals: u32) -> (bool, i128, i128) {
        let decimals = decimals.min(6);
        let n = self.num.abs();
        let mut whole = n / self.den;
        let mut r = n % self.den;
        let mut frac: i128 = 0;
        for _ in 0..decimals {
            r *= 10;
            frac = frac * 10 + r / self.den;
            r %= self.den;
        }
        if r * 2 >= self.den {
            frac += 1;
            if frac == 10i128.pow(decimals) {
                frac = 0;
                whole += 1;
            }
        }
        let negative = self.num < 0 && (whole != 0 || frac != 0);
        (negative, whole, frac)
    }

    /// The value rounded half away from zero to `decimals` (at most 6)
    /// decimals, still exact; `None` if the result is out of range.
    pub fn round_dp(self, decimals: u32) -> Option<Ratio> {
        let decimals = decimals.min(6);
        let (negative, whole, frac) = self.rounded_parts(decimals);
        let scale = 10i128.pow(decimals);
        let n = whole.checked_mul(scale)? + frac;
        Ratio::new(if negative { -n } else { n }, scale)
    }

    /// Rounded to four decimals, if that fits a [`Decimal`].
    pub fn to_decimal(self) -> Option<Decimal> {
        let (negative, whole, frac) = self.rounded_parts(DECIMALS);
        let units = i64::try_from(whole.checked_mul(SCALE as i128)? + frac).ok()?;
        Decimal::from_units(if negative { -units } else { units })
    }

    /// Indonesian form with exactly `decimals` decimals (at most 6),
    /// rounded half away from zero: `107,14`, `1.234,50`.
    pub fn format_id(self, decimals: u32) -> String {
        self.format(decimals, Some('.'), ',')
    }

    /// Plain form with exactly `decimals` decimals: `107.14`.
    pub fn format_plain(self, decimals: u32) -> String {
        self.format(decimals, None, '.')
    }

    fn format(self, decimals: u32, grouping: Option<char>, point: char) -> String {
        let decimals = decimals.min(6);
        let (negative, whole, frac) = self.rounded_parts(decimals);
        let mut s = String::new();
        if negative {
            s.push('-');
        }
        let digits = whole.to_string();
        match grouping {
            Some(g) => s.push_str(&group(&digits, g)),
            None => s.push_str(&digits),
        }
        if decimals > 0 {
            s.push(point);
            s.push_str(&format!("{frac:0width$}", width = decimals as usize));
        }
        s
    }

    /// For display and charts only; never store or compare the result.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl From<Decimal> for Ratio {
    fn from(d: Decimal) -> Ratio {
        Ratio::new(d.units() as i128, SCALE as i128).expect("a decimal is in range")
    }
}

/// Compares `a/b` with `c/d` (`b`, `d` > 0) without multiplying, so it
/// cannot overflow: whole parts first, then the remainders' reciprocals.
fn cmp_fractions(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    let (q1, r1) = (a.div_euclid(b), a.rem_euclid(b));
    let (q2, r2) = (c.div_euclid(d), c.rem_euclid(d));
    match q1.cmp(&q2) {
        Ordering::Equal => match (r1 == 0, r2 == 0) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            // r1/b vs r2/d, both in (0, 1): compare d/r2 with b/r1.
            (false, false) => cmp_fractions(d, r2, b, r1),
        },
        other => other,
    }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Ratio) -> Ordering {
        cmp_fractions(self.num, self.den, o.num, o.den)
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Ratio) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

#[cfg(test)]
mod tests;
