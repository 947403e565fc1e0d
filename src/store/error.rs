//! Store errors. Each one renders as a message that names the problem and
//! the fix; none of them means that anything already saved was lost.

use std::path::PathBuf;

use crate::domain::hierarchy::HierarchyError;
use crate::domain::role::Role;
use crate::domain::staff::FieldError;
use crate::i18n::{t, tf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", tf("store.not_found", &[("entity", &t(&format!("entity.{entity}"))), ("id", id)]))]
    NotFound { entity: &'static str, id: String },

    #[error("{}", tf("store.stale", &[("who", who), ("when", when)]))]
    Stale { who: String, when: String },

    #[error("{}", tf("store.duplicate_nip", &[("nip", nip), ("holder", holder)]))]
    DuplicateNip { nip: String, holder: String },

    #[error("{}", tf("store.permission", &[("role", &role.label()), ("action", &t(&format!("permission.{action}")))]))]
    Permission { role: Role, action: &'static str },

    #[error("{}", t("store.read_only"))]
    ReadOnly,

    #[error("{}", tf("store.locked", &[("secs", &format!("{:.1}", *waited_ms as f64 / 1000.0))]))]
    Locked { waited_ms: u64 },

    #[error("{}", tf("store.not_sqlite", &[("path", &path.display())]))]
    NotSqlite { path: PathBuf },

    #[error("{}", tf("store.not_kinerja", &[("path", &path.display())]))]
    NotKinerja { path: PathBuf },

    #[error("{}", tf("store.too_new", &[("path", &path.display()), ("found", found), ("supported", supported)]))]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{}", tf("store.corrupt", &[("path", &path.display()), ("detail", detail)]))]
    Corrupt { path: PathBuf, detail: String },

    #[error("{}", tf("store.missing_dir", &[("dir", &dir.display())]))]
    MissingDir { dir: PathBuf },

    #[error("{}", tf("store.missing_file", &[("path", &path.display())]))]
    MissingFile { path: PathBuf },

    #[error("{}", tf("store.io", &[("path", &path.display()), ("detail", &source)]))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}", hierarchy_message(*which, *error))]
    Hierarchy {
        which: Hierarchy,
        error: HierarchyError,
    },

    #[error("{}", errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" "))]
    Invalid { errors: Vec<FieldError> },

    #[error("{}", tf("store.unit_in_use", &[("staff", staff), ("units", units)]))]
    UnitInUse { staff: u64, units: u64 },

    #[error("{}", tf("store.period_final", &[("who", who), ("when", when)]))]
    PeriodFinal { who: String, when: String },

    #[error("{message}")]
    Denied { message: String },

    #[error("{}", t("store.last_admin"))]
    LastAdmin,

    #[error("{}", tf("store.sqlite", &[("detail", &source)]))]
    Sqlite {
        #[from]
        source: rusqlite::Error,
    },
}

/// Which tree a hierarchy error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hierarchy {
    Unit,
    Supervisor,
}

fn hierarchy_message(which: Hierarchy, error: HierarchyError) -> String {
    let key = match (which, error) {
        (Hierarchy::Unit, HierarchyError::SelfReference) => "store.unit_self_parent",
        (Hierarchy::Unit, HierarchyError::Cycle) => "store.unit_cycle",
        (Hierarchy::Supervisor, HierarchyError::SelfReference) => "store.supervisor_self",
        (Hierarchy::Supervisor, HierarchyError::Cycle) => "store.supervisor_cycle",
    };
    t(key)
}

impl StoreError {
    /// The form field this error belongs to, when there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            StoreError::DuplicateNip { .. } => Some("nip"),
            StoreError::Hierarchy {
                which: Hierarchy::Unit,
                ..
            } => Some("parent"),
            StoreError::Hierarchy {
                which: Hierarchy::Supervisor,
                ..
            } => Some("supervisor"),
            _ => None,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
