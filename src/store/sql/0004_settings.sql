-- kinerja schema, version 4: organisation-wide settings and the predikat
-- kinerja organisasi recorded per unit per period.

-- One row per setting; the value is JSON. Local policy the regulation
-- leaves open (suggestion thresholds…) lives here, shared by every user.
CREATE TABLE setting (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE unit_predicate (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES unit(id),
    year       INTEGER NOT NULL,
    -- 1 to 4: a quarter; 0: the year
    period     INTEGER NOT NULL CHECK (period BETWEEN 0 AND 4),
    -- NULL once cleared: the row (and its audit trail) stays
    predicate  TEXT CHECK (predicate IN
                   ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (unit_id, year, period)
);
CREATE INDEX unit_predicate_period ON unit_predicate(year, period);
