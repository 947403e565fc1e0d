//! The mapping of OS users to roles.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, audit, json};
use crate::domain::role::Role;
use crate::domain::staff::StaffId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppUser {
    pub os_user: String,
    pub role: Role,
    pub staff_id: Option<StaffId>,
    pub active: bool,
}

impl Store {
    pub fn users(&self) -> Result<Vec<AppUser>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT os_user, role, staff_id, active FROM app_user ORDER BY os_user",
        )?;
        let rows = stmt.query_map([], |r| {
            let role: String = r.get(1)?;
            Ok(AppUser {
                os_user: r.get(0)?,
                role: Role::parse(&role).unwrap_or(Role::Viewer),
                staff_id: r.get(2)?,
                active: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn user(&self, os_user: &str) -> Result<Option<AppUser>> {
        Ok(self.users()?.into_iter().find(|u| u.os_user == os_user))
    }

    /// Adds a user or changes their role (admin only).
    pub fn set_user(&mut self, os_user: &str, role: Role, staff_id: Option<StaffId>) -> Result<()> {
        self.require(Role::may_manage_users, "manage_users")?;
        if let Some(id) = staff_id {
            self.staff_brief(id)?;
        }
        let before = self.user(os_user)?;
        if before
            .as_ref()
            .is_some_and(|b| b.os_user == self.actor.os_user)
            && role != Role::Admin
            && self.admin_count()? <= 1
        {
            return Err(StoreError::LastAdmin);
        }
        let after = AppUser {
            os_user: os_user.to_string(),
            role,
            staff_id,
            active: true,
        };
        self.write(|tx, ctx| {
            tx.execute(
                "INSERT INTO app_user(os_user, role, staff_id, created_at, created_by, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)
                 ON CONFLICT(os_user) DO UPDATE SET role = excluded.role,
                    staff_id = excluded.staff_id, active = 1, version = version + 1,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                params![os_user, role.code(), staff_id, ctx.now, ctx.user],
            )?;
            let action = if before.is_some() { "update" } else { "create" };
            audit(tx, ctx, action, "app_user", os_user, before.as_ref().and_then(json), json(&after))?;
            Ok(())
        })
    }

    /// Takes a user's access away; the row stays for the audit trail.
    pub fn deactivate_user(&mut self, os_user: &str) -> Result<()> {
        self.require(Role::may_manage_users, "manage_users")?;
        let before = self.user(os_user)?.ok_or(StoreError::NotFound {
            entity: "app_user",
            id: os_user.to_string(),
        })?;
        if before.role == Role::Admin && before.active && self.admin_count()? <= 1 {
            return Err(StoreError::LastAdmin);
        }
        self.write(|tx, ctx| {
            tx.execute(
                "UPDATE app_user SET active = 0, version = version + 1, updated_at = ?1,
                    updated_by = ?2 WHERE os_user = ?3",
                params![ctx.now, ctx.user, os_user],
            )?;
            audit(
                tx,
                ctx,
                "deactivate",
                "app_user",
                os_user,
                json(&before),
                None,
            )?;
            Ok(())
        })
    }

    fn admin_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }
}
