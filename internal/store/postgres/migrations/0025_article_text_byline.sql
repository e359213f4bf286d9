-- newsgraph PostgreSQL schema, version 25: search finds articles by their
-- byline too (a reader looks a reporter up by name: "ibanez" finds "Ana
-- Ibáñez"). The vector of a canonical article gets the byline's words,
-- folded in Go as the title's and body's are (search.go), at weight B,
-- which Search ranks between the title (A) and the body (D). This
-- migration's Go step (goSteps in foldkeys.go, fillBylineWords) adds them
-- to the vectors of the articles already here. As SQLite's migration 30.
COMMENT ON COLUMN article_text.tsv IS 'search vector of a canonical article: title words A, byline words B, body words D (NULL for a syndicated copy)';
