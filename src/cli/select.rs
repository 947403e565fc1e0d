//! Finding a unit by the name a user typed after `--unit` (or by "Induk /
//! Unit" when a name repeats, such as "Subbagian Umum" in every dinas):
//! case, accents and punctuation ignored, the closest names suggested for
//! an unknown one. Shared by `kinerja report` and `kinerja export`.

use std::collections::HashMap;

use super::Failure;
use crate::config::closest_n;
use crate::domain::staff::UnitId;
use crate::domain::text::fold;
use crate::i18n::tf;
use crate::store::unit::Unit;
use crate::store::{Result, Store};

/// How many names an unknown unit suggests at most.
const SUGGESTIONS: usize = 5;

/// What a unit name found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitMatch {
    /// Exactly one unit: its id and name.
    One(UnitId, String),
    /// Several units by that name: their paths ("Dinas Sosial / Seksi Umum").
    Many(Vec<String>),
    /// None: the closest names, best first (maybe none).
    Unknown(Vec<String>),
}

/// A unit's names from the top of the tree down to it.
fn path_of(id: UnitId, by_id: &HashMap<UnitId, &Unit>) -> Vec<String> {
    let mut names = Vec::new();
    let mut next = Some(id);
    while let Some(u) = next.and_then(|i| by_id.get(&i)) {
        names.push(u.fields.name.clone());
        next = u.fields.parent_id;
        if names.len() > 64 {
            break;
        }
    }
    names.reverse();
    names
}

/// Whether the typed name is the unit's name, or the end of its path
/// ("Dinas Sosial / Bidang Rehabilitasi Sosial"), ignoring case, accents
/// and punctuation.
fn matches(query: &str, path: &[String]) -> bool {
    (0..path.len()).any(|start| fold(&path[start..].join(" ")) == query)
}

/// Finds a unit by name. Active units are preferred: an inactive unit is
/// found only when no active one matches.
pub fn find_unit(store: &Store, name: &str) -> Result<UnitMatch> {
    let units = store.units()?;
    let by_id: HashMap<UnitId, &Unit> = units.iter().map(|u| (u.id, u)).collect();
    let query = fold(name);
    let found: Vec<(&Unit, Vec<String>)> = units
        .iter()
        .map(|u| (u, path_of(u.id, &by_id)))
        .filter(|(_, path)| !query.is_empty() && matches(&query, path))
        .collect();
    let active: Vec<&(&Unit, Vec<String>)> = found.iter().filter(|(u, _)| u.active).collect();
    let chosen: Vec<&(&Unit, Vec<String>)> = if active.is_empty() {
        found.iter().collect()
    } else {
        active
    };
    Ok(match chosen.as_slice() {
        [(u, _)] => UnitMatch::One(u.id, u.fields.name.clone()),
        [] => UnitMatch::Unknown(suggest(&query, &units)),
        many => UnitMatch::Many(many.iter().map(|(_, p)| shown_path(p)).collect()),
    })
}

/// A path without the government at its top: "Dinas Sosial / Seksi Umum".
fn shown_path(path: &[String]) -> String {
    let from = usize::from(path.len() > 2);
    path[from..].join(" / ")
}

/// Unit names close to the typed one: names holding every typed word
/// first, then names that look alike.
fn suggest(query: &str, units: &[Unit]) -> Vec<String> {
    let names: Vec<&str> = units
        .iter()
        .filter(|u| u.active)
        .map(|u| u.fields.name.as_str())
        .collect();
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<String> = Vec::new();
    let mut push = |name: &str| {
        if out.len() < SUGGESTIONS && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    };
    if !words.is_empty() {
        for (name, f) in names.iter().zip(&folded) {
            if words
                .iter()
                .all(|w| f.split(' ').any(|fw| fw.starts_with(w)))
            {
                push(name);
            }
        }
    }
    let known: Vec<&str> = folded.iter().map(String::as_str).collect();
    for close in closest_n(query, &known, SUGGESTIONS) {
        if let Some(i) = known.iter().position(|k| *k == close) {
            push(names[i]);
        }
    }
    out
}

/// The unit's id and name, or the failure that says why there is none:
/// exit 1 for an unknown name (with the closest names), 2 for a name that
/// several units share (with their paths, to name the parent too).
pub fn resolve_unit(store: &Store, name: &str) -> std::result::Result<(UnitId, String), Failure> {
    match find_unit(store, name)? {
        UnitMatch::One(id, name) => Ok((id, name)),
        UnitMatch::Unknown(s) if s.is_empty() => Err(Failure::new(
            1,
            tf("cli.unit_unknown_plain", &[("value", &name)]),
        )),
        UnitMatch::Unknown(s) => Err(Failure::new(
            1,
            tf(
                "cli.unit_unknown",
                &[("value", &name), ("suggestions", &quoted(&s))],
            ),
        )),
        UnitMatch::Many(paths) => Err(Failure::new(
            2,
            tf(
                "cli.unit_ambiguous",
                &[
                    ("n", &paths.len()),
                    ("value", &name),
                    ("candidates", &quoted(&paths)),
                    ("example", &paths[0]),
                ],
            ),
        )),
    }
}

/// "“A”, “B”".
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
