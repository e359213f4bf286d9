-- newsgraph PostgreSQL schema, version 16: per-actor sort keys of events
-- (as SQLite's migration 20). An actor filter with a sort other than date
-- read every event of the actor and sorted them, or walked the events'
-- sort index testing each event's keys until the page was full, by the
-- planner's estimate of the actor's size. The estimate comes from a
-- sample, so each ANALYZE could move an actor near the edge of the most
-- common values from one plan to the other: at 20,000 events an actor in
-- 357 took 1-1.4 ms sorted and 8-68 ms walked, and the walk grows with
-- the store. This table copies the sort columns of each event under each
-- of its "a:" keys (without the prefix), so such a page is one range of
-- one index whatever the actor's size or the statistics say.
-- num_sources and num_articles are kept equal to the events' by
-- AddMention, date by SetEventDate.
CREATE TABLE event_actor_ranks (
	actor        text COLLATE "C" NOT NULL,
	event_id     bigint NOT NULL REFERENCES events(id),
	date         text COLLATE "C" NOT NULL,
	num_sources  integer NOT NULL,
	num_articles integer NOT NULL,
	first_seen   timestamptz NOT NULL,
	goldstein    double precision NOT NULL,
	PRIMARY KEY (actor, event_id)
);

INSERT INTO event_actor_ranks(actor, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM event_keys k JOIN events e ON e.id = k.event_id
	WHERE k.key >= 'a:' AND k.key < 'a;'
	ON CONFLICT DO NOTHING;

CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(actor, num_sources DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(actor, num_articles DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(actor, first_seen DESC, event_id DESC);
CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(actor, goldstein ASC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id);
