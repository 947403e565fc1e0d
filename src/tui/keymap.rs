//! Keys are data: embedded defaults, user overrides in TOML, conflicts
//! detected per context. Help, hints and the palette read this map.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::config::closest;
use crate::i18n::tf;

const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// A key with its modifiers, normalised so that "G" and shift-g are one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    code: KeyCodeOrd,
    ctrl: bool,
    alt: bool,
}

/// `KeyCode` with the subset of codes kinerja binds, ordered for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum KeyCodeOrd {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Insert,
    Delete,
    Backspace,
}

impl Key {
    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        use KeyCodeOrd as K;
        let code = match ev.code {
            KeyCode::Char(c) => K::Char(c),
            KeyCode::F(n) => K::F(n),
            KeyCode::Enter => K::Enter,
            KeyCode::Esc => K::Esc,
            KeyCode::Tab if ev.modifiers.contains(KeyModifiers::SHIFT) => K::BackTab,
            KeyCode::Tab => K::Tab,
            KeyCode::BackTab => K::BackTab,
            KeyCode::Up => K::Up,
            KeyCode::Down => K::Down,
            KeyCode::Left => K::Left,
            KeyCode::Right => K::Right,
            KeyCode::PageUp => K::PageUp,
            KeyCode::PageDown => K::PageDown,
            KeyCode::Home => K::Home,
            KeyCode::End => K::End,
            KeyCode::Insert => K::Insert,
            KeyCode::Delete => K::Delete,
            KeyCode::Backspace => K::Backspace,
            _ => return None,
        };
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let code = match code {
            // Terminals send ctrl-letters in either case.
            K::Char(c) if ctrl => K::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Some(Key {
            code,
            ctrl,
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        })
    }

    /// A printable character without ctrl or alt: text for a text field.
    pub fn printable(&self) -> Option<char> {
        match self.code {
            KeyCodeOrd::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }

    pub fn parse(s: &str) -> Option<Key> {
        use KeyCodeOrd as K;
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if lower.starts_with("ctrl-") && rest.len() > 5 {
                ctrl = true;
                rest = &rest[5..];
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => K::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" => K::Enter,
                "esc" => K::Esc,
                "tab" => K::Tab,
                "backtab" => K::BackTab,
                "up" => K::Up,
                "down" => K::Down,
                "left" => K::Left,
                "right" => K::Right,
                "pageup" => K::PageUp,
                "pagedown" => K::PageDown,
                "home" => K::Home,
                "end" => K::End,
                "insert" => K::Insert,
                "delete" => K::Delete,
                "backspace" => K::Backspace,
                "space" => K::Char(' '),
                f if f.starts_with('f') => {
                    let n: u8 = f[1..].parse().ok()?;
                    if !(1..=12).contains(&n) {
                        return None;
                    }
                    K::F(n)
                }
                _ => return None,
            },
        };
        Some(Key { code, ctrl, alt })
    }

