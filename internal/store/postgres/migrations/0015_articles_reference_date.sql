-- newsgraph PostgreSQL schema, version 15: the articles' reference dates
-- (as SQLite's migration 19). An article with no publish date is dated by
-- its reference date (the Last-Modified or capture time its relative
-- dates were read against) where its reports are ordered, not by its
-- ingest time; the Go part (goSteps) fills the column from the stored
-- analyses and recomputes the earliest report of the events concerned.
ALTER TABLE articles ADD COLUMN reference_date timestamptz;
