-- newsgraph PostgreSQL schema, version 7: an index for corroborated
-- events (as SQLite's migration 11). Listing events of two sources or more
-- (min_sources) newest first walked the date index through every
-- single-source event; this index holds only the corroborated ones, in
-- date order. Events adds the index's condition (num_sources > 1) as a
-- constant whenever min_sources is 2 or more, so that a generic plan,
-- which cannot see the parameter, may still use it.
CREATE INDEX events_corroborated ON events(date DESC, id DESC) WHERE num_sources > 1;
