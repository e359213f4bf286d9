-- newsgraph schema, version 33: whether a report and an event tell what
-- happened. model.Event.Polarity ("asserted", "negated": "the two countries
-- have not signed a treaty") and Modality ("actual", "intended", "planned",
-- "hypothetical", "demanded") are kept on each report (event_mentions) and
-- on the event (events): a negated report never joins another
-- (merge.Joinable), so a negated event has its one report's polarity, and
-- an event keeps the modality most of its reports give. Without them a
-- denied or planned act was listed as one that took place.
-- EventQuery.Asserted keeps the events that did (store.AssertedSQL).
-- '' is unknown: the events stored before; 'newsgraph remerge' (or
-- reanalyze) fills them.
ALTER TABLE events ADD COLUMN polarity TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN polarity TEXT NOT NULL DEFAULT '';
ALTER TABLE event_mentions ADD COLUMN modality TEXT NOT NULL DEFAULT '';
