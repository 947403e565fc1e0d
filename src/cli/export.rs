//! `kinerja export staff|plans|actuals|assessments|summary`: the register, the
//! year's SKP indicators, the quarterly actuals or the assessments of a
//! period, as CSV, XLSX or JSON, for the whole government or one unit's
//! subtree (`--unit`).
//!
//! Rows stream from the store to the file: an export of every actual of a
//! 100,000-staff government (1.5 million rows) holds one row at a time. A
//! file is written under a temporary name and renamed when complete
//! ([`crate::cli::files`]), owner only like the database. The formats and
//! what is read live in [`crate::export`], shared with the TUI.
//!
//! Exit codes follow the other commands: 0 written (even when no row
//! matched: the header is written and a note says so); 1 an unknown unit;
//! 2 a usage error (unknown export, format, delimiter, year or quarter; an
//! option that does not apply; an ambiguous unit); 3 any other failure,
//! such as an `--out` that cannot be written.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use clap::Args;

use super::Failure;
use super::files::{PendingFile, cannot_write};
use super::open::Env;
use super::select::resolve_unit;
use crate::domain::rating::AssessmentPeriod;
pub use crate::export::{CsvOptions, ExportError, Format, Job, What, write_to};
use crate::i18n::{t, tf};
use crate::store::export::ExportScope;
use crate::store::{OpenOptions, Store};

/// The earliest year accepted by `--year`.
pub const FIRST_YEAR: i32 = 2000;

/// Shown after the options in `kinerja export --help`.
pub const HELP: &str = "\
Numbers are written plainly, without thousands separators: 1234.5 with the ',' or tab delimiter, \
1234,5 (decimal comma) with ';', the delimiter of spreadsheets set to Indonesian. Dates are \
YYYY-MM-DD; moments (finalized_at) are ISO 8601 in UTC. A target range is text: 7–8.

In CSV a text cell that begins with = + - @ (or a tab or carriage return) gets a leading ' so a \
spreadsheet shows it instead of running it as a formula; number cells never change, so a negative \
actual stays a number. XLSX cells are typed (text is never a formula); JSON holds the text as \
stored, numbers as numbers, keys in snake_case in every language.

For Excel prefer --format xlsx (NIPs stay text, numbers stay numbers); for CSV in a spreadsheet set \
to Indonesian use --delimiter ';' --bom. Headers follow --lang (Indonesian by default).

Examples:
  kinerja export actuals --year 2026 --quarter 3 --unit \"Dinas Sosial\" --format xlsx --out realisasi.xlsx
  kinerja export staff --format csv --delimiter ';' --bom --out pegawai.csv
  kinerja export assessments --year 2026 --format json > penilaian.json

Exit codes: 0 written; 1 unknown unit; 2 usage error; 3 cannot write (no half-written file is left).";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// staff (pegawai: the register), plans (skp: indicators and targets), actuals (realisasi per quarter), assessments (penilaian per person) or summary (ringkasan per unit, subtrees rolled up).
    #[arg(value_name = "staff|plans|actuals|assessments|summary")]
    pub what: String,
    /// The year (default: this year); not for staff.
    #[arg(long, value_name = "TAHUN")]
    pub year: Option<String>,
    /// A quarter, 1–4: the actuals of that quarter only (default: all four), or the assessments of that quarter (default: the annual assessment).
    #[arg(long, value_name = "1-4")]
    pub quarter: Option<String>,
    /// Only this unit and the units below it (its name, or "Parent / Unit" when a name repeats).
    #[arg(long, value_name = "NAMA UNIT")]
    pub unit: Option<String>,
    /// csv, xlsx or json (default: from the --out file's extension, else csv).
    #[arg(long, value_name = "csv|xlsx|json")]
    pub format: Option<String>,
    /// The file to write (a directory: a file named after the export in it); default standard output. Required for xlsx.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// CSV: begin with a byte order mark, so that spreadsheets read UTF-8 names right.
    #[arg(long)]
    pub bom: bool,
    /// CSV: the delimiter, ',' (default), ';' or tab. With ';' numbers get the decimal comma (1234,5).
    #[arg(long, value_name = "';'|','|tab")]
    pub delimiter: Option<String>,
}

/// The arguments, checked.
#[derive(Debug)]
struct Request {
    what: What,
    year: Option<i32>,
    period: Option<AssessmentPeriod>,
    unit: Option<String>,
    format: Format,
    /// None: standard output.
    out: Option<PathBuf>,
}

fn usage(message: String) -> Failure {
    Failure::new(2, message)
}

fn parse_year(value: Option<&str>) -> Result<Option<i32>, Failure> {
    value
        .map(|v| {
            v.trim().parse::<i32>().map_err(|_| {
                usage(tf(
                    "export.year_invalid",
                    &[("value", &v), ("example", &2026)],
                ))
            })
        })
        .transpose()
}

fn parse_period(value: Option<&str>) -> Result<Option<AssessmentPeriod>, Failure> {
    value
        .map(|v| {
            AssessmentPeriod::parse(v)
                .ok_or_else(|| usage(tf("export.quarter_invalid", &[("value", &v)])))
        })
        .transpose()
}

