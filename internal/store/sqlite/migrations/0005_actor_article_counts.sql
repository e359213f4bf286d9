-- newsgraph schema, version 5: each actor's article count counts an
-- article once. An article whose analysis listed one actor twice (two
-- entries with one id) counted twice in actors.articles, though
-- article_actors kept one row for it; the PostgreSQL store counted it
-- once. Insertions now merge such entries; this recounts the stores
-- written before. article_actors holds canonical articles only, one row
-- per actor and article, so its rows are the count.
UPDATE actors SET articles = (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor_id = actors.id)
WHERE articles <> (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor_id = actors.id);
