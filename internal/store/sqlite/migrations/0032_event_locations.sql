-- newsgraph schema, version 32: where an event happened as the knowledge
-- base knows it: the location's actor id (a country, city or region of
-- internal/kb) and its country (ISO alpha-3), beside the location's text.
-- "What happened in Sudan" is a question of the place, not of the parties
-- (source_country, target_country): events.location_country answers it
-- (EventQuery.Where, indexed by events_location_date), and the GDELT
-- export's ActionGeo fields read both. Each report keeps the place it gave
-- (event_mentions: text, actor, country), and the event the place most of
-- its reports give (merge.Apply). The events stored before have none:
-- 'newsgraph remerge' (or reanalyze) merges the stored analyses again and
-- fills them.
ALTER TABLE events ADD COLUMN location_actor TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_country TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN location_actor TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN location_country TEXT NOT NULL DEFAULT '';
CREATE INDEX events_location_date ON events(location_country, date) WHERE location_country <> '';