    /// How the key is shown in hints and help: "Ctrl-S", "PgDn", "?".
    pub fn display(&self) -> String {
        use KeyCodeOrd as K;
        let base = match self.code {
            K::Char(' ') => "Spasi".to_string(),
            K::Char(c) if self.ctrl || self.alt => c.to_ascii_uppercase().to_string(),
            K::Char(c) => c.to_string(),
            K::F(n) => format!("F{n}"),
            K::Enter => "Enter".into(),
            K::Esc => "Esc".into(),
            K::Tab => "Tab".into(),
            K::BackTab => "Shift-Tab".into(),
            K::Up => "↑".into(),
            K::Down => "↓".into(),
            K::Left => "←".into(),
            K::Right => "→".into(),
            K::PageUp => "PgUp".into(),
            K::PageDown => "PgDn".into(),
            K::Home => "Home".into(),
            K::End => "End".into(),
            K::Insert => "Ins".into(),
            K::Delete => "Del".into(),
            K::Backspace => "Backspace".into(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (false, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

/// Where input goes: each context has its own keys plus the ones it inherits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Text,
    Search,
    Form,
    Picker,
    Confirm,
    Overlay,
    /// The results grid, not editing: printable keys start editing.
    Grid,
    /// A results grid cell being edited.
    Cell,
    /// The assessment form: ratings, feedback, finalising.
    Assess,
}

impl Context {
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::List,
        Context::Text,
        Context::Search,
        Context::Form,
        Context::Picker,
        Context::Confirm,
        Context::Overlay,
        Context::Grid,
        Context::Cell,
        Context::Assess,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Text => "text",
            Context::Search => "search",
            Context::Form => "form",
            Context::Picker => "picker",
            Context::Confirm => "confirm",
            Context::Overlay => "overlay",
            Context::Grid => "grid",
            Context::Cell => "cell",
            Context::Assess => "assess",
        }
    }

    fn from_name(s: &str) -> Option<Context> {
        Self::ALL.into_iter().find(|c| c.name() == s)
    }

    /// The layers looked up for input in this context, most specific first.
    pub fn chain(self) -> &'static [Context] {
        match self {
            Context::Global => &[Context::Global],
            Context::List => &[Context::List, Context::Global],
            Context::Text => &[Context::Text, Context::Global],
            Context::Search => &[Context::Search, Context::Text, Context::Global],
            Context::Form => &[Context::Form, Context::Text, Context::Global],
            Context::Picker => &[Context::Picker, Context::Text, Context::Global],
            Context::Confirm => &[Context::Confirm, Context::Global],
            Context::Overlay => &[Context::Overlay, Context::Global],
            Context::Grid => &[Context::Grid, Context::Global],
            Context::Cell => &[Context::Cell, Context::Text, Context::Global],
            Context::Assess => &[Context::Assess, Context::Text, Context::Global],
        }
    }

    /// Whether text is typed here, so letters must stay letters.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Global
                | Context::Text
                | Context::Search
                | Context::Form
                | Context::Picker
                | Context::Grid
                | Context::Cell
                | Context::Assess
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("{}", tf("keymap.parse", &[("path", &path.display()), ("detail", detail)]))]
    Parse { path: PathBuf, detail: String },
    #[error("{}", tf("keymap.unknown_context", &[("path", &path.display()), ("context", context), ("known", &Context::ALL.map(|c| c.name()).join(", "))]))]
    UnknownContext { path: PathBuf, context: String },
    #[error("{}", tf("keymap.unknown_action", &[("path", &path.display()), ("context", context), ("action", action), ("suggestion", suggestion)]))]
    UnknownAction {
        path: PathBuf,
        context: String,
        action: String,
        suggestion: String,
    },
    #[error("{}", tf("keymap.bad_key", &[("path", &path.display()), ("context", context), ("action", action), ("key", key)]))]
    BadKey {
        path: PathBuf,
        context: String,
        action: String,
        key: String,
    },
    #[error("{}", tf("keymap.letter_in_text", &[("path", &path.display()), ("context", context), ("action", action), ("key", key)]))]
    LetterInText {
        path: PathBuf,
        context: String,
        action: String,
        key: String,
    },
    #[error("{}", tf("keymap.conflict", &[("path", &path.display()), ("context", context), ("key", key), ("first", first), ("second", second)]))]
    Conflict {
        path: PathBuf,
        context: String,
        key: String,
        first: String,
        second: String,
    },
}

/// The live keymap.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// Keys of each action, per context layer.
    layers: BTreeMap<Context, BTreeMap<Action, Vec<Key>>>,
    /// Resolved lookup: (context, key) → action, over each context's chain.
    lookup: HashMap<(Context, Key), Action>,
}

type RawKeymap = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Default for Keymap {
    fn default() -> Self {
        Keymap::with_overrides(None, Path::new("keymap.toml")).expect("default keymap is valid")
    }
}