/// `;`, `,` or a tab (written `tab`, `\t` or as the character).
fn parse_delimiter(value: Option<&str>) -> Result<u8, Failure> {
    match value {
        None => Ok(b','),
        Some(v) => match v.trim_matches(|c| c == ' ' || c == '\'' || c == '"') {
            ";" => Ok(b';'),
            "," => Ok(b','),
            "tab" | "TAB" | "\\t" | "\t" => Ok(b'\t'),
            _ => Err(usage(tf("export.delimiter_unknown", &[("value", &v)]))),
        },
    }
}

/// `--format`, else the `--out` file's extension, else CSV.
fn parse_format(args: &ExportArgs) -> Result<Format, Failure> {
    let named = match &args.format {
        Some(v) => Some(v.clone()),
        None => args
            .out
            .as_ref()
            .and_then(|p| p.extension())
            .map(|e| e.to_string_lossy().into_owned())
            .filter(|e| matches!(e.to_lowercase().as_str(), "csv" | "xlsx" | "json")),
    };
    let format = match named.as_deref().map(|s| s.trim().to_lowercase()).as_deref() {
        None | Some("csv") => Format::Csv(CsvOptions {
            delimiter: parse_delimiter(args.delimiter.as_deref())?,
            bom: args.bom,
        }),
        Some("xlsx") => Format::Xlsx,
        Some("json") => Format::Json,
        Some(_) => {
            let v = named.unwrap_or_default();
            return Err(usage(tf("export.format_unknown", &[("value", &v)])));
        }
    };
    if !matches!(format, Format::Csv(_)) && (args.bom || args.delimiter.is_some()) {
        return Err(usage(t("export.csv_only")));
    }
    Ok(format)
}

fn parse(args: &ExportArgs) -> Result<Request, Failure> {
    let what = What::parse(&args.what)
        .ok_or_else(|| usage(tf("export.what_unknown", &[("value", &args.what)])))?;
    let year = parse_year(args.year.as_deref())?;
    let period = parse_period(args.quarter.as_deref())?;
    if what == What::Staff && (year.is_some() || period.is_some()) {
        return Err(usage(t("export.staff_no_period")));
    }
    if what == What::Plans && period.is_some() {
        return Err(usage(t("export.plans_no_quarter")));
    }
    let format = parse_format(args)?;
    let out = args.out.clone().filter(|p| p.as_os_str() != "-");
    if format == Format::Xlsx && out.is_none() {
        return Err(usage(t("export.xlsx_needs_out")));
    }
    Ok(Request {
        what,
        year,
        period,
        unit: args.unit.clone(),
        format,
        out,
    })
}

/// The year asked for, between [`FIRST_YEAR`] and next year.
fn check_year(year: i32, today: NaiveDate) -> Result<i32, Failure> {
    let max = today.year() + 1;
    if (FIRST_YEAR..=max).contains(&year) {
        Ok(year)
    } else {
        Err(usage(tf(
            "export.year_range",
            &[("year", &year), ("min", &FIRST_YEAR), ("max", &max)],
        )))
    }
}

pub fn run(env: &Env, args: ExportArgs) -> Result<i32, Failure> {
    let req = parse(&args)?;
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let today = store.today();
    let year = check_year(req.year.unwrap_or(today.year()), today)?;
    let unit = match &req.unit {
        Some(name) => Some(resolve_unit(&store, name)?),
        None => None,
    };
    let job = Job {
        what: req.what,
        year,
        period: req.period.unwrap_or(AssessmentPeriod::Year),
        scope: ExportScope {
            unit: unit.as_ref().map(|u| u.0),
            supervisor: None,
        },
        unit_name: unit.map(|u| u.1),
    };
    let rows = match &req.out {
        None => to_stdout(&store, &job, req.format)?,
        Some(out) => Some(to_file(&store, &job, req.format, out, env.shared)?),
    };
    if rows == Some(0) {
        eprintln!(
            "kinerja: {}",
            tf(
                "export.empty",
                &[("what", &t(&format!("export.sheet.{}", job.what.code())))]
            )
        );
    }
    Ok(0)
}

/// How many rows, or None when the reader stopped early.
fn to_stdout(store: &Store, job: &Job, format: Format) -> Result<Option<u64>, Failure> {
    match write_to(store, job, format, &mut io::stdout(), None) {
        Ok(rows) => Ok(Some(rows)),
        // A reader that stopped early (`| head`) is not a failure.
        Err(ExportError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(None),
        Err(ExportError::Write(e)) => Err(cannot_write(Path::new("-"), &e)),
        Err(ExportError::Store(e)) => Err(e.into()),
    }
}

fn to_file(
    store: &Store,
    job: &Job,
    format: Format,
    out: &Path,
    shared: bool,
) -> Result<u64, Failure> {
    let path = if out.is_dir() {
        out.join(job.file_name(format))
    } else {
        out.to_path_buf()
    };
    let mut file = PendingFile::create(&path, shared)?;
    let scratch = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let rows = match write_to(store, job, format, &mut file, Some(&scratch)) {
        Ok(rows) => rows,
        Err(ExportError::Write(e)) => return Err(cannot_write(&path, &e)),
        Err(ExportError::Store(e)) => return Err(e.into()),
    };
    file.commit()?;
    eprintln!(
        "kinerja: {}",
        tf("export.written", &[("n", &rows), ("path", &path.display())])
    );
    Ok(rows)
}

#[cfg(test)]
mod tests;
