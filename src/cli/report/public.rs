//! `kinerja report public --year Y [--quarter Q] [--min-size N]`: a
//! transparency report of aggregates only, fit to publish.
//!
//! No name, no NIP, and no unit below the minimum size (default 10 active
//! staff; the `report_min_size` setting or `--min-size`) appears: only the
//! government as a whole and its perangkat daerah (the units just below
//! the top). A perangkat daerah below the minimum is folded into one
//! "Unit lain" row — never shown alone — with the staff placed directly
//! under the government; when that row itself stays below the minimum,
//! the smallest perangkat daerah shown joins it until it does not. When
//! the whole government is below the minimum, no figure is published.
//!
//! Within the rows shown, the predikat counts (of **final** assessments
//! only: drafts may change) go through [`disclosure::suppress`]: no group
//! of 1 to `min − 1` people is shown or can be worked out from the totals.
//! Percentages of predikat are given only for rows of at least `min`
//! people, and a mean capaian only when at least `min` people make it.
//! Completion counts (plans, actuals, assessments) describe the process,
//! not a person's result, and are shown for every row.

mod html;
mod txt;

use std::path::PathBuf;

use chrono::Datelike;
use clap::Args;

use super::disclosure::{self, Cell, DEFAULT_MIN_SIZE, MIN_SIZE_CEILING, MIN_SIZE_FLOOR};
use super::output::{Output, write_out_as};
use super::summary_form as sf;
use super::{Format, check_year, form, parse_format, parse_period, parse_year};
use crate::cli::Failure;
use crate::cli::open::Env;
use crate::domain::distribution::PredicateCounts;
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::staff::UnitId;
use crate::i18n::tf;
use crate::store::summary::{Tally, UnitSummary};
use crate::store::{OpenOptions, Result, Store};

#[derive(Debug, Args)]
pub struct PublicArgs {
    /// The year (default: this year).
    #[arg(long, value_name = "TAHUN")]
    pub year: Option<String>,
    /// A quarter, 1–4; without it, the year.
    #[arg(long, value_name = "1-4")]
    pub quarter: Option<String>,
    /// The smallest group shown, in active staff (default: the
    /// report_min_size setting, else 10).
    #[arg(long, value_name = "N")]
    pub min_size: Option<String>,
    /// html or txt (default: from the --out file's extension, else txt).
    #[arg(long, value_name = "html|txt")]
    pub format: Option<String>,
    /// A file, or a directory to write it in (default: standard out).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

/// One row of the report: a perangkat daerah, the others together, or
/// the whole government.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicRow {
    pub name: String,
    pub tally: Tally,
    /// The predikat of final assessments.
    pub finals: PredicateCounts,
    /// Those counts as published, in the order of [`Predicate::ALL`].
    pub cells: Vec<Cell>,
    /// At least `min` people have a final predikat.
    pub show_percent: bool,
    /// At least `min` people make the mean capaian.
    pub show_mean: bool,
}

impl PublicRow {
    fn new(group: Group, cells: Vec<Cell>, min: u64) -> PublicRow {
        PublicRow {
            show_percent: group.finals.total() >= min,
            show_mean: group.tally.achievement_n >= min,
            name: group.name,
            tally: group.tally,
            finals: group.finals,
            cells,
        }
    }

    /// The share of a shown predikat count, when percentages are shown.
    pub fn percent(&self, i: usize) -> Option<String> {
        match self.cells.get(i) {
            Some(Cell::Shown(n)) if self.show_percent => Some(sf::pct(*n, self.finals.total())),
            _ => None,
        }
    }

