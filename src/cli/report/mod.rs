//! `kinerja report`: printable documents.
//!
//! `kinerja report evaluation NIP --year Y [--quarter Q] --format html|txt`
//! writes the Dokumen Evaluasi Kinerja Pegawai of one person (standard out,
//! or `--out FILE`); `--unit "NAMA UNIT"` writes one per active person of
//! the unit and the units below it, one file each in the `--out` directory
//! (named from the NIP), or all in one file with page breaks (`--single`).
//!
//! `kinerja report unit "NAMA UNIT"` writes the summary of one unit
//! ([`unit`]); `kinerja report public` the transparency report of
//! aggregates only ([`public`]).
//!
//! Exit codes follow the other commands: 0 written; 1 nothing found
//! (unknown NIP or unit, a unit without active staff); 2 a usage error
//! (invalid NIP, year, quarter, format or date; an ambiguous unit); 3 any
//! other failure, such as an `--out` that cannot be written.
//!
//! PDF is not produced: the HTML is made to be printed to PDF (A4) from a
//! browser, which needs no extra system libraries here.

pub mod disclosure;
pub mod evaluation;
pub mod form;
pub mod html;
pub mod html_page;
mod output;
pub mod public;
pub mod summary_form;
pub mod text_page;
pub mod txt;
pub mod unit;

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};

use self::evaluation::{Signing, gather};
use self::output::{Output, write_out};
use super::Failure;
use super::open::Env;
use super::select::resolve_unit;
use crate::domain::nip::Nip;
use crate::domain::rating::AssessmentPeriod;
use crate::i18n::{t, tf};
use crate::store::{OpenOptions, Store};

/// The first year of PermenPANRB 6/2022, whose document this is.
pub const FIRST_YEAR: i32 = 2022;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Dokumen Evaluasi Kinerja Pegawai of one person (NIP) or of a unit (--unit).
    Evaluation(EvaluationArgs),
    /// Summary of one unit: counts, sub-units, predikat against the pola distribusi, quarters.
    Unit(unit::UnitArgs),
    /// Transparency report of aggregates only (no names, no NIPs, no small units).
    Public(public::PublicArgs),
}

#[derive(Debug, Args)]
pub struct EvaluationArgs {
    /// The person's NIP (spaces allowed); leave out with --unit.
    #[arg(num_args = 0..)]
    pub nip: Vec<String>,
    /// Every active person of this unit and the units below it.
    #[arg(long, value_name = "NAMA UNIT")]
    pub unit: Option<String>,
    /// The year (default: this year).
    #[arg(long, value_name = "TAHUN")]
    pub year: Option<String>,
    /// A quarter, 1–4 (evaluasi periodik); without it, the year (evaluasi tahunan).
    #[arg(long, value_name = "1-4")]
    pub quarter: Option<String>,
    /// html or txt (default: from the --out file's extension, else txt).
    #[arg(long, value_name = "html|txt")]
    pub format: Option<String>,
    /// A file (one person, or a unit with --single) or a directory (a unit).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// With --unit: one file, each document starting on a new page.
    #[arg(long)]
    pub single: bool,
    /// Place of signing (default: the `place` setting, else from the organisation's name).
    #[arg(long, value_name = "TEMPAT")]
    pub place: Option<String>,
    /// Date of signing, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "TTTT-BB-HH")]
    pub date: Option<String>,
}

/// How the document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Txt,
}

impl Format {
    /// `html` (or `htm`) and `txt` (or `text`), any case.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(Format::Html),
            "txt" | "text" => Some(Format::Txt),
            _ => None,
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Txt => "txt",
        }
    }
}

/// Whom the documents are for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Person(Nip),
    Unit(String),
}

/// The arguments, checked.
#[derive(Debug)]
struct Request {
    who: Who,
    year: Option<i32>,
    period: AssessmentPeriod,
    format: Format,
    out: Option<PathBuf>,
    single: bool,
    place: Option<String>,
    date: Option<NaiveDate>,
}

