-- newsgraph schema, version 1.
-- Times are RFC 3339 text in UTC; event dates are YYYY-MM-DD (or YYYY-MM, YYYY).

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	title         TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_polled   TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	canonical_url TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	content_hash  TEXT NOT NULL UNIQUE,
	-- MinHash signature over word shingles (opaque to the store; see
	-- internal/merge). Its LSH band keys are in article_bands.
	signature     BLOB,
	title         TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	language      TEXT NOT NULL DEFAULT '',
	published     TEXT,
	ingested_at   TEXT NOT NULL,
	duplicate_of  INTEGER REFERENCES articles(id),
	data          BLOB NOT NULL -- model.Article as JSON
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

-- LSH band keys of canonical articles' signatures: two articles sharing a
-- key are near-duplicate candidates. Duplicates are not indexed (a copy
-- links to its canonical article, never to another copy).
CREATE TABLE article_bands (
	band       INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

-- Full-text index over titles and bodies (external content: the text is
-- stored once, in article_text).
CREATE TABLE article_text (
	id    INTEGER PRIMARY KEY REFERENCES articles(id),
	title TEXT NOT NULL,
	body  TEXT NOT NULL
);
CREATE VIRTUAL TABLE article_fts USING fts5(
	title, body, content='article_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE actors (
	id       TEXT PRIMARY KEY,
	name     TEXT NOT NULL,
	type     TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT '',
	sector   TEXT NOT NULL DEFAULT '',
	qid      TEXT NOT NULL DEFAULT '',
	articles INTEGER NOT NULL DEFAULT 0,
	events   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_articles ON actors(articles DESC);

-- One row per actor per article (ActorRef); entity mentions below.
CREATE TABLE article_actors (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	actor_id   TEXT NOT NULL REFERENCES actors(id),
	mentions   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE mentions (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	actor_id   TEXT NOT NULL DEFAULT '',
	country    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_id) WHERE actor_id <> '';

CREATE TABLE quotes (
	article_id       INTEGER NOT NULL REFERENCES articles(id),
	seq              INTEGER NOT NULL,
	text             TEXT NOT NULL,
	kind             TEXT NOT NULL,
	sentence         INTEGER NOT NULL,
	start            INTEGER NOT NULL,
	end              INTEGER NOT NULL,
	speaker          TEXT NOT NULL DEFAULT '',
	speaker_actor_id TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id) WHERE speaker_actor_id <> '';

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	merge_key      TEXT NOT NULL,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	source_actor   TEXT NOT NULL DEFAULT '',
	source_name    TEXT NOT NULL DEFAULT '',
	source_country TEXT NOT NULL DEFAULT '',
	target_actor   TEXT NOT NULL DEFAULT '',
	target_name    TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	location       TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',
	precision      TEXT NOT NULL DEFAULT '',
	cameo          TEXT NOT NULL DEFAULT '',
	goldstein      REAL NOT NULL DEFAULT 0,
	quad_class     INTEGER NOT NULL DEFAULT 0,
	num_mentions   INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL DEFAULT 0,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL,
	earliest_url   TEXT NOT NULL DEFAULT '',
	earliest_at    TEXT
);
CREATE INDEX events_key_date ON events(merge_key, date);
CREATE INDEX events_date ON events(date DESC, id DESC);
CREATE INDEX events_source_actor ON events(source_actor, date DESC);
CREATE INDEX events_target_actor ON events(target_actor, date DESC);
CREATE INDEX events_source_country ON events(source_country, date DESC);
CREATE INDEX events_target_country ON events(target_country, date DESC);
CREATE INDEX events_type ON events(type, date DESC);
CREATE INDEX events_quad ON events(quad_class, date DESC);
CREATE INDEX events_sources ON events(num_sources DESC, date DESC);
CREATE INDEX events_articles ON events(num_articles DESC, date DESC);
CREATE INDEX events_first_seen ON events(first_seen DESC);
CREATE INDEX events_goldstein ON events(goldstein, date DESC);
CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE);
CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE);

CREATE TABLE event_mentions (
	event_id         INTEGER NOT NULL REFERENCES events(id),
	article_id       INTEGER NOT NULL REFERENCES articles(id),
	article_event_id TEXT NOT NULL,
	sentence         INTEGER NOT NULL DEFAULT 0,
	text             TEXT NOT NULL DEFAULT '',
	trig             TEXT NOT NULL DEFAULT '',
	rule             TEXT NOT NULL DEFAULT '',
	confidence       REAL NOT NULL DEFAULT 0,
	PRIMARY KEY (event_id, article_id, article_event_id)
) WITHOUT ROWID;
CREATE INDEX event_mentions_article ON event_mentions(article_id);

CREATE TABLE failures (
	source   TEXT PRIMARY KEY,
	stage    TEXT NOT NULL DEFAULT '',
	error    TEXT NOT NULL,
	at       TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX failures_at ON failures(at DESC);
