//! Numbers as Indonesian users type them, stored exactly.
//!
//! [`Decimal`] is a fixed-point number with four decimals (`value × 10⁴` in
//! an `i64`); it is what targets and actuals are stored and compared as.
//! [`Ratio`] is an exact fraction for derived values such as capaian
//! (actual / target × 100) or an average of three quarters, so nothing is
//! rounded until it is shown.
//!
//! # What [`Number::parse`] accepts
//!
//! - digits with a decimal comma or a decimal point: `1234,5`, `1234.5`;
//! - grouping (thousands) separators: `1.234,5`, `1.234.567`, and, from
//!   spreadsheets set to English, `1,234.5` and `1,234,567`; spaces,
//!   including no-break spaces, anywhere: `1 234,5`;
//! - a leading `+`, `-` or `−` (U+2212): `-3`, `+3`;
//! - a trailing `%`, which sets [`Number::is_percent`]: `85%`, `85 %`;
//! - a leading or trailing decimal separator: `,5` is 0,5 and `5,` is 5.
//!
//! # The one rule for separators
//!
//! 1. When both `.` and `,` appear, the one that appears last is the decimal
//!    separator (it must appear once) and the other groups thousands.
//! 2. A separator that appears more than once groups thousands.
//! 3. A single comma is always the decimal comma: `1,234` is 1,234.
//! 4. A single dot is a thousands separator when what it separates is a
//!    well-formed grouped number, i.e. one to three digits not starting with
//!    0, the dot, then exactly three digits: `1.234` is 1234 and `12.500` is
//!    12500. Otherwise it is a decimal point: `1234.5`, `0.125`, `12.50`,
//!    `1234.567`.
//!
//! Why: in Indonesian writing the dot groups thousands (Rp 170.395.000) and
//! the comma is the decimal separator, so an operator copying `1.500` from a
//! paper form means one thousand five hundred; and the plain `1234.5` a
//! spreadsheet or a system export produces is still read correctly, because
//! a dot that is not followed by exactly three digits cannot group
//! thousands. The cost is one case, three decimals written with a dot after
//! a short whole part (`2.125`), which reads as 2125 — exactly as an
//! Indonesian reader of the paper form reads it. Values are shown back with
//! [`Decimal::format_id`] (`2.125` vs `2,125`), so the operator sees what was
//! stored. Machine input (CSV, JSON) uses [`Decimal::parse_plain`], which
//! knows only the decimal point.
//!
//! Grouping must be well formed: the first group has one to three digits,
//! every later group exactly three (`1.23.456` is refused, not guessed).
//! At most [`DECIMALS`] decimals (trailing zeros do not count) and
//! [`MAX_INTEGER_DIGITS`] digits before the separator are accepted.

use std::fmt;

use serde::{Deserialize, Serialize};

pub use super::ratio::Ratio;
use super::staff::FieldError;
use super::text::is_unsafe_char;
use crate::i18n::{t, tf};

/// Decimals kept by [`Decimal`].
pub const DECIMALS: u32 = 4;
/// `10^DECIMALS`: the number of units in one.
pub const SCALE: i64 = 10_000;
/// The most digits accepted before the decimal separator (99 triliun).
pub const MAX_INTEGER_DIGITS: usize = 14;
/// Largest magnitude of [`Decimal::units`].
const MAX_UNITS: i64 = 10i64.pow(MAX_INTEGER_DIGITS as u32 + DECIMALS) - 1;

/// An exact fixed-point number with four decimals.
///
/// Serialised as its plain text (`"1234.5"`) so that JSON stays exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal {
    units: i64,
}

/// A number as typed: its value, and whether a `%` followed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Number {
    pub value: Decimal,
    pub is_percent: bool,
}

/// Why typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// A character that has no place in a number.
    InvalidCharacter { ch: char },
    /// Signs, separators or `%` but no digit.
    NoDigits,
    /// A sign that is not at the very start, or two signs.
    MisplacedSign,
    /// A `%` that is not at the very end, or two of them.
    MisplacedPercent,
    /// The decimal separator appears more than once next to a grouping
    /// separator, or before it (`1,2.3,4`).
    Separators,
    /// Thousands grouping that is not 1–3 digits then groups of three.
    BadGrouping,
    /// More than [`DECIMALS`] significant decimals.
    TooManyDecimals { max: u32 },
    /// More than [`MAX_INTEGER_DIGITS`] digits before the separator.
    TooLarge { max_digits: usize },
    /// A `%` where only a plain number is expected.
    UnexpectedPercent,
}

