//! Staff register queries and writes.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, Transaction, params, params_from_iter};
use serde::Serialize;

use super::{Hierarchy, Result, Store, StoreError, WriteCtx, audit, json};
use crate::domain::hierarchy::check_parent;
use crate::domain::nip::{self, Nip};
use crate::domain::rank::Rank;
use crate::domain::role::Role;
use crate::domain::staff::{
    EmploymentStatus, InactiveReason, PositionKind, Staff, StaffFields, StaffId, StaffKind,
    display_name,
};
use crate::domain::text::fold;

/// Name, NIP and position of a person, for chains and pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffBrief {
    pub id: StaffId,
    pub nip: String,
    pub name: String,
    pub position: String,
}

const STAFF_COLUMNS: &str = "s.id, s.nip, s.kind, s.front_title, s.name, s.back_title, s.rank,
     s.position_kind, s.position_name, s.unit_id, s.supervisor_id, s.status, s.inactive_reason,
     s.inactive_since, s.inactive_note, s.version, s.updated_by, s.updated_at";

fn staff_from_row(r: &Row<'_>) -> rusqlite::Result<Staff> {
    let bad = |i: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown {what}").into(),
        )
    };
    let nip: String = r.get(1)?;
    let kind: String = r.get(2)?;
    let rank: Option<String> = r.get(6)?;
    let pk: String = r.get(7)?;
    let status: String = r.get(11)?;
    let status = if status == "active" {
        EmploymentStatus::Active
    } else {
        let reason: Option<String> = r.get(12)?;
        let since: Option<String> = r.get(13)?;
        EmploymentStatus::Inactive {
            reason: reason
                .as_deref()
                .and_then(InactiveReason::parse)
                .unwrap_or(InactiveReason::Other),
            since: since
                .as_deref()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                .unwrap_or_default(),
            note: r.get(14)?,
        }
    };
    Ok(Staff {
        id: r.get(0)?,
        fields: StaffFields {
            nip: Nip::parse(&nip).map_err(|_| bad(1, "nip"))?,
            kind: StaffKind::parse(&kind).ok_or_else(|| bad(2, "kind"))?,
            front_title: r.get(3)?,
            name: r.get(4)?,
            back_title: r.get(5)?,
            rank: rank.as_deref().and_then(|s| Rank::parse(s).ok()),
            position_kind: PositionKind::parse(&pk).ok_or_else(|| bad(7, "position kind"))?,
            position_name: r.get(8)?,
            unit_id: r.get(9)?,
            supervisor_id: r.get(10)?,
        },
        status,
        version: r.get(15)?,
        updated_by: r.get(16)?,
        updated_at: r.get(17)?,
    })
}

/// The values that the store derives from a record: sort key, search text
/// and NIP warning flags.
pub(crate) fn derived(f: &StaffFields) -> (String, String, u32) {
    let sort_key = fold(&f.name);
    let search = fold(&display_name(&f.front_title, &f.name, &f.back_title));
    let flags = nip::NipWarning::flags(&nip::analyse(&f.nip, f.kind).warnings);
    (sort_key, search, flags)
}

