-- newsgraph schema, version 20: per-actor sort keys of events. An actor
-- filter with a sort other than date (the actor's events by sources,
-- articles, first report or Goldstein score) read every event of the
-- actor and sorted them for each page: 10-20 ms for an actor in 6,000 of
-- 20,000 events, growing with the actor. As event_country_ranks does for
-- countries (migration 0003), this table copies the sort columns of each
-- event under each of its "a:" keys in event_keys (actor id or folded
-- name, on either side, without the prefix), so such a page walks one
-- index and reads only the rows it returns. num_sources and num_articles
-- are kept equal to the events' by AddMention, date by SetEventDate.
CREATE TABLE event_actor_ranks (
	actor        TEXT NOT NULL,
	event_id     INTEGER NOT NULL REFERENCES events(id),
	date         TEXT NOT NULL,
	num_sources  INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	first_seen   TEXT NOT NULL,
	goldstein    REAL NOT NULL,
	PRIMARY KEY (actor, event_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_actor_ranks(actor, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM event_keys k JOIN events e ON e.id = k.event_id
	WHERE k.key >= 'a:' AND k.key < 'a;';

-- One index per sort order, matching the ORDER BY of Events.
CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(actor, num_sources DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(actor, num_articles DESC, date DESC, event_id DESC);
CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(actor, first_seen DESC, event_id DESC);
CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(actor, goldstein ASC, date DESC, event_id DESC);
-- AddMention and SetEventDate update an event's rows by event id.
CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id);