/// A character as it can be shown safely in a message.
fn shown_char(ch: char) -> String {
    if is_unsafe_char(ch) {
        format!("U+{:04X}", ch as u32)
    } else {
        ch.to_string()
    }
}

impl NumberError {
    /// A message naming the field (its label) and the fix.
    pub fn message(&self, field_label: &str) -> String {
        let f: (&str, &dyn fmt::Display) = ("field", &field_label);
        match self {
            NumberError::Empty => tf("number.empty", &[f]),
            NumberError::InvalidCharacter { ch } => {
                tf("number.invalid_character", &[f, ("ch", &shown_char(*ch))])
            }
            NumberError::NoDigits => tf("number.no_digits", &[f]),
            NumberError::MisplacedSign => tf("number.misplaced_sign", &[f]),
            NumberError::MisplacedPercent => tf("number.misplaced_percent", &[f]),
            NumberError::Separators => tf("number.separators", &[f]),
            NumberError::BadGrouping => tf("number.bad_grouping", &[f]),
            NumberError::TooManyDecimals { max } => {
                tf("number.too_many_decimals", &[f, ("max", max)])
            }
            NumberError::TooLarge { max_digits } => {
                tf("number.too_large", &[f, ("max", max_digits)])
            }
            NumberError::UnexpectedPercent => tf("number.unexpected_percent", &[f]),
        }
    }

    /// The error as a [`FieldError`] on `field`, labelled `field.<field>`.
    pub fn field_error(&self, field: &'static str) -> FieldError {
        FieldError::new(field, self.message(&t(&format!("field.{field}"))))
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&t("field.value")))
    }
}

impl std::error::Error for NumberError {}

impl Number {
    /// Parses a number as typed; see the module documentation for the rules.
    pub fn parse(input: &str) -> Result<Number, NumberError> {
        let mut s = String::with_capacity(input.len());
        for ch in input.trim().chars() {
            if is_space(ch) {
                continue;
            }
            if is_unsafe_char(ch) || ch.is_whitespace() {
                return Err(NumberError::InvalidCharacter { ch });
            }
            s.push(ch);
        }
        if s.is_empty() {
            return Err(NumberError::Empty);
        }
        let (body, is_percent) = match s.strip_suffix('%') {
            Some(rest) => (rest, true),
            None => (s.as_str(), false),
        };
        if body.contains('%') {
            return Err(NumberError::MisplacedPercent);
        }
        let (negative, digits) = match body.chars().next() {
            Some('-') => (true, &body[1..]),
            Some('\u{2212}') => (true, &body['\u{2212}'.len_utf8()..]),
            Some('+') => (false, &body[1..]),
            _ => (false, body),
        };
        let mut has_digit = false;
        for ch in digits.chars() {
            match ch {
                '0'..='9' => has_digit = true,
                '.' | ',' => {}
                '+' | '-' | '\u{2212}' => return Err(NumberError::MisplacedSign),
                other => return Err(NumberError::InvalidCharacter { ch: other }),
            }
        }
        if !has_digit {
            return Err(NumberError::NoDigits);
        }
        let (int, frac) = split_separators(digits)?;
        let value = Decimal::from_digits(negative, &int, frac)?;
        Ok(Number { value, is_percent })
    }

    /// The number as an Indonesian reader writes it: `1.234,5`, `85%`.
    pub fn format_id(&self) -> String {
        let mut s = self.value.format_id();
        if self.is_percent {
            s.push('%');
        }
        s
    }
}

/// Spaces that may group digits inside a number: the space, the no-break
/// space, the figure space, the thin space and the narrow no-break space.
/// A tab or a line break inside a number is refused: it is more likely two
/// pasted cells than one number.
fn is_space(ch: char) -> bool {
    matches!(ch, ' ' | '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}')
}

