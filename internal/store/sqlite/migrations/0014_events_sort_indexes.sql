-- newsgraph schema, version 13: event sort indexes that serve a filtered
-- page. Events sorted by sources, articles, first report or Goldstein
-- score end their order with the event id, which these indexes lacked
-- (an index's rowid runs ascending, the order descending), so a sorted
-- page always sorted; and with a filter (quad_class=4&sort=articles, a
-- type with sort=sources) the planner took the filter's index and read
-- and sorted every match: 0.2-0.45 s at 100,000 events. Each index is now
-- the sort's whole order, then the columns the common filters test (quad
-- class and type), so that a page walks the index in order, tests a
-- filter on the index entry itself (no table row for an event that does
-- not match) and stops once the page is full. Events marks those filter
-- terms so that the planner walks the sort's index (see eventsSQL).
DROP INDEX events_sources;
DROP INDEX events_articles;
DROP INDEX events_first_seen;
DROP INDEX events_goldstein;
CREATE INDEX events_sources ON events(num_sources DESC, date DESC, id DESC, quad_class, type);
CREATE INDEX events_articles ON events(num_articles DESC, date DESC, id DESC, quad_class, type);
CREATE INDEX events_first_seen ON events(first_seen DESC, id DESC, quad_class, type);
CREATE INDEX events_goldstein ON events(goldstein ASC, date DESC, id DESC, quad_class, type);
