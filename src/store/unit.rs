//! The unit tree: queries and writes.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

use super::staff::stale_if_zero;
use super::{Hierarchy, Result, Store, StoreError, WriteCtx, audit, json};
use crate::domain::hierarchy::check_parent;
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, UnitId};
use crate::domain::text::fold;
use crate::domain::unit::{UnitFields, UnitKind};

/// A unit as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    pub id: UnitId,
    #[serde(flatten)]
    pub fields: UnitFields,
    pub active: bool,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: String,
    /// The head's name with gelar, for display.
    #[serde(skip)]
    pub head_name: Option<String>,
}

/// Active and all staff directly in a unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnitCounts {
    pub active: u64,
    pub total: u64,
}

const UNIT_COLUMNS: &str = "u.id, u.parent_id, u.name, u.kind, u.head_id, u.active, u.version,
     u.updated_by, u.updated_at, s.front_title, s.name, s.back_title";
const UNIT_FROM: &str = "unit u LEFT JOIN staff s ON s.id = u.head_id";

fn unit_from_row(r: &Row<'_>) -> rusqlite::Result<Unit> {
    let kind: String = r.get(3)?;
    Ok(Unit {
        id: r.get(0)?,
        fields: UnitFields {
            parent_id: r.get(1)?,
            name: r.get(2)?,
            kind: UnitKind::parse(&kind).unwrap_or(UnitKind::Other),
            head_id: r.get(4)?,
        },
        active: r.get(5)?,
        version: r.get(6)?,
        updated_by: r.get(7)?,
        updated_at: r.get(8)?,
        head_name: match r.get::<_, Option<String>>(10)? {
            Some(name) => Some(crate::domain::staff::display_name(
                &r.get::<_, String>(9)?,
                &name,
                &r.get::<_, String>(11)?,
            )),
            None => None,
        },
    })
}

