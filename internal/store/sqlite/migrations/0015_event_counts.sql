-- newsgraph schema, version 15: the timeline's counts kept as events are
-- written. Store.EventCounts (GET /api/timeline, the timeline page)
-- grouped every matching event by date and quad class on each request:
-- 40-250 ms at 100,000 events, growing with the store. event_counts holds
-- those groups ready, exact, for the common filters: bucket '' counts
-- every event, bucket 'type:' and a type the events of that type, bucket
-- 'k:' and an event_keys key (an actor, source, target or country) the
-- events of that key; events is how many there are, corroborated how many
-- of them two sources or more report (min_sources=2, which an event
-- reaches once and keeps; not kept for the key buckets, whose events an
-- event's sources would have to be looked up by event id for). Triggers
-- on events and event_keys keep the rows, whatever writes them (insert,
-- AddMention's counters, SetEventParty's new keys, ClearEvents' delete,
-- a migration's refolded keys), so no write path can miss one. A row
-- whose counts fell to zero stays; EventCounts skips it.
CREATE TABLE event_counts (
	bucket       TEXT NOT NULL,
	date         TEXT NOT NULL,
	quad_class   INTEGER NOT NULL,
	events       INTEGER NOT NULL DEFAULT 0,
	corroborated INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (bucket, date, quad_class)
) WITHOUT ROWID;

INSERT INTO event_counts(bucket, date, quad_class, events, corroborated)
	SELECT '', date, quad_class, COUNT(*), SUM(num_sources > 1) FROM events GROUP BY date, quad_class;
INSERT INTO event_counts(bucket, date, quad_class, events, corroborated)
	SELECT 'type:' || type, date, quad_class, COUNT(*), SUM(num_sources > 1) FROM events GROUP BY type, date, quad_class;
INSERT INTO event_counts(bucket, date, quad_class, events)
	SELECT 'k:' || k.key, k.date, e.quad_class, COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id
	GROUP BY k.key, k.date, e.quad_class;

CREATE TRIGGER event_counts_key_insert AFTER INSERT ON event_keys BEGIN
	INSERT INTO event_counts(bucket, date, quad_class, events)
		SELECT 'k:' || new.key, new.date, e.quad_class, 1 FROM events e WHERE e.id = new.event_id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_key_delete AFTER DELETE ON event_keys BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE bucket = 'k:' || old.key AND date = old.date
			AND quad_class = (SELECT quad_class FROM events WHERE id = old.event_id);
END;

-- A key moved to another day (SetEventDate, when a later report sharpens
-- the event's date, rewrites the keys' copy of it) leaves its old day's
-- group for the new day's.
CREATE TRIGGER event_counts_key_move AFTER UPDATE OF key, date ON event_keys
	WHEN old.key IS NOT new.key OR old.date IS NOT new.date BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE bucket = 'k:' || old.key AND date = old.date
			AND quad_class = (SELECT quad_class FROM events WHERE id = old.event_id);
	INSERT INTO event_counts(bucket, date, quad_class, events)
		SELECT 'k:' || new.key, new.date, e.quad_class, 1 FROM events e WHERE e.id = new.event_id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_insert AFTER INSERT ON events BEGIN
	INSERT INTO event_counts(bucket, date, quad_class, events, corroborated)
		VALUES ('', new.date, new.quad_class, 1, new.num_sources > 1),
			('type:' || new.type, new.date, new.quad_class, 1, new.num_sources > 1)
		ON CONFLICT DO UPDATE SET events = events + 1, corroborated = corroborated + excluded.corroborated;
END;

CREATE TRIGGER event_counts_delete AFTER DELETE ON events BEGIN
	UPDATE event_counts SET events = events - 1, corroborated = corroborated - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || old.type) AND date = old.date AND quad_class = old.quad_class;
END;

-- An event whose type, date or class changes moves from one group to
-- another: SetEventDate changes the date (its keys' groups move by their
-- own copy of the date, event_counts_key_move); type and class are not
-- changed today.
CREATE TRIGGER event_counts_move_keys AFTER UPDATE OF quad_class ON events
	WHEN old.quad_class IS NOT new.quad_class BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE (bucket, date) IN (SELECT 'k:' || key, date FROM event_keys WHERE event_id = new.id) AND quad_class = old.quad_class;
	INSERT INTO event_counts(bucket, date, quad_class, events)
		SELECT 'k:' || key, date, new.quad_class, 1 FROM event_keys WHERE event_id = new.id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_move AFTER UPDATE OF type, date, quad_class ON events
	WHEN old.type IS NOT new.type OR old.date IS NOT new.date OR old.quad_class IS NOT new.quad_class BEGIN
	UPDATE event_counts SET events = events - 1, corroborated = corroborated - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || old.type) AND date = old.date AND quad_class = old.quad_class;
	INSERT INTO event_counts(bucket, date, quad_class, events, corroborated)
		VALUES ('', new.date, new.quad_class, 1, new.num_sources > 1),
			('type:' || new.type, new.date, new.quad_class, 1, new.num_sources > 1)
		ON CONFLICT DO UPDATE SET events = events + 1, corroborated = corroborated + excluded.corroborated;
END;

CREATE TRIGGER event_counts_sources AFTER UPDATE OF num_sources ON events
	WHEN (old.num_sources > 1) <> (new.num_sources > 1)
		AND old.type IS new.type AND old.date IS new.date AND old.quad_class IS new.quad_class BEGIN
	UPDATE event_counts SET corroborated = corroborated + (new.num_sources > 1) - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || new.type) AND date = new.date AND quad_class = new.quad_class;
END;
