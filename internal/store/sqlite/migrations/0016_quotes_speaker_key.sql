-- newsgraph schema, version 15: the words naming a quote's speaker, folded
-- as actors' names are (store.FoldName: case of any script, accents), so
-- that Store.Speakers' wording way (`newsgraph quotes --speaker`,
-- /api/quotes?speaker=) finds "la présidente" typed as "LA PRÉSIDENTE" or
-- "la presidente". It compared the words with NOCASE, which folds ASCII
-- letters only. speaker_key is written by the store with each quote; this
-- migration's Go step (goSteps in foldkeys.go) fills it for the quotes
-- already here. The index replaces quotes_speaker_words (the words
-- NOCASE), which no query reads now.
ALTER TABLE quotes ADD COLUMN speaker_key TEXT NOT NULL DEFAULT '';
DROP INDEX quotes_speaker_words;
CREATE INDEX quotes_speaker_key ON quotes(speaker_key, speaker_actor_id)
	WHERE speaker_actor_id <> '';
