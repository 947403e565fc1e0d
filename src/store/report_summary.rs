//! Queries for the summary reports (`kinerja report unit` and `kinerja
//! report public`): the final predikat per unit, and the smallest group
//! the public report may show (a setting).

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, audit, json};
use crate::domain::distribution::PredicateCounts;
use crate::domain::rating::{AssessmentPeriod, Predicate};
use crate::domain::role::Role;
use crate::domain::staff::UnitId;

const MIN_SIZE_KEY: &str = "report_min_size";

impl Store {
    /// For each unit, how many of its own active staff have each predikat
    /// in a **final** assessment of the period (drafts left out: what may
    /// be published). Units without any are absent.
    pub fn final_predicate_counts(
        &self,
        year: i32,
        period: AssessmentPeriod,
    ) -> Result<HashMap<UnitId, PredicateCounts>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.unit_id, a.predicate, count(*) FROM staff s
             JOIN assessment a ON a.staff_id = s.id AND a.year = ?1 AND a.period = ?2
             WHERE s.status = 'active' AND a.status = 'final' AND a.predicate IS NOT NULL
             GROUP BY s.unit_id, a.predicate",
        )?;
        let rows = stmt.query_map(params![year, period.number()], |r| {
            Ok((
                r.get::<_, UnitId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out: HashMap<UnitId, PredicateCounts> = HashMap::new();
        for row in rows {
            let (unit, code, n) = row?;
            if let Some(p) = Predicate::parse(&code) {
                out.entry(unit).or_default().set(p, n as u64);
            }
        }
        Ok(out)
    }

    /// The smallest group (active staff) the public report shows, when
    /// set.
    pub fn report_min_size(&self) -> Result<Option<u32>> {
        let value: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([MIN_SIZE_KEY], |r| r.get(0))
            .optional()?;
        Ok(value.and_then(|v| v.trim().parse().ok()))
    }

    /// Sets the smallest group of the public report for everyone (admins
    /// only). The caller checks the range.
    pub fn set_report_min_size(&mut self, size: u32) -> Result<()> {
        self.require(Role::may_manage_users, "settings")?;
        let before = self.report_min_size()?;
        self.write(|tx, ctx| {
            tx.execute(
                "INSERT INTO setting(key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value,
                    version = version + 1, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by",
                params![MIN_SIZE_KEY, size.to_string(), ctx.now, ctx.user],
            )?;
            audit(
                tx,
                ctx,
                "set",
                "setting",
                MIN_SIZE_KEY,
                json(&before),
                json(&size),
            )
        })
    }
}
