-- newsgraph PostgreSQL schema, version 11: the timeline's counts kept as
-- events are written (as SQLite's migration 15). Store.EventCounts
-- (GET /api/timeline, the timeline page) grouped every matching event by
-- date and quad class on each request, growing with the store.
-- event_counts holds those groups ready, exact, for the common filters:
-- bucket '' counts every event, bucket 'type:' and a type the events of
-- that type, bucket 'k:' and an event_keys key (an actor, source, target
-- or country) the events of that key; events is how many there are,
-- corroborated how many of them two sources or more report (min_sources=2,
-- which an event reaches once and keeps; not kept for the key buckets).
-- Triggers on events and event_keys keep the rows, whatever writes them
-- (insert, AddMention's counters, SetEventParty's new keys, ClearEvents'
-- delete, a migration's refolded keys). A row whose counts fell to zero
-- stays; EventCounts skips it.
CREATE TABLE event_counts (
	bucket       text COLLATE "C" NOT NULL,
	date         text COLLATE "C" NOT NULL,
	quad_class   integer NOT NULL,
	events       integer NOT NULL DEFAULT 0,
	corroborated integer NOT NULL DEFAULT 0,
	PRIMARY KEY (bucket, date, quad_class)
);

INSERT INTO event_counts(bucket, date, quad_class, events, corroborated)
	SELECT '', date, quad_class, COUNT(*), COUNT(*) FILTER (WHERE num_sources > 1) FROM events GROUP BY date, quad_class
	UNION ALL
	SELECT 'type:' || type, date, quad_class, COUNT(*), COUNT(*) FILTER (WHERE num_sources > 1) FROM events GROUP BY type, date, quad_class
	UNION ALL
	SELECT 'k:' || k.key, k.date, e.quad_class, COUNT(*), 0 FROM event_keys k JOIN events e ON e.id = k.event_id
	GROUP BY k.key, k.date, e.quad_class;

-- An update takes the event out of its old group and into its new one
-- (the same group when only its sources changed). SetEventDate changes
-- an event's date (its keys' groups move by their own copy of the date,
-- event_counts_key_change on update); type and class are not changed
-- today; were its class, its keys' groups would move too.
CREATE FUNCTION event_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.quad_class IS DISTINCT FROM NEW.quad_class THEN
		UPDATE event_counts c SET events = c.events - 1 FROM event_keys k
		WHERE k.event_id = OLD.id AND c.bucket = 'k:' || k.key AND c.date = k.date AND c.quad_class = OLD.quad_class;
		INSERT INTO event_counts AS c (bucket, date, quad_class, events)
		SELECT 'k:' || k.key, k.date, NEW.quad_class, 1 FROM event_keys k WHERE k.event_id = NEW.id
		ON CONFLICT (bucket, date, quad_class) DO UPDATE SET events = c.events + 1;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE event_counts SET events = events - 1, corroborated = corroborated - (OLD.num_sources > 1)::int
		WHERE bucket IN ('', 'type:' || OLD.type) AND date = OLD.date AND quad_class = OLD.quad_class;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO event_counts AS c (bucket, date, quad_class, events, corroborated)
		VALUES ('', NEW.date, NEW.quad_class, 1, (NEW.num_sources > 1)::int),
			('type:' || NEW.type, NEW.date, NEW.quad_class, 1, (NEW.num_sources > 1)::int)
		ON CONFLICT (bucket, date, quad_class) DO UPDATE
			SET events = c.events + 1, corroborated = c.corroborated + excluded.corroborated;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER event_counts_write AFTER INSERT OR DELETE ON events
	FOR EACH ROW EXECUTE FUNCTION event_counts_change();
CREATE TRIGGER event_counts_update AFTER UPDATE OF type, date, quad_class, num_sources ON events
	FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.date IS DISTINCT FROM NEW.date
		OR OLD.quad_class IS DISTINCT FROM NEW.quad_class OR (OLD.num_sources > 1) IS DISTINCT FROM (NEW.num_sources > 1))
	EXECUTE FUNCTION event_counts_change();

-- An event's key counts the event in the key's group of its date and
-- class; a key moved to another day (SetEventDate rewrites the keys' copy
-- of the date) leaves its old group for the new one.
CREATE FUNCTION event_counts_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE event_counts c SET events = c.events - 1 FROM events e
		WHERE e.id = OLD.event_id AND c.bucket = 'k:' || OLD.key AND c.date = OLD.date AND c.quad_class = e.quad_class;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO event_counts AS c (bucket, date, quad_class, events)
		SELECT 'k:' || NEW.key, NEW.date, e.quad_class, 1 FROM events e WHERE e.id = NEW.event_id
		ON CONFLICT (bucket, date, quad_class) DO UPDATE SET events = c.events + 1;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER event_counts_keys AFTER INSERT OR DELETE ON event_keys
	FOR EACH ROW EXECUTE FUNCTION event_counts_key_change();
CREATE TRIGGER event_counts_keys_update AFTER UPDATE OF key, date ON event_keys
	FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.date IS DISTINCT FROM NEW.date)
	EXECUTE FUNCTION event_counts_key_change();
