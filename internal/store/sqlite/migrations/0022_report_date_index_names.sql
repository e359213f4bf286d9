-- newsgraph schema, version 22: the indexes on the report date copies are
-- named for the column they order by. Migration 21 renamed quotes' and
-- article_actors' "published" to report_date (it holds the publish date,
-- else the reference date, else the ingest time) and the indexes followed
-- the column under their old names, which now say the wrong date. SQLite
-- cannot rename an index: each is created again under its new name, with
-- the same columns, order and condition, and the old one dropped.
CREATE INDEX quotes_speaker_report_date ON quotes(speaker_actor_id, report_date DESC, article_id DESC, seq)
	WHERE speaker_actor_id <> '';
DROP INDEX quotes_speaker_published;
CREATE INDEX quotes_report_date ON quotes(report_date DESC, article_id DESC, seq);
DROP INDEX quotes_published;
CREATE INDEX article_actors_actor_report_date ON article_actors(actor_id, report_date DESC, article_id DESC);
DROP INDEX article_actors_actor_published;
