-- newsgraph schema, version 21: quotes and an actor's articles are listed
-- and filtered by the same date an event's reports are ordered by
-- (reportdate.SQL: the publish date, else the reference date, else the
-- ingest time), not by the publish date alone, which put every undated
-- article last however recent it was and left it out of every date range.
-- The copies of the date that quotes and article_actors keep for their
-- ordered indexes are renamed for what they now hold (the indexes follow
-- the column and keep their names) and the undated rows are filled; a
-- dated row already holds its publish date. The date is never NULL from
-- here on (ingested_at is NOT NULL), so the indexes' order is unchanged.
ALTER TABLE quotes RENAME COLUMN published TO report_date;
ALTER TABLE article_actors RENAME COLUMN published TO report_date;
UPDATE quotes SET report_date = (SELECT COALESCE(a.published, a.reference_date, a.ingested_at)
	FROM articles a WHERE a.id = quotes.article_id) WHERE report_date IS NULL;
UPDATE article_actors SET report_date = (SELECT COALESCE(a.published, a.reference_date, a.ingested_at)
	FROM articles a WHERE a.id = article_actors.article_id) WHERE report_date IS NULL;
