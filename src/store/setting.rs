//! Organisation-wide settings (local policy the regulation leaves open)
//! and the predikat kinerja organisasi recorded per unit per period.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, audit, json, local_time};
use crate::domain::distribution::{PredicateCounts, UnitPredicate};
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::role::Role;
use crate::domain::staff::{StaffId, UnitId};
use crate::domain::suggestion::SuggestionThresholds;

const THRESHOLDS_KEY: &str = "suggestion_thresholds";

/// The predikat kinerja organisasi of one unit for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitPredicateRecord {
    pub id: i64,
    pub unit_id: UnitId,
    pub year: i32,
    pub period: AssessmentPeriod,
    /// `None` once cleared.
    pub predicate: Option<UnitPredicate>,
    pub version: i64,
    pub set_by: String,
    pub set_at: String,
}

impl UnitPredicateRecord {
    /// "Baik (ditetapkan oleh bkpsdm, 2026-10-02 09:14)".
    pub fn set_at_local(&self) -> String {
        local_time(&self.set_at)
    }
}

impl Store {
    /// The thresholds of the suggested rating hasil kerja: the stored
    /// setting, or the default when none was set.
    pub fn suggestion_thresholds(&self) -> Result<SuggestionThresholds> {
        let value: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([THRESHOLDS_KEY], |r| r.get(0))
            .optional()?;
        Ok(value
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default())
    }

    /// Sets the thresholds for everyone (admins only).
    pub fn set_suggestion_thresholds(&mut self, t: &SuggestionThresholds) -> Result<()> {
        self.require(Role::may_manage_users, "settings")?;
        t.validate()
            .map_err(|errors| StoreError::Invalid { errors })?;
        let before = self.suggestion_thresholds()?;
        let value = serde_json::to_string(t).expect("plain data serialises");
        self.write(|tx, ctx| {
            tx.execute(
                "INSERT INTO setting(key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value,
                    version = version + 1, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by",
                params![THRESHOLDS_KEY, value, ctx.now, ctx.user],
            )?;
            audit(
                tx,
                ctx,
                "set",
                "setting",
                THRESHOLDS_KEY,
                json(&before),
                json(t),
            )
        })
    }

