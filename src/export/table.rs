//! The shape every export has, whatever its format: columns with a key,
//! a type and a width, rows of typed cells, and a [`Sink`] that writes
//! them as CSV, XLSX or JSON.

use std::borrow::Cow;
use std::io;

use chrono::NaiveDate;

use crate::domain::number::{Decimal, Ratio};
use crate::i18n::t;

/// What a column holds. It decides the cell type in XLSX; in CSV only text
/// is guarded against formulas, never a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    /// Numbers (a target range, which is no single number, comes as text).
    Number,
    Date,
    /// A moment in UTC.
    Timestamp,
}

/// One column of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The JSON key (snake_case, never translated); also names the header
    /// in the catalog (`export.column.KEY`).
    pub key: &'static str,
    pub kind: ColumnType,
    /// A starting width in characters for XLSX.
    pub width: u16,
}

impl Column {
    pub const fn text(key: &'static str, width: u16) -> Column {
        Column {
            key,
            kind: ColumnType::Text,
            width,
        }
    }
    pub const fn number(key: &'static str, width: u16) -> Column {
        Column {
            key,
            kind: ColumnType::Number,
            width,
        }
    }
    pub const fn date(key: &'static str) -> Column {
        Column {
            key,
            kind: ColumnType::Date,
            width: 12,
        }
    }
    pub const fn timestamp(key: &'static str) -> Column {
        Column {
            key,
            kind: ColumnType::Timestamp,
            width: 21,
        }
    }

    /// The header in the interface language (Indonesian by default).
    pub fn header(&self) -> String {
        t(&format!("export.column.{}", self.key))
    }
}

/// One cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Value<'a> {
    #[default]
    Empty,
    Text(Cow<'a, str>),
    Int(i64),
    Decimal(Decimal),
    /// A percentage such as capaian, written with two decimals.
    Percent(Ratio),
    Date(NaiveDate),
    /// RFC 3339 in UTC, as stored: `2026-11-22T03:04:05Z`.
    Timestamp(&'a str),
    /// A target range: no single number, so written as text (`7.5–8`, in
    /// CSV with the decimal comma when numbers have it).
    Range(Decimal, Decimal),
}

impl<'a> Value<'a> {
    pub fn text(s: &'a str) -> Value<'a> {
        Value::Text(Cow::Borrowed(s))
    }

    /// Text, or empty for None.
    pub fn opt_text(s: Option<&'a str>) -> Value<'a> {
        s.map_or(Value::Empty, Value::text)
    }

    /// A number, or empty for None.
    pub fn opt_decimal(d: Option<Decimal>) -> Value<'a> {
        d.map_or(Value::Empty, Value::Decimal)
    }

    /// A number in plain form: `1234.5`, `-3`, `107.14` (percentages with
    /// two decimals); None when not a number.
    pub fn plain_number(&self) -> Option<String> {
        match self {
            Value::Int(n) => Some(n.to_string()),
            Value::Decimal(d) => Some(d.format_plain()),
            Value::Percent(p) => Some(p.format_plain(2)),
            _ => None,
        }
    }

    /// A range as text with `point` as the decimal separator: `7.5–8`.
    pub fn range_text(min: Decimal, max: Decimal, point: char) -> String {
        let mut s = String::with_capacity(16);
        min.write_plain(&mut s, point);
        s.push('–');
        max.write_plain(&mut s, point);
        s
    }

    /// As a float, for XLSX (numbers only).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Value::Int(n) => Some(*n as f64),
            Value::Decimal(d) => Some(d.to_f64()),
            Value::Percent(p) => p.round_dp(2).map(Ratio::to_f64),
            _ => None,
        }
    }
}

/// Where rows go. `begin` once, `row` per row, then `finish`.
pub trait Sink {
    fn begin(&mut self, columns: &[Column]) -> io::Result<()>;
    fn row(&mut self, cells: &[Value<'_>]) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain_and_exact() {
        let d = Decimal::parse_plain("-1234.5").unwrap();
        assert_eq!(Value::Decimal(d).plain_number().as_deref(), Some("-1234.5"));
        assert_eq!(Value::Decimal(d).to_f64(), Some(-1234.5));
        let p = Ratio::new(750, 7).unwrap();
        assert_eq!(Value::Percent(p).plain_number().as_deref(), Some("107.14"));
        assert_eq!(Value::Percent(p).to_f64(), Some(107.14));
        assert_eq!(Value::Int(2026).plain_number().as_deref(), Some("2026"));
        assert_eq!(Value::text("12").plain_number(), None);
        assert_eq!(Value::opt_decimal(None), Value::Empty);
    }
}
