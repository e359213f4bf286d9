-- newsgraph schema, version 23: the linked articles of feeds whose fetch
-- failed for a reason that may pass (no answer, a 5xx or 429, a fetch
-- limit), kept so that the next `ingest --feed` run fetches them again
-- first, at most a bounded number of times: a one-off run kept them only
-- in memory, and an unchanged feed (304 Not Modified) offered them never
-- again. entry is the feed item's link as JSON (its source name, date and
-- hints), so that the article is fetched again as the feed offered it.
CREATE TABLE feed_links (
	feed       text COLLATE "C" NOT NULL,
	link       text COLLATE "C" NOT NULL,
	entry      text NOT NULL DEFAULT '',
	attempts   integer NOT NULL DEFAULT 0,
	next_try   timestamptz NOT NULL,
	last_error text NOT NULL DEFAULT '',
	seq        bigint NOT NULL DEFAULT 0,
	PRIMARY KEY (feed, link)
);
