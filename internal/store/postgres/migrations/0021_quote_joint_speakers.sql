-- newsgraph schema, version 21: the actors of a joint speaker ("China and
-- the U.S. said": model.Speaker.ActorIDs, CHN and USA). A quote kept one
-- speaker actor (speaker_actor_id), empty for a joint speaker, so the
-- actors were lost on the way to the listing and a speaker filter found
-- the quote by none of them. speaker_actor_ids holds them in order,
-- space-separated, for the listing; quote_speakers has one row per actor,
-- by which a speaker's page finds the quotes it spoke jointly (the quotes
-- it spoke alone are still read from quotes_speaker_report_date). This
-- migration's Go step (goSteps in foldkeys.go, jointspeakers.Fill) fills
-- both for the quotes already here from their articles' analyses. As
-- SQLite's migration 26.
ALTER TABLE quotes ADD COLUMN speaker_actor_ids TEXT NOT NULL DEFAULT '';
CREATE TABLE quote_speakers (
	actor_id   TEXT NOT NULL,
	article_id BIGINT NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	PRIMARY KEY (actor_id, article_id, seq)
);
-- ReplaceAnalysis deletes an article's rows.
CREATE INDEX quote_speakers_article ON quote_speakers(article_id);
