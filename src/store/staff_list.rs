//! The staff list: filters, counts, windows and positions. Only the rows
//! on screen are read; the text filter picks its plan by how many people
//! it matches, so both "s" and "wiryaningsih" stay fast at 100,000 staff.

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde::Serialize;

use super::{Result, Store, StoreError};
use crate::domain::nip::Nip;
use crate::domain::staff::{InactiveReason, StaffId, UnitId};
use crate::domain::text::fold;

/// Which staff a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffFilter {
    /// Name words (any order, prefixes, case and accents ignored) or a NIP prefix.
    pub text: String,
    /// Only staff in this unit and the units below it.
    pub unit: Option<UnitId>,
    pub status: StatusFilter,
    /// Only staff whose NIP has warnings (the data-quality list).
    pub nip_problems: bool,
}

impl StaffFilter {
    fn text_only(&self) -> bool {
        self.unit.is_none() && self.status == StatusFilter::All && !self.nip_problems
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Inactive,
}

/// One line of the staff list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffRow {
    pub id: StaffId,
    pub nip: String,
    pub name: String,
    pub rank: Option<String>,
    pub position: String,
    pub unit: String,
    pub inactive_reason: Option<InactiveReason>,
    pub nip_flags: u32,
    /// The list order: folded name, then id.
    #[serde(skip)]
    pub sort_key: String,
}

/// What a lookup by NIP, NIP prefix or name found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// How many people match in all.
    pub total: u64,
    /// The first matches, in name order.
    pub ids: Vec<StaffId>,
}

/// A window boundary: the (sort key, id) of a row just outside it.
pub type Anchor<'a> = (&'a str, StaffId);

enum TextQuery {
    None,
    NipPrefix(String),
    Words(Vec<String>),
}

fn parse_text(text: &str) -> TextQuery {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    if compact.is_empty() {
        return TextQuery::None;
    }
    if compact.chars().all(|c| c.is_ascii_digit()) {
        return TextQuery::NipPrefix(compact.chars().take(18).collect());
    }
    let folded = fold(text);
    if folded.is_empty() {
        return TextQuery::None;
    }
    TextQuery::Words(folded.split(' ').map(str::to_string).collect())
}

/// Above this many matches, scanning the name index and testing each row
/// is faster than collecting every match from the full-text index.
const DENSE: u64 = 2_000;

struct Clause {
    sql: String,
    params: Vec<Value>,
}

impl Store {
    /// How many people the words match in the full-text index (cached for
    /// the same words until the data changes).
    fn word_count(&self, expr: &str) -> Result<u64> {
        let data_version: i64 = self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?;
        if let Some((e, v, n)) = self.fts_cache.borrow().as_ref()
            && e == expr
            && *v == data_version
        {
            return Ok(*n);
        }
        let n: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM staff_fts WHERE staff_fts MATCH ?1")?
            .query_row([expr], |r| r.get(0))?;
        *self.fts_cache.borrow_mut() = Some((expr.to_string(), data_version, n as u64));
        Ok(n as u64)
    }