impl Keymap {
    /// Reads user overrides from a file; a missing file means none.
    pub fn load(path: &Path) -> Result<Keymap, KeymapError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Keymap::with_overrides(Some(&text), path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::default()),
            Err(e) => Err(KeymapError::Parse {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }),
        }
    }

    /// The defaults with `overrides` (TOML text) applied: an action named
    /// there gets exactly the keys given.
    pub fn with_overrides(overrides: Option<&str>, path: &Path) -> Result<Keymap, KeymapError> {
        let mut layers = BTreeMap::new();
        let defaults: RawKeymap = toml::from_str(DEFAULT_KEYMAP).expect("embedded keymap parses");
        apply(&mut layers, &defaults, Path::new("assets/keymap.toml"))?;
        if let Some(text) = overrides {
            let raw: RawKeymap = toml::from_str(text).map_err(|e| KeymapError::Parse {
                path: path.to_path_buf(),
                detail: e.message().trim().to_string(),
            })?;
            apply(&mut layers, &raw, path)?;
        }
        let lookup = resolve(&layers, path)?;
        Ok(Keymap { layers, lookup })
    }

    /// The action a key means in a context, if any.
    pub fn action(&self, ctx: Context, key: &Key) -> Option<Action> {
        self.lookup.get(&(ctx, *key)).copied()
    }

    /// The keys that trigger an action in a context (its chain included).
    pub fn keys(&self, ctx: Context, action: Action) -> Vec<Key> {
        ctx.chain()
            .iter()
            .filter_map(|c| self.layers.get(c).and_then(|l| l.get(&action)))
            .flatten()
            .copied()
            .collect()
    }

    /// "Ctrl-S" style text of the first key of an action, for hints.
    pub fn hint(&self, ctx: Context, action: Action) -> Option<String> {
        self.keys(ctx, action).first().map(Key::display)
    }

    /// Every action reachable in a context with its keys, for help and
    /// the command palette.
    pub fn bindings(&self, ctx: Context) -> Vec<(Action, Vec<Key>)> {
        let mut out: BTreeMap<Action, Vec<Key>> = BTreeMap::new();
        for c in ctx.chain() {
            if let Some(layer) = self.layers.get(c) {
                for (a, keys) in layer {
                    out.entry(*a).or_default().extend(keys.iter().copied());
                }
            }
        }
        out.into_iter().filter(|(_, k)| !k.is_empty()).collect()
    }
}

fn apply(
    layers: &mut BTreeMap<Context, BTreeMap<Action, Vec<Key>>>,
    raw: &RawKeymap,
    path: &Path,
) -> Result<(), KeymapError> {
    for (ctx_name, actions) in raw {
        let ctx = Context::from_name(ctx_name).ok_or_else(|| KeymapError::UnknownContext {
            path: path.to_path_buf(),
            context: ctx_name.clone(),
        })?;
        for (action_name, keys) in actions {
            let action =
                Action::from_name(action_name).ok_or_else(|| KeymapError::UnknownAction {
                    path: path.to_path_buf(),
                    context: ctx_name.clone(),
                    action: action_name.clone(),
                    suggestion: closest(
                        action_name,
                        &Action::ALL.iter().map(|a| a.name()).collect::<Vec<_>>(),
                    )
                    .unwrap_or("?")
                    .to_string(),
                })?;
            let mut parsed = Vec::new();
            for k in keys {
                let key = Key::parse(k).ok_or_else(|| KeymapError::BadKey {
                    path: path.to_path_buf(),
                    context: ctx_name.clone(),
                    action: action_name.clone(),
                    key: k.clone(),
                })?;
                if ctx.takes_text() && key.printable().is_some() {
                    return Err(KeymapError::LetterInText {
                        path: path.to_path_buf(),
                        context: ctx_name.clone(),
                        action: action_name.clone(),
                        key: k.clone(),
                    });
                }
                parsed.push(key);
            }
            layers.entry(ctx).or_default().insert(action, parsed);
        }
    }
    Ok(())
}