impl Store {
    pub fn get_staff(&self, id: StaffId) -> Result<Staff> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {STAFF_COLUMNS} FROM staff s WHERE s.id = ?1"
            ))?
            .query_row([id], staff_from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "staff",
                id: id.to_string(),
            })
    }

    pub fn staff_by_nip(&self, nip: &Nip) -> Result<Option<Staff>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {STAFF_COLUMNS} FROM staff s WHERE s.nip = ?1"
            ))?
            .query_row([nip.as_str()], staff_from_row)
            .optional()?)
    }

    /// The list order key of a person (their folded name).
    pub fn staff_sort_key(&self, id: StaffId) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT sort_key FROM staff WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    pub fn staff_brief(&self, id: StaffId) -> Result<StaffBrief> {
        self.conn
            .prepare_cached(
                "SELECT id, nip, front_title, name, back_title, position_name
                 FROM staff WHERE id = ?1",
            )?
            .query_row([id], brief_from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "staff",
                id: id.to_string(),
            })
    }

    /// The supervisor chain upwards from the person (atasan langsung first).
    pub fn supervisor_chain(&self, id: StaffId) -> Result<Vec<StaffBrief>> {
        let ids = chain_ids(&self.conn, id)?;
        ids.into_iter().map(|i| self.staff_brief(i)).collect()
    }

    /// Active staff whose direct supervisor this person is.
    pub fn subordinate_count(&self, id: StaffId) -> Result<u64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM staff WHERE supervisor_id = ?1 AND status = 'active'",
            )?
            .query_row([id], |r| r.get::<_, i64>(0))? as u64)
    }

    /// Adds a person to the register.
    pub fn insert_staff(&mut self, f: &StaffFields) -> Result<StaffId> {
        self.require(Role::may_edit_register, "edit_register")?;
        self.check_staff(None, f)?;
        self.write(|tx, ctx| {
            let (sort_key, search, flags) = derived(f);
            let id = insert_staff_row(tx, ctx, f, &sort_key, &search, flags, None)?;
            audit(tx, ctx, "create", "staff", id, None, json(f))?;
            Ok(id)
        })
    }

    /// Changes a person's record; refused when someone else changed it
    /// since `version` was read.
    pub fn update_staff(&mut self, id: StaffId, version: i64, f: &StaffFields) -> Result<()> {
        self.require(Role::may_edit_register, "edit_register")?;
        let before = self.get_staff(id)?;
        check_version(&before, version)?;
        self.check_staff(Some(id), f)?;
        self.write(|tx, ctx| {
            let (sort_key, search, flags) = derived(f);
            let n = tx.prepare_cached(
                "UPDATE staff SET nip = ?1, kind = ?2, front_title = ?3, name = ?4, back_title = ?5,
                    rank = ?6, position_kind = ?7, position_name = ?8, unit_id = ?9,
                    supervisor_id = ?10, nip_flags = ?11, sort_key = ?12, search_text = ?13,
                    version = version + 1, updated_at = ?14, updated_by = ?15
                 WHERE id = ?16 AND version = ?17",
            )?
            .execute(params_from_iter(field_values(f).into_iter().chain([
                Value::Integer(flags.into()),
                Value::Text(sort_key),
                Value::Text(search),
                Value::Text(ctx.now.clone()),
                Value::Text(ctx.user.to_string()),
                Value::Integer(id),
                Value::Integer(version),
            ])))?;
            stale_if_zero(tx, "staff", id, n)?;
            audit(tx, ctx, "update", "staff", id, json(&before), json(f))?;
            Ok(())
        })
    }

    /// Marks a person nonaktif with a reason and a date. Nothing is deleted.
    pub fn deactivate_staff(
        &mut self,
        id: StaffId,
        version: i64,
        reason: InactiveReason,
        since: NaiveDate,
        note: &str,
    ) -> Result<()> {
        self.require(Role::may_edit_register, "edit_register")?;
        let before = self.get_staff(id)?;
        check_version(&before, version)?;
        let after = EmploymentStatus::Inactive {
            reason,
            since,
            note: note.to_string(),
        };
        self.set_status(id, version, &before, &after, "deactivate")
    }

    /// Makes a nonaktif person aktif again (an admin correction).
    pub fn reactivate_staff(&mut self, id: StaffId, version: i64) -> Result<()> {
        self.require(Role::may_reactivate, "reactivate")?;
        let before = self.get_staff(id)?;
        check_version(&before, version)?;
        self.set_status(
            id,
            version,
            &before,
            &EmploymentStatus::Active,
            "reactivate",
        )
    }

    fn set_status(
        &mut self,
        id: StaffId,
        version: i64,
        before: &Staff,
        after: &EmploymentStatus,
        action: &str,
    ) -> Result<()> {
        self.write(|tx, ctx| {
            let (status, reason, since, note) = match after {
                EmploymentStatus::Active => ("active", None, None, String::new()),
                EmploymentStatus::Inactive {
                    reason,
                    since,
                    note,
                } => (
                    "inactive",
                    Some(reason.code()),
                    Some(since.format("%Y-%m-%d").to_string()),
                    note.clone(),
                ),
            };
            let n = tx
                .prepare_cached(
                    "UPDATE staff SET status = ?1, inactive_reason = ?2, inactive_since = ?3,
                    inactive_note = ?4, version = version + 1, updated_at = ?5, updated_by = ?6
                 WHERE id = ?7 AND version = ?8",
                )?
                .execute(params![
                    status, reason, since, note, ctx.now, ctx.user, id, version
                ])?;
            stale_if_zero(tx, "staff", id, n)?;
            audit(
                tx,
                ctx,
                action,
                "staff",
                id,
                json(&before.status),
                json(after),
            )?;
            Ok(())
        })
    }

    /// Refusals that need the data: a NIP someone else has, a unit that
    /// does not exist, a supervisor loop.
    fn check_staff(&self, id: Option<StaffId>, f: &StaffFields) -> Result<()> {
        if let Some(holder) = self.staff_by_nip(&f.nip)?
            && Some(holder.id) != id
        {
            return Err(StoreError::DuplicateNip {
                nip: f.nip.grouped(),
                holder: holder.display_name(),
            });
        }
        let unit_exists: bool = self
            .conn
            .prepare_cached("SELECT 1 FROM unit WHERE id = ?1")?
            .exists([f.unit_id])?;
        if !unit_exists {
            return Err(StoreError::NotFound {
                entity: "unit",
                id: f.unit_id.to_string(),
            });
        }
        if let Some(sup) = f.supervisor_id {
            self.staff_brief(sup)?;
            if let Some(me) = id {
                let ancestors = chain_ids(&self.conn, sup)?;
                check_parent(me, Some(sup), ancestors).map_err(|error| StoreError::Hierarchy {
                    which: Hierarchy::Supervisor,
                    error,
                })?;
            }
        }
        Ok(())
    }
}