    /// The mean capaian, or the mark of a hidden figure.
    pub fn mean(&self) -> String {
        if self.show_mean {
            sf::mean(&self.tally)
        } else {
            disclosure::HIDDEN.to_string()
        }
    }
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicDoc {
    pub organisation: String,
    /// "Triwulan III 2026".
    pub period: String,
    pub period_range: String,
    pub printed: String,
    pub min: u64,
    /// The whole government is below the minimum: nothing is published.
    pub too_small: bool,
    pub total: PublicRow,
    /// The perangkat daerah shown, then "Unit lain".
    pub rows: Vec<PublicRow>,
    /// Staff who left since the period began (counted apart).
    pub excluded: Cell,
    /// Perangkat daerah folded into "Unit lain".
    pub folded: usize,
}

/// Staff counted together: a perangkat daerah, or the rest.
#[derive(Debug, Clone, Default)]
struct Group {
    name: String,
    tally: Tally,
    finals: PredicateCounts,
}

impl Group {
    fn add(&mut self, other: &Group) {
        self.tally.add(&other.tally);
        add_counts(&mut self.finals, &other.finals);
    }
}

fn add_counts(to: &mut PredicateCounts, from: &PredicateCounts) {
    for p in Predicate::ALL {
        to.set(p, to.get(p) + from.get(p));
    }
}

/// The perangkat daerah are the units just below the top of the tree (the
/// tops themselves when there are several).
fn agency_depth(rows: &[UnitSummary]) -> usize {
    usize::from(rows.iter().filter(|r| r.depth == 0).count() == 1)
}

/// Each perangkat daerah with everything below it, and the staff above
/// them (directly under the government).
fn agencies(
    rows: &[UnitSummary],
    finals: &std::collections::HashMap<UnitId, PredicateCounts>,
) -> (Vec<Group>, Group) {
    let depth = agency_depth(rows);
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<UnitId, usize> = Default::default();
    let mut above = Group::default();
    // Tree order: a parent always comes before its children.
    for r in rows {
        let at = if r.depth == depth {
            groups.push(Group {
                name: r.name.clone(),
                tally: r.total.clone(),
                finals: PredicateCounts::default(),
            });
            Some(groups.len() - 1)
        } else {
            r.parent_id.and_then(|p| index.get(&p).copied())
        };
        let f = finals.get(&r.unit_id).copied().unwrap_or_default();
        match at {
            Some(i) => {
                index.insert(r.unit_id, i);
                add_counts(&mut groups[i].finals, &f);
            }
            None => {
                above.tally.add(&r.own);
                add_counts(&mut above.finals, &f);
            }
        }
    }
    (groups, above)
}

/// Splits the perangkat daerah into those shown and "Unit lain" (with
/// the staff above them); the number folded.
fn fold(groups: Vec<Group>, above: Group, min: u64) -> (Vec<Group>, Option<Group>, usize) {
    let (mut shown, small): (Vec<Group>, Vec<Group>) =
        groups.into_iter().partition(|g| g.tally.active >= min);
    let mut folded = small.len();
    let mut others = above;
    small.iter().for_each(|g| others.add(g));
    while others.tally.active > 0 && others.tally.active < min && !shown.is_empty() {
        let smallest = (0..shown.len())
            .min_by_key(|&i| (shown[i].tally.active, shown[i].name.clone()))
            .expect("not empty");
        others.add(&shown.remove(smallest));
        folded += 1;
    }
    others.name = sf::others(folded);
    let others = (others.tally.active > 0 || others.finals.total() > 0).then_some(others);
    (shown, others, folded)
}

/// Reads and prepares the report; `min` is the smallest group shown.
pub fn gather(store: &Store, year: i32, period: AssessmentPeriod, min: u64) -> Result<PublicDoc> {
    let _id = form::Indonesian::new();
    let rows = store.summary(year, period)?;
    let finals = store.final_predicate_counts(year, period)?;
    let (groups, above) = agencies(&rows, &finals);
    let mut total = Group {
        name: sf::GOVERNMENT.to_string(),
        ..Group::default()
    };
    groups.iter().for_each(|g| total.add(g));
    total.add(&above);
    let too_small = total.tally.active < min;
    let (shown, others, folded) = if too_small {
        // Not one figure leaves: not even the total is kept.
        total = Group {
            name: total.name,
            ..Group::default()
        };
        (Vec::new(), None, 0)
    } else {
        fold(groups, above, min)
    };
    let body: Vec<Group> = shown.into_iter().chain(others).collect();
    let counts: Vec<Vec<u64>> = body.iter().map(|g| g.finals.as_array().to_vec()).collect();
    let (cells, total_cells) = disclosure::suppress(&counts, min);
    let excluded = Cell::alone(total.tally.excluded_total(), min);
    let total_cells = match too_small {
        true => vec![Cell::Hidden; Predicate::ALL.len()],
        false => total_cells,
    };
    Ok(PublicDoc {
        organisation: store.organisation()?.unwrap_or_default(),
        period: format!("{} {year}", period.label()),
        period_range: form::period_range(year, period),
        printed: form::date_id(store.today()),
        min,
        too_small,
        total: PublicRow::new(total, total_cells, min),
        rows: body
            .into_iter()
            .zip(cells)
            .map(|(g, c)| PublicRow::new(g, c, min))
            .collect(),
        excluded,
        folded,
    })
}

/// The document as text or HTML, in Indonesian whatever `--lang` says.
pub fn render(doc: &PublicDoc, format: Format) -> String {
    let _id = form::Indonesian::new();
    match format {
        Format::Txt => txt::render(doc),
        Format::Html => html::render(doc),
    }
}

/// `--min-size`, checked: a whole number within the allowed range.
pub fn parse_min_size(value: &str, option: &str) -> std::result::Result<u32, Failure> {
    match value.trim().parse::<u32>() {
        Ok(n) if disclosure::valid_min_size(n) => Ok(n),
        _ => Err(Failure::new(
            2,
            tf(
                "report.min_size_invalid",
                &[
                    ("option", &option),
                    ("value", &value),
                    ("min", &MIN_SIZE_FLOOR),
                    ("max", &MIN_SIZE_CEILING),
                    ("default", &DEFAULT_MIN_SIZE),
                ],
            ),
        )),
    }
}

/// `--min-size`, else the setting, else the default.
fn min_size(store: &Store, asked: Option<u32>) -> Result<u32> {
    Ok(asked
        .or(store
            .report_min_size()?
            .filter(|n| disclosure::valid_min_size(*n)))
        .unwrap_or(DEFAULT_MIN_SIZE))
}

pub fn run(env: &Env, args: &PublicArgs) -> std::result::Result<i32, Failure> {
    let format = parse_format(args.format.as_deref(), args.out.as_ref())?;
    let year = parse_year(args.year.as_deref())?;
    let period = parse_period(args.quarter.as_deref())?;
    let asked = args
        .min_size
        .as_deref()
        .map(|v| parse_min_size(v, "--min-size"))
        .transpose()?;
    let opts = OpenOptions {
        read_only: true,
        create: false,
        ..env.open_options()
    };
    let store = env.open(&opts)?;
    let today = store.today();
    let year = check_year(year.unwrap_or(today.year()), today)?;
    let min = min_size(&store, asked)?;
    let doc = gather(&store, year, period, u64::from(min))?;
    if doc.too_small {
        eprintln!(
            "kinerja: {}",
            tf("report.public_too_small", &[("min", &min)])
        );
    }
    let out = Output {
        format,
        year,
        period,
        shared: env.shared,
    };
    write_out_as(
        args.out.as_deref(),
        &out.file_name("laporan-publik"),
        &render(&doc, format),
        env.shared,
        "report.public_written",
    )?;
    Ok(0)
}