/// Splits the digits (no sign, no `%`) into the whole part (digits only)
/// and the fraction digits, applying the separator rule.
fn split_separators(s: &str) -> Result<(String, &str), NumberError> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    // (grouping separator, decimal separator) — either may be absent.
    let (group, decimal): (Option<char>, Option<char>) = match (dots, commas) {
        (0, 0) => (None, None),
        (_, 0) if dots > 1 => (Some('.'), None),
        (0, _) if commas > 1 => (Some(','), None),
        (0, 1) => (None, Some(',')),
        (1, 0) => {
            let (int, frac) = s.split_once('.').expect("one dot");
            if frac.len() == 3 && is_first_group(int) {
                (Some('.'), None)
            } else {
                (None, Some('.'))
            }
        }
        _ => {
            let last = s.rfind(['.', ',']).expect("a separator");
            let dec = s[last..].chars().next().expect("a separator");
            let count = if dec == '.' { dots } else { commas };
            if count != 1 {
                return Err(NumberError::Separators);
            }
            (Some(if dec == '.' { ',' } else { '.' }), Some(dec))
        }
    };
    let (int, frac) = match decimal {
        Some(d) => s.split_once(d).expect("the decimal separator is present"),
        None => (s, ""),
    };
    if let Some(g) = group {
        if frac.contains(g) {
            return Err(NumberError::Separators);
        }
        let mut groups = int.split(g);
        let first = groups.next().unwrap_or("");
        if !is_first_group(first) || !groups.all(|x| x.len() == 3) {
            return Err(NumberError::BadGrouping);
        }
        Ok((int.replace(g, ""), frac))
    } else {
        Ok((int.to_string(), frac))
    }
}

/// One to three digits, not starting with 0: the first group of a grouped
/// number.
fn is_first_group(s: &str) -> bool {
    (1..=3).contains(&s.len()) && !s.starts_with('0')
}

impl Decimal {
    pub const ZERO: Decimal = Decimal { units: 0 };
    pub const ONE: Decimal = Decimal { units: SCALE };
    pub const HUNDRED: Decimal = Decimal { units: 100 * SCALE };

    /// The number with `units` ten-thousandths, if within range.
    pub const fn from_units(units: i64) -> Option<Decimal> {
        if units >= -MAX_UNITS && units <= MAX_UNITS {
            Some(Decimal { units })
        } else {
            None
        }
    }

    /// A whole number, if within range.
    pub fn from_int(n: i64) -> Option<Decimal> {
        n.checked_mul(SCALE).and_then(Decimal::from_units)
    }

    /// The value × 10⁴.
    pub fn units(self) -> i64 {
        self.units
    }

