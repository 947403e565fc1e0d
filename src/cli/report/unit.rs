//! `kinerja report unit UNIT --year Y [--quarter Q] --format html|txt`:
//! the summary of one unit for a period, printable on A4 — its predikat
//! kinerja organisasi, its counts with everything below it, its direct
//! sub-units, the predikat distribution against the pola distribusi, the
//! completion by quarter, and a block to sign.
//!
//! The figures are those of the summary screen ([`Store::summary`]); the
//! distribution counts drafts too, as the screen does, and says so.

mod html;
mod txt;

use std::path::PathBuf;

use chrono::Datelike;
use clap::Args;

use super::evaluation::Signing;
use super::form::{self, Signer};
use super::output::{Output, slug, write_out_as};
use super::summary_form as sf;
use super::{Format, check_year, parse_date, parse_format, parse_period, parse_year, place};
use crate::cli::Failure;
use crate::cli::open::Env;
use crate::cli::select::resolve_unit;
use crate::domain::distribution::{
    Limit, UnitPredicate, allowed_band, check_distribution, rules_for,
};
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::staff::UnitId;
use crate::i18n::tf;
use crate::store::summary::{Tally, UnitSummary};
use crate::store::{OpenOptions, Result, Store};

#[derive(Debug, Args)]
pub struct UnitArgs {
    /// The unit's name ("Dinas Sosial"; "Induk / Unit" when a name repeats).
    #[arg(required = true, num_args = 1.., value_name = "NAMA UNIT")]
    pub unit: Vec<String>,
    /// The year (default: this year).
    #[arg(long, value_name = "TAHUN")]
    pub year: Option<String>,
    /// A quarter, 1–4; without it, the year.
    #[arg(long, value_name = "1-4")]
    pub quarter: Option<String>,
    /// html or txt (default: from the --out file's extension, else txt).
    #[arg(long, value_name = "html|txt")]
    pub format: Option<String>,
    /// A file, or a directory to write it in (default: standard out).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Place of signing (default: the `place` setting, else from the organisation's name).
    #[arg(long, value_name = "TEMPAT")]
    pub place: Option<String>,
    /// Date of signing, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "TTTT-BB-HH")]
    pub date: Option<String>,
}

/// The predikat organisasi that applies to the unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgPredicate {
    /// Set for the unit itself.
    Own(String),
    /// Taken from the nearest unit above with one.
    Inherited {
        predicate: String,
        from: String,
    },
    NotSet,
}

impl OrgPredicate {
    /// "Baik (ditetapkan untuk unit ini)", "Baik (mengikuti Dinas
    /// Sosial)", "belum ditetapkan".
    pub fn text(&self) -> String {
        match self {
            OrgPredicate::Own(p) => format!("{p} ({})", sf::ORG_OWN),
            OrgPredicate::Inherited { predicate, from } => sf::inherited(predicate, from),
            OrgPredicate::NotSet => form::NOT_SET.to_string(),
        }
    }
}

/// One row of the sub-unit table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubRow {
    pub name: String,
    pub tally: Tally,
}

/// One predikat of the distribution chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistLine {
    pub label: String,
    pub count: u64,
    /// The allowed share in percent, when the predikat organisasi is set.
    pub band: Option<(u32, u32)>,
}

/// The predikat distribution and its check against the pola distribusi.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub lines: Vec<DistLine>,
    /// People with a predikat (drafts included).
    pub n: u64,
    pub org_set: bool,
    /// The rules of the pola distribusi not met, with the numbers.
    pub warnings: Vec<String>,
    /// Remarks of the check that are not breaches.
    pub notes: Vec<String>,
    /// The rules on several predikat together, which the chart cannot
    /// draw: "Butuh Perbaikan + Kurang/Misconduct: harus ada".
    pub group_rules: Vec<String>,
}

impl Distribution {
    /// Too few people for percentages to mean anything.
    pub fn is_tiny(&self) -> bool {
        self.n <= sf::TINY_GROUP
    }
}

