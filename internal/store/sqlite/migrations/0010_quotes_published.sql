-- newsgraph schema, version 10: an index for listing quotes without a
-- speaker. Store.Quotes without a speaker (`newsgraph quotes`, all of
-- them or a date range, /api/quotes) orders every quote by its article's
-- publish time: with only the primary key (article_id, seq) and the
-- speaker's index, every page read and sorted all the quotes (60 ms a
-- page of 60,000). This index is that order — undated last (SQLite
-- orders NULL below every value), newest first, highest article id first,
-- then the quote's place in its article — so a page, and a date range,
-- reads its own rows and stops.
CREATE INDEX quotes_published ON quotes(published DESC, article_id DESC, seq);