    fn unit_path(&self, unit: Option<UnitId>) -> Result<Option<String>> {
        let Some(id) = unit else { return Ok(None) };
        let path: Option<String> = self
            .conn
            .query_row("SELECT path FROM unit WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        path.map(Some).ok_or(StoreError::NotFound {
            entity: "unit",
            id: id.to_string(),
        })
    }

    /// The WHERE clause of a filter, with its parameters.
    fn clause(&self, filter: &StaffFilter) -> Result<Clause> {
        let mut sql = vec!["1 = 1".to_string()];
        let mut params = Vec::new();
        match parse_text(&filter.text) {
            TextQuery::None => {}
            TextQuery::NipPrefix(p) => {
                sql.push("s.nip >= ? AND s.nip < ?".into());
                params.push(Value::Text(format!("{p}:")));
                params.insert(params.len() - 1, Value::Text(p));
            }
            TextQuery::Words(words) => {
                let expr = fts_expr(&words);
                if self.word_count(&expr)? > DENSE {
                    // Each word must start a word of the name.
                    for w in &words {
                        sql.push("(' ' || s.search_text) LIKE ?".into());
                        params.push(Value::Text(format!("% {w}%")));
                    }
                } else {
                    sql.push(
                        "s.id IN (SELECT rowid FROM staff_fts WHERE staff_fts MATCH ?)".into(),
                    );
                    params.push(Value::Text(expr));
                }
            }
        }
        if let Some(path) = self.unit_path(filter.unit)? {
            sql.push("s.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)".into());
            let mut end = path.clone();
            end.pop();
            end.push('0');
            params.push(Value::Text(path));
            params.push(Value::Text(end));
        }
        match filter.status {
            StatusFilter::All => {}
            StatusFilter::Active => sql.push("s.status = 'active'".into()),
            StatusFilter::Inactive => sql.push("s.status = 'inactive'".into()),
        }
        if filter.nip_problems {
            sql.push("s.nip_flags != 0".into());
        }
        Ok(Clause {
            sql: sql.join(" AND "),
            params,
        })
    }

    /// How many staff the filter selects.
    pub fn count_staff(&self, filter: &StaffFilter) -> Result<u64> {
        if filter.text_only()
            && let TextQuery::Words(words) = parse_text(&filter.text)
        {
            return self.word_count(&fts_expr(&words));
        }
        let c = self.clause(filter)?;
        let sql = format!("SELECT count(*) FROM staff s WHERE {}", c.sql);
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(c.params), |r| r.get::<_, i64>(0))? as u64)
    }

    /// One window of the filtered list, in name order, by position.
    pub fn staff_window(
        &self,
        filter: &StaffFilter,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<StaffRow>> {
        let c = self.clause(filter)?;
        let mut p = c.params;
        p.push(Value::Integer(limit as i64));
        p.push(Value::Integer(offset as i64));
        self.rows(
            &format!("WHERE {} ORDER BY s.sort_key, s.id LIMIT ? OFFSET ?", c.sql),
            p,
        )
    }

    /// The `limit` rows that follow `after` (or the first ones), in name
    /// order. Paging forward this way costs the same at any depth.
    pub fn staff_window_after(
        &self,
        filter: &StaffFilter,
        after: Option<Anchor<'_>>,
        limit: u64,
    ) -> Result<Vec<StaffRow>> {
        let c = self.clause(filter)?;
        let mut p = c.params;
        let mut sql = format!("WHERE {}", c.sql);
        if let Some((key, id)) = after {
            sql.push_str(" AND (s.sort_key, s.id) > (?, ?)");
            p.push(Value::Text(key.to_string()));
            p.push(Value::Integer(id));
        }
        sql.push_str(" ORDER BY s.sort_key, s.id LIMIT ?");
        p.push(Value::Integer(limit as i64));
        self.rows(&sql, p)
    }

    /// The `limit` rows just before `before` (or the last ones), in name
    /// order.
    pub fn staff_window_before(
        &self,
        filter: &StaffFilter,
        before: Option<Anchor<'_>>,
        limit: u64,
    ) -> Result<Vec<StaffRow>> {
        let c = self.clause(filter)?;
        let mut p = c.params;
        let mut sql = format!("WHERE {}", c.sql);
        if let Some((key, id)) = before {
            sql.push_str(" AND (s.sort_key, s.id) < (?, ?)");
            p.push(Value::Text(key.to_string()));
            p.push(Value::Integer(id));
        }
        sql.push_str(" ORDER BY s.sort_key DESC, s.id DESC LIMIT ?");
        p.push(Value::Integer(limit as i64));
        let mut rows = self.rows(&sql, p)?;
        rows.reverse();
        Ok(rows)
    }

    fn rows(&self, tail: &str, params: Vec<Value>) -> Result<Vec<StaffRow>> {
        let sql = format!(
            "SELECT s.id, s.nip, s.front_title, s.name, s.back_title, s.rank, s.position_name,
                    u.name, s.status, s.inactive_reason, s.nip_flags, s.sort_key
             FROM staff s LEFT JOIN unit u ON u.id = s.unit_id {tail}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            let status: String = r.get(8)?;
            let reason: Option<String> = r.get(9)?;
            Ok(StaffRow {
                id: r.get(0)?,
                nip: r.get(1)?,
                name: super::staff::name_at(r, 2)?,
                rank: r.get(5)?,
                position: r.get(6)?,
                unit: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                inactive_reason: (status != "active").then(|| {
                    reason
                        .as_deref()
                        .and_then(InactiveReason::parse)
                        .unwrap_or(InactiveReason::Other)
                }),
                nip_flags: r.get(10)?,
                sort_key: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Where a record stands in the filtered list, or None when the filter
    /// leaves it out. Keeps the selection on the same person.
    pub fn staff_position(&self, filter: &StaffFilter, id: StaffId) -> Result<Option<u64>> {
        let c = self.clause(filter)?;
        let mut p = c.params;
        let key: Option<String> = self
            .conn
            .prepare_cached(&format!(
                "SELECT s.sort_key FROM staff s WHERE {} AND s.id = ?",
                c.sql
            ))?
            .query_row(
                params_from_iter(p.iter().cloned().chain([Value::Integer(id)])),
                |r| r.get(0),
            )
            .optional()?;
        let Some(key) = key else { return Ok(None) };
        p.extend([Value::Text(key), Value::Integer(id)]);
        let sql = format!(
            "SELECT count(*) FROM staff s WHERE {} AND (s.sort_key, s.id) < (?, ?)",
            c.sql
        );
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(p), |r| r.get(0))?;
        Ok(Some(n as u64))
    }

    /// Finds people by a full NIP, a NIP prefix or words of their name.
    /// A full NIP, or a name typed in full that only one person has, is a
    /// single match even when other names contain it.
    pub fn lookup(&self, query: &str, limit: u64) -> Result<Lookup> {
        if let Ok(nip) = Nip::parse(query)
            && let Some(s) = self.staff_by_nip(&nip)?
        {
            return Ok(Lookup {
                total: 1,
                ids: vec![s.id],
            });
        }
        let parsed = parse_text(query);
        if matches!(parsed, TextQuery::None) {
            return Ok(Lookup {
                total: 0,
                ids: Vec::new(),
            });
        }
        let filter = StaffFilter {
            text: query.to_string(),
            ..Default::default()
        };
        let total = self.count_staff(&filter)?;
        if total > 1 && matches!(parsed, TextQuery::Words(_)) {
            let folded = fold(query);
            let exact: Vec<StaffId> = self
                .conn
                .prepare_cached(
                    "SELECT id FROM staff WHERE sort_key = ?1 OR search_text = ?1 LIMIT 2",
                )?
                .query_map([&folded], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            if exact.len() == 1 {
                return Ok(Lookup {
                    total: 1,
                    ids: exact,
                });
            }
        }
        let ids = self
            .staff_window_after(&filter, None, limit)?
            .into_iter()
            .map(|r| r.id)
            .collect();
        Ok(Lookup { total, ids })
    }
}

/// The full-text query: every word as a prefix, all required.
fn fts_expr(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}
