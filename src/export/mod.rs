//! Exports: the register, the year's SKP indicators, the quarterly
//! actuals, the assessments of a period or the summary per unit, as CSV,
//! XLSX or JSON, for the whole government or one unit's subtree — shared
//! by `kinerja export` and the TUI's export key.
//!
//! Rows stream from the store to the writer: an export of every actual of
//! a 100,000-staff government (1.5 million rows) holds one row at a time.

pub mod columns;
mod csv;
mod json;
pub mod table;
mod xlsx;

use std::io::{self, Write};
use std::path::Path;

pub use self::csv::CsvOptions;
use self::csv::CsvSink;
use self::json::JsonSink;
use self::table::Sink;
use self::xlsx::XlsxSink;
use crate::domain::period::Quarter;
use crate::domain::rating::AssessmentPeriod;
use crate::domain::text::slug;
use crate::i18n::t;
use crate::store::export::ExportScope;
use crate::store::{Store, StoreError};

/// Which export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Staff,
    Plans,
    Actuals,
    Assessments,
    /// The summary per unit, subtrees rolled up.
    Summary,
}

impl What {
    /// The English word or its Indonesian one, any case.
    pub fn parse(s: &str) -> Option<What> {
        match s.trim().to_lowercase().as_str() {
            "staff" | "pegawai" => Some(What::Staff),
            "plans" | "plan" | "skp" => Some(What::Plans),
            "actuals" | "actual" | "realisasi" => Some(What::Actuals),
            "assessments" | "assessment" | "penilaian" => Some(What::Assessments),
            "summary" | "ringkasan" => Some(What::Summary),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            What::Staff => "staff",
            What::Plans => "plans",
            What::Actuals => "actuals",
            What::Assessments => "assessments",
            What::Summary => "summary",
        }
    }
}

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv(CsvOptions),
    Xlsx,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv(_) => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
        }
    }
}

/// What to read, resolved against the store.
#[derive(Debug, Clone)]
pub struct Job {
    pub what: What,
    pub year: i32,
    pub period: AssessmentPeriod,
    pub scope: ExportScope,
    /// The unit's name, for the file name.
    pub unit_name: Option<String>,
}

impl Job {
    /// The quarters whose actuals are read: the one asked for, else all.
    pub fn quarters(&self) -> Vec<Quarter> {
        match self.period.quarter() {
            Some(q) => vec![q],
            None => Quarter::ALL.to_vec(),
        }
    }

    /// "realisasi-2026-tw3-dinas-sosial.xlsx".
    pub fn file_name(&self, format: Format) -> String {
        let period = match self.period.quarter() {
            Some(q) => format!("tw{}", q.number()),
            None => "tahunan".to_string(),
        };
        let mut stem = match self.what {
            What::Staff => "pegawai".to_string(),
            What::Plans => format!("skp-{}", self.year),
            What::Actuals if self.period.quarter().is_some() => {
                format!("realisasi-{}-{period}", self.year)
            }
            What::Actuals => format!("realisasi-{}", self.year),
            What::Assessments => format!("penilaian-{}-{period}", self.year),
            What::Summary => format!("ringkasan-{}-{period}", self.year),
        };
        if let Some(unit) = &self.unit_name {
            stem.push('-');
            stem.push_str(&slug(unit));
        }
        format!("{stem}.{}", format.extension())
    }
}

/// Why an export stopped.
#[derive(Debug)]
pub enum ExportError {
    Store(StoreError),
    Write(io::Error),
}

impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        ExportError::Store(e)
    }
}

impl From<io::Error> for ExportError {
    fn from(e: io::Error) -> Self {
        ExportError::Write(e)
    }
}

