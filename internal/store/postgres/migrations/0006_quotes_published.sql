-- newsgraph PostgreSQL schema, version 6: an index for listing quotes
-- without a speaker (as SQLite's migration 10). Store.Quotes without a
-- speaker (`newsgraph quotes`, all of them or a date range, /api/quotes)
-- orders every quote by its article's publish time: with only the
-- primary key and the speaker's index, every page read and sorted all the
-- quotes. This index is that order — undated last, newest first, highest
-- article id first, then the quote's place in its article — so a page,
-- and a date range, reads its own rows and stops.
CREATE INDEX quotes_published ON quotes(published DESC NULLS LAST, article_id DESC, seq);
