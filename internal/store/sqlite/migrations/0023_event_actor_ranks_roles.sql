-- newsgraph schema, version 23: per-party sort keys of events by role.
-- event_actor_ranks (migration 20) held the sort columns of each event
-- under each actor on either side ("a:" keys), so a source or target
-- filter with a sort other than date (an actor's events as source by
-- sources, as target by Goldstein score) still read every event of that
-- party and sorted them for each page. The table now holds them under
-- each of the event's "a:", "s:" and "t:" keys of event_keys, prefix
-- included (key), so an actor, source or target filter in any sort is one
-- range of one index. Rebuilt rather than altered: SQLite cannot change a
-- primary key, and every row gains a key.
DROP TABLE event_actor_ranks;

CREATE TABLE event_actor_ranks (
	key          TEXT NOT NULL,
	event_id     INTEGER NOT NULL REFERENCES events(id),
	date         TEXT NOT NULL,
	num_sources  INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	first_seen   TEXT NOT NULL,
	goldstein    REAL NOT NULL,
	PRIMARY KEY (key, event_id)
) WITHOUT ROWID;

INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT k.key, e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM event_keys k JOIN events e ON e.id = k.event_id
	WHERE (k.key >= 'a:' AND k.key < 'a;') OR (k.key >= 's:' AND k.key < 's;') OR (k.key >= 't:' AND k.key < 't;')
	ON CONFLICT DO NOTHING;

-- One index per sort order, matching the ORDER BY of Events.
CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(key, num_sources DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(key, num_articles DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(key, first_seen DESC, event_id DESC);
CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(key, goldstein ASC, date DESC, event_id DESC);
-- The rows of one event, for its counters and date.
CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id);
