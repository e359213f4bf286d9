-- newsgraph schema, version 6: an index for ActorArticles. A page of an
-- actor's articles is ordered by publish time, which lives in articles
-- while the actor is in article_actors: no index spanned both, so every
-- page read all of the actor's rows and sorted them. article_actors now
-- keeps its article's publish time (set once, at insertion: an article's
-- time never changes) and the index orders an actor's rows as the query
-- does — undated last, newest first, highest id first within a time — so
-- a page reads its own rows and stops.
ALTER TABLE article_actors ADD COLUMN published TEXT;
UPDATE article_actors SET published = (SELECT a.published FROM articles a WHERE a.id = article_actors.article_id);
-- SQLite orders NULL below every value, so published DESC puts the
-- undated last without an (published IS NULL) term.
CREATE INDEX article_actors_actor_published ON article_actors(actor_id, published DESC, article_id DESC);
-- article_actors_actor (actor_id alone) is a prefix of the new index:
-- dropped, so that the planner cannot pick it and sort (as it did for
-- the page after an undated article) and writes keep one index less.
DROP INDEX article_actors_actor;
