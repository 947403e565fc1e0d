//! Bulk loading of a whole organisation in one transaction: used by the
//! demo generator, and the ground for importing a register.

use super::staff::{derived, insert_staff_row};
use super::unit::insert_unit_row;
use super::{Result, Store, StoreError, audit, json};
use crate::domain::role::Role;
use crate::domain::staff::{EmploymentStatus, StaffFields};
use crate::domain::unit::UnitFields;

/// A unit to load. `parent` and `head` are indexes into the batch.
#[derive(Debug, Clone)]
pub struct NewUnit {
    pub fields: UnitFields,
    pub parent: Option<usize>,
    pub head: Option<usize>,
}

/// A person to load. `unit` and `supervisor` are indexes into the batch;
/// the ids in `fields` are ignored.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub fields: StaffFields,
    pub unit: usize,
    pub supervisor: Option<usize>,
    pub status: EmploymentStatus,
}

#[derive(Debug, Clone, Default)]
pub struct Batch {
    pub organisation: Option<String>,
    pub units: Vec<NewUnit>,
    pub staff: Vec<NewStaff>,
}

/// How many rows a batch loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub units: usize,
    pub staff: usize,
}

impl Store {
    /// Loads a batch in one transaction with one audit row. Parents must
    /// come before their children and supervisors before their staff.
    pub fn load_batch(&mut self, batch: &Batch, source: &str) -> Result<Loaded> {
        self.require(Role::may_edit_register, "edit_register")?;
        self.write(|tx, ctx| {
            let mut unit_ids = Vec::with_capacity(batch.units.len());
            for u in &batch.units {
                let mut f = u.fields.clone();
                f.parent_id = u.parent.map(|p| unit_ids[p]);
                f.head_id = None;
                unit_ids.push(insert_unit_row(tx, ctx, &f)?);
            }
            let mut staff_ids = Vec::with_capacity(batch.staff.len());
            for s in &batch.staff {
                let mut f = s.fields.clone();
                f.unit_id = unit_ids[s.unit];
                f.supervisor_id = s.supervisor.map(|i| staff_ids[i]);
                let (sort_key, search, flags) = derived(&f);
                let id = insert_staff_row(tx, ctx, &f, &sort_key, &search, flags, Some(&s.status))
                    .map_err(|e| match e {
                        StoreError::Sqlite { source }
                            if source.sqlite_error_code()
                                == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                        {
                            StoreError::DuplicateNip {
                                nip: f.nip.grouped(),
                                holder: String::new(),
                            }
                        }
                        other => other,
                    })?;
                staff_ids.push(id);
            }
            let mut set_head = tx.prepare_cached("UPDATE unit SET head_id = ?1 WHERE id = ?2")?;
            for (u, id) in batch.units.iter().zip(&unit_ids) {
                if let Some(h) = u.head {
                    set_head.execute([staff_ids[h], *id])?;
                }
            }
            if let Some(org) = &batch.organisation {
                tx.execute(
                    "INSERT INTO meta(key, value) VALUES ('organisation', ?1)
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [org],
                )?;
            }
            let loaded = Loaded {
                units: unit_ids.len(),
                staff: staff_ids.len(),
            };
            audit(
                tx,
                ctx,
                "load",
                "batch",
                source,
                None,
                json(&serde_json::json!({"units": loaded.units, "staff": loaded.staff})),
            )?;
            Ok(loaded)
        })
    }
}
