//! CSV: UTF-8, a header row, optionally a byte order mark and another
//! delimiter for spreadsheets set to Indonesian.
//!
//! Numbers are written plainly, without grouping: `1234.5`, `-3`. With the
//! `;` delimiter (the list separator of Indonesian spreadsheet settings,
//! whose decimal separator is the comma) they use the decimal comma:
//! `1234,5`. Dates are ISO (`2026-02-01`), moments ISO in UTC.
//!
//! Formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a
//! tab or a carriage return (or their full-width forms `＝＋－＠`) gets a
//! leading `'`, so a spreadsheet shows it as text instead of running it.
//! Number cells are never changed: a negative actual stays a number.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::table::{Column, Sink, Value};

/// How the CSV is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: u8,
    /// A byte order mark first, for spreadsheets that guess the encoding.
    pub bom: bool,
}

impl CsvOptions {
    /// The decimal comma goes with the `;` delimiter.
    pub fn decimal_comma(self) -> bool {
        self.delimiter == b';'
    }
}

/// Whether a spreadsheet would read text starting with this as a formula.
fn starts_formula(text: &str) -> bool {
    matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠')
    )
}

/// Text as a spreadsheet must show it: a leading `'` before anything that
/// starts a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if starts_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

pub struct CsvSink<'w> {
    out: csv::Writer<&'w mut dyn Write>,
    options: CsvOptions,
    /// Reused for every number and date (no allocation per cell).
    buf: String,
}

impl<'w> CsvSink<'w> {
    /// Writes into `out` (buffered here), the byte order mark at once.
    pub fn new(out: &'w mut dyn Write, options: CsvOptions) -> io::Result<CsvSink<'w>> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let out = csv::WriterBuilder::new()
            .delimiter(options.delimiter)
            .buffer_capacity(64 * 1024)
            .from_writer(out);
        Ok(CsvSink {
            out,
            options,
            buf: String::with_capacity(64),
        })
    }

    fn field(&mut self, value: &Value<'_>) -> io::Result<()> {
        let point = if self.options.decimal_comma() {
            ','
        } else {
            '.'
        };
        self.buf.clear();
        let neutral;
        let text: &str = match value {
            Value::Empty => "",
            Value::Text(s) => {
                neutral = neutralise(s);
                &neutral
            }
            Value::Timestamp(s) => s,
            Value::Date(d) => {
                let _ = write!(self.buf, "{}", d.format("%Y-%m-%d"));
                &self.buf
            }
            Value::Int(n) => {
                let _ = write!(self.buf, "{n}");
                &self.buf
            }
            Value::Decimal(d) => {
                d.write_plain(&mut self.buf, point);
                &self.buf
            }
            Value::Range(min, max) => {
                neutral = neutralise(&Value::range_text(*min, *max, point))
                    .into_owned()
                    .into();
                &neutral
            }
            Value::Percent(p) => {
                self.buf.extend(
                    p.format_plain(2)
                        .chars()
                        .map(|c| if c == '.' { point } else { c }),
                );
                &self.buf
            }
        };
        self.out.write_field(text.as_bytes()).map_err(into_io)
    }
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Sink for CsvSink<'_> {
    fn begin(&mut self, columns: &[Column]) -> io::Result<()> {
        let headers: Vec<String> = columns.iter().map(Column::header).collect();
        self.out.write_record(&headers).map_err(into_io)
    }

    fn row(&mut self, cells: &[Value<'_>]) -> io::Result<()> {
        for cell in cells {
            self.field(cell)?;
        }
        self.out
            .write_record(std::iter::empty::<&[u8]>())
            .map_err(into_io)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::number::{Decimal, Ratio};

    fn range(min: &str, max: &str) -> Value<'static> {
        Value::Range(
            Decimal::parse_plain(min).unwrap(),
            Decimal::parse_plain(max).unwrap(),
        )
    }

    fn render(options: CsvOptions, rows: &[Vec<Value<'_>>]) -> String {
        crate::i18n::set_lang(crate::i18n::Lang::Id);
        let mut buf: Vec<u8> = Vec::new();
        {
            let mut sink = CsvSink::new(&mut buf, options).unwrap();
            sink.begin(&[Column::text("nip", 20), Column::number("actual", 10)])
                .unwrap();
            for r in rows {
                sink.row(r).unwrap();
            }
            sink.finish().unwrap();
        }
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn text_that_starts_a_formula_is_quoted_numbers_never() {
        for s in ["=1+1", "+62 812", "-", "@SUM(A1)", "\tx", "\rx", "＝1"] {
            assert_eq!(neutralise(s), format!("'{s}"), "{s:?}");
        }
        for s in ["Budi", "1=1", " =1", "", "'=x", "199001012015031001"] {
            assert_eq!(neutralise(s), s, "{s:?}");
        }
        let minus = Decimal::parse_plain("-2.5").unwrap();
        let comma = CsvOptions {
            delimiter: b',',
            bom: false,
        };
        let out = render(comma, &[vec![Value::text("-2.5"), Value::Decimal(minus)]]);
        assert_eq!(out.lines().nth(1), Some("'-2.5,-2.5"));
    }

    #[test]
    fn semicolon_gets_the_decimal_comma_and_a_bom_when_asked() {
        let options = CsvOptions {
            delimiter: b';',
            bom: true,
        };
        let d = |s: &str| Value::Decimal(Decimal::parse_plain(s).unwrap());
        let out = render(
            options,
            &[
                vec![Value::text("a;b"), d("1234.5")],
                vec![Value::Int(-7), d("-0.0005")],
                vec![Value::Empty, Value::Percent(Ratio::new(200, 3).unwrap())],
                vec![Value::Empty, range("7.5", "8")],
                vec![Value::Empty, range("-5", "-3")],
            ],
        );
        assert!(out.starts_with('\u{feff}'));
        let lines: Vec<&str> = out.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines,
            [
                "NIP;Realisasi",
                "\"a;b\";1234,5",
                "-7;-0,0005",
                ";66,67",
                ";7,5–8",
                ";'-5–-3",
            ],
            "a range is text: the decimal comma, and a leading minus guarded"
        );
    }
}
