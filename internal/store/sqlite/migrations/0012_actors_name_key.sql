-- Actors are found by name however the name is cased or accented
-- ("TÜRKIYE", "Erdogan" for "Erdoğan"): name_key is store.FoldName(name),
-- which SQL cannot compute, so the store fills it in Go: this migration's
-- Go step (goSteps in foldkeys.go) for the rows already here, and every
-- write transaction before it commits for rows a write added or renamed
-- (left NULL by the write; actors_name_key finds them too). The same step
-- rewrites the name keys of event_keys of events named outside ASCII,
-- which store.FoldName now folds (ASCII keys are unchanged). No query
-- reads actors_name (name COLLATE NOCASE) now: dropped.
ALTER TABLE actors ADD COLUMN name_key TEXT;
CREATE INDEX actors_name_key ON actors(name_key);
DROP INDEX actors_name;
