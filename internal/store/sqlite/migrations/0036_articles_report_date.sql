-- newsgraph schema, version 36: the canonical articles newest first by
-- report date (reportdate.SQL: the publish date, else the reference date,
-- else the ingest time), the articles listing without a search text
-- (Store.LatestArticles), a page at a time and within a range of days.
-- Without it a page sorted every canonical article. The expression is
-- reportdate.SQL's, which the query spells the same (SQLite uses an index
-- on an expression only for that expression); partial, as the listing
-- leaves syndicated copies out.
CREATE INDEX articles_report_date ON articles(COALESCE(published, reference_date, ingested_at) DESC, id DESC)
	WHERE duplicate_of IS NULL;
