-- newsgraph schema, version 25: an event known only to a month or a year
-- is stored at the first day of it, however it was reported. Merging
-- (merge.EventDay) kept the report's day for an event of the report's own
-- month or year ("this month", told on the 29th, stored on the 29th), so
-- newest first it sorted above the events dated to the days of that month
-- before the report ("2026-11" above "2026-11-27"), and two such events
-- of one month sorted by when they were told. An event known to a month
-- is now listed after every event dated to a day of it (and one known to
-- a year after the year's), as the text of the dates sorts, turned round,
-- wherever and whenever it was reported: the dates of the events stored
-- before move to the first day of their month or year, with every copy of
-- the date kept beside the lookup keys and the sort keys. The kept counts
-- follow the events' and keys' dates by their triggers (migration 15).
-- The dates each report gave (event_mentions) are left as they were.
CREATE TEMP TABLE coarse_dates AS
	SELECT id, CASE precision WHEN 'month' THEN substr(date, 1, 7) || '-01' ELSE substr(date, 1, 4) || '-01-01' END AS date
	FROM events
	WHERE precision IN ('month', 'year') AND length(date) = 10
		AND date <> CASE precision WHEN 'month' THEN substr(date, 1, 7) || '-01' ELSE substr(date, 1, 4) || '-01-01' END;

UPDATE events SET date = (SELECT c.date FROM coarse_dates c WHERE c.id = events.id)
	WHERE id IN (SELECT id FROM coarse_dates);
UPDATE event_keys SET date = (SELECT c.date FROM coarse_dates c WHERE c.id = event_keys.event_id)
	WHERE event_id IN (SELECT id FROM coarse_dates);
UPDATE event_country_ranks SET date = (SELECT c.date FROM coarse_dates c WHERE c.id = event_country_ranks.event_id)
	WHERE event_id IN (SELECT id FROM coarse_dates);
UPDATE event_actor_ranks SET date = (SELECT c.date FROM coarse_dates c WHERE c.id = event_actor_ranks.event_id)
	WHERE event_id IN (SELECT id FROM coarse_dates);

DROP TABLE coarse_dates;
