-- newsgraph PostgreSQL schema, version 26: the span of days a planned event is dated
-- by ("next week", "March 17-23": model.Event.DateFrom and DateTo, first
-- and last day, YYYY-MM-DD). date and precision cannot hold a week (the
-- coder widens it to its month or narrows it to its first day), so the
-- API, the web pages and the exports lost it. Each report keeps the span
-- it gave (event_mentions), and the event the span its reports agree on
-- (merge.Apply); '' for an event dated by a day, a month or a year. The
-- events stored before have none: 'newsgraph remerge' (or reanalyze)
-- merges the stored analyses again and fills them. As SQLite's
-- migration 31.
ALTER TABLE events ADD COLUMN date_from text NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN date_to text NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN date_from text NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN date_to text NOT NULL DEFAULT '';