/// Everything the document shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitDoc {
    pub organisation: String,
    pub unit: String,
    /// The units above, from the top: "Pemerintah … / Dinas Sosial".
    pub parents: String,
    pub year: i32,
    /// "Triwulan III 2026", "Tahunan 2026".
    pub period: String,
    /// "1 Juli s.d. 30 September 2026".
    pub period_range: String,
    /// The day it was made, "22 November 2026".
    pub printed: String,
    pub org: OrgPredicate,
    /// The unit and everything below it.
    pub total: Tally,
    /// The direct sub-units, then the unit's own staff when it has
    /// sub-units and staff of its own.
    pub rows: Vec<SubRow>,
    pub distribution: Distribution,
    /// Triwulan I–IV of the year.
    pub quarters: [Tally; 4],
    /// "Banyumas, 22 November 2026".
    pub place_date: String,
    pub compiler: Signer,
    pub head: Signer,
}

impl UnitDoc {
    /// The unit has no active staff: every count is zero.
    pub fn is_empty(&self) -> bool {
        self.total.active == 0
    }
}

/// The summary of `unit` when it is an active unit; `None` otherwise.
pub fn gather(
    store: &Store,
    unit: UnitId,
    year: i32,
    period: AssessmentPeriod,
    signing: &Signing,
) -> Result<Option<UnitDoc>> {
    let _id = form::Indonesian::new();
    let rows = store.summary(year, period)?;
    let Some(me) = rows.iter().find(|r| r.unit_id == unit) else {
        return Ok(None);
    };
    let mut parents = store.unit_path_names(unit)?;
    parents.pop();
    let place = if signing.place.trim().is_empty() {
        form::PLACE_BLANK
    } else {
        &signing.place
    };
    Ok(Some(UnitDoc {
        organisation: store.organisation()?.unwrap_or_default(),
        unit: me.name.clone(),
        parents: parents.join(" / "),
        year,
        period: format!("{} {year}", period.label()),
        period_range: form::period_range(year, period),
        printed: form::date_id(store.today()),
        org: org_predicate(store, &rows, unit, year, period)?,
        total: me.total.clone(),
        rows: sub_rows(&rows, me),
        distribution: distribution(store, me, year, period)?,
        quarters: store.unit_quarters(unit, year)?,
        place_date: format!("{place}, {}", form::date_id(signing.date)),
        compiler: Signer {
            title: sf::COMPILER.to_string(),
            name: None,
            nip: None,
        },
        head: head(store, unit)?,
    }))
}

fn org_predicate(
    store: &Store,
    rows: &[UnitSummary],
    unit: UnitId,
    year: i32,
    period: AssessmentPeriod,
) -> Result<OrgPredicate> {
    let Some(record) = store.effective_unit_predicate(unit, year, period)? else {
        return Ok(OrgPredicate::NotSet);
    };
    let Some(p) = record.predicate else {
        return Ok(OrgPredicate::NotSet);
    };
    if record.unit_id == unit {
        return Ok(OrgPredicate::Own(p.label()));
    }
    let from = match rows.iter().find(|r| r.unit_id == record.unit_id) {
        Some(r) => r.name.clone(),
        None => store.get_unit(record.unit_id)?.fields.name,
    };
    Ok(OrgPredicate::Inherited {
        predicate: p.label(),
        from,
    })
}

/// The direct sub-units in tree order, then the unit's own staff when it
/// has sub-units and anyone of its own (active or left).
fn sub_rows(rows: &[UnitSummary], me: &UnitSummary) -> Vec<SubRow> {
    let mut out: Vec<SubRow> = rows
        .iter()
        .filter(|r| r.parent_id == Some(me.unit_id))
        .map(|r| SubRow {
            name: r.name.clone(),
            tally: r.total.clone(),
        })
        .collect();
    let own = &me.own;
    if !out.is_empty() && (own.active > 0 || own.excluded_total() > 0) {
        out.push(SubRow {
            name: sf::OWN_STAFF.to_string(),
            tally: own.clone(),
        });
    }
    out
}

