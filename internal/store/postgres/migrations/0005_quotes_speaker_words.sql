-- newsgraph PostgreSQL schema, version 5: an index for finding a speaker
-- by the words that named it (as SQLite's migration 9). Store.Speakers
-- (`newsgraph quotes --speaker`, /api/quotes?speaker=) tries a name the
-- user typed ("the Chinese president", "Xi") against the words stored
-- with each quote when it is neither an actor's id, its canonical name nor
-- a knowledge-base alias; without this index that read every quote. The
-- query compares lower(speaker), as Actor compares lower(name).
CREATE INDEX quotes_speaker_words ON quotes(lower(speaker), speaker_actor_id)
	WHERE speaker_actor_id <> '';
-- The same lookup (and Actor) finds actors by lower(name): SQLite has
-- its actors_name index (NOCASE) for that since version 1, PostgreSQL read
-- every actor.
CREATE INDEX actors_name_lower ON actors(lower(name));
