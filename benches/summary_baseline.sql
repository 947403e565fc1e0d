-- The baseline of the `summary` benchmark (see BENCHMARKS.md): the
-- aggregates of Store::summary(2026, triwulan III) computed by the sqlite3
-- shell on the same file, with the parameters written in:
--
--     sqlite3 target/bench-data/demo-100000-v6.sqlite < benches/summary_baseline.sql > /dev/null
--
-- Each unit's own counts in one GROUP BY (what the store ran before it
-- learned to merge three scans in Rust), the staff excluded since the
-- period began, the predikat organisasi, and every unit. The shell only
-- runs the SQL and prints the rows; rolling the units' counts up the tree
-- is done by the store alone. Keep it in step with src/store/summary.rs.

-- Each unit's own counts.
SELECT s.unit_id, count(*), count(pp.staff_id),
       coalesce(sum(pp.total > 0 AND pp.filled >= pp.total), 0),
       count(a.staff_id), coalesce(sum(a.status = 'final'), 0),
       coalesce(sum(pp.average), 0), count(pp.average),
       coalesce(sum(a.predicate = 'SB'), 0), coalesce(sum(a.predicate = 'B'), 0),
       coalesce(sum(a.predicate = 'BP'), 0), coalesce(sum(a.predicate = 'K'), 0),
       coalesce(sum(a.predicate = 'SK'), 0)
FROM staff s
LEFT JOIN person_period pp ON pp.staff_id = s.id AND pp.year = 2026
   AND pp.period = 3
LEFT JOIN assessment a ON a.staff_id = s.id AND a.year = 2026 AND a.period = 3
WHERE s.status = 'active'
GROUP BY s.unit_id;

-- Staff who left since the period began.
SELECT unit_id, inactive_reason, count(*) FROM staff
WHERE status = 'inactive' AND inactive_since >= '2026-07-01'
GROUP BY unit_id, inactive_reason;

-- The predikat organisasi of the period (Store::unit_predicates).
SELECT unit_id, predicate FROM unit_predicate
WHERE year = 2026 AND period = 3 AND predicate IS NOT NULL;

-- Every unit (Store::units).
SELECT u.id, u.parent_id, u.name, u.kind, u.head_id, u.active, u.version,
       u.updated_by, u.updated_at, s.front_title, s.name, s.back_title
FROM unit u LEFT JOIN staff s ON s.id = u.head_id
ORDER BY u.sort_key, u.id;