fn usage(message: String) -> Failure {
    Failure::new(2, message)
}

fn parse_who(args: &EvaluationArgs) -> Result<Who, Failure> {
    let nip = args.nip.join(" ");
    match (nip.trim().is_empty(), &args.unit) {
        (true, None) => Err(usage(t("report.who_missing"))),
        (false, Some(_)) => Err(usage(t("report.who_both"))),
        (true, Some(unit)) => Ok(Who::Unit(unit.clone())),
        (false, None) => Nip::parse(&nip).map(Who::Person).map_err(|e| {
            usage(tf(
                "report.nip_invalid",
                &[("value", &nip), ("detail", &e.message())],
            ))
        }),
    }
}

fn parse_year(value: Option<&str>) -> Result<Option<i32>, Failure> {
    value
        .map(|v| {
            v.trim().parse::<i32>().map_err(|_| {
                usage(tf(
                    "report.year_invalid",
                    &[("value", &v), ("example", &FIRST_YEAR)],
                ))
            })
        })
        .transpose()
}

fn parse_period(value: Option<&str>) -> Result<AssessmentPeriod, Failure> {
    match value {
        None => Ok(AssessmentPeriod::Year),
        Some(v) => AssessmentPeriod::parse(v)
            .ok_or_else(|| usage(tf("report.quarter_invalid", &[("value", &v)]))),
    }
}

/// `--format`, else the `--out` file's extension, else text.
fn parse_format(value: Option<&str>, out: Option<&PathBuf>) -> Result<Format, Failure> {
    if let Some(v) = value {
        return Format::parse(v)
            .ok_or_else(|| usage(tf("report.format_unknown", &[("value", &v)])));
    }
    Ok(out
        .and_then(|p| p.extension())
        .and_then(|e| Format::parse(&e.to_string_lossy()))
        .unwrap_or(Format::Txt))
}

fn parse_date(value: Option<&str>) -> Result<Option<NaiveDate>, Failure> {
    value
        .map(|v| {
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map_err(|_| {
                usage(tf(
                    "report.date_invalid",
                    &[("value", &v), ("example", &"2026-12-31")],
                ))
            })
        })
        .transpose()
}

fn parse(args: &EvaluationArgs) -> Result<Request, Failure> {
    let who = parse_who(args)?;
    if args.single && matches!(who, Who::Person(_)) {
        return Err(usage(t("report.single_needs_unit")));
    }
    if matches!(who, Who::Unit(_)) && !args.single && args.out.is_none() {
        return Err(usage(t("report.unit_needs_out")));
    }
    Ok(Request {
        who,
        year: parse_year(args.year.as_deref())?,
        period: parse_period(args.quarter.as_deref())?,
        format: parse_format(args.format.as_deref(), args.out.as_ref())?,
        out: args.out.clone(),
        single: args.single,
        place: args.place.clone(),
        date: parse_date(args.date.as_deref())?,
    })
}

/// The year asked for, within the years the document exists for.
fn check_year(year: i32, today: NaiveDate) -> Result<i32, Failure> {
    let max = today.year() + 1;
    if (FIRST_YEAR..=max).contains(&year) {
        Ok(year)
    } else {
        Err(usage(tf(
            "report.year_range",
            &[("year", &year), ("min", &FIRST_YEAR), ("max", &max)],
        )))
    }
}

/// `--place`, else the `place` setting, else from the organisation's name;
/// empty (dots on the document) when none gives one.
fn place(store: &Store, asked: Option<String>) -> Result<String, Failure> {
    let place = match asked {
        Some(p) => Some(p),
        None => match store.meta("place")? {
            Some(p) if !p.trim().is_empty() => Some(p),
            _ => store
                .organisation()?
                .as_deref()
                .and_then(form::place_from_organisation),
        },
    };
    let place = place.unwrap_or_default().trim().to_string();
    if place.is_empty() {
        eprintln!("kinerja: {}", t("report.place_unknown"));
    }
    Ok(place)
}

