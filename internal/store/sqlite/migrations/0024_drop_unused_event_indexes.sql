-- newsgraph schema, version 24: four indexes of the first schema that no
-- query reads. events_source_country and events_target_country served a
-- country filter on the events table before event_keys (migration 2) and
-- event_country_ranks (migration 3) took it over; events_source_name and
-- events_target_name served a name filter that event_keys' folded names
-- (migration 12) took over. Under EXPLAIN QUERY PLAN, none of the 371
-- statements the store ran through the conformance suite and its other
-- tests, on an empty store and on one of 20,000 events with planner
-- statistics, used any of them (only Stats' COUNT(*) of events scanned one,
-- as it scans whichever index is smallest), while every event insert and
-- every party or date change wrote all four. PostgreSQL never had them.
-- events_source_actor and events_target_actor stay: the sector filter
-- (e.source_actor IN (...) OR e.target_actor IN (...)) can be answered by
-- the two together when a sector has few actors.
DROP INDEX events_source_country;
DROP INDEX events_target_country;
DROP INDEX events_source_name;
DROP INDEX events_target_name;
