-- newsgraph PostgreSQL schema, version 6: an index for every speaker's
-- quotes, newest first (as SQLite's migration 10), in Quotes' order, for
-- the web UI's quotes page without a speaker: each page read and sorted
-- every quote.
CREATE INDEX quotes_published ON quotes(published DESC NULLS LAST, article_id DESC, seq);