fn resolve(
    layers: &BTreeMap<Context, BTreeMap<Action, Vec<Key>>>,
    path: &Path,
) -> Result<HashMap<(Context, Key), Action>, KeymapError> {
    let mut lookup = HashMap::new();
    for ctx in Context::ALL {
        let mut seen: HashMap<Key, Action> = HashMap::new();
        for layer in ctx.chain() {
            let Some(actions) = layers.get(layer) else {
                continue;
            };
            for (action, keys) in actions {
                for key in keys {
                    match seen.get(key) {
                        Some(other) if other != action => {
                            return Err(KeymapError::Conflict {
                                path: path.to_path_buf(),
                                context: ctx.name().to_string(),
                                key: key.display(),
                                first: other.name().to_string(),
                                second: action.name().to_string(),
                            });
                        }
                        _ => {
                            seen.insert(*key, *action);
                            lookup.insert((ctx, *key), *action);
                        }
                    }
                }
            }
        }
    }
    Ok(lookup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn ev(code: KeyCode, m: KeyModifiers) -> Key {
        Key::from_event(&KeyEvent::new(code, m)).unwrap()
    }

    #[test]
    fn defaults_resolve_without_conflicts() {
        let k = Keymap::default();
        assert_eq!(
            k.action(Context::List, &ev(KeyCode::Char('a'), KeyModifiers::NONE)),
            Some(Action::Add)
        );
        assert_eq!(
            k.action(
                Context::Form,
                &ev(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        // Letters stay letters while typing.
        assert_eq!(
            k.action(Context::Form, &ev(KeyCode::Char('a'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            k.action(Context::List, &ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Last)
        );
        assert_eq!(
            k.action(Context::Form, &ev(KeyCode::Tab, KeyModifiers::SHIFT)),
            Some(Action::PrevField)
        );
        assert_eq!(
            k.hint(Context::Form, Action::Save).as_deref(),
            Some("Ctrl-S")
        );
    }

    #[test]
    fn overrides_replace_the_keys_of_an_action() {
        let k =
            Keymap::with_overrides(Some("[list]\nadd = [\"=\"]\n"), Path::new("k.toml")).unwrap();
        assert_eq!(
            k.action(Context::List, &ev(KeyCode::Char('='), KeyModifiers::NONE)),
            Some(Action::Add)
        );
        assert_eq!(
            k.action(Context::List, &ev(KeyCode::Char('a'), KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn unknown_actions_contexts_and_keys_are_named() {
        let e = Keymap::with_overrides(Some("[list]\neditt = [\"+\"]\n"), Path::new("/h/k.toml"))
            .unwrap_err();
        assert!(
            matches!(&e, KeymapError::UnknownAction { action, suggestion, .. }
            if action == "editt" && suggestion == "edit")
        );
        assert!(e.to_string().contains("/h/k.toml"));
        let e = Keymap::with_overrides(Some("[lists]\nadd = [\"+\"]\n"), Path::new("k.toml"))
            .unwrap_err();
        assert!(matches!(e, KeymapError::UnknownContext { .. }));
        let e = Keymap::with_overrides(Some("[list]\nadd = [\"hyper-x\"]\n"), Path::new("k.toml"))
            .unwrap_err();
        assert!(matches!(e, KeymapError::BadKey { .. }));
        let e = Keymap::with_overrides(Some("[form]\nsave = [\"s\"]\n"), Path::new("k.toml"))
            .unwrap_err();
        assert!(matches!(e, KeymapError::LetterInText { .. }));
    }

    #[test]
    fn clashes_are_refused_with_both_actions_named() {
        let e = Keymap::with_overrides(Some("[list]\nadd = [\"e\"]\n"), Path::new("k.toml"))
            .unwrap_err();
        match e {
            KeymapError::Conflict {
                key, first, second, ..
            } => {
                assert_eq!(key, "e");
                let mut pair = [first, second];
                pair.sort();
                assert_eq!(pair, ["add".to_string(), "edit".to_string()]);
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        // A clash with an inherited layer counts too.
        let e = Keymap::with_overrides(Some("[form]\nsave = [\"ctrl-q\"]\n"), Path::new("k.toml"))
            .unwrap_err();
        assert!(matches!(e, KeymapError::Conflict { .. }));
    }

    #[test]
    fn keys_parse_and_display() {
        for (s, shown) in [
            ("ctrl-s", "Ctrl-S"),
            ("f2", "F2"),
            ("pagedown", "PgDn"),
            ("?", "?"),
            ("alt-down", "Alt-↓"),
            ("backtab", "Shift-Tab"),
        ] {
            assert_eq!(Key::parse(s).unwrap().display(), shown);
        }
        assert!(Key::parse("f13").is_none());
        assert!(Key::parse("").is_none());
    }
}
