-- kinerja schema, version 3: assessments (penilaian) per person per period.

CREATE TABLE assessment (
    id               INTEGER PRIMARY KEY,
    staff_id         INTEGER NOT NULL REFERENCES staff(id),
    year             INTEGER NOT NULL,
    -- 1 to 4: a quarter; 0: the year
    period           INTEGER NOT NULL CHECK (period BETWEEN 0 AND 4),
    -- the pejabat penilai (a staff record); who typed it is updated_by
    assessor_id      INTEGER NOT NULL REFERENCES staff(id),
    rating_result    TEXT CHECK (rating_result IN ('di_atas', 'sesuai', 'di_bawah')),
    rating_behaviour TEXT CHECK (rating_behaviour IN ('di_atas', 'sesuai', 'di_bawah')),
    -- derived from the two ratings, stored with the assessment
    predicate        TEXT CHECK (predicate IN ('SB', 'B', 'BP', 'K', 'SK')),
    suggested_rating TEXT,
    reason           TEXT NOT NULL DEFAULT '',
    feedback         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    finalized_at     TEXT,
    finalized_by     TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    UNIQUE (staff_id, year, period)
);
CREATE INDEX assessment_assessor ON assessment(assessor_id, year, period);

-- Per BerAKHLAK value: the supervisor's specific expectation and feedback.
CREATE TABLE assessment_value (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id),
    core_value    TEXT NOT NULL,
    expectation   TEXT NOT NULL DEFAULT '',
    feedback      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, core_value)
);
