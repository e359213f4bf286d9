-- newsgraph schema, version 9: an index for finding a speaker by the
-- words that named it. Store.Speakers (`newsgraph quotes --speaker`,
-- /api/quotes?speaker=) tries a name the user typed ("the Chinese
-- president", "Xi") against the words stored with each quote when it is
-- neither an actor's id, its canonical name nor a knowledge-base alias;
-- without this index that read every quote. The index holds the words and
-- the actor id, so the lookup reads only the index (the quote text is not
-- touched), case-insensitively as the query compares them (NOCASE).
CREATE INDEX quotes_speaker_words ON quotes(speaker COLLATE NOCASE, speaker_actor_id)
	WHERE speaker_actor_id <> '';
