-- kinerja schema, version 2: SKP plans, planned results, indicators (IKI)
-- and quarterly actuals (realisasi).

CREATE TABLE plan (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    year       INTEGER NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (staff_id, year)
);
CREATE INDEX plan_year ON plan(year, staff_id);

CREATE TABLE planned_result (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan(id),
    kind       TEXT NOT NULL CHECK (kind IN ('utama', 'tambahan')),
    text       TEXT NOT NULL,
    -- the supervisor's planned result this one intervenes in
    parent_id  INTEGER REFERENCES planned_result(id),
    position   INTEGER NOT NULL DEFAULT 0,
    archived   INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX planned_result_plan ON planned_result(plan_id, position);

CREATE TABLE indicator (
    id              INTEGER PRIMARY KEY,
    result_id       INTEGER NOT NULL REFERENCES planned_result(id),
    position        INTEGER NOT NULL DEFAULT 0,
    aspect          TEXT NOT NULL,
    text            TEXT NOT NULL,
    satuan          TEXT NOT NULL,
    -- TargetValue and [TargetValue; 4] as JSON
    target          TEXT NOT NULL,
    quarter_targets TEXT NOT NULL,
    polarity        TEXT NOT NULL,
    aggregation     TEXT NOT NULL,
    allow_over_100  INTEGER NOT NULL DEFAULT 0,
    archived        INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
CREATE INDEX indicator_result ON indicator(result_id, position);

CREATE TABLE actual (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    -- the value × 10 000 (four decimals, exact); NULL when cleared
    value        INTEGER,
    evidence     TEXT NOT NULL DEFAULT '',
    feedback     TEXT NOT NULL DEFAULT '',
    feedback_by  TEXT,
    feedback_at  TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    UNIQUE (indicator_id, quarter)
);
