//! `kinerja demo`: create a realistic demo government.

use std::path::Path;
use std::time::Instant;

use clap::Args;

use super::Failure;
use super::open::{Env, ensure_parent};
use crate::config::demo_db_path;
use crate::demo::{DemoOptions, assessments, generate, past_quarters, plans};
use crate::domain::period::Quarter;
use crate::i18n::tf;
use crate::store::import::LoadedPlans;
use crate::store::import_assessments::LoadedAssessments;
use crate::store::{OpenOptions, Store};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many staff (about 400 by default; 100000 for a province-sized government).
    #[arg(long, default_value_t = 400)]
    pub staff: usize,
    /// Seed: the same seed gives the same government.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Replace an existing demo database (only one made by `kinerja demo`).
    #[arg(long)]
    pub force: bool,
}

impl Default for DemoArgs {
    fn default() -> Self {
        DemoArgs {
            staff: 400,
            seed: 1,
            force: false,
        }
    }
}

pub fn run(env: &Env, args: DemoArgs) -> Result<i32, Failure> {
    let path = env.db.clone().unwrap_or_else(demo_db_path);
    if env.db.is_none() {
        ensure_parent(&path)?;
    }
    let started = Instant::now();
    let (store, skp) = create_with_plans(&path, &args, &env.open_options(), args.force)?;
    let units = store.units()?.len();
    println!(
        "{}",
        tf(
            "cli.demo_done",
            &[
                ("org", &store.organisation()?.unwrap_or_default()),
                ("staff", &args.staff),
                ("units", &units),
                ("path", &path.display()),
                ("secs", &format!("{:.1}", started.elapsed().as_secs_f64())),
            ]
        )
    );
    println!("{}", skp.message());
    if let Some(line) = skp.assessments_message() {
        println!("{line}");
    }
    Ok(0)
}

/// What `kinerja demo` loaded besides the register: the SKP of the year
/// and the assessments of the quarters that ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPlans {
    pub year: i32,
    pub loaded: LoadedPlans,
    /// The quarters with actuals: those that ended before today.
    pub past: Vec<Quarter>,
    pub assessments: LoadedAssessments,
    /// Perangkat daerah with a predikat kinerja organisasi.
    pub graded_units: usize,
}

impl DemoPlans {
    /// Cells of the past quarters without an actual ("belum diisi").
    pub fn missing(&self) -> usize {
        self.loaded.indicators * self.past.len() - self.loaded.actuals
    }

    /// "I–III", or "II" for a single quarter; `None` before any ended.
    fn quarters(&self) -> Option<String> {
        match (self.past.first(), self.past.last()) {
            (Some(first), Some(last)) if first == last => Some(first.roman().to_string()),
            (Some(first), Some(last)) => Some(format!("{}–{}", first.roman(), last.roman())),
            _ => None,
        }
    }

    /// The summary line of the assessments, once a quarter has ended.
    pub fn assessments_message(&self) -> Option<String> {
        let quarters = self.quarters()?;
        let a = &self.assessments;
        Some(tf(
            "cli.demo_assessments",
            &[
                ("quarters", &quarters),
                ("finals", &a.finals),
                ("drafts", &a.drafts),
                ("units", &self.graded_units),
            ],
        ))
    }

    /// The summary line: plans, results, indicators and actuals.
    pub fn message(&self) -> String {
        let l = &self.loaded;
        let common: [(&str, &dyn std::fmt::Display); 4] = [
            ("year", &self.year),
            ("plans", &l.plans),
            ("results", &l.results),
            ("indicators", &l.indicators),
        ];
        match self.quarters() {
            Some(quarters) => {
                let missing = self.missing();
                let mut args = common.to_vec();
                args.extend([
                    ("actuals", &l.actuals as &dyn std::fmt::Display),
                    ("quarters", &quarters),
                    ("missing", &missing),
                ]);
                tf("cli.demo_plans", &args)
            }
            _ => tf("cli.demo_plans_no_actuals", &common),
        }
    }
}

/// Creates the demo database at `path`. An existing file is replaced only
/// with `force` and only when it is itself a demo database.
pub fn create(
    path: &Path,
    args: &DemoArgs,
    opts: &OpenOptions,
    force: bool,
) -> Result<Store, Failure> {
    create_with_plans(path, args, opts, force).map(|(store, _)| store)
}

/// [`create`], and what it loaded of the SKP: every active person's plan
/// for this year with actuals for the quarters that ended before today,
/// and the assessments of those quarters.
pub fn create_with_plans(
    path: &Path,
    args: &DemoArgs,
    opts: &OpenOptions,
    force: bool,
) -> Result<(Store, DemoPlans), Failure> {
    if path.exists() {
        let existing = Store::open(
            path,
            &OpenOptions {
                read_only: true,
                ..opts.clone()
            },
        )?;
        let is_demo = existing.meta("demo")?.is_some();
        drop(existing);
        if !force || !is_demo {
            let key = if is_demo {
                "cli.demo_exists"
            } else {
                "cli.demo_not_demo"
            };
            return Err(Failure::new(3, tf(key, &[("path", &path.display())])));
        }
        for suffix in ["", "-wal", "-shm"] {
            let p = format!("{}{suffix}", path.display());
            if Path::new(&p).exists() {
                std::fs::remove_file(&p).map_err(|e| Failure::new(3, format!("{p}: {e}")))?;
            }
        }
    }
    let demo = DemoOptions {
        staff: args.staff,
        seed: args.seed,
        reference_date: opts.clock.today(),
    };
    let gov = generate(&demo).map_err(|e| Failure::new(2, e))?;
    let skp = plans(&gov, &demo);
    let assessed = assessments(&gov, &skp, &demo);
    let mut store = Store::open(path, opts)?;
    let loaded = store.load_batch(&gov.batch, "demo")?;
    let loaded_plans = store.load_plans(&skp, &loaded.staff_ids, "demo")?;
    let loaded_assessments =
        store.load_assessments(&assessed, &loaded.staff_ids, &loaded.unit_ids, "demo")?;
    let graded: std::collections::HashSet<usize> =
        assessed.unit_predicates.iter().map(|u| u.unit).collect();
    store.set_meta("demo", &format!("staff={} seed={}", args.staff, args.seed))?;
    Ok((
        store,
        DemoPlans {
            year: skp.year,
            loaded: loaded_plans,
            past: past_quarters(demo.reference_date),
            assessments: loaded_assessments,
            graded_units: graded.len(),
        },
    ))
}
