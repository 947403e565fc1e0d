//! The config file (TOML) and where things live on disk.
//!
//! Database path order: `--db`, then `KINERJA_DB`, then the config file,
//! then the per-user data directory.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{Lang, tf};

/// Settings a user may put in `config.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Database file.
    pub db: Option<PathBuf>,
    /// Interface language: "id" or "en".
    pub lang: Option<String>,
    /// "color" or "mono"; NO_COLOR always wins.
    pub theme: Option<String>,
    /// How long a write waits for another writer, in milliseconds.
    pub busy_timeout_ms: Option<u64>,
    /// Keymap overrides file (default: keymap.toml next to config.toml).
    pub keymap: Option<PathBuf>,
}

/// The keys `Config` knows, for "did you mean" suggestions.
const KNOWN_KEYS: [&str; 5] = ["db", "lang", "theme", "busy_timeout_ms", "keymap"];

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", tf("config.read", &[("path", &path.display()), ("detail", detail)]))]
    Read { path: PathBuf, detail: String },
    #[error("{}", tf("config.parse", &[("path", &path.display()), ("line", line), ("detail", detail)]))]
    Parse {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    #[error("{}", tf("config.bad_value", &[("path", &path.display()), ("key", key), ("value", value), ("expected", expected)]))]
    BadValue {
        path: PathBuf,
        key: &'static str,
        value: String,
        expected: &'static str,
    },
}

/// The per-user directories (XDG on Linux).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("id", "kinerja", "kinerja")
}

/// Where the config file is looked for when none is named.
pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// Where the database lives when nothing else names it.
pub fn default_db_path() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().join("kinerja.sqlite"))
        .unwrap_or_else(|| PathBuf::from("kinerja.sqlite"))
}

/// Where `--demo` keeps its database.
pub fn demo_db_path() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().join("kinerja-demo.sqlite"))
        .unwrap_or_else(|| PathBuf::from("kinerja-demo.sqlite"))
}

impl Config {
    /// Loads a config file. A missing file is an empty config unless it
    /// was named explicitly.
    pub fn load(path: &Path, must_exist: bool) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
                return Ok(Config::default());
            }
            Err(e) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                });
            }
        };
        Config::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(0);
            ConfigError::Parse {
                path: path.to_path_buf(),
                line,
                detail: describe_toml_error(e.message(), &KNOWN_KEYS),
            }
        })?;
        if let Some(l) = &config.lang
            && Lang::parse(l).is_none()
        {
            return Err(ConfigError::BadValue {
                path: path.to_path_buf(),
                key: "lang",
                value: l.clone(),
                expected: "\"id\" | \"en\"",
            });
        }
        if let Some(t) = &config.theme
            && !matches!(t.as_str(), "color" | "mono")
        {
            return Err(ConfigError::BadValue {
                path: path.to_path_buf(),
                key: "theme",
                value: t.clone(),
                expected: "\"color\" | \"mono\"",
            });
        }
        Ok(config)
    }
}

/// Adds a "did you mean" to serde's unknown-field message.
pub fn describe_toml_error(message: &str, known: &[&str]) -> String {
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    match unknown.and_then(|u| closest(u, known).map(|c| (u, c))) {
        Some((u, c)) => tf(
            "config.unknown_key",
            &[
                ("key", &u),
                ("suggestion", &c),
                ("known", &known.join(", ")),
            ],
        ),
        None => message.trim().to_string(),
    }
}

/// The known word closest to `word`, if any is close enough.
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    closest_n(word, known, 1).into_iter().next()
}

/// Up to `max` known words close enough to `word`, closest first (ties in
/// the order of `known`).
pub fn closest_n<'a>(word: &str, known: &[&'a str], max: usize) -> Vec<&'a str> {
    let mut scored: Vec<(f64, usize, &'a str)> = known
        .iter()
        .enumerate()
        .map(|(i, k)| (strsim::jaro_winkler(word, k), i, *k))
        .filter(|(score, _, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(max).map(|(_, _, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_keys() {
        let c = Config::parse(
            "db = \"/srv/k.sqlite\"\nlang = \"en\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.db, Some(PathBuf::from("/srv/k.sqlite")));
        assert_eq!(c.lang.as_deref(), Some("en"));
    }

    #[test]
    fn a_typo_names_the_file_line_and_the_likely_key() {
        crate::i18n::set_lang(Lang::Id);
        let e = Config::parse(
            "db = \"x\"\nlangg = \"en\"\n",
            Path::new("/etc/k/config.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("/etc/k/config.toml"), "{e}");
        assert!(e.contains("2"), "{e}");
        assert!(e.contains("langg") && e.contains("`lang`"), "{e}");
    }

    #[test]
    fn bad_values_name_what_is_accepted() {
        let e = Config::parse("lang = \"fr\"", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("fr") && e.contains("\"id\""), "{e}");
        let e = Config::parse("busy_timeout_ms = \"soon\"", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("c.toml"), "{e}");
    }

    #[test]
    fn closest_words_come_best_first() {
        let known = ["dinas sosial", "dinas kesehatan", "bidang sosial"];
        assert_eq!(closest("dinas sosal", &known), Some("dinas sosial"));
        assert_eq!(
            closest_n("dinas sosal", &known, 2),
            ["dinas sosial", "dinas kesehatan"]
        );
        assert!(closest_n("zzz", &known, 3).is_empty());
    }

    #[test]
    fn a_missing_optional_file_is_empty() {
        let c = Config::load(Path::new("/nonexistent/kinerja.toml"), false).unwrap();
        assert_eq!(c, Config::default());
        assert!(Config::load(Path::new("/nonexistent/kinerja.toml"), true).is_err());
    }
}
