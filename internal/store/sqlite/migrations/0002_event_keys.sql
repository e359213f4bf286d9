-- newsgraph schema, version 2: event lookup keys.
-- Lookup keys of each event, for filters that must stay fast over
-- millions of events: "a:" actor on either side, "s:" source, "t:"
-- target (each by lower-case actor id and by lower-case name), and "c:"
-- country on either side. Rows are in date order within a key, so a
-- filtered "newest first" page reads only the rows it returns.
CREATE TABLE event_keys (
	key      TEXT NOT NULL,
	date     TEXT NOT NULL,
	event_id INTEGER NOT NULL REFERENCES events(id),
	PRIMARY KEY (key, date, event_id)
) WITHOUT ROWID;

-- Backfill the events stored under version 1 (keys are ASCII lower case,
-- as keyLower in the Go code makes them).
INSERT OR IGNORE INTO event_keys(key, date, event_id)
	SELECT 's:' || lower(trim(v)), date, id FROM (SELECT source_actor AS v, date, id FROM events UNION ALL SELECT source_name, date, id FROM events) WHERE trim(v) <> ''
	UNION ALL
	SELECT 't:' || lower(trim(v)), date, id FROM (SELECT target_actor AS v, date, id FROM events UNION ALL SELECT target_name, date, id FROM events) WHERE trim(v) <> ''
	UNION ALL
	SELECT 'a:' || lower(trim(v)), date, id FROM (SELECT source_actor AS v, date, id FROM events UNION ALL SELECT source_name, date, id FROM events
		UNION ALL SELECT target_actor, date, id FROM events UNION ALL SELECT target_name, date, id FROM events) WHERE trim(v) <> ''
	UNION ALL
	SELECT 'c:' || lower(trim(v)), date, id FROM (SELECT source_country AS v, date, id FROM events UNION ALL SELECT target_country, date, id FROM events) WHERE trim(v) <> '';
