-- newsgraph schema, version 4: the distinct sources of each event as rows.
-- AddMention recounted an event's mentions, articles and sources from all
-- its mentions on every new one, so an event reported thousands of times
-- (the big story of the day) made each further report slower: ingest fell
-- from about 200 to 50 documents a second. With the sources kept here, a
-- mention updates the counters in constant time. A source is the site of a
-- canonical article (its URL when the site is unknown); syndicated copies
-- are not sources.
CREATE TABLE event_sources (
	event_id INTEGER NOT NULL REFERENCES events(id),
	source   TEXT NOT NULL,
	PRIMARY KEY (event_id, source)
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_sources(event_id, source)
	SELECT m.event_id, CASE WHEN a.site <> '' THEN a.site ELSE a.url END
	FROM event_mentions m JOIN articles a ON a.id = m.article_id
	WHERE a.duplicate_of IS NULL;
