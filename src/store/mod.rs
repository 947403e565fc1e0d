//! The only module that speaks SQL.
//!
//! One [`Store`] owns one SQLite connection. Every write is one immediate
//! transaction that also appends to the append-only audit log, and is checked
//! against the role of the OS user who makes it.

pub mod actual;
pub mod assessment;
mod error;
pub mod evaluation;
pub mod export;
pub mod import;
pub mod import_assessments;
mod open;
pub mod plan;
pub mod report;
pub mod report_summary;
pub mod rollup;
pub mod setting;
pub mod staff;
pub mod staff_list;
pub mod summary;
pub mod unit;
pub mod users;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior, params};
use serde::Serialize;

pub use error::{Hierarchy, Result, StoreError};
pub use open::{OpenOptions, OpenWarning};

use crate::clock::Clock;
use crate::domain::role::Role;
use crate::domain::staff::StaffId;

/// `PRAGMA application_id` of every kinerja database ("KNRJ").
pub const APPLICATION_ID: i64 = 0x4B4E_524A;

/// Who is using the store: the OS user and the role mapped to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub os_user: String,
    pub role: Role,
    /// The staff record of a supervisor, when linked.
    pub staff_id: Option<StaffId>,
    /// False when the OS user is not in the user table (they get Viewer).
    pub known: bool,
}

pub struct Store {
    conn: Connection,
    actor: Actor,
    read_only: bool,
    clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
    busy_timeout: Duration,
    warnings: Vec<OpenWarning>,
    /// The last full-text count: (query, data version, count).
    fts_cache: std::cell::RefCell<Option<(String, i64, u64)>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("actor", &self.actor)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

/// What a write needs to know: when and by whom.
pub(crate) struct WriteCtx<'a> {
    pub now: String,
    pub user: &'a str,
}

impl Store {
    pub fn actor(&self) -> &Actor {
        &self.actor
    }
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
    pub fn warnings(&self) -> &[OpenWarning] {
        &self.warnings
    }
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// The organisation's name ("Pemerintah Kabupaten …"), if set.
    pub fn organisation(&self) -> Result<Option<String>> {
        self.meta("organisation")
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&mut self, key: &str, value: &str) -> Result<()> {
        self.require(Role::may_edit_register, "edit_register")?;
        let before = self.meta(key)?;
        self.write(|tx, ctx| {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            audit(
                tx,
                ctx,
                "set",
                "meta",
                key,
                before.as_deref().and_then(json),
                json(value),
            )?;
            Ok(())
        })
    }

    /// Refuses a write the actor's role does not allow, or any write on a
    /// read-only database.
    pub(crate) fn require(&self, allowed: fn(Role) -> bool, action: &'static str) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        if !allowed(self.actor.role) {
            return Err(StoreError::Permission {
                role: self.actor.role,
                action,
            });
        }
        Ok(())
    }

    /// Runs `f` in one immediate transaction; commits only if it succeeds.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &WriteCtx<'_>) -> Result<T>,
    ) -> Result<T> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        let waited_ms = self.busy_timeout.as_millis() as u64;
        let ctx = WriteCtx {
            now: timestamp(self.clock.now()),
            user: &self.actor.os_user,
        };
        self.fts_cache.replace(None);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| busy_or(e, waited_ms))?;
        let out = f(&tx, &ctx)
            .and_then(|out| rollup::flush(&tx).map(|_| out))
            .map_err(|e| match e {
                StoreError::Sqlite { source } => busy_or(source, waited_ms),
                other => other,
            })?;
        tx.commit().map_err(|e| busy_or(e, waited_ms))?;
        Ok(out)
    }

    /// The audit rows of one entity, oldest first (for history views and tests).
    pub fn audit_trail(&self, entity: &str, entity_id: &str) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, os_user, action, entity, entity_id, before_json, after_json
             FROM audit_log WHERE entity = ?1 AND entity_id = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![entity, entity_id], |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                os_user: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                entity_id: r.get(5)?,
                before: r.get(6)?,
                after: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Runs `sql` directly; only for tests that must prove the database
    /// itself refuses something (such as editing the audit log).
    #[doc(hidden)]
    pub fn execute_raw_for_tests(&self, sql: &str) -> Result<usize> {
        Ok(self.conn.execute(sql, [])?)
    }
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub os_user: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

fn busy_or(e: rusqlite::Error, waited_ms: u64) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            StoreError::Locked { waited_ms }
        }
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
        _ => StoreError::Sqlite { source: e },
    }
}

/// Timestamps are stored as RFC 3339 UTC with seconds.
pub(crate) fn timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Shows a stored timestamp in the user's local time, "2026-11-22 14:05".
pub fn local_time(stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| stored.to_string())
}

/// Serialises a record for the audit log.
pub(crate) fn json<T: Serialize + ?Sized>(v: &T) -> Option<String> {
    Some(serde_json::to_string(v).unwrap_or_else(|_| "null".into()))
}

/// Appends one audit row inside the caller's transaction. `before` and
/// `after` are JSON (see [`json`]).
pub(crate) fn audit(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    action: &str,
    entity: &str,
    entity_id: impl ToString,
    before: Option<String>,
    after: Option<String>,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO audit_log(at, os_user, action, entity, entity_id, before_json, after_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        ctx.now,
        ctx.user,
        action,
        entity,
        entity_id.to_string(),
        before,
        after
    ])?;
    Ok(())
}
