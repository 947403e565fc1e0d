//! Command-line interface: one file per subcommand. The TUI is the default.
//!
//! Exit codes: 0 success; 1 nothing found (`status`); 2 ambiguous
//! (`status`) or a usage error; 3 any other failure, with a message on
//! standard error that names the problem and the fix.

mod check;
mod demo;
pub mod export;
mod files;
mod open;
pub mod report;
mod select;
mod setting;
mod status;
mod user;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::{Lang, set_lang};

pub use open::Env;

#[derive(Debug, Parser)]
#[command(
    name = "kinerja",
    version,
    about = "Kinerja ASN: register, SKP, realisasi, penilaian"
)]
pub struct Cli {
    /// Database file (else KINERJA_DB, the config file, or the per-user data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Interface language: id (Bahasa Indonesia) or en.
    #[arg(long, global = true, value_name = "id|en")]
    pub lang: Option<String>,
    /// Config file (else KINERJA_CONFIG, or config.toml in the per-user config directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Open the demo government (created on first use).
    #[arg(long)]
    pub demo: bool,
    /// Open the database read-only.
    #[arg(long, global = true)]
    pub read_only: bool,
    /// Create a new database readable and writable by its group (0660) instead of its owner only.
    #[arg(long, global = true)]
    pub shared: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a realistic demo government.
    Demo(demo::DemoArgs),
    /// Who is this ASN and where do they stand (NIP, NIP prefix or name).
    Status(status::StatusArgs),
    /// Manage who may do what (OS user → role).
    #[command(subcommand)]
    User(user::UserCommand),
    /// Data-quality list: NIPs with warnings.
    Check(check::CheckArgs),
    /// Local policy the regulation leaves open (suggestion thresholds, public report minimum).
    #[command(subcommand)]
    Setting(setting::SettingCommand),
    /// Printable documents: evaluation documents, unit summaries, the public report.
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The register, SKP indicators, actuals or assessments as CSV, XLSX or JSON.
    #[command(after_help = export::HELP)]
    Export(export::ExportArgs),
}

/// Failure of a subcommand: the message is already translated.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn new(code: i32, message: impl std::fmt::Display) -> Failure {
        Failure {
            code,
            message: message.to_string(),
        }
    }
}

impl<E: std::error::Error> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure::new(3, e)
    }
}

/// Replaces Rust's panic report with a message for people: what happened,
/// that saved data is safe, and where in the code (for a bug report).
fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "kinerja: {}",
            crate::i18n::tf("cli.internal_error", &[("location", &location)])
        );
    }));
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> i32 {
    install_panic_message();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("kinerja: {}", f.message);
            }
            f.code
        }
    }
}

pub fn run(cli: Cli) -> Result<i32, Failure> {
    // The language first, so that every message after this is in it.
    let early = cli
        .lang
        .clone()
        .or_else(|| std::env::var("KINERJA_LANG").ok());
    if let Some(l) = &early {
        match Lang::parse(l) {
            Some(lang) => set_lang(lang),
            None => {
                return Err(Failure::new(
                    2,
                    crate::i18n::tf("cli.bad_lang", &[("value", l)]),
                ));
            }
        }
    }
    let env = Env::resolve(&cli)?;
    if early.is_none()
        && let Some(lang) = env.config.lang.as_deref().and_then(Lang::parse)
    {
        set_lang(lang);
    }
    match cli.command {
        None => open::run_tui(&env, cli.demo),
        Some(Command::Demo(args)) => demo::run(&env, args),
        Some(Command::Status(args)) => status::run(&env, args),
        Some(Command::User(cmd)) => user::run(&env, cmd),
        Some(Command::Check(args)) => check::run(&env, args),
        Some(Command::Setting(cmd)) => setting::run(&env, cmd),
        Some(Command::Report(cmd)) => report::run(&env, cmd),
        Some(Command::Export(args)) => export::run(&env, args),
    }
}