    /// The predikat organisasi recorded for the unit and period, if any
    /// (a cleared one is returned with `predicate: None`).
    pub fn unit_predicate(
        &self,
        unit: UnitId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Option<UnitPredicateRecord>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT predicate, version, updated_by, updated_at, id FROM unit_predicate
                 WHERE unit_id = ?1 AND year = ?2 AND period = ?3",
            )?
            .query_row(params![unit, year, period.number()], |r| {
                Ok(UnitPredicateRecord {
                    id: r.get(4)?,
                    unit_id: unit,
                    year,
                    period,
                    predicate: r
                        .get::<_, Option<String>>(0)?
                        .as_deref()
                        .and_then(UnitPredicate::parse),
                    version: r.get(1)?,
                    set_by: r.get(2)?,
                    set_at: r.get(3)?,
                })
            })
            .optional()?)
    }

    /// Records (or clears, with `None`) the predikat organisasi of a unit
    /// for a period: admins only. `seen` is the version the admin saw
    /// (`None` when there was no record).
    pub fn set_unit_predicate(
        &mut self,
        unit: UnitId,
        year: i32,
        period: AssessmentPeriod,
        predicate: Option<UnitPredicate>,
        seen: Option<i64>,
    ) -> Result<()> {
        self.require(Role::may_reopen, "unit_predicate")?;
        self.get_unit(unit)?;
        let before = self.unit_predicate(unit, year, period)?;
        if let Some(b) = &before
            && Some(b.version) != seen
        {
            return Err(StoreError::Stale {
                who: b.set_by.clone(),
                when: b.set_at_local(),
            });
        }
        let code = predicate.map(UnitPredicate::code);
        self.write(|tx, ctx| {
            let id = match &before {
                None => {
                    tx.execute(
                        "INSERT INTO unit_predicate(unit_id, year, period, predicate,
                            created_at, created_by, updated_at, updated_by)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)",
                        params![unit, year, period.number(), code, ctx.now, ctx.user],
                    )?;
                    tx.last_insert_rowid()
                }
                Some(b) => {
                    let id = b.id;
                    let n = tx.execute(
                        "UPDATE unit_predicate SET predicate = ?1, version = version + 1,
                            updated_at = ?2, updated_by = ?3
                         WHERE id = ?4 AND version = ?5",
                        params![code, ctx.now, ctx.user, id, b.version],
                    )?;
                    super::staff::stale_if_zero(tx, "unit_predicate", id, n)?;
                    id
                }
            };
            audit(
                tx,
                ctx,
                "set",
                "unit_predicate",
                id,
                before.as_ref().and_then(|b| json(&b.predicate)),
                json(&predicate),
            )
        })
    }

    /// The predikat organisasi that applies to a unit: its own for the
    /// period, else the nearest ancestor's that is set (a bidang takes its
    /// perangkat daerah's).
    pub fn effective_unit_predicate(
        &self,
        unit: UnitId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Option<UnitPredicateRecord>> {
        let mut chain = vec![unit];
        chain.extend(self.unit_ancestors(unit)?);
        for u in chain {
            if let Some(r) = self.unit_predicate(u, year, period)?
                && r.predicate.is_some()
            {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// The first active unit this person heads, with its predikat
    /// organisasi for the period when set.
    pub fn led_unit(
        &self,
        staff: StaffId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<Option<(UnitId, String, Option<UnitPredicate>)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT u.id, u.name, up.predicate FROM unit u
                 LEFT JOIN unit_predicate up ON up.unit_id = u.id AND up.year = ?2
                    AND up.period = ?3
                 WHERE u.head_id = ?1 AND u.active = 1
                 ORDER BY length(u.path), u.id LIMIT 1",
            )?
            .query_row(params![staff, year, period.number()], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, Option<String>>(2)?
                        .as_deref()
                        .and_then(UnitPredicate::parse),
                ))
            })
            .optional()?)
    }

    /// For every unit head whose unit has a predikat organisasi for the
    /// period: the head and that predikat (for the assessment queue).
    pub(crate) fn led_unit_predicates(
        &self,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<std::collections::HashMap<StaffId, UnitPredicate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.head_id, up.predicate FROM unit_predicate up
             JOIN unit u ON u.id = up.unit_id
             WHERE up.year = ?1 AND up.period = ?2 AND up.predicate IS NOT NULL
                AND u.head_id IS NOT NULL AND u.active = 1
             ORDER BY length(u.path) DESC, u.id DESC",
        )?;
        let rows = stmt.query_map(params![year, period.number()], |r| {
            Ok((r.get::<_, StaffId>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (head, code) = row?;
            // Ordered deepest first, so the head's topmost unit wins.
            if let Some(p) = UnitPredicate::parse(&code) {
                out.insert(head, p);
            }
        }
        Ok(out)
    }

    /// How many active people of a unit's subtree have each predikat for
    /// the period (drafts included: the distribution as it stands).
    pub fn predicate_counts(
        &self,
        unit: UnitId,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<PredicateCounts> {
        let (start, end) = self.unit_path_range(unit)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.predicate, count(*) FROM unit u
             CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
             JOIN assessment a ON a.staff_id = s.id AND a.year = ?3 AND a.period = ?4
             WHERE u.path >= ?1 AND u.path < ?2 AND a.predicate IS NOT NULL
             GROUP BY a.predicate",
        )?;
        let rows = stmt.query_map(params![start, end, year, period.number()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        let mut counts = PredicateCounts::default();
        for row in rows {
            let (code, n) = row?;
            if let Some(p) = Predicate::parse(&code) {
                counts.set(p, n as u64);
            }
        }
        Ok(counts)
    }

    /// The `[start, end)` range of materialised paths of a unit's subtree.
    pub(crate) fn unit_path_range(&self, unit: UnitId) -> Result<(String, String)> {
        let path: String = self
            .conn
            .prepare_cached("SELECT path FROM unit WHERE id = ?1")?
            .query_row([unit], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "unit",
                id: unit.to_string(),
            })?;
        let mut end = path.clone();
        end.pop();
        end.push('0');
        Ok((path, end))
    }
}