impl Store {
    /// Every unit, active or not, in name order. A government has a few
    /// thousand units at most, so the tree is built in memory.
    pub fn units(&self) -> Result<Vec<Unit>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {UNIT_COLUMNS} FROM {UNIT_FROM} ORDER BY u.sort_key, u.id"
        ))?;
        let rows = stmt.query_map([], unit_from_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    pub fn get_unit(&self, id: UnitId) -> Result<Unit> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {UNIT_COLUMNS} FROM {UNIT_FROM} WHERE u.id = ?1"
            ))?
            .query_row([id], unit_from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "unit",
                id: id.to_string(),
            })
    }

    /// Staff counts per unit (only the unit itself, not its subtree).
    pub fn unit_staff_counts(&self) -> Result<HashMap<UnitId, UnitCounts>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT unit_id, sum(status = 'active'), count(*) FROM staff GROUP BY unit_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                UnitCounts {
                    active: r.get::<_, i64>(1)? as u64,
                    total: r.get::<_, i64>(2)? as u64,
                },
            ))
        })?;
        Ok(rows.collect::<Result<HashMap<_, _>, _>>()?)
    }

    pub fn insert_unit(&mut self, f: &UnitFields) -> Result<UnitId> {
        self.require(Role::may_edit_register, "edit_register")?;
        self.check_unit_refs(f)?;
        self.write(|tx, ctx| {
            let id = insert_unit_row(tx, ctx, f)?;
            audit(tx, ctx, "create", "unit", id, None, json(f))?;
            Ok(id)
        })
    }

    /// Renames, re-kinds or moves a unit. Moving keeps its whole subtree
    /// with it and refuses to move a unit below itself.
    pub fn update_unit(&mut self, id: UnitId, version: i64, f: &UnitFields) -> Result<()> {
        self.require(Role::may_edit_register, "edit_register")?;
        let before = self.get_unit(id)?;
        if before.version != version {
            return Err(StoreError::Stale {
                who: before.updated_by,
                when: super::local_time(&before.updated_at),
            });
        }
        self.check_unit_refs(f)?;
        let ancestors = match f.parent_id {
            Some(p) if p != id => self.unit_ancestors(p)?,
            _ => Vec::new(),
        };
        check_parent(id, f.parent_id, ancestors).map_err(|error| StoreError::Hierarchy {
            which: Hierarchy::Unit,
            error,
        })?;
        self.write(|tx, ctx| {
            let n = tx
                .prepare_cached(
                    "UPDATE unit SET parent_id = ?1, name = ?2, kind = ?3, head_id = ?4,
                        sort_key = ?5, version = version + 1, updated_at = ?6, updated_by = ?7
                     WHERE id = ?8 AND version = ?9",
                )?
                .execute(params![
                    f.parent_id,
                    f.name,
                    f.kind.code(),
                    f.head_id,
                    fold(&f.name),
                    ctx.now,
                    ctx.user,
                    id,
                    version
                ])?;
            stale_if_zero(tx, "unit", id, n)?;
            if before.fields.parent_id != f.parent_id {
                move_subtree(tx, id, f.parent_id)?;
            }
            audit(tx, ctx, "update", "unit", id, json(&before.fields), json(f))?;
            Ok(())
        })
    }

    /// Archives a unit. Refused while active staff or active units remain
    /// in it, so nobody is left in a unit that no longer shows.
    pub fn deactivate_unit(&mut self, id: UnitId, version: i64) -> Result<()> {
        self.require(Role::may_edit_register, "edit_register")?;
        let staff: i64 = self.conn.query_row(
            "SELECT count(*) FROM staff WHERE unit_id = ?1 AND status = 'active'",
            [id],
            |r| r.get(0),
        )?;
        let units: i64 = self.conn.query_row(
            "SELECT count(*) FROM unit WHERE parent_id = ?1 AND active = 1",
            [id],
            |r| r.get(0),
        )?;
        if staff > 0 || units > 0 {
            return Err(StoreError::UnitInUse {
                staff: staff as u64,
                units: units as u64,
            });
        }
        self.write(|tx, ctx| {
            let n = tx.execute(
                "UPDATE unit SET active = 0, version = version + 1, updated_at = ?1,
                    updated_by = ?2 WHERE id = ?3 AND version = ?4",
                params![ctx.now, ctx.user, id, version],
            )?;
            stale_if_zero(tx, "unit", id, n)?;
            audit(tx, ctx, "deactivate", "unit", id, None, None)?;
            Ok(())
        })
    }

    /// Ids of the units above `id`, nearest first.
    pub fn unit_ancestors(&self, id: UnitId) -> Result<Vec<UnitId>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH RECURSIVE up(id, depth) AS (
                 SELECT parent_id, 1 FROM unit WHERE id = ?1
                 UNION ALL
                 SELECT u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.id
                 WHERE up.depth < 64
             )
             SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth",
        )?;
        let ids = stmt.query_map([id], |r| r.get(0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    fn check_unit_refs(&self, f: &UnitFields) -> Result<()> {
        if let Some(p) = f.parent_id {
            self.get_unit(p)?;
        }
        if let Some(h) = f.head_id {
            self.staff_brief(h)?;
        }
        Ok(())
    }

    /// Names from the top of the tree down to this unit.
    pub fn unit_path_names(&self, id: UnitId) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH RECURSIVE up(id, name, depth) AS (
                 SELECT parent_id, name, 0 FROM unit WHERE id = ?1
                 UNION ALL
                 SELECT u.parent_id, u.name, up.depth + 1 FROM unit u JOIN up ON u.id = up.id
                 WHERE up.depth < 64
             )
             SELECT name FROM up ORDER BY depth DESC",
        )?;
        let names = stmt.query_map([id], |r| r.get(0))?;
        Ok(names.collect::<Result<Vec<_>, _>>()?)
    }

    /// The head (kepala) of a unit, if set.
    pub fn unit_head(&self, id: UnitId) -> Result<Option<StaffId>> {
        Ok(self.get_unit(id)?.fields.head_id)
    }
}

pub(crate) fn insert_unit_row(
    tx: &Transaction<'_>,
    ctx: &WriteCtx<'_>,
    f: &UnitFields,
) -> Result<UnitId> {
    tx.prepare_cached(
        "INSERT INTO unit(parent_id, name, kind, head_id, sort_key,
            created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7)",
    )?
    .execute(params![
        f.parent_id,
        f.name,
        f.kind.code(),
        f.head_id,
        fold(&f.name),
        ctx.now,
        ctx.user
    ])?;
    let id = tx.last_insert_rowid();
    let parent_path: String = match f.parent_id {
        Some(p) => tx
            .prepare_cached("SELECT path FROM unit WHERE id = ?1")?
            .query_row([p], |r| r.get(0))?,
        None => "/".to_string(),
    };
    tx.prepare_cached("UPDATE unit SET path = ?1 WHERE id = ?2")?
        .execute(params![format!("{parent_path}{id}/"), id])?;
    Ok(id)
}

/// Rewrites the materialised paths of a moved unit and everything below it.
fn move_subtree(tx: &Transaction<'_>, id: UnitId, new_parent: Option<UnitId>) -> Result<()> {
    let old: String = tx.query_row("SELECT path FROM unit WHERE id = ?1", [id], |r| r.get(0))?;
    let parent_path: String = match new_parent {
        Some(p) => tx.query_row("SELECT path FROM unit WHERE id = ?1", [p], |r| r.get(0))?,
        None => "/".to_string(),
    };
    let new = format!("{parent_path}{id}/");
    tx.execute(
        "UPDATE unit SET path = ?1 || substr(path, length(?2) + 1)
         WHERE substr(path, 1, length(?2)) = ?2",
        params![new, old],
    )?;
    Ok(())
}
