//! Message catalog. Every user-visible string comes from here.
//!
//! Catalogs are TOML files under `assets/i18n/<lang>/`, one file per area,
//! embedded at compile time. Keys are `section.name`; placeholders are `{name}`.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "id_id" | "id-id" | "indonesia" => Some(Lang::Id),
            "en" | "en_us" | "en-us" | "en_gb" | "english" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// The catalog files of one language, in a fixed order.
macro_rules! catalog_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../assets/i18n/", $lang, "/common.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/domain.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/nip.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/store.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/tui.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/actions.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/cli.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/plan.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/assessment.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/penilaian.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/report.toml")),
            include_str!(concat!("../assets/i18n/", $lang, "/export.toml")),
        ]
    };
}

pub type Catalog = HashMap<String, String>;

fn flatten(prefix: &str, value: &toml::Value, out: &mut Catalog) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => panic!("catalog value for {prefix} must be a string, found {other}"),
    }
}

fn load(files: &[&str]) -> Catalog {
    let mut out = Catalog::new();
    for f in files {
        let v: toml::Value = toml::from_str(f).expect("embedded catalog is valid TOML");
        flatten("", &v, &mut out);
    }
    out
}

static ID: LazyLock<Catalog> = LazyLock::new(|| load(&catalog_files!("id")));
static EN: LazyLock<Catalog> = LazyLock::new(|| load(&catalog_files!("en")));

/// The whole catalog of one language (for tests and the help screen).
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Id) };
}

/// Sets the language for the current thread (the app runs on one thread).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(|c| c.get())
}

/// Looks up a message. A missing key returns the key itself, so a gap is
/// visible instead of silent; the catalog tests make sure none is missing.
pub fn t(key: &str) -> String {
    catalog(lang())
        .get(key)
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

/// Looks up a message and fills `{name}` placeholders.
pub fn tf(key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut s = t(key);
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), &value.to_string());
    }
    s
}

/// Whether a key exists (used where an optional message may be absent).
pub fn has(key: &str) -> bool {
    catalog(lang()).contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        let id = catalog(Lang::Id);
        let en = catalog(Lang::En);
        let missing_en: Vec<_> = id.keys().filter(|k| !en.contains_key(*k)).collect();
        let missing_id: Vec<_> = en.keys().filter(|k| !id.contains_key(*k)).collect();
        assert!(
            missing_en.is_empty(),
            "keys without English: {missing_en:?}"
        );
        assert!(
            missing_id.is_empty(),
            "keys without Indonesian: {missing_id:?}"
        );
    }

    #[test]
    fn placeholders_match_between_languages() {
        let re = |s: &str| {
            let mut names: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            names.sort();
            names.dedup();
            names
        };
        for (k, v) in catalog(Lang::Id) {
            let en = &catalog(Lang::En)[k];
            assert_eq!(re(v), re(en), "placeholders differ for {k}");
        }
    }

    #[test]
    fn fills_placeholders_and_switches_language() {
        set_lang(Lang::En);
        assert_eq!(
            tf("common.test_greeting", &[("name", &"Siti")]),
            "Hello, Siti"
        );
        set_lang(Lang::Id);
        assert_eq!(
            tf("common.test_greeting", &[("name", &"Siti")]),
            "Halo, Siti"
        );
    }
}