pub fn run(env: &Env, cmd: ReportCommand) -> Result<i32, Failure> {
    match cmd {
        ReportCommand::Evaluation(args) => run_evaluation(env, &args),
        ReportCommand::Unit(args) => unit::run(env, &args),
        ReportCommand::Public(args) => public::run(env, &args),
    }
}

fn run_evaluation(env: &Env, args: &EvaluationArgs) -> Result<i32, Failure> {
    let req = parse(args)?;
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let today = store.today();
    let year = check_year(req.year.unwrap_or(today.year()), today)?;
    let signing = Signing {
        place: place(&store, req.place.clone())?,
        date: req.date.unwrap_or(today),
    };
    let out = Output {
        format: req.format,
        year,
        period: req.period,
        shared: env.shared,
    };
    match &req.who {
        Who::Person(nip) => person(&store, nip, &req, &out, &signing),
        Who::Unit(name) => unit(&store, name, &req, &out, &signing),
    }
}

fn person(
    store: &Store,
    nip: &Nip,
    req: &Request,
    out: &Output,
    signing: &Signing,
) -> Result<i32, Failure> {
    let Some(id) = store.staff_id_by_nip(nip.as_str())? else {
        return Err(Failure::new(
            1,
            tf("report.nip_unknown", &[("nip", &nip.grouped())]),
        ));
    };
    let doc = gather(store, id, out.year, out.period, signing)?;
    let text = out.render(std::slice::from_ref(&doc), &doc.person.name);
    write_out(
        req.out.as_deref(),
        &out.file_name(&doc.nip),
        &text,
        out.shared,
    )?;
    Ok(0)
}

fn unit(
    store: &Store,
    name: &str,
    req: &Request,
    out: &Output,
    signing: &Signing,
) -> Result<i32, Failure> {
    let (unit_id, unit_name) = resolve_unit(store, name)?;
    let staff = store.active_staff_in_unit(unit_id)?;
    if staff.is_empty() {
        return Err(Failure::new(
            1,
            tf("report.unit_empty", &[("unit", &unit_name)]),
        ));
    }
    if req.single {
        let docs = staff
            .iter()
            .map(|id| gather(store, *id, out.year, out.period, signing))
            .collect::<Result<Vec<_>, _>>()?;
        let text = out.render(&docs, &unit_name);
        let file = out.file_name(&output::slug(&unit_name));
        write_out(req.out.as_deref(), &file, &text, out.shared)?;
        return Ok(0);
    }
    let dir = req.out.as_deref().expect("checked in parse");
    output::prepare_dir(dir, out.shared)?;
    for id in &staff {
        let doc = gather(store, *id, out.year, out.period, signing)?;
        let text = out.render(std::slice::from_ref(&doc), &doc.person.name);
        output::write_file(&dir.join(out.file_name(&doc.nip)), &text, out.shared)?;
    }
    eprintln!(
        "kinerja: {}",
        tf(
            "report.unit_written",
            &[
                ("n", &staff.len()),
                ("unit", &unit_name),
                ("path", &dir.display())
            ],
        )
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_years() {
        assert_eq!(Format::parse("HTML"), Some(Format::Html));
        assert_eq!(Format::parse("txt"), Some(Format::Txt));
        assert_eq!(Format::parse("pdf"), None);
        let out = PathBuf::from("x/dokumen.html");
        assert_eq!(parse_format(None, Some(&out)).unwrap(), Format::Html);
        assert_eq!(parse_format(None, None).unwrap(), Format::Txt);
        assert_eq!(parse_format(Some("pdf"), None).unwrap_err().code, 2);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(check_year(2026, today).unwrap(), 2026);
        assert_eq!(check_year(2027, today).unwrap(), 2027);
        assert_eq!(check_year(2021, today).unwrap_err().code, 2);
        assert_eq!(check_year(2028, today).unwrap_err().code, 2);
    }
}
