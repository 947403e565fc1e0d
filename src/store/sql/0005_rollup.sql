-- kinerja schema, version 5: each person's standing per period, kept for
-- the summary screens (capaian cannot be computed in SQL: targets are
-- ranges, percentages or counts with a polarity, decided in Rust).

-- One row per person with a plan, per year and period (1 to 4: a
-- quarter; 0: the year): the period's cells (one per indicator for a
-- quarter, four for the year) and how many hold an actual, and the mean
-- capaian of the indicators whose capaian can be computed.
CREATE TABLE person_period (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    year     INTEGER NOT NULL,
    period   INTEGER NOT NULL CHECK (period BETWEEN 0 AND 4),
    total    INTEGER NOT NULL,
    filled   INTEGER NOT NULL,
    -- indicators in the mean
    counted  INTEGER NOT NULL,
    -- the mean capaian in percent × 10 000 (four decimals), NULL when
    -- nothing is computable
    average  INTEGER,
    PRIMARY KEY (staff_id, year, period)
) WITHOUT ROWID;

-- Who needs recomputing: filled by the triggers below, emptied by the
-- store in the same transaction as the change.
CREATE TABLE rollup_dirty (
    staff_id INTEGER NOT NULL,
    year     INTEGER NOT NULL,
    PRIMARY KEY (staff_id, year)
) WITHOUT ROWID;

CREATE TRIGGER rollup_plan_insert AFTER INSERT ON plan BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES (NEW.staff_id, NEW.year);
END;
CREATE TRIGGER rollup_plan_update AFTER UPDATE OF archived, staff_id, year ON plan BEGIN
    INSERT OR IGNORE INTO rollup_dirty VALUES (OLD.staff_id, OLD.year);
    INSERT OR IGNORE INTO rollup_dirty VALUES (NEW.staff_id, NEW.year);
END;
CREATE TRIGGER rollup_result_update AFTER UPDATE OF archived, plan_id ON planned_result BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT staff_id, year FROM plan WHERE id IN (OLD.plan_id, NEW.plan_id);
END;
CREATE TRIGGER rollup_indicator_insert AFTER INSERT ON indicator BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT p.staff_id, p.year FROM planned_result r JOIN plan p ON p.id = r.plan_id
        WHERE r.id = NEW.result_id;
END;
CREATE TRIGGER rollup_indicator_update AFTER UPDATE OF target, quarter_targets, polarity,
        aggregation, allow_over_100, archived, result_id ON indicator BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT p.staff_id, p.year FROM planned_result r JOIN plan p ON p.id = r.plan_id
        WHERE r.id IN (OLD.result_id, NEW.result_id);
END;
CREATE TRIGGER rollup_actual_insert AFTER INSERT ON actual BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT p.staff_id, p.year FROM indicator i
        JOIN planned_result r ON r.id = i.result_id JOIN plan p ON p.id = r.plan_id
        WHERE i.id = NEW.indicator_id;
END;
CREATE TRIGGER rollup_actual_update AFTER UPDATE OF value ON actual BEGIN
    INSERT OR IGNORE INTO rollup_dirty
        SELECT p.staff_id, p.year FROM indicator i
        JOIN planned_result r ON r.id = i.result_id JOIN plan p ON p.id = r.plan_id
        WHERE i.id = NEW.indicator_id;
END;

-- Everything already planned is computed on the first write access.
INSERT OR IGNORE INTO rollup_dirty SELECT staff_id, year FROM plan;
