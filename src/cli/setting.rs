//! `kinerja setting`: the organisation's local policy the regulation
//! leaves open, shared by every user of the database.

use clap::Subcommand;

use super::Failure;
use super::open::Env;
use super::report::disclosure::{DEFAULT_MIN_SIZE, valid_min_size};
use super::report::public::parse_min_size;
use crate::domain::number::Decimal;
use crate::domain::suggestion::SuggestionThresholds;
use crate::i18n::{t, tf};
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum SettingCommand {
    /// Show every setting.
    Show,
    /// Where the suggested rating hasil kerja changes (average capaian, %).
    Suggestion {
        /// From this average capaian: Di Atas Ekspektasi (default 110).
        #[arg(long)]
        above: String,
        /// From this average capaian: Sesuai Ekspektasi (default 90).
        #[arg(long)]
        meets: String,
    },
    /// The smallest group the public report shows (active staff, default 10).
    ReportMinSize {
        /// A whole number from 3 to 1000.
        size: String,
    },
}

fn percent(field: &'static str, text: &str) -> Result<Decimal, Failure> {
    Decimal::parse(text.trim().trim_end_matches('%'))
        .map_err(|e| Failure::new(2, e.message(&t(&format!("field.{field}")))))
}

pub fn run(env: &Env, cmd: SettingCommand) -> Result<i32, Failure> {
    let mut store = env.open(&env.open_options())?;
    match &cmd {
        SettingCommand::Show => {}
        SettingCommand::Suggestion { above, meets } => {
            set_thresholds(&mut store, above, meets)?;
        }
        SettingCommand::ReportMinSize { size } => {
            let n = parse_min_size(size, "kinerja setting report-min-size")?;
            store.set_report_min_size(n)?;
        }
    }
    if !matches!(cmd, SettingCommand::ReportMinSize { .. }) {
        let th = store.suggestion_thresholds()?;
        println!(
            "{}",
            tf(
                "cli.setting_suggestion",
                &[
                    ("above", &th.above_from.format_id()),
                    ("meets", &th.meets_from.format_id()),
                ],
            )
        );
    }
    if !matches!(cmd, SettingCommand::Suggestion { .. }) {
        println!("{}", min_size_line(store.report_min_size()?));
    }
    Ok(0)
}

/// Sets the suggestion thresholds; invalid ones are a usage error.
fn set_thresholds(store: &mut Store, above: &str, meets: &str) -> Result<(), Failure> {
    let thresholds = SuggestionThresholds {
        above_from: percent("above_from", above)?,
        meets_from: percent("meets_from", meets)?,
    };
    match store.set_suggestion_thresholds(&thresholds) {
        Err(crate::store::StoreError::Invalid { errors }) => {
            let text = errors
                .into_iter()
                .map(|e| e.message)
                .collect::<Vec<_>>()
                .join(" ");
            Err(Failure::new(2, text))
        }
        other => Ok(other?),
    }
}

/// "Laporan publik: kelompok terkecil 10 pegawai aktif (bawaan)."
fn min_size_line(set: Option<u32>) -> String {
    match set.filter(|n| valid_min_size(*n)) {
        Some(n) => tf("cli.setting_report_min_size", &[("n", &n)]),
        None => tf(
            "cli.setting_report_min_size_default",
            &[("n", &DEFAULT_MIN_SIZE)],
        ),
    }
}
