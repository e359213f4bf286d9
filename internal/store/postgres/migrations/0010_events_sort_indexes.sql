-- newsgraph PostgreSQL schema, version 9: event sort indexes that serve a
-- filtered page (as SQLite's migration 14). Events sorted by sources,
-- articles, first report or Goldstein score end their order with the
-- event id, which these indexes lacked, so with a filter
-- (quad_class=4&sort=articles, a type with sort=sources) the plan read
-- every match and sorted it. Each index is now the sort's whole order, so
-- that a page can walk it, test the filter on each row and stop once the
-- page is full.
DROP INDEX events_sources;
DROP INDEX events_articles;
DROP INDEX events_first_seen;
DROP INDEX events_goldstein;
CREATE INDEX events_sources ON events(num_sources DESC, date DESC, id DESC);
CREATE INDEX events_articles ON events(num_articles DESC, date DESC, id DESC);
CREATE INDEX events_first_seen ON events(first_seen DESC, id DESC);
CREATE INDEX events_goldstein ON events(goldstein ASC, date DESC, id DESC);
