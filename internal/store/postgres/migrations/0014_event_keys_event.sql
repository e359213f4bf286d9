-- newsgraph PostgreSQL schema, version 14: event_keys by event (as
-- SQLite's migration 18). Its primary key (key, date, event_id) serves the
-- filters; an event's own keys were read only when they were written.
-- Since a later report can move an event to another day (SetEventDate
-- rewrites the keys' copy of the date), finding an event's keys must not
-- read every key of the store; and deleting events (ClearEvents, before a
-- remerge) has the foreign key look up each event's keys, which without
-- this index read the whole table for every event.
CREATE INDEX event_keys_event ON event_keys(event_id);
