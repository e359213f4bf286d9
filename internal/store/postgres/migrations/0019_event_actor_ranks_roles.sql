-- newsgraph PostgreSQL schema, version 19 (as SQLite's migration 23):
-- per-party sort keys of events by role. event_actor_ranks (migration 16)
-- held the sort columns of each event under each actor on either side, so
-- a source or target filter with a sort other than date still read every
-- event of that party and sorted them for each page. The table now holds
-- them under each of the event's "a:", "s:" and "t:" keys of event_keys,
-- prefix included (key), so an actor, source or target filter in any sort
-- is one range of one index. Rebuilt: every row gains a key, and the
-- primary key changes.
DROP TABLE event_actor_ranks;

CREATE TABLE event_actor_ranks (
	key          text COLLATE "C" NOT NULL,
	event_id     bigint NOT NULL REFERENCES events(id),
	date         text COLLATE "C" NOT NULL,
	num_sources  integer NOT NULL,
	num_articles integer NOT NULL,
	first_seen   timestamptz NOT NULL,
	goldstein    double precision NOT NULL,
	PRIMARY KEY (key, event_id)
);

INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT k.key, e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM event_keys k JOIN events e ON e.id = k.event_id
	WHERE (k.key >= 'a:' AND k.key < 'a;') OR (k.key >= 's:' AND k.key < 's;') OR (k.key >= 't:' AND k.key < 't;')
	ON CONFLICT DO NOTHING;

CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(key, num_sources DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(key, num_articles DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(key, first_seen DESC, event_id DESC);
CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(key, goldstein ASC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id);
