//! Queries for printed reports (the Dokumen Evaluasi Kinerja Pegawai):
//! who is in a unit's document run, and which of the supervisor's planned
//! results a person's results intervene in.

use std::collections::HashMap;

use rusqlite::params;

use super::{Result, Store};
use crate::domain::plan::PlannedResultId;
use crate::domain::staff::{StaffId, UnitId};

impl Store {
    /// The active staff of a unit and every unit below it, in name order
    /// (the order of the staff list).
    pub fn active_staff_in_unit(&self, unit: UnitId) -> Result<Vec<StaffId>> {
        let (start, end) = self.unit_path_range(unit)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id FROM unit u
             CROSS JOIN staff s ON s.unit_id = u.id AND s.status = 'active'
             WHERE u.path >= ?1 AND u.path < ?2
             ORDER BY s.sort_key, s.id",
        )?;
        let ids = stmt.query_map(params![start, end], |r| r.get(0))?;
        Ok(ids.collect::<Result<Vec<_>, _>>()?)
    }

    /// For each planned result of the person's plan of the year that
    /// intervenes in a supervisor's result: that result's text (the
    /// column "Rencana Hasil Kerja Pimpinan yang Diintervensi").
    pub fn intervened_results(
        &self,
        staff: StaffId,
        year: i32,
    ) -> Result<HashMap<PlannedResultId, String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, parent.text FROM plan p
             JOIN planned_result r ON r.plan_id = p.id
             JOIN planned_result parent ON parent.id = r.parent_id
             WHERE p.staff_id = ?1 AND p.year = ?2 AND p.archived = 0",
        )?;
        let rows = stmt.query_map(params![staff, year], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<HashMap<_, _>, _>>()?)
    }
}
