-- newsgraph PostgreSQL schema, version 3: a quote's conduit ("told
-- Newsweek", "KCNA reported") and audience ("told the Security Council"),
-- as SQLite's migration 7. Rows stored before keep '' until `newsgraph
-- reanalyze` stores each article's analysis again.
ALTER TABLE quotes ADD COLUMN conduit text NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN audience text NOT NULL DEFAULT '';