fn distribution(
    store: &Store,
    me: &UnitSummary,
    year: i32,
    period: AssessmentPeriod,
) -> Result<Distribution> {
    let counts = &me.total.predicates;
    let org = store
        .effective_unit_predicate(me.unit_id, year, period)?
        .and_then(|r| r.predicate);
    let check = org.map(|o| check_distribution(o, counts));
    Ok(Distribution {
        lines: Predicate::ALL
            .iter()
            .map(|p| DistLine {
                label: p.label(),
                count: counts.get(*p),
                band: org.map(|o| allowed_band(o, *p)),
            })
            .collect(),
        n: counts.total(),
        org_set: org.is_some(),
        warnings: check
            .as_ref()
            .map(|c| c.breaches.iter().map(|b| b.message()).collect())
            .unwrap_or_default(),
        notes: check
            .as_ref()
            .map(|c| c.notes.iter().map(|n| n.message()).collect())
            .unwrap_or_default(),
        group_rules: org.map(group_rules).unwrap_or_default(),
    })
}

/// The rules of the pola distribusi on several predikat together.
fn group_rules(org: UnitPredicate) -> Vec<String> {
    rules_for(org)
        .filter(|r| r.predicates.len() > 1)
        .map(|r| {
            let limit = match r.limit {
                Limit::AtLeastOne => "harus ada".to_string(),
                Limit::AtLeast(p) => format!("paling sedikit {p} %"),
                Limit::AtMost(p) | Limit::Majority { max_percent: p } => {
                    format!("paling banyak {p} %")
                }
                Limit::NoneAllowed => "tidak boleh ada".to_string(),
            };
            format!("{}: {limit}", r.group_label())
        })
        .collect()
}

/// The head of the unit signs, when the register names one.
fn head(store: &Store, unit: UnitId) -> Result<Signer> {
    let who = match store.unit_head(unit)? {
        Some(id) => Some(store.get_staff(id)?),
        None => None,
    };
    Ok(Signer {
        title: sf::HEAD.to_string(),
        name: who.as_ref().map(|s| s.display_name()),
        nip: who.as_ref().map(|s| s.fields.nip.grouped()),
    })
}

/// The document as text or HTML, in Indonesian whatever `--lang` says.
pub fn render(doc: &UnitDoc, format: Format) -> String {
    let _id = form::Indonesian::new();
    match format {
        Format::Txt => txt::render(doc),
        Format::Html => html::render(doc),
    }
}

pub fn run(env: &Env, args: &UnitArgs) -> std::result::Result<i32, Failure> {
    let format = parse_format(args.format.as_deref(), args.out.as_ref())?;
    let year = parse_year(args.year.as_deref())?;
    let period = parse_period(args.quarter.as_deref())?;
    let date = parse_date(args.date.as_deref())?;
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let today = store.today();
    let year = check_year(year.unwrap_or(today.year()), today)?;
    let (unit, name) = resolve_unit(&store, &args.unit.join(" "))?;
    let signing = Signing {
        place: place(&store, args.place.clone())?,
        date: date.unwrap_or(today),
    };
    let Some(doc) = gather(&store, unit, year, period, &signing)? else {
        return Err(Failure::new(
            1,
            tf("report.unit_inactive", &[("unit", &name)]),
        ));
    };
    if doc.is_empty() {
        eprintln!(
            "kinerja: {}",
            tf("report.unit_no_staff", &[("unit", &doc.unit)])
        );
    }
    let out = Output {
        format,
        year,
        period,
        shared: env.shared,
    };
    let file = out.file_name(&format!("ringkasan-{}", slug(&name)));
    write_out_as(
        args.out.as_deref(),
        &file,
        &render(&doc, format),
        env.shared,
        "report.summary_written",
    )?;
    Ok(0)
}
