-- newsgraph schema, version 34: the timeline's kept counts (migration 15)
-- tell how many of a day's events did not take place. Without asserted=1
-- the timeline reads event_counts, which counted a denied or only planned
-- act ("the two countries have not signed a treaty", "will meet next
-- week") with the ones that happened and could not say how many there
-- were.
--
-- events.not_asserted states the rule once, in SQL, as model.TookPlace
-- states it in Go (the conformance test holds the two to the same
-- events): 1 for an event negated, or planned, demanded, hypothetical or
-- intended (but for an intended pledge, AGREE 03x, or threat, THREATEN
-- 13x). It is a generated column because SQLite has no functions of its
-- own to name an expression with; VIRTUAL (computed when read, as ALTER
-- TABLE can add it) costs no space. store.AssertedSQL, the refill and the
-- triggers below all read it.
ALTER TABLE events ADD COLUMN not_asserted INTEGER GENERATED ALWAYS AS
	(polarity = 'negated' OR NOT (modality IN ('', 'actual') OR modality = 'intended' AND
		(type = 'AGREE' AND cameo LIKE '03%' OR type = 'THREATEN' AND cameo LIKE '13%'))) VIRTUAL;

-- event_counts splits each group by not_asserted (0 or 1); EventCounts
-- adds a group's two rows up. The triggers keep their names and do what
-- they did, and move an event between the two rows when its polarity,
-- modality, type or CAMEO code changes (SetEventModality, after a merge's
-- reports outvote the first) as a new date or class moves it between days
-- and classes.
DROP TRIGGER event_counts_key_insert;
DROP TRIGGER event_counts_key_delete;
DROP TRIGGER event_counts_key_move;
DROP TRIGGER event_counts_insert;
DROP TRIGGER event_counts_delete;
DROP TRIGGER event_counts_move_keys;
DROP TRIGGER event_counts_move;
DROP TRIGGER event_counts_sources;
DROP TABLE event_counts;

CREATE TABLE event_counts (
	bucket       TEXT NOT NULL,
	date         TEXT NOT NULL,
	quad_class   INTEGER NOT NULL,
	not_asserted INTEGER NOT NULL,
	events       INTEGER NOT NULL DEFAULT 0,
	corroborated INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (bucket, date, quad_class, not_asserted)
) WITHOUT ROWID;

INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events, corroborated)
	SELECT '', date, quad_class, not_asserted, COUNT(*), SUM(num_sources > 1)
	FROM events GROUP BY 2, 3, 4;
INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events, corroborated)
	SELECT 'type:' || type, date, quad_class, not_asserted, COUNT(*), SUM(num_sources > 1)
	FROM events GROUP BY 1, 2, 3, 4;
INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events)
	SELECT 'k:' || k.key, k.date, e.quad_class, e.not_asserted, COUNT(*)
	FROM event_keys k JOIN events e ON e.id = k.event_id
	GROUP BY 1, 2, 3, 4;

CREATE TRIGGER event_counts_key_insert AFTER INSERT ON event_keys BEGIN
	INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events)
		SELECT 'k:' || new.key, new.date, e.quad_class, e.not_asserted, 1
		FROM events e WHERE e.id = new.event_id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_key_delete AFTER DELETE ON event_keys BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE bucket = 'k:' || old.key AND date = old.date
			AND (quad_class, not_asserted) = (SELECT e.quad_class, e.not_asserted FROM events e WHERE e.id = old.event_id);
END;

-- A key moved to another day (SetEventDate rewrites the keys' copy of the
-- date) leaves its old day's group for the new day's.
CREATE TRIGGER event_counts_key_move AFTER UPDATE OF key, date ON event_keys
	WHEN old.key IS NOT new.key OR old.date IS NOT new.date BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE bucket = 'k:' || old.key AND date = old.date
			AND (quad_class, not_asserted) = (SELECT e.quad_class, e.not_asserted FROM events e WHERE e.id = old.event_id);
	INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events)
		SELECT 'k:' || new.key, new.date, e.quad_class, e.not_asserted, 1
		FROM events e WHERE e.id = new.event_id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_insert AFTER INSERT ON events BEGIN
	INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events, corroborated)
		VALUES ('', new.date, new.quad_class, new.not_asserted, 1, new.num_sources > 1),
			('type:' || new.type, new.date, new.quad_class, new.not_asserted, 1, new.num_sources > 1)
		ON CONFLICT DO UPDATE SET events = events + 1, corroborated = corroborated + excluded.corroborated;
END;

CREATE TRIGGER event_counts_delete AFTER DELETE ON events BEGIN
	UPDATE event_counts SET events = events - 1, corroborated = corroborated - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || old.type) AND date = old.date AND quad_class = old.quad_class
			AND not_asserted = old.not_asserted;
END;

-- An event whose class changes, or that comes to be told as having taken
-- place or not, moves its keys' rows; one whose type, date or class
-- changes, or whether it took place, moves its own. UPDATE OF names the
-- columns not_asserted is computed from: no UPDATE sets a generated
-- column itself.
CREATE TRIGGER event_counts_move_keys AFTER UPDATE OF quad_class, polarity, modality, type, cameo ON events
	WHEN old.quad_class IS NOT new.quad_class OR old.not_asserted IS NOT new.not_asserted BEGIN
	UPDATE event_counts SET events = events - 1
		WHERE (bucket, date) IN (SELECT 'k:' || key, date FROM event_keys WHERE event_id = new.id) AND quad_class = old.quad_class
			AND not_asserted = old.not_asserted;
	INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events)
		SELECT 'k:' || key, date, new.quad_class, new.not_asserted, 1
		FROM event_keys WHERE event_id = new.id
		ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_counts_move AFTER UPDATE OF type, date, quad_class, polarity, modality, cameo ON events
	WHEN old.type IS NOT new.type OR old.date IS NOT new.date OR old.quad_class IS NOT new.quad_class
		OR old.not_asserted IS NOT new.not_asserted BEGIN
	UPDATE event_counts SET events = events - 1, corroborated = corroborated - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || old.type) AND date = old.date AND quad_class = old.quad_class
			AND not_asserted = old.not_asserted;
	INSERT INTO event_counts(bucket, date, quad_class, not_asserted, events, corroborated)
		VALUES ('', new.date, new.quad_class, new.not_asserted, 1, new.num_sources > 1),
			('type:' || new.type, new.date, new.quad_class, new.not_asserted, 1, new.num_sources > 1)
		ON CONFLICT DO UPDATE SET events = events + 1, corroborated = corroborated + excluded.corroborated;
END;

CREATE TRIGGER event_counts_sources AFTER UPDATE OF num_sources ON events
	WHEN (old.num_sources > 1) <> (new.num_sources > 1)
		AND old.type IS new.type AND old.date IS new.date AND old.quad_class IS new.quad_class
		AND old.not_asserted IS new.not_asserted BEGIN
	UPDATE event_counts SET corroborated = corroborated + (new.num_sources > 1) - (old.num_sources > 1)
		WHERE bucket IN ('', 'type:' || new.type) AND date = new.date AND quad_class = new.quad_class
			AND not_asserted = new.not_asserted;
END;
