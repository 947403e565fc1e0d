//! Resolving config, database path and keymap; opening the TUI.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::{Cli, Failure};
use crate::clock::SystemClock;
use crate::config::{Config, default_config_path, default_db_path, demo_db_path};
use crate::i18n::tf;
use crate::store::{OpenOptions, Store};
use crate::tui::app::App;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;

/// What every subcommand needs to know about its surroundings.
pub struct Env {
    pub config: Config,
    pub config_path: Option<PathBuf>,
    /// The database named by --db, KINERJA_DB or the config, if any.
    pub db: Option<PathBuf>,
    pub read_only: bool,
    pub shared: bool,
}

impl Env {
    pub fn resolve(cli: &Cli) -> Result<Env, Failure> {
        let named = cli
            .config
            .clone()
            .or_else(|| std::env::var_os("KINERJA_CONFIG").map(PathBuf::from));
        let (config, config_path) = match named {
            Some(p) => (Config::load(&p, true)?, Some(p)),
            None => match default_config_path() {
                Some(p) => (Config::load(&p, false)?, Some(p)),
                None => (Config::default(), None),
            },
        };
        let db = cli
            .db
            .clone()
            .or_else(|| std::env::var_os("KINERJA_DB").map(PathBuf::from))
            .or_else(|| config.db.clone());
        Ok(Env {
            config,
            config_path,
            db,
            read_only: cli.read_only,
            shared: cli.shared,
        })
    }

    pub fn open_options(&self) -> OpenOptions {
        OpenOptions {
            read_only: self.read_only,
            group_shared: self.shared,
            busy_timeout: Duration::from_millis(self.config.busy_timeout_ms.unwrap_or(5000)),
            clock: Arc::new(SystemClock),
            ..OpenOptions::default()
        }
    }

    /// Opens the named database, or the per-user default (whose directory
    /// is created on first use).
    pub fn open(&self, opts: &OpenOptions) -> Result<Store, Failure> {
        let path = match &self.db {
            Some(p) => p.clone(),
            None => {
                let p = default_db_path();
                ensure_parent(&p)?;
                p
            }
        };
        let store = Store::open(&path, opts)?;
        print_warnings(&store);
        Ok(store)
    }

    pub fn keymap(&self) -> Result<Keymap, Failure> {
        let path = match &self.config.keymap {
            Some(p) => p.clone(),
            None => match &self.config_path {
                Some(c) => c.with_file_name("keymap.toml"),
                None => return Ok(Keymap::default()),
            },
        };
        Ok(Keymap::load(&path)?)
    }
}

/// Prints the warnings a command-line user must see (a database readable
/// by everyone) on standard error; output on standard out stays clean.
pub fn print_warnings(store: &Store) {
    for w in store.warnings() {
        if matches!(w, crate::store::OpenWarning::WorldReadable { .. }) {
            eprintln!("kinerja: {}", w.message());
        }
    }
}

pub fn ensure_parent(path: &Path) -> Result<(), Failure> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::new(
                3,
                tf("cli.create_dir", &[("dir", &dir.display()), ("detail", &e)]),
            )
        })?;
    }
    Ok(())
}

pub fn run_tui(env: &Env, demo: bool) -> Result<i32, Failure> {
    let keymap = env.keymap()?;
    let theme = Theme::from_env(env.config.theme.as_deref());
    let opts = env.open_options();
    let store = if demo {
        let path = env.db.clone().unwrap_or_else(demo_db_path);
        if !path.exists() {
            ensure_parent(&path)?;
            super::demo::create(&path, &super::demo::DemoArgs::default(), &opts, false)?;
        }
        Store::open(&path, &opts)?
    } else {
        env.open(&opts)?
    };
    let (w, h) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let app = App::new(store, keymap, theme, (w, h));
    crate::tui::run(app)?;
    Ok(0)
}
