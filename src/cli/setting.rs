//! `kinerja setting`: the organisation's local policy the regulation
//! leaves open, shared by every user of the database.

use clap::Subcommand;

use super::Failure;
use super::open::Env;
use crate::domain::number::Decimal;
use crate::domain::suggestion::SuggestionThresholds;
use crate::i18n::{t, tf};

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
}

fn percent(field: &'static str, text: &str) -> Result<Decimal, Failure> {
    Decimal::parse(text.trim().trim_end_matches('%'))
        .map_err(|e| Failure::new(2, e.message(&t(&format!("field.{field}")))))
}

pub fn run(env: &Env, cmd: SettingCommand) -> Result<i32, Failure> {
    let mut store = env.open(&env.open_options())?;
    if let SettingCommand::Suggestion { above, meets } = &cmd {
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
                return Err(Failure::new(2, text));
            }
            other => other?,
        }
    }
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
    Ok(0)
}
