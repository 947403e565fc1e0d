-- kinerja schema, version 1: meta, users, units, staff, audit log.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES unit(id),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    head_id    INTEGER REFERENCES staff(id),
    -- materialised path of ids, '/1/5/23/', for subtree filters
    path       TEXT NOT NULL DEFAULT '',
    sort_key   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX unit_parent ON unit(parent_id);
CREATE INDEX unit_path ON unit(path);

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    nip             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('PNS', 'PPPK')),
    front_title     TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    back_title      TEXT NOT NULL DEFAULT '',
    rank            TEXT,
    position_kind   TEXT NOT NULL,
    position_name   TEXT NOT NULL,
    unit_id         INTEGER NOT NULL REFERENCES unit(id),
    supervisor_id   INTEGER REFERENCES staff(id),
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    inactive_reason TEXT,
    inactive_since  TEXT,
    inactive_note   TEXT NOT NULL DEFAULT '',
    nip_flags       INTEGER NOT NULL DEFAULT 0,
    sort_key        TEXT NOT NULL,
    search_text     TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
CREATE INDEX staff_sort ON staff(sort_key, id);
CREATE INDEX staff_unit ON staff(unit_id, sort_key, id);
CREATE INDEX staff_supervisor ON staff(supervisor_id);

CREATE VIRTUAL TABLE staff_fts USING fts5(
    search_text,
    content = 'staff',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TRIGGER staff_fts_insert AFTER INSERT ON staff BEGIN
    INSERT INTO staff_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER staff_fts_delete AFTER DELETE ON staff BEGIN
    INSERT INTO staff_fts(staff_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER staff_fts_update AFTER UPDATE OF search_text ON staff BEGIN
    INSERT INTO staff_fts(staff_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO staff_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE app_user (
    os_user    TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'supervisor', 'viewer')),
    staff_id   INTEGER REFERENCES staff(id),
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- Append-only: who (OS user), when, what, before and after (JSON).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
