-- newsgraph PostgreSQL schema, version 28: whether a report and an event
-- tell what happened: model.Event.Polarity ("asserted", "negated") and
-- Modality ("actual", "intended", "planned", "hypothetical", "demanded")
-- on each report (event_mentions) and on the event (events; a negated
-- event has its one report's polarity, an event the modality most of its
-- reports give). '' is unknown: the events stored before; 'newsgraph
-- remerge' (or reanalyze) fills them. As SQLite's migration 33.
ALTER TABLE events ADD COLUMN polarity text NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN modality text NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN polarity text NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN modality text NOT NULL DEFAULT '';
