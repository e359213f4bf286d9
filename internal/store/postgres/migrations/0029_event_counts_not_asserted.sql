-- newsgraph PostgreSQL schema, version 29: the timeline's kept counts
-- (migration 11) tell how many of a day's events did not take place (as
-- SQLite's migration 34).
--
-- events.not_asserted states the rule once, in SQL, as model.TookPlace
-- states it in Go (the conformance test holds the two to the same
-- events): 1 for an event negated, or planned, demanded, hypothetical or
-- intended (but for an intended pledge, AGREE 03x, or threat, THREATEN
-- 13x). store.AssertedSQL, the refill and the triggers below all read it.
-- It is a STORED generated column (PostgreSQL 15 has no VIRTUAL ones):
-- adding it rewrites events once, and each row keeps up to four bytes more; an
-- insert or update computes it from columns already in hand, and readers
-- (the asserted filter, the triggers) read a column instead of evaluating
-- the rule.
ALTER TABLE events ADD COLUMN not_asserted integer GENERATED ALWAYS AS
	((NOT (polarity <> 'negated' AND (modality IN ('', 'actual') OR modality = 'intended' AND
		(type = 'AGREE' AND cameo LIKE '03%' OR type = 'THREATEN' AND cameo LIKE '13%'))))::integer) STORED;

-- event_counts splits each group by not_asserted (0 or 1); EventCounts
-- adds a group's two rows up. The triggers keep their names and do what
-- they did, and move an event between the two rows when its polarity,
-- modality, type or CAMEO code changes (SetEventModality) as a new date
-- or class moves it between days and classes.
DROP TRIGGER event_counts_write ON events;
DROP TRIGGER event_counts_update ON events;
DROP TRIGGER event_counts_keys ON event_keys;
DROP TRIGGER event_counts_keys_update ON event_keys;
DROP TABLE event_counts;

CREATE TABLE event_counts (
	bucket       text COLLATE "C" NOT NULL,
	date         text COLLATE "C" NOT NULL,
	quad_class   integer NOT NULL,
	not_asserted integer NOT NULL,
	events       integer NOT NULL DEFAULT 0,
	corroborated integer NOT NULL DEFAULT 0,
	PRIMARY KEY (bucket, date, quad_class, not_asserted)
);

INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events, corroborated)
	SELECT '', date, quad_class, not_asserted, COUNT(*), COUNT(*) FILTER (WHERE num_sources > 1)
	FROM events GROUP BY 1, 2, 3, 4
	UNION ALL
	SELECT 'type:' || type, date, quad_class, not_asserted, COUNT(*), COUNT(*) FILTER (WHERE num_sources > 1)
	FROM events GROUP BY 1, 2, 3, 4
	UNION ALL
	SELECT 'k:' || k.key, k.date, e.quad_class, e.not_asserted, COUNT(*), 0
	FROM event_keys k JOIN events e ON e.id = k.event_id
	GROUP BY 1, 2, 3, 4;

-- An update takes the event out of its old group and into its new one
-- (the same group when only its sources changed); its keys' groups move
-- with its class and with whether it took place.
CREATE OR REPLACE FUNCTION event_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	old_na integer;
	new_na integer;
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		old_na := OLD.not_asserted;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		new_na := NEW.not_asserted;
	END IF;
	IF TG_OP = 'UPDATE' AND (OLD.quad_class IS DISTINCT FROM NEW.quad_class OR old_na <> new_na) THEN
		UPDATE event_counts c SET events = c.events - 1 FROM event_keys k
		WHERE k.event_id = OLD.id AND c.bucket = 'k:' || k.key AND c.date = k.date AND c.quad_class = OLD.quad_class
			AND c.not_asserted = old_na;
		INSERT INTO event_counts AS c (bucket, date, quad_class, not_asserted, events)
		SELECT 'k:' || k.key, k.date, NEW.quad_class, new_na, 1 FROM event_keys k WHERE k.event_id = NEW.id
		ON CONFLICT (bucket, date, quad_class, not_asserted) DO UPDATE SET events = c.events + 1;
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE event_counts SET events = events - 1, corroborated = corroborated - (OLD.num_sources > 1)::int
		WHERE bucket IN ('', 'type:' || OLD.type) AND date = OLD.date AND quad_class = OLD.quad_class AND not_asserted = old_na;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO event_counts AS c (bucket, date, quad_class, not_asserted, events, corroborated)
		VALUES ('', NEW.date, NEW.quad_class, new_na, 1, (NEW.num_sources > 1)::int),
			('type:' || NEW.type, NEW.date, NEW.quad_class, new_na, 1, (NEW.num_sources > 1)::int)
		ON CONFLICT (bucket, date, quad_class, not_asserted) DO UPDATE
			SET events = c.events + 1, corroborated = c.corroborated + excluded.corroborated;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER event_counts_write AFTER INSERT OR DELETE ON events
	FOR EACH ROW EXECUTE FUNCTION event_counts_change();
-- UPDATE OF names the columns not_asserted is computed from: no UPDATE
-- sets a generated column itself.
CREATE TRIGGER event_counts_update AFTER UPDATE OF type, date, quad_class, num_sources, polarity, modality, cameo ON events
	FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.date IS DISTINCT FROM NEW.date
		OR OLD.quad_class IS DISTINCT FROM NEW.quad_class OR (OLD.num_sources > 1) IS DISTINCT FROM (NEW.num_sources > 1)
		OR OLD.not_asserted IS DISTINCT FROM NEW.not_asserted)
	EXECUTE FUNCTION event_counts_change();

-- An event's key counts the event in the key's group of its date, class
-- and whether it took place; a key moved to another day (SetEventDate
-- rewrites the keys' copy of the date) leaves its old group for the new.
CREATE OR REPLACE FUNCTION event_counts_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE event_counts c SET events = c.events - 1 FROM events e
		WHERE e.id = OLD.event_id AND c.bucket = 'k:' || OLD.key AND c.date = OLD.date AND c.quad_class = e.quad_class
			AND c.not_asserted = e.not_asserted;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO event_counts AS c (bucket, date, quad_class, not_asserted, events)
		SELECT 'k:' || NEW.key, NEW.date, e.quad_class, e.not_asserted, 1
		FROM events e WHERE e.id = NEW.event_id
		ON CONFLICT (bucket, date, quad_class, not_asserted) DO UPDATE SET events = c.events + 1;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER event_counts_keys AFTER INSERT OR DELETE ON event_keys
	FOR EACH ROW EXECUTE FUNCTION event_counts_key_change();
CREATE TRIGGER event_counts_keys_update AFTER UPDATE OF key, date ON event_keys
	FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.date IS DISTINCT FROM NEW.date)
	EXECUTE FUNCTION event_counts_key_change();
