-- newsgraph PostgreSQL schema, version 18 (as SQLite's migration 22): the
-- indexes on the report date copies are named for the column they order
-- by. Migration 17 renamed quotes' and article_actors' "published" to
-- report_date (the publish date, else the reference date, else the ingest
-- time) and the indexes kept their old names, which now say the wrong
-- date. Renaming an index changes its name only (no rebuild).
ALTER INDEX quotes_speaker_published RENAME TO quotes_speaker_report_date;
ALTER INDEX quotes_published RENAME TO quotes_report_date;
ALTER INDEX article_actors_actor_published RENAME TO article_actors_actor_report_date;
