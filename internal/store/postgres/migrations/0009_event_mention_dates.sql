-- newsgraph PostgreSQL schema, version 9: the date each report gives its
-- event (as SQLite's migration 13). An event first known to a month is
-- dated to the day a later report gives, and reports that give different
-- days are weighed by source (merge.Apply). '' is a report that gave no
-- date, as every mention stored before this migration reads until a
-- remerge stores them anew.
ALTER TABLE event_mentions ADD COLUMN date text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN precision text NOT NULL DEFAULT '';
