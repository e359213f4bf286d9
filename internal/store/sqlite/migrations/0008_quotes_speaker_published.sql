-- newsgraph schema, version 8: an index for a speaker's quotes, as
-- migration 6 for an actor's articles. Store.Quotes orders by the
-- article's publish time, which lives in articles while the speaker is in
-- quotes: the speaker index found the speaker's rows but every page read
-- and sorted all of them. quotes now keeps its article's publish time
-- (set at insertion and by ReplaceAnalysis: an article's time never
-- changes) and the index orders a speaker's rows as the query does —
-- undated last, newest first, highest article id first, then the
-- quote's place in its article — so a page reads its own rows and stops.
ALTER TABLE quotes ADD COLUMN published TEXT;
UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id);
-- SQLite orders NULL below every value, so published DESC puts the
-- undated last without an (published IS NULL) term.
CREATE INDEX quotes_speaker_published ON quotes(speaker_actor_id, published DESC, article_id DESC, seq)
	WHERE speaker_actor_id <> '';
-- quotes_speaker (speaker_actor_id alone) is a prefix of the new index:
-- dropped, so that the planner cannot pick it and sort, and writes keep
-- one index less.
DROP INDEX quotes_speaker;
