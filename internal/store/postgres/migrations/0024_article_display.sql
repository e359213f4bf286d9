-- newsgraph PostgreSQL schema, version 24: what the listings show of an
-- article as its own page does. site_name is the outlet's own name
-- (model.Article.Site, "Wire Two"; '' when the article declares none):
-- the site column keeps the key num_sources counts (the host, or the name
-- in lower case), which the quotes, search hits and event reports showed.
-- published_offset is the offset from UTC, in seconds east, that the
-- publish time was written at (NULL: none known, or no publish time):
-- timestamptz keeps the instant alone, so a story published at 23:30 in
-- New York was listed on the next day. This migration's Go step (goSteps
-- in foldkeys.go, display.Fill) fills both for the articles already here
-- from their analyses. As SQLite's migration 29.
ALTER TABLE articles ADD COLUMN site_name text NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN published_offset integer;