/// The name with gelar from three columns (front title, name, back title)
/// starting at `first`.
pub(crate) fn name_at(r: &Row<'_>, first: usize) -> rusqlite::Result<String> {
    Ok(display_name(
        &r.get::<_, String>(first)?,
        &r.get::<_, String>(first + 1)?,
        &r.get::<_, String>(first + 2)?,
    ))
}

/// The ten editable columns of a staff row, in table order from `nip` to
/// `supervisor_id`.
fn field_values(f: &StaffFields) -> [Value; 10] {
    let text = |s: &str| Value::Text(s.to_string());
    [
        text(f.nip.as_str()),
        text(f.kind.code()),
        text(&f.front_title),
        text(&f.name),
        text(&f.back_title),
        f.rank.map_or(Value::Null, |r| Value::Text(r.code())),
        text(f.position_kind.code()),
        text(&f.position_name),
        Value::Integer(f.unit_id),
        f.supervisor_id.map_or(Value::Null, Value::Integer),
    ]
}

pub(crate) fn brief_from_row(r: &Row<'_>) -> rusqlite::Result<StaffBrief> {
    Ok(StaffBrief {
        id: r.get(0)?,
        nip: r.get(1)?,
        name: name_at(r, 2)?,
        position: r.get(5)?,
    })
}

/// Ids of the supervisors above `id`, nearest first (bounded, so corrupt
/// data with a loop cannot hang).
fn chain_ids(conn: &rusqlite::Connection, id: StaffId) -> Result<Vec<StaffId>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE chain(id, depth) AS (
             SELECT supervisor_id, 1 FROM staff WHERE id = ?1
             UNION ALL
             SELECT s.supervisor_id, c.depth + 1 FROM staff s JOIN chain c ON s.id = c.id
             WHERE c.depth < 64
         )
         SELECT id FROM chain WHERE id IS NOT NULL ORDER BY depth",
    )?;
    let ids = stmt.query_map([id], |r| r.get(0))?;
    Ok(ids.collect::<Result<Vec<_>, _>>()?)
}

pub(crate) fn insert_staff_row(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    f: &StaffFields,
    sort_key: &str,
    search: &str,
    flags: u32,
    status: Option<&EmploymentStatus>,
) -> Result<StaffId> {
    let (st, reason, since, note) = match status {
        None | Some(EmploymentStatus::Active) => ("active", None, None, ""),
        Some(EmploymentStatus::Inactive {
            reason,
            since,
            note,
        }) => (
            "inactive",
            Some(reason.code()),
            Some(since.format("%Y-%m-%d").to_string()),
            note.as_str(),
        ),
    };
    tx.prepare_cached(
        "INSERT INTO staff(nip, kind, front_title, name, back_title, rank, position_kind,
            position_name, unit_id, supervisor_id, status, inactive_reason, inactive_since,
            inactive_note, nip_flags, sort_key, search_text,
            created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?18, ?19)",
    )?
    .execute(params_from_iter(field_values(f).into_iter().chain([
        Value::Text(st.to_string()),
        reason.map_or(Value::Null, |r| Value::Text(r.to_string())),
        since.map_or(Value::Null, Value::Text),
        Value::Text(note.to_string()),
        Value::Integer(flags.into()),
        Value::Text(sort_key.to_string()),
        Value::Text(search.to_string()),
        Value::Text(ctx.now.clone()),
        Value::Text(ctx.user.to_string()),
    ])))?;
    Ok(tx.last_insert_rowid())
}

fn check_version(current: &Staff, version: i64) -> Result<()> {
    if current.version != version {
        return Err(StoreError::Stale {
            who: current.updated_by.clone(),
            when: super::local_time(&current.updated_at),
        });
    }
    Ok(())
}

/// Turns "no row updated" into a stale-update refusal naming who changed
/// the row and when.
pub(crate) fn stale_if_zero(
    tx: &Transaction<'_>,
    table: &'static str,
    id: impl rusqlite::ToSql + ToString,
    n: usize,
) -> Result<()> {
    if n > 0 {
        return Ok(());
    }
    let sql = format!("SELECT updated_by, updated_at FROM {table} WHERE rowid = ?1");
    let row: Option<(String, String)> = tx
        .query_row(&sql, [&id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Err(match row {
        Some((who, when)) => StoreError::Stale {
            who,
            when: super::local_time(&when),
        },
        None => StoreError::NotFound {
            entity: table,
            id: id.to_string(),
        },
    })
}
