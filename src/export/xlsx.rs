//! XLSX through `rust_xlsxwriter`, one row at a time ("constant memory":
//! each row goes to a temporary file as soon as the next begins, so a
//! million rows need no more memory than one).
//!
//! Cells are typed: numbers are numbers (capaian with two decimals), dates
//! are dates (`yyyy-mm-dd`), moments are date-times in UTC, everything
//! else text — a text cell is never read as a formula, so nothing needs
//! the CSV's leading `'`. The header row is bold and frozen, every column
//! has an autofilter and a width fitted to its header and first rows.
//! Past Excel's 1,048,576 rows a sheet continues on a new one ("Realisasi
//! (2)"), with the same header.

use std::io::{self, Write};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::table::{Column, Sink, Value};

/// Data rows per sheet: Excel's row limit less the header.
pub const MAX_DATA_ROWS: u32 = 1_048_575;
/// Rows measured for the column widths, per sheet.
const MEASURED_ROWS: u32 = 1_000;
/// The widest a column is made, in characters.
const MAX_WIDTH: usize = 60;

struct Formats {
    header: Format,
    date: Format,
    timestamp: Format,
    percent: Format,
}

pub struct XlsxSink<'w> {
    out: &'w mut (dyn Write + Send),
    book: Workbook,
    name: String,
    columns: Vec<Column>,
    formats: Formats,
    /// Sheets added so far; the last is being written.
    sheets: usize,
    /// The next row of the current sheet (0 is the header).
    row: u32,
    widths: Vec<usize>,
    max_rows: u32,
}

fn xlsx_error(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl<'w> XlsxSink<'w> {
    /// A workbook whose sheets are named `name` ("Realisasi", then
    /// "Realisasi (2)" …), saved into `out` by [`Sink::finish`].
    pub fn new(out: &'w mut (dyn Write + Send), name: &str) -> XlsxSink<'w> {
        Self::with_max_rows(out, name, MAX_DATA_ROWS)
    }

    /// As [`new`](Self::new) with fewer rows per sheet (for tests).
    pub fn with_max_rows(out: &'w mut (dyn Write + Send), name: &str, max_rows: u32) -> Self {
        let mut book = Workbook::new();
        // Level 1 instead of 6: a third of the time for a slightly larger file.
        book.set_zip_compression_level(1);
        XlsxSink {
            out,
            book,
            name: name.to_string(),
            columns: Vec::new(),
            formats: Formats {
                header: Format::new().set_bold(),
                date: Format::new().set_num_format("yyyy-mm-dd"),
                timestamp: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
                percent: Format::new().set_num_format("0.00"),
            },
            sheets: 0,
            row: 0,
            widths: Vec::new(),
            max_rows: max_rows.clamp(1, MAX_DATA_ROWS),
        }
    }

    /// Keeps the rows being written in `dir` (the output's directory, which
    /// has room for the file) rather than the system's temporary directory,
    /// which may be small or shared. The files have no name and vanish
    /// with the process.
    pub fn set_scratch_dir(&mut self, dir: &std::path::Path) -> io::Result<()> {
        self.book.set_tempdir(dir).map_err(xlsx_error)?;
        Ok(())
    }

    fn sheet(&mut self) -> io::Result<&mut Worksheet> {
        self.book
            .worksheet_from_index(self.sheets - 1)
            .map_err(xlsx_error)
    }

    /// Starts a sheet: its name, the bold frozen header.
    fn new_sheet(&mut self) -> io::Result<()> {
        self.end_sheet()?;
        self.sheets += 1;
        let name = match self.sheets {
            1 => self.name.clone(),
            n => format!("{} ({n})", self.name),
        };
        let headers: Vec<String> = self.columns.iter().map(Column::header).collect();
        self.widths = headers.iter().map(|h| h.width() + 3).collect();
        let sheet = self
            .book
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        sheet.set_name(name).map_err(xlsx_error)?;
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        for (col, header) in headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, header, &self.formats.header)
                .map_err(xlsx_error)?;
        }
        self.row = 1;
        Ok(())
    }

    /// Closes the current sheet: autofilter over its rows, column widths.
    fn end_sheet(&mut self) -> io::Result<()> {
        if self.sheets == 0 {
            return Ok(());
        }
        let last_row = self.row.saturating_sub(1);
        let last_col = self.columns.len().saturating_sub(1) as u16;
        let widths: Vec<usize> = self
            .columns
            .iter()
            .zip(&self.widths)
            .map(|(c, w)| (*w).max(usize::from(c.width)).min(MAX_WIDTH))
            .collect();
        let sheet = self.sheet()?;
        sheet
            .autofilter(0, 0, last_row, last_col)
            .map_err(xlsx_error)?;
        for (col, width) in widths.into_iter().enumerate() {
            sheet
                .set_column_width(col as u16, width as f64)
                .map_err(xlsx_error)?;
        }
        Ok(())
    }

    fn cell(&mut self, col: usize, value: &Value<'_>) -> io::Result<()> {
        let (row, c) = (self.row, col as u16);
        if row <= MEASURED_ROWS
            && let Value::Text(s) = value
        {
            let w = s.lines().map(|l| l.width()).max().unwrap_or(0) + 1;
            self.widths[col] = self.widths[col].max(w);
        }
        let sheet = self
            .book
            .worksheet_from_index(self.sheets - 1)
            .map_err(xlsx_error)?;
        let f = &self.formats;
        let written = match value {
            Value::Empty => return Ok(()),
            Value::Text(s) => sheet.write_string(row, c, s.as_ref()),
            Value::Range(min, max) => {
                sheet.write_string(row, c, Value::range_text(*min, *max, '.'))
            }
            Value::Date(d) => match excel_date(*d) {
                Some(dt) => sheet.write_datetime_with_format(row, c, &dt, &f.date),
                None => sheet.write_string(row, c, d.to_string()),
            },
            Value::Timestamp(s) => match excel_timestamp(s) {
                Some(dt) => sheet.write_datetime_with_format(row, c, &dt, &f.timestamp),
                None => sheet.write_string(row, c, *s),
            },
            Value::Percent(_) => {
                let n = value.to_f64().unwrap_or_default();
                sheet.write_number_with_format(row, c, n, &f.percent)
            }
            number => sheet.write_number(row, c, number.to_f64().unwrap_or_default()),
        };
        written.map(|_| ()).map_err(xlsx_error)
    }
}

fn excel_date(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).ok()?,
        d.month() as u8,
        d.day() as u8,
    )
    .ok()
}

/// A stored RFC 3339 moment as an Excel date-time in UTC.
fn excel_timestamp(s: &str) -> Option<ExcelDateTime> {
    use chrono::Timelike;
    let t = chrono::DateTime::parse_from_rfc3339(s).ok()?.to_utc();
    excel_date(t.date_naive())?
        .and_hms(t.hour() as u16, t.minute() as u8, t.second())
        .ok()
}

impl Sink for XlsxSink<'_> {
    fn begin(&mut self, columns: &[Column]) -> io::Result<()> {
        self.columns = columns.to_vec();
        self.new_sheet()
    }

    fn row(&mut self, cells: &[Value<'_>]) -> io::Result<()> {
        if self.row > self.max_rows {
            self.new_sheet()?;
        }
        for (col, value) in cells.iter().enumerate() {
            self.cell(col, value)?;
        }
        self.row += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.end_sheet()?;
        let mut out = io::BufWriter::with_capacity(64 * 1024, &mut *self.out);
        self.book.save_to_writer(&mut out).map_err(xlsx_error)?;
        out.flush()
    }
}
