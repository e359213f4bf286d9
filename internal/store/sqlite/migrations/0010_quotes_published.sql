-- newsgraph schema, version 10: an index for every speaker's quotes, newest
-- first. The web UI's quotes page lists all quotes without a speaker, in
-- Quotes' order (the article's publish time, undated last, then article id
-- and sequence): without an index that matches it each page read and
-- sorted every quote (0.2-1.7 s at 435,000 quotes). SQLite orders NULL
-- below every value, so published DESC puts the undated last.
CREATE INDEX quotes_published ON quotes(published DESC, article_id DESC, seq);