    /// Builds a value from ASCII digits (`int` may be empty).
    fn from_digits(negative: bool, int: &str, frac: &str) -> Result<Decimal, NumberError> {
        let frac = frac.trim_end_matches('0');
        if frac.len() > DECIMALS as usize {
            return Err(NumberError::TooManyDecimals { max: DECIMALS });
        }
        let int = int.trim_start_matches('0');
        if int.len() > MAX_INTEGER_DIGITS {
            return Err(NumberError::TooLarge {
                max_digits: MAX_INTEGER_DIGITS,
            });
        }
        let whole: i64 = if int.is_empty() {
            0
        } else {
            int.parse().expect("at most 14 ASCII digits")
        };
        let mut fraction: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().expect("at most 4 ASCII digits")
        };
        for _ in frac.len()..DECIMALS as usize {
            fraction *= 10;
        }
        let units = whole * SCALE + fraction;
        Ok(Decimal {
            units: if negative { -units } else { units },
        })
    }

    /// Parses a plain number (no `%`) as typed; see the module
    /// documentation. A trailing `%` is refused with
    /// [`NumberError::UnexpectedPercent`].
    pub fn parse(input: &str) -> Result<Decimal, NumberError> {
        let n = Number::parse(input)?;
        if n.is_percent {
            return Err(NumberError::UnexpectedPercent);
        }
        Ok(n.value)
    }

    /// Parses the machine form written by [`Decimal::format_plain`]:
    /// an optional `-`, digits, and optionally `.` and up to four digits.
    /// Nothing else (no grouping, no comma, no spaces) is accepted.
    pub fn parse_plain(input: &str) -> Result<Decimal, NumberError> {
        if input.is_empty() {
            return Err(NumberError::Empty);
        }
        let (negative, body) = match input.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, input),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() {
            return Err(NumberError::NoDigits);
        }
        if let Some(ch) = int
            .chars()
            .chain(frac.chars())
            .find(|c| !c.is_ascii_digit())
        {
            return Err(if ch == '-' || ch == '+' {
                NumberError::MisplacedSign
            } else {
                NumberError::InvalidCharacter { ch }
            });
        }
        Decimal::from_digits(negative, int, frac)
    }

    /// Indonesian form with the decimals it needs: `1.234,5`, `-3`, `0,125`.
    pub fn format_id(self) -> String {
        let (int, frac) = self.parts();
        let digits = self.significant_decimals();
        let frac = format!("{frac:04}");
        self.join(&group(&int.to_string(), '.'), ',', &frac[..digits as usize])
    }

    /// Indonesian form with exactly `decimals` decimals (at most 4), rounded
    /// half away from zero: `85,50`.
    pub fn format_id_dp(self, decimals: u32) -> String {
        Ratio::from(self).format_id(decimals)
    }

    /// The plain machine form: `1234.5`, `-3`. Read back with
    /// [`Decimal::parse_plain`].
    pub fn format_plain(self) -> String {
        let mut s = String::with_capacity(24);
        self.write_plain(&mut s, '.');
        s
    }

    /// [`format_plain`](Self::format_plain) appended to `out` with `point`
    /// as the decimal separator (`,` for spreadsheets set to Indonesian),
    /// without allocating: for exports of millions of numbers.
    pub fn write_plain(self, out: &mut String, point: char) {
        use std::fmt::Write;
        let (int, frac) = self.parts();
        if self.units < 0 {
            out.push('-');
        }
        let _ = write!(out, "{int}");
        let digits = self.significant_decimals();
        if digits > 0 {
            let frac = frac / 10u64.pow(DECIMALS - digits);
            let _ = write!(out, "{point}{frac:0width$}", width = digits as usize);
        }
    }

    fn join(self, int: &str, sep: char, frac: &str) -> String {
        let mut s = String::with_capacity(int.len() + frac.len() + 2);
        if self.units < 0 {
            s.push('-');
        }
        s.push_str(int);
        if !frac.is_empty() {
            s.push(sep);
            s.push_str(frac);
        }
        s
    }

    /// (|whole part|, |fraction units|).
    fn parts(self) -> (u64, u64) {
        let u = self.units.unsigned_abs();
        (u / SCALE as u64, u % SCALE as u64)
    }

    /// How many decimals the value needs (0 to 4): 12,5 needs 1.
    pub fn significant_decimals(self) -> u32 {
        let mut frac = self.parts().1;
        if frac == 0 {
            return 0;
        }
        let mut n = DECIMALS;
        while frac.is_multiple_of(10) {
            frac /= 10;
            n -= 1;
        }
        n
    }

    pub fn is_zero(self) -> bool {
        self.units == 0
    }
    pub fn is_negative(self) -> bool {
        self.units < 0
    }
    pub fn is_integer(self) -> bool {
        self.units % SCALE == 0
    }
    pub fn abs(self) -> Decimal {
        Decimal {
            units: self.units.abs(),
        }
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        self.units
            .checked_add(other.units)
            .and_then(Decimal::from_units)
    }
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        self.units
            .checked_sub(other.units)
            .and_then(Decimal::from_units)
    }
    /// The value times a whole number.
    pub fn checked_mul_int(self, n: i64) -> Option<Decimal> {
        self.units.checked_mul(n).and_then(Decimal::from_units)
    }
    /// The exact sum of some values, if within range.
    pub fn checked_sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
        values
            .into_iter()
            .try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
    }

    /// Rounded half away from zero to `decimals` (at most 4) decimals.
    pub fn round_dp(self, decimals: u32) -> Decimal {
        if decimals >= DECIMALS {
            return self;
        }
        let step = 10i64.pow(DECIMALS - decimals);
        let u = self.units.abs();
        let mut r = u / step * step;
        if (u % step) * 2 >= step {
            r += step;
        }
        // Only a value within one step of 10^14 can round past the range;
        // it saturates at the largest value.
        Decimal {
            units: if self.units < 0 { -r } else { r }.clamp(-MAX_UNITS, MAX_UNITS),
        }
    }

    /// For display and charts only; never store or compare the result.
    pub fn to_f64(self) -> f64 {
        self.units as f64 / SCALE as f64
    }

    /// The exact fraction.
    pub fn to_ratio(self) -> Ratio {
        Ratio::from(self)
    }
}

/// Groups a run of digits by three with `sep`: 1.234.567.
pub(super) fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

impl fmt::Display for Decimal {
    /// The Indonesian form, as [`Decimal::format_id`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_id())
    }
}

impl std::str::FromStr for Decimal {
    type Err = NumberError;
    fn from_str(s: &str) -> Result<Decimal, NumberError> {
        Decimal::parse(s)
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.format_plain())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = String::deserialize(d)?;
        Decimal::parse_plain(&s).map_err(|e| serde::de::Error::custom(format!("{e:?}: {s}")))
    }
}

#[cfg(test)]
mod tests;
