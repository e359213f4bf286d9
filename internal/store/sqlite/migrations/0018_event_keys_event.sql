-- newsgraph schema, version 18: event_keys by event. Its primary key
-- (key, date, event_id) serves the filters; an event's own keys were read
-- only when they were written. Since a later report can move an event to
-- another day (SetEventDate rewrites the keys' copy of the date), finding
-- an event's keys must not read every key of the store.
CREATE INDEX event_keys_event ON event_keys(event_id);
