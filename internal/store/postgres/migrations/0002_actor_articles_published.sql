-- newsgraph PostgreSQL schema, version 2: an index for ActorArticles (as
-- SQLite's migration 6). A page of an actor's articles is ordered by
-- publish time, which lives in articles while the actor is in
-- article_actors: no index spanned both, so every page read all of the
-- actor's rows and sorted them. article_actors now keeps its article's
-- publish time (set once, at insertion: an article's time never changes)
-- and the index orders an actor's rows as the query does — undated last,
-- newest first, highest id first within a time — so a page reads its own
-- rows and stops.
ALTER TABLE article_actors ADD COLUMN published timestamptz;
UPDATE article_actors aa SET published = a.published FROM articles a WHERE a.id = aa.article_id;
CREATE INDEX article_actors_actor_published ON article_actors(actor_id, published DESC NULLS LAST, article_id DESC);
-- article_actors_actor (actor_id alone) is a prefix of the new index.
DROP INDEX article_actors_actor;
