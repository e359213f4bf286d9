-- newsgraph schema, version 3: per-country sort keys of events.
-- A country filter matches thousands of events, and sorting them by
-- sources, articles, first report or Goldstein score meant reading every
-- one of those events and sorting them for each page. This table copies
-- the sort columns of each event under each of its countries (the "c:"
-- keys of event_keys, without the prefix), so a sorted, country-filtered
-- page walks one index and reads only the rows it returns. num_sources and
-- num_articles are kept equal to the events' columns by AddMention.
CREATE TABLE event_country_ranks (
	country      TEXT NOT NULL,
	event_id     INTEGER NOT NULL REFERENCES events(id),
	date         TEXT NOT NULL,
	num_sources  INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	first_seen   TEXT NOT NULL,
	goldstein    REAL NOT NULL,
	PRIMARY KEY (country, event_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_country_ranks(country, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM event_keys k JOIN events e ON e.id = k.event_id
	WHERE k.key >= 'c:' AND k.key < 'c;';

-- One index per sort order, matching the ORDER BY of Events.
CREATE INDEX event_country_ranks_sources ON event_country_ranks(country, num_sources DESC, date DESC, event_id DESC);
CREATE INDEX event_country_ranks_articles ON event_country_ranks(country, num_articles DESC, date DESC, event_id DESC);
CREATE INDEX event_country_ranks_first_seen ON event_country_ranks(country, first_seen DESC, event_id DESC);
CREATE INDEX event_country_ranks_goldstein ON event_country_ranks(country, goldstein ASC, date DESC, event_id DESC);
-- AddMention updates an event's rows by event id.
CREATE INDEX event_country_ranks_event ON event_country_ranks(event_id);
