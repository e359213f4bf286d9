-- newsgraph schema, version 16: a stored person found by its family name
-- alone ("ERDOGAN", "erdogan", "Xi"), for the actor filters of events and
-- the speaker of quotes. family_key is namekeys.FamilyKey: the folded last
-- word of a person's name, or the first for the countries whose names put
-- the family name first, as the knowledge base reads its leaders' names;
-- '' for an actor that is no person. The store fills it in Go with
-- name_key, for the rows a write added or renamed (name_key left NULL);
-- clearing every name key here has this migration's Go step key every
-- actor anew.
ALTER TABLE actors ADD COLUMN family_key TEXT NOT NULL DEFAULT '';
CREATE INDEX actors_family_key ON actors(family_key) WHERE family_key <> '';
UPDATE actors SET name_key = NULL;