/// Reads the job's rows from the store into `sink`; how many rows.
pub fn stream(store: &Store, job: &Job, sink: &mut dyn Sink) -> Result<u64, ExportError> {
    let (year, scope) = (job.year, job.scope);
    let mut rows = 0u64;
    match job.what {
        What::Staff => {
            sink.begin(&columns::STAFF)?;
            rows = store.export_staff(scope, |r| {
                Ok::<_, ExportError>(sink.row(&columns::staff_row(r))?)
            })?;
        }
        What::Plans => {
            sink.begin(&columns::PLANS)?;
            rows = store.export_indicators(scope, year, &[], |r| {
                Ok::<_, ExportError>(sink.row(&columns::plan_row(year, r))?)
            })?;
        }
        What::Actuals => {
            sink.begin(&columns::ACTUALS)?;
            let quarters = job.quarters();
            store.export_indicators(scope, year, &quarters, |r| {
                for q in &quarters {
                    sink.row(&columns::actual_row(year, r, *q))?;
                    rows += 1;
                }
                Ok::<_, ExportError>(())
            })?;
        }
        What::Summary => {
            sink.begin(&columns::SUMMARY)?;
            let units = store.summary(year, job.period)?;
            let paths = columns::unit_paths(&units);
            // A unit's subtree: the unit and the rows after it that are
            // deeper (the summary is in tree order).
            let range = match job.scope.unit {
                None => 0..units.len(),
                Some(id) => match units.iter().position(|u| u.unit_id == id) {
                    Some(s) => {
                        let depth = units[s].depth;
                        let end = units[s + 1..]
                            .iter()
                            .position(|u| u.depth <= depth)
                            .map_or(units.len(), |k| s + 1 + k);
                        s..end
                    }
                    None => 0..0,
                },
            };
            for i in range {
                sink.row(&columns::summary_row(
                    year, job.period, &units[i], &paths[i],
                ))?;
                rows += 1;
            }
        }
        What::Assessments => {
            sink.begin(&columns::ASSESSMENTS)?;
            let period = job.period;
            rows = store.export_assessments(scope, year, period, |r| {
                Ok::<_, ExportError>(sink.row(&columns::assessment_row(year, period, r))?)
            })?;
        }
    }
    sink.finish()?;
    Ok(rows)
}

/// Writes the job into `out` in `format`; how many rows. XLSX keeps its
/// rows in `scratch` while it writes (else the system's temporary
/// directory).
pub fn write_to(
    store: &Store,
    job: &Job,
    format: Format,
    out: &mut (dyn Write + Send),
    scratch: Option<&Path>,
) -> Result<u64, ExportError> {
    match format {
        Format::Csv(options) => stream(store, job, &mut CsvSink::new(out, options)?),
        Format::Json => stream(store, job, &mut JsonSink::new(out)),
        Format::Xlsx => {
            let name = t(&format!("export.sheet.{}", job.what.code()));
            let mut sink = XlsxSink::new(out, &name);
            if let Some(dir) = scratch {
                sink.set_scratch_dir(dir)?;
            }
            stream(store, job, &mut sink)
        }
    }
}

#[cfg(test)]
mod tests;

/// Why [`save`] could not write the file.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::i18n::tf("export.save_failed", &[("path", &path.display()), ("detail", &source)]))]
    Write {
        path: std::path::PathBuf,
        source: io::Error,
    },
    #[error("{0}")]
    Store(StoreError),
}

/// Writes the job into the file at `path` (replaced whole, or not at all:
/// it is written under a temporary name next to it, readable by its owner
/// only, and renamed when complete); how many rows.
pub fn save(store: &Store, job: &Job, format: Format, path: &Path) -> Result<u64, SaveError> {
    let failed = |source: io::Error| SaveError::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".kinerja-export-")
        .tempfile_in(dir)
        .map_err(failed)?;
    let rows = {
        let mut out = io::BufWriter::new(tmp.as_file_mut());
        let rows = match write_to(store, job, format, &mut out, Some(dir)) {
            Ok(rows) => rows,
            Err(ExportError::Store(e)) => return Err(SaveError::Store(e)),
            Err(ExportError::Write(e)) => return Err(failed(e)),
        };
        out.flush().map_err(failed)?;
        rows
    };
    tmp.persist(path).map_err(|e| failed(e.error))?;
    Ok(rows)
}
