-- newsgraph PostgreSQL schema, version 8: actors found by name however the
-- name is cased or accented (as SQLite's migration 12). name_key is
-- store.FoldName(name), which SQL cannot compute (lower() under the "C"
-- collation folds ASCII only, and nothing drops accents), so the store
-- fills it in Go: this migration's Go step (goSteps in foldkeys.go) for
-- the rows already here, and every write transaction before it commits
-- for rows a write added or renamed (left NULL by the write; the index
-- finds them too). The same step rewrites the name keys in event_keys of
-- events named outside ASCII, which store.FoldName now folds (ASCII keys
-- are unchanged). No query reads actors_name_lower (lower(name)) now.
ALTER TABLE actors ADD COLUMN name_key text COLLATE "C";
CREATE INDEX actors_name_key ON actors(name_key);
DROP INDEX actors_name_lower;
