-- The date each report gives its event (merge.Apply): an event first known
-- to a month is dated to the day a later report gives, and reports that
-- give different days are weighed by source. '' is a report that gave no
-- date, as every mention stored before this migration reads until a
-- remerge stores them anew.
ALTER TABLE event_mentions ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN precision TEXT NOT NULL DEFAULT '';
