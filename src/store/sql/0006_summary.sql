-- kinerja schema, version 6: an index for the summary.

-- Each assessment's status and predikat beside its key, so that the
-- summary reads a period's assessments from this index alone instead of
-- from the rows (which hold the feedback texts). It leads with the same
-- columns as the UNIQUE (staff_id, year, period) index, so lookups by
-- person keep their plans.
CREATE INDEX assessment_standing ON assessment(staff_id, year, period, status, predicate);
