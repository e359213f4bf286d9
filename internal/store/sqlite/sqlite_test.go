package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestMigrationsRecordedAndIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ {
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		var n, v int
		if err := db.write.QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &v); err != nil {
			t.Fatal(err)
		}
		if v != SchemaVersion() || n < 1 {
			t.Errorf("schema_migrations: %d rows, version %d; want version %d", n, v, SchemaVersion())
		}
		var mode string
		if err := db.write.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		db.Close()
	}
}

// TestConcurrentOpenMigratesOnce: processes opening one new file at once
// (two queue workers started together) each see version 0 before either
// has migrated; the one that takes the write lock second must find the
// migration applied instead of failing on "table already exists". Each
// Open has its own connections, as another process would.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	ctx := context.Background()
	for round := 0; round < 5; round++ {
		path := filepath.Join(t.TempDir(), "c.db")
		const n = 4
		errs := make(chan error, n)
		dbs := make(chan *DB, n)
		start := make(chan struct{})
		for i := 0; i < n; i++ {
			go func() {
				<-start
				db, err := Open(ctx, path, Options{})
				errs <- err
				dbs <- db
			}()
		}
		close(start)
		for i := 0; i < n; i++ {
			if err := <-errs; err != nil {
				t.Errorf("round %d: concurrent open: %v", round, err)
			}
			if db := <-dbs; db != nil {
				defer db.Close()
			}
		}
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var rows, distinct int
		if err := db.write.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&rows, &distinct); err != nil {
			t.Fatal(err)
		}
		if rows != distinct {
			t.Errorf("round %d: %d migration rows for %d versions", round, rows, distinct)
		}
		db.Close()
	}
}

// undoV36 takes a database back from schema 36 to 35: no index of the
// canonical articles by report date.
var undoV36 = []string{`DROP INDEX articles_report_date`}

// undoV35 takes a database back from schema 36 to 34: no index of quotes
// by their speaker words alone.
var undoV35 = append(slices.Clone(undoV36), `DROP INDEX quotes_speaker_key_report_date`)

// undoV34 takes a database back from schema 34 to 33: the kept timeline
// counts without not_asserted, as migration 15 made them (no migration
// since changed them), and events without the generated not_asserted;
// migration 15's triggers read no polarity, so undoV33 can drop the
// column.
var undoV34 = append(slices.Clone(undoV35),
	`DROP TRIGGER event_counts_key_insert`, `DROP TRIGGER event_counts_key_delete`, `DROP TRIGGER event_counts_key_move`,
	`DROP TRIGGER event_counts_insert`, `DROP TRIGGER event_counts_delete`, `DROP TRIGGER event_counts_move_keys`,
	`DROP TRIGGER event_counts_move`, `DROP TRIGGER event_counts_sources`, `DROP TABLE event_counts`,
	`ALTER TABLE events DROP COLUMN not_asserted`,
	migrationText("0015_event_counts.sql"),
)

// migrationText is the SQL of the migration file name.
func migrationText(name string) string {
	b, err := migrationFS.ReadFile("migrations/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// undoV33 takes a database back from schema 34 to 32: events and their
// reports without polarity and modality.
var undoV33 = append(slices.Clone(undoV34),
	`ALTER TABLE events DROP COLUMN polarity`, `ALTER TABLE events DROP COLUMN modality`,
	`ALTER TABLE event_mentions DROP COLUMN polarity`, `ALTER TABLE event_mentions DROP COLUMN modality`,
)

// undoV32 takes a database back from schema 34 to 31: events and their
// reports without the place's actor and country (reports without the
// place's text either).
var undoV32 = append(slices.Clone(undoV33),
	`DROP INDEX events_location_date`,
	`ALTER TABLE events DROP COLUMN location_actor`, `ALTER TABLE events DROP COLUMN location_country`,
	`ALTER TABLE event_mentions DROP COLUMN location`, `ALTER TABLE event_mentions DROP COLUMN location_actor`,
	`ALTER TABLE event_mentions DROP COLUMN location_country`,
)

// undoV31 takes a database back from schema 34 to 30: events and their
// reports without the spans of days planned events are dated by.
var undoV31 = append(slices.Clone(undoV32),
	`ALTER TABLE events DROP COLUMN date_from`, `ALTER TABLE events DROP COLUMN date_to`,
	`ALTER TABLE event_mentions DROP COLUMN date_from`, `ALTER TABLE event_mentions DROP COLUMN date_to`,
)

// undoV30 takes a database back from schema 34 to 29: a search index of
// titles and bodies alone, over article_text, holding the canonical
// articles (as InsertArticle wrote it then).
var undoV30 = append(slices.Clone(undoV31),
	`DROP TABLE article_fts`,
	`DROP VIEW article_search`,
	`CREATE VIRTUAL TABLE article_fts USING fts5(
		title, body, content='article_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
	`INSERT INTO article_fts(rowid, title, body)
		SELECT t.id, t.title, t.body FROM article_text t JOIN articles a ON a.id = t.id WHERE a.duplicate_of IS NULL`,
)

// undoV29 takes a database back from schema 34 to 28: articles without
// their site names and publish offsets.
var undoV29 = append(slices.Clone(undoV30), `ALTER TABLE articles DROP COLUMN site_name`, `ALTER TABLE articles DROP COLUMN published_offset`)

// undoV28 takes a database back from schema 29 to 27: no feed links kept.
var undoV28 = append(slices.Clone(undoV29), `DROP TABLE feed_links`)

// undoV27 takes a database back from schema 28 to 26: quotes without the
// kinds of their conduits.
var undoV27 = append(slices.Clone(undoV28), `ALTER TABLE quotes DROP COLUMN conduit_kind`)

// undoV26 takes a database back from schema 28 to 25: quotes without
// their joint speakers.
var undoV26 = append(slices.Clone(undoV27), `DROP TABLE quote_speakers`, `ALTER TABLE quotes DROP COLUMN speaker_actor_ids`)

// undoV24 takes a database back from schema 28 to 23: the four events
// indexes by country and name that migration 24 dropped (migration 25
// changed only data).
var undoV24 = append(slices.Clone(undoV26),
	`CREATE INDEX events_source_country ON events(source_country, date DESC)`,
	`CREATE INDEX events_target_country ON events(target_country, date DESC)`,
	`CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE)`,
	`CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE)`,
)

// undoV23 takes a database back from schema 24 to 22: the per-actor
// sort keys of events as migration 20 made them, under "a:" keys only
// (without the prefix), none for a source or a target.
var undoV23 = append(slices.Clone(undoV24),
	`DROP TABLE event_actor_ranks`,
	`CREATE TABLE event_actor_ranks (actor TEXT NOT NULL, event_id INTEGER NOT NULL REFERENCES events(id), date TEXT NOT NULL,
		num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL, first_seen TEXT NOT NULL, goldstein REAL NOT NULL,
		PRIMARY KEY (actor, event_id)) WITHOUT ROWID`,
	`INSERT OR IGNORE INTO event_actor_ranks(actor, event_id, date, num_sources, num_articles, first_seen, goldstein)
		SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
		FROM event_keys k JOIN events e ON e.id = k.event_id WHERE k.key >= 'a:' AND k.key < 'a;'`,
	`CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(actor, num_sources DESC, date DESC, event_id DESC)`,
	`CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(actor, num_articles DESC, date DESC, event_id DESC)`,
	`CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(actor, first_seen DESC, event_id DESC)`,
	`CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(actor, goldstein ASC, date DESC, event_id DESC)`,
	`CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id)`,
)

// undoV22 takes a database back from schema 23 to 21 (the report date
// indexes under their old "published" names).
var undoV22 = append(slices.Clone(undoV23),
	`CREATE INDEX quotes_speaker_published ON quotes(speaker_actor_id, report_date DESC, article_id DESC, seq) WHERE speaker_actor_id <> ''`,
	`DROP INDEX quotes_speaker_report_date`,
	`CREATE INDEX quotes_published ON quotes(report_date DESC, article_id DESC, seq)`,
	`DROP INDEX quotes_report_date`,
	`CREATE INDEX article_actors_actor_published ON article_actors(actor_id, report_date DESC, article_id DESC)`,
	`DROP INDEX article_actors_actor_report_date`,
)

// undoV21 takes a database back from schema 22 to 20 (quotes and an
// actor's articles listed by publish date, undated rows NULL).
var undoV21 = append(slices.Clone(undoV22),
	`UPDATE quotes SET report_date = NULL WHERE article_id IN (SELECT id FROM articles WHERE published IS NULL)`,
	`UPDATE article_actors SET report_date = NULL WHERE article_id IN (SELECT id FROM articles WHERE published IS NULL)`,
	`ALTER TABLE quotes RENAME COLUMN report_date TO published`,
	`ALTER TABLE article_actors RENAME COLUMN report_date TO published`,
)

// undoV20 takes a database back from schema 21 to 19 (the per-actor
// sort keys of events).
var undoV20 = append(slices.Clone(undoV21), `DROP TABLE event_actor_ranks`)

// undoV19 takes a database back from schema 21 to 18 (the articles'
// reference dates), with the earliest reports as schema 18 chose them
// (by publish date, else ingest time).
var undoV19 = append(slices.Clone(undoV20), `UPDATE events SET (earliest_url, earliest_at) = (
		SELECT a.url, COALESCE(a.published, a.ingested_at) AS at FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = events.id ORDER BY at, a.id LIMIT 1)
	WHERE id IN (SELECT event_id FROM event_mentions)`, `ALTER TABLE articles DROP COLUMN reference_date`)

// undoV18 takes a database back from schema 21 to 17 (event_keys by event).
var undoV18 = append(slices.Clone(undoV19), `DROP INDEX event_keys_event`)

// undoV17 takes a database back from schema 21 to 16 (the actors'
// family keys).
var undoV17 = append(slices.Clone(undoV18), `DROP INDEX actors_family_key`, `ALTER TABLE actors DROP COLUMN family_key`)

// undoV16 takes a database back from schema 21 to 15 (the quotes' folded
// speaker words).
var undoV16 = append(slices.Clone(undoV17), `DROP INDEX quotes_speaker_key`, `ALTER TABLE quotes DROP COLUMN speaker_key`,
	`CREATE INDEX quotes_speaker_words ON quotes(speaker COLLATE NOCASE, speaker_actor_id) WHERE speaker_actor_id <> ''`)

// undoV15 takes a database back from schema 21 to 14 (the kept event
// counts and their triggers).
var undoV15 = append(slices.Clone(undoV16), `DROP TRIGGER event_counts_insert`, `DROP TRIGGER event_counts_delete`, `DROP TRIGGER event_counts_move`,
	`DROP TRIGGER event_counts_move_keys`, `DROP TRIGGER event_counts_key_insert`, `DROP TRIGGER event_counts_key_delete`, `DROP TRIGGER event_counts_key_move`,
	`DROP TRIGGER event_counts_sources`, `DROP TABLE event_counts`)

// undoV14 takes a database back from schema 21 to 13 (the event sort
// indexes as they were).
var undoV14 = append(slices.Clone(undoV15), `DROP INDEX events_sources`, `DROP INDEX events_articles`, `DROP INDEX events_first_seen`,
	`DROP INDEX events_goldstein`, `CREATE INDEX events_sources ON events(num_sources DESC, date DESC)`,
	`CREATE INDEX events_articles ON events(num_articles DESC, date DESC)`, `CREATE INDEX events_first_seen ON events(first_seen DESC)`,
	`CREATE INDEX events_goldstein ON events(goldstein, date DESC)`)

// undoV13 takes a database back from schema 21 to 12 (the dates reports
// give their events).
var undoV13 = append(slices.Clone(undoV14), `ALTER TABLE event_mentions DROP COLUMN date`, `ALTER TABLE event_mentions DROP COLUMN precision`)

// undoV12 takes a database back from schema 21 to 11 (the actors' name
// keys; event keys of non-ASCII names are left folded).
var undoV12 = append(slices.Clone(undoV13), `DROP INDEX actors_name_key`, `ALTER TABLE actors DROP COLUMN name_key`, `CREATE INDEX actors_name ON actors(name COLLATE NOCASE)`)

// undoV11 takes a database back from schema 21 to 10.
var undoV11 = append(slices.Clone(undoV12), `DROP INDEX events_corroborated`)

// undoV10 takes a database back from schema 21 to 9.
var undoV10 = append(slices.Clone(undoV11), `DROP INDEX quotes_published`)

// undoV9 takes a database back from schema 21 to 8.
var undoV9 = append(slices.Clone(undoV10), `DROP INDEX quotes_speaker_words`)

// undoV8 takes a database back from schema 21 to 7.
var undoV8 = append(slices.Clone(undoV9), `DROP INDEX quotes_speaker_published`, `ALTER TABLE quotes DROP COLUMN published`,
	`CREATE INDEX quotes_speaker ON quotes(speaker_actor_id) WHERE speaker_actor_id <> ''`)

// undoV7 takes a database back from schema 21 to 6.
var undoV7 = append(slices.Clone(undoV8), `ALTER TABLE quotes DROP COLUMN conduit`, `ALTER TABLE quotes DROP COLUMN audience`)

// undoV6 takes a database back from schema 21 to 5 (for tests that
// re-run the migrations after an older one).
var undoV6 = append(slices.Clone(undoV7), `DROP INDEX article_actors_actor_published`, `ALTER TABLE article_actors DROP COLUMN published`,
	`CREATE INDEX article_actors_actor ON article_actors(actor_id)`)

// execRaw runs statements on the file at path outside the store, as an
// older release or another tool would have left it.
func execRaw(t *testing.T, path string, queries ...string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range queries {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

// reopenBefore closes db, takes the store at path back to before
// migration version (undo holds that migration's and every later one's
// undo steps) and opens it again, which runs the migrations from version
// on: how the migration tests put a store written by today's code into the
// shape an older release left it in.
func reopenBefore(t *testing.T, db *DB, path string, version int, undo []string) *DB {
	t.Helper()
	db.Close()
	execRaw(t, path, append(slices.Clone(undo), fmt.Sprintf("DELETE FROM schema_migrations WHERE version >= %d", version))...)
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, 'future.sql', '2099-01-01T00:00:00Z')`, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err = Open(ctx, path, Options{})
	if !errors.Is(err, store.ErrNewerSchema) {
		t.Fatalf("open newer schema: err = %v, want ErrNewerSchema", err)
	}
}

// The usual wrong --db paths are named in the error for what they are (SQLite
// itself says "unable to open database file (14)" for the first two), and
// a file that is not a database is left as it was.
func TestOpenExplainsWrongPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := filepath.Join(dir, "article.txt")
	const article = "Officials in Lima said the talks would resume on Monday.\n"
	if err := os.WriteFile(text, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		dir:                                 "is a folder, not a database file (name a file, such as " + filepath.Join(dir, "newsgraph.db"),
		filepath.Join(dir, "no", "such.db"): "folder " + filepath.Join(dir, "no") + " does not exist",
		text:                                "article.txt is not a SQLite database",
	} {
		db, err := Open(ctx, path, Options{BusyTimeout: 50 * time.Millisecond})
		if err == nil {
			db.Close()
			t.Errorf("Open(%s) succeeded", path)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want it to say %q", path, err, want)
		}
	}
	if got, err := os.ReadFile(text); err != nil || string(got) != article {
		t.Errorf("the text file was changed: %q, %v", got, err)
	}
}

// A database written under schema 1 is upgraded in place, and events it
// already held are found by the new lookup keys.
func TestUpgradeFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := migrationFS.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		string(v1),
		`INSERT INTO schema_migrations VALUES (1, '0001_init.sql', '2024-01-01T00:00:00Z')`,
		`INSERT INTO events(merge_key, type, source_actor, source_name, source_country, target_name, date, first_seen)
			VALUES ('k', 'PROTEST', 'FRA', 'France', 'FRA', 'Farmers', '2024-02-01', '2024-02-01T00:00:00Z')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, _ := db.Stats(ctx); st.Schema != SchemaVersion() || SchemaVersion() < 2 {
		t.Errorf("schema after upgrade = %d, want %d", st.Schema, SchemaVersion())
	}
	for _, q := range []store.EventQuery{{Actor: "fra"}, {Source: "France"}, {Target: "farmers"}, {Country: "FRA"}} {
		evs, err := db.Events(ctx, q)
		if err != nil || len(evs) != 1 {
			t.Errorf("%+v after upgrade: %d events, %v", q, len(evs), err)
		}
	}
}

// Readers are not blocked by the writer (WAL): queries succeed while write
// transactions are open, and a second store on the same file (another
// process, such as serve beside ingest) can write after the first.
func TestReadsDuringWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rw.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	other, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	inTx := make(chan struct{})
	release := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/1", ContentHash: "h1", Title: "Rain", Text: "rain"}); err != nil {
				return err
			}
			close(inTx)
			<-release // hold the write transaction open
			return nil
		})
	}()
	<-inTx
	for _, s := range []*DB{db, other} {
		if _, err := s.Events(ctx, store.EventQuery{}); err != nil {
			t.Errorf("read during a write: %v", err)
		}
		if seen, err := s.Seen(ctx, "https://a.example/1", ""); err != nil || seen {
			t.Errorf("uncommitted article visible to a reader: %v %v", seen, err)
		}
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	err = other.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/2", ContentHash: "h2", Title: "Snow", Text: "snow"})
		return err
	})
	if err != nil {
		t.Fatalf("second process write: %v", err)
	}
	if st, _ := db.Stats(ctx); st.Articles != 2 {
		t.Errorf("articles = %d, want 2", st.Articles)
	}
}

// Migration 5 recounts the actors' articles of a store written when an
// actor listed twice in an article counted twice.
func TestMigrationRecountsActorArticles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v4.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i, url := range []string{"https://a.example/1", "https://b.example/1"} {
			_, err := tx.InsertArticle(ctx, &store.Article{URL: url, ContentHash: url, Title: "t", Text: "x",
				Data: &model.Article{Actors: []model.ActorRef{{ID: "NOR", Name: "Norway", Mentions: 1 + i}}}})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// As the old code left it: one article counted twice, at schema 4.
	db = reopenBefore(t, db, path, 5, append(slices.Clone(undoV6), `UPDATE actors SET articles = 3 WHERE id = 'NOR'`))
	if nor, err := db.Actor(ctx, "NOR"); err != nil || nor.Articles != 2 {
		t.Errorf("after migration: %+v, %v; want 2 articles", nor, err)
	}
}

// planDB is an empty store for the EXPLAIN QUERY PLAN tests, closed when
// the test ends.
func planDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "plan.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// queryPlan is SQLite's plan of query, its steps' details joined by "; ".
func queryPlan(t *testing.T, db *DB, query string, args ...any) string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "; ")
}

// TestActorArticlesPlan checks that a page of an actor's articles, first
// or after a keyset position, walks article_actors_actor_published in
// order: no temporary b-tree sorting all of the actor's rows.
func TestActorArticlesPlan(t *testing.T) {
	db := planDB(t)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name  string
		after *store.ArticlePos
	}{
		{"first page", nil},
		{"after a dated article", &store.ArticlePos{Date: &at, ID: 5}},
		{"after an undated article", &store.ArticlePos{ID: 5}},
	} {
		query, args := actorArticlesQuery(store.ActorQuery{Actor: "FRA", Limit: 20, After: c.after})
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "article_actors_actor_report_date") || strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestCandidatesByCountryPlan explains merge's candidate lookup: it reads
// the countries' ranges of event_keys and then events by id, never every
// event of a type.
func TestCandidatesByCountryPlan(t *testing.T) {
	db := planDB(t)
	query, args := candidatesByCountryQuery([]string{"AID", "SUPPORT"}, []string{"JPN", "VUT"}, "2024-01-01", "2024-01-07")
	s := queryPlan(t, db, query, args...)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "SEARCH event_keys USING PRIMARY KEY (key=? AND date>? AND date<?)") ||
		!strings.Contains(s, "SEARCH events USING INTEGER PRIMARY KEY") || strings.Contains(s, "events_type") {
		t.Errorf("plan: %s", s)
	}
}

// TestMigrationListsByReportDate upgrades a version-20 store, whose
// quotes and article_actors rows of undated articles have no date: they
// get their articles' report dates (reference, else ingest day), so the
// undated come among the dated, whole and page by page.
func TestMigrationListsByReportDate(t *testing.T) {
	checkDatedOrderAfterUndo(t, 21, undoV21)
}

// TestMigrationRenamesReportDateIndexes upgrades a version-21 store,
// whose report date indexes still carry their "published" names: they
// are renamed (none of the old names is left), and the listings they
// serve come in the same order, whole and page by page, and walk them.
func TestMigrationRenamesReportDateIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v21.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteDatedArticles(t, db)
	db = reopenBefore(t, db, path, 22, undoV22)
	var names []string
	rows, err := db.read.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('quotes', 'article_actors') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	for _, want := range []string{"article_actors_actor_report_date", "quotes_report_date", "quotes_speaker_report_date"} {
		if !slices.Contains(names, want) {
			t.Errorf("indexes after the upgrade %v: no %s", names, want)
		}
	}
	for _, n := range names {
		if strings.Contains(n, "published") {
			t.Errorf("indexes after the upgrade %v: %s is left", names, n)
		}
	}
	storetest.CheckDatedOrder(t, db)
	query, args, err := quotesQuery(store.QuoteQuery{Speaker: "Q1", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if s := queryPlan(t, db, query, args...); !strings.Contains(s, "quotes_speaker_report_date") || strings.Contains(s, "TEMP B-TREE") {
		t.Errorf("a speaker's quotes after the upgrade: %s", s)
	}
}

// TestMigrationCopiesPublishTimes upgrades a version-5 store: its
// article_actors rows get their articles' publish times, so the actor's
// articles still come newest first, undated last.
func TestMigrationCopiesPublishTimes(t *testing.T) {
	// As schema 5 left it: no copy of the time, no index.
	checkDatedOrderAfterUndo(t, 6, undoV6)
}

// checkDatedOrderAfterUndo writes storetest's dated articles, takes the
// store back to before migration version with the undo statements, opens
// it again (which migrates it forward) and checks the dated order of its
// listings.
func checkDatedOrderAfterUndo(t *testing.T, version int, undo []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteDatedArticles(t, db)
	storetest.CheckDatedOrder(t, reopenBefore(t, db, path, version, undo))
}

// explicitAnd writes out only the AND implied next to a group, and leaves
// every other query as it is (FTS5 reads those itself, or refuses them).
func TestExplicitAnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(rain OR majority) plains", "(rain OR majority) AND plains"},
		{"plains (rain OR majority)", "plains AND (rain OR majority)"},
		{"(a)(b)", "(a) AND (b)"},
		{`"heavy rain" (alps OR jura)`, `"heavy rain" AND (alps OR jura)`},
		{"pre* (a)", "pre* AND (a)"},
		{"(a) ^b", "(a) AND ^b"},
		{"title:(a OR b) c", "title:(a OR b) AND c"},
		{"(a) title:b", "(a) AND title:b"},
		{"NEAR(a b) (c)", "NEAR(a b) AND (c)"},
		{"NEAR (a b)", "NEAR (a b)"},
		{"(a) AND b", "(a) AND b"},
		{"(a) OR b", "(a) OR b"},
		{"(a) NOT b", "(a) NOT b"},
		{"a NOT (b) c", "a NOT (b) AND c"},
		{"a b", "a b"},
		{"(Zürich) café", "(Zürich) AND café"},
		{`"unbalanced (a) b`, `"unbalanced (a) b`},
		{"o'brien (a) b", "o'brien (a) b"},
		{"", ""},
	} {
		if got := explicitAnd(c.in); got != c.want {
			t.Errorf("explicitAnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestQuotesPlan checks that a page of a speaker's quotes, first or after
// a keyset position, with or without dates and words, walks
// quotes_speaker_report_date in order: not every quote read, and no
// temporary b-tree sorting all of the speaker's quotes.
func TestQuotesPlan(t *testing.T) {
	db := planDB(t)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
	}{
		{"speaker", store.QuoteQuery{Speaker: "Q1", Limit: 20}},
		{"speaker, after a dated quote", store.QuoteQuery{Speaker: "Q1", Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}},
		{"speaker, after an undated quote", store.QuoteQuery{Speaker: "Q1", Limit: 20, After: &store.QuotePos{ArticleID: 5, Seq: 1}}},
		{"speaker, dates and words, after a quote", store.QuoteQuery{Speaker: "Q1", Since: "2024-01-01", Until: "2024-02-01", Text: "talks",
			After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}},
	} {
		query, args, err := quotesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "SEARCH q USING INDEX quotes_speaker_report_date") || strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestQuotesBySpeakerWordsPlan checks that a page of the quotes a
// speaker's words name (QuoteQuery.SpeakerWords: "officials", a joint
// speaker), first or after a position, with dates and words, walks
// quotes_speaker_key_report_date in order, and that with an actor id as
// well the actor's index still leads.
func TestQuotesBySpeakerWordsPlan(t *testing.T) {
	db := planDB(t)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
		want string
	}{
		{"words", store.QuoteQuery{SpeakerWords: "Germany and France", Limit: 20}, "SEARCH q USING INDEX quotes_speaker_key_report_date (speaker_key=?)"},
		{"words, after a quote", store.QuoteQuery{SpeakerWords: "officials", Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}},
			"SEARCH q USING INDEX quotes_speaker_key_report_date (speaker_key=?)"},
		{"words, dates and text", store.QuoteQuery{SpeakerWords: "officials", Since: "2024-01-01", Until: "2024-02-01", Text: "talks", Limit: 20},
			"SEARCH q USING INDEX quotes_speaker_key_report_date (speaker_key=?"},
		{"words and an actor", store.QuoteQuery{SpeakerWords: "the minister", Speaker: "Q1", Limit: 20}, "SEARCH q USING INDEX quotes_speaker_report_date (speaker_actor_id=?)"},
	} {
		query, args, err := quotesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, c.want) || strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s; want %s", c.name, s, c.want)
		}
	}
}

// TestQuotesListingPlan checks that a page of quotes without a speaker —
// all of them, a date range, words — first or after a keyset position,
// walks quotes_report_date in order instead of sorting every quote, and
// that one article's quotes are still read by the primary key.
func TestQuotesListingPlan(t *testing.T) {
	db := planDB(t)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
		want string
	}{
		{"all", store.QuoteQuery{Limit: 20}, "SCAN q USING INDEX quotes_report_date"},
		{"all, after a dated quote", store.QuoteQuery{Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}, "q USING INDEX quotes_report_date"},
		{"all, after an undated quote", store.QuoteQuery{Limit: 20, After: &store.QuotePos{ArticleID: 5, Seq: 1}}, "q USING INDEX quotes_report_date"},
		{"dates", store.QuoteQuery{Since: "2024-01-01", Until: "2024-02-01", Limit: 20}, "SEARCH q USING INDEX quotes_report_date (report_date>? AND report_date<?)"},
		{"since, words, after a quote", store.QuoteQuery{Since: "2024-01-01", Text: "talks", Limit: 20,
			After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}, "q USING INDEX quotes_report_date"},
		{"words", store.QuoteQuery{Text: "talks", Limit: 20}, "SCAN q USING INDEX quotes_report_date"},
		{"one article", store.QuoteQuery{Article: 5, Limit: 20}, "SEARCH q USING PRIMARY KEY (article_id=?)"},
	} {
		query, args, err := quotesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, c.want) || c.q.Article == 0 && strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s; want %s", c.name, s, c.want)
		}
	}
}

// TestMigrationCopiesQuotePublishTimes upgrades a version-7 store: its
// quotes get their articles' publish times, so a speaker's quotes still
// come newest first, undated last, whole and page by page.
func TestMigrationCopiesQuotePublishTimes(t *testing.T) {
	// As schema 7 left it: no copy of the time, the speaker-only index.
	checkDatedOrderAfterUndo(t, 8, undoV8)
}

// TestMigrationFoldsNames upgrades a version-11 store, whose event keys
// folded ASCII letters only and whose actors had no name key: after
// migration 0012 and its Go step, actors are found by names in any case
// and without their accents (storetest.CheckFoldedNames).
func TestMigrationFoldsNames(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v11.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev := storetest.WriteFoldedNames(t, db)
	// As version 11 left it: keys in ASCII-only lower case.
	undo := append(slices.Clone(undoV12), `DELETE FROM event_keys`)
	for _, k := range codec.ASCIIEventKeys(ev) {
		undo = append(undo, fmt.Sprintf(`INSERT INTO event_keys(key, date, event_id) SELECT '%s', date, id FROM events`, k))
	}
	storetest.CheckFoldedNames(t, reopenBefore(t, db, path, 12, undo))
}

// TestMigrationAddsQuoteConduit upgrades a version-6 store: its quotes
// stay, with an empty conduit and audience (reanalyze fills them).
func TestMigrationAddsQuoteConduit(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v6.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := &store.Article{URL: "https://example.test/v6", Source: "v6", ContentHash: "hash:v6", Title: "Quay", Text: "The quay opens.",
		Data: &model.Article{Quotes: []model.Quote{{Text: "It opens in May", Kind: model.QuoteDirect,
			Speaker: &model.Speaker{Text: "Olsen", ActorID: "Q_OLSEN"}, Conduit: &model.Speaker{Text: "the Gazette"}}}}}
	if err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error { _, err := tx.InsertArticle(ctx, a); return err }); err != nil {
		t.Fatal(err)
	}
	db = reopenBefore(t, db, path, 7, undoV7)
	qs, err := db.Quotes(ctx, store.QuoteQuery{Speaker: "Q_OLSEN"})
	if err != nil || len(qs) != 1 || qs[0].Text != "It opens in May" || qs[0].Conduit != "" {
		t.Errorf("after migration: %+v, %v; want the quote, no conduit", qs, err)
	}
}

// TestMigrationAddsMentionDates upgrades a version-12 store: its event
// mentions stay, giving no date (a remerge stores the dates anew), and a
// mention added after it keeps the date its report gave.
func TestMigrationAddsMentionDates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v12.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := &store.Article{URL: "https://example.test/v12", Source: "v12", ContentHash: "hash:v12", Title: "Accord", Text: "They signed."}
	e := &store.Event{Key: "k", Type: "AGREE", SourceName: "Kestria", TargetName: "Volmark", Date: "2018-06-01", Precision: "month"}
	if err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, a); err != nil {
			return err
		}
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: a.ID, ArticleEventID: "e1"})
	}); err != nil {
		t.Fatal(err)
	}
	db = reopenBefore(t, db, path, 13, undoV13)
	if err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: a.ID, ArticleEventID: "e2", Date: "2018-06-12", Precision: "day"})
	}); err != nil {
		t.Fatal(err)
	}
	_, ms, err := db.Event(ctx, e.ID)
	if err != nil || len(ms) != 2 || ms[0].Date != "" || ms[0].Precision != "" || ms[1].Date != "2018-06-12" || ms[1].Precision != "day" {
		t.Errorf("after migration: %+v, %v; want the old mention undated, the new one dated", ms, err)
	}
}

// TestSpeakersPlan checks that looking a speaker up by the words that
// named it reads quotes_speaker_key alone (a covering search), not
// every quote, and that the other ways search actors by their indexes.
func TestSpeakersPlan(t *testing.T) {
	db := planDB(t)
	query, args := speakersQuery("the harbour chief", []string{"Q1", "Q2"})
	s := queryPlan(t, db, query, args...)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "USING COVERING INDEX quotes_speaker_key (speaker_key=?)") || strings.Contains(s, "SCAN quotes") ||
		strings.Contains(s, "SCAN actors") || !strings.Contains(s, "USING INDEX actors_name_key (name_key=?)") ||
		!strings.Contains(s, "USING INDEX actors_family_key (family_key=?)") {
		t.Errorf("plan: %s", s)
	}
}

// TestActorPlan: an actor looked up by name searches actors_name_key (the
// folded names of migration 0012), and the actors whose name key a write
// left unset are found by the same index (name_key IS NULL), not by
// reading every actor at each commit.
func TestActorPlan(t *testing.T) {
	db := planDB(t)
	if s := queryPlan(t, db, actorQuery, "Türkiye", store.FoldName("Türkiye")); !strings.Contains(s, "USING INDEX actors_name_key (name_key=?)") ||
		strings.Contains(s, "SCAN actors") {
		t.Errorf("actor plan: %s", s)
	}
	if s := queryPlan(t, db, unkeyedActorsQuery); !strings.Contains(s, "SEARCH actors USING INDEX actors_name_key (name_key=?)") || strings.Contains(s, "SCAN actors") {
		t.Errorf("unkeyed actors plan: %s", s)
	}
}

// TestEventsCorroboratedPlan: events of two sources or more, newest first,
// walk the partial index events_corroborated (only such events, in date
// order), first page and after a keyset position, with no sort; they
// walked events_date through every single-source event.
func TestEventsCorroboratedPlan(t *testing.T) {
	db := planDB(t)
	for _, c := range []struct {
		name string
		q    store.EventQuery
	}{
		{"first page", store.EventQuery{MinSources: 2, Limit: 50}},
		{"three sources", store.EventQuery{MinSources: 3, Limit: 50}},
		{"after an event", store.EventQuery{MinSources: 2, Limit: 50, After: &store.EventPos{ID: 9, Date: "2025-03-10"}}},
		{"dates", store.EventQuery{MinSources: 2, Since: "2025-01-01", Until: "2025-03-31", Limit: 1000}},
	} {
		query, args, err := eventsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "events_corroborated") || strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestEventCountsPlan: the timeline's counts of corroborated events find
// them by an index on the sources (they walked events_quad through every
// event); the counts of all events read a covering index, not the table.
func TestEventCountsPlan(t *testing.T) {
	db := planDB(t)
	for _, c := range []struct {
		name string
		q    store.EventQuery
		want []string
	}{
		{"three sources", store.EventQuery{MinSources: 3}, []string{"events_sources", "events_corroborated"}},
		{"three sources, dates", store.EventQuery{MinSources: 3, Since: "2025-01-01"}, []string{"events_sources", "events_corroborated"}},
		{"actor and type", store.EventQuery{Actor: "FRA", Type: "AID"}, []string{"SEARCH k USING PRIMARY KEY (key=?)"}},
		{"country, two sources", store.EventQuery{Country: "FRA", MinSources: 2}, []string{"SEARCH k USING PRIMARY KEY (key=?)"}},
		// The common filters read the kept counts (migration 0015): one
		// row per date and class, not one per event.
		{"all", store.EventQuery{}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=?)"}},
		{"two sources", store.EventQuery{MinSources: 2}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=?)"}},
		{"quad", store.EventQuery{QuadClass: 4}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=?)"}},
		{"type, dates", store.EventQuery{Type: "PROTEST", Since: "2025-01-01", Until: "2025-02-01"}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=? AND date>? AND date<?)"}},
		{"actor", store.EventQuery{Actor: "FRA"}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=?)"}},
		{"country, quad, dates", store.EventQuery{Country: "fra", QuadClass: 4, Since: "2025-01-01"}, []string{"SEARCH event_counts USING PRIMARY KEY (bucket=? AND date>?)"}},
	} {
		query, args, err := eventCountsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !slices.ContainsFunc(c.want, func(w string) bool { return strings.Contains(s, w) }) || strings.Contains(s, "SCAN e USING INDEX events_quad") {
			t.Errorf("plan, %s: %s; want one of %v", c.name, s, c.want)
		}
	}
}

// TestPlannerStatistics: a store that grew from empty has the statistics
// the query planner reads once it is closed and opened again (PRAGMA
// optimize), so the planner does not take every index as equally
// selective; a store without them gets them when opened.
func TestPlannerStatistics(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "stats.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 200 {
			a := &store.Article{URL: fmt.Sprintf("https://example.test/%d", i), Source: "stats", ContentHash: fmt.Sprintf("hash:%d", i),
				Title: "Quay", Text: "The quay opens."}
			if _, err := tx.InsertArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	statRows := func() int {
		t.Helper()
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		var n int
		if err := raw.QueryRow(`SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'`).Scan(&n); err != nil {
			return 0 // no sqlite_stat1 table at all
		}
		return n
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if n := statRows(); n == 0 {
		t.Errorf("after Close: no planner statistics for articles")
	}
	execRaw(t, path, `DROP TABLE sqlite_stat1`)
	db, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := statRows(); n == 0 {
		t.Errorf("after Open: no planner statistics for articles")
	}
	db.Close()
}

// TestSortedFilteredPlan: a page in another order than date with a filter
// on quad class, type or dates (and no actor or country key) walks the
// sort's index in order and stops, without a temporary b-tree: it took
// the filter's index and sorted every match (quad_class=4&sort=articles:
// 0.2-0.45 s at 100,000 events).
func TestSortedFilteredPlan(t *testing.T) {
	db := planDB(t)
	after := &store.EventPos{ID: 9, Date: "2025-03-10", NumSources: 2, NumArticles: 3, Goldstein: -2, FirstSeen: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)}
	checkEventPlans(t, db, []eventPlan{
		{"quad, articles", store.EventQuery{QuadClass: 4, Sort: store.SortArticles}, "events_articles"},
		{"quad, articles, after", store.EventQuery{QuadClass: 4, Sort: store.SortArticles, After: after}, "events_articles"},
		{"type, sources", store.EventQuery{Type: "ASSAULT", Sort: store.SortSources}, "events_sources"},
		{"type and quad, sources, after", store.EventQuery{Type: "ASSAULT", QuadClass: 4, Sort: store.SortSources, After: after}, "events_sources"},
		{"two sources, sources", store.EventQuery{MinSources: 2, Sort: store.SortSources}, "events_sources"},
		{"quad, goldstein", store.EventQuery{QuadClass: 4, Sort: store.SortGoldstein}, "events_goldstein"},
		{"quad, goldstein, after", store.EventQuery{QuadClass: 4, Sort: store.SortGoldstein, After: after}, "events_goldstein"},
		{"type, first seen", store.EventQuery{Type: "PROTEST", Sort: store.SortFirst}, "events_first_seen"},
		{"type, first seen, after", store.EventQuery{Type: "PROTEST", Sort: store.SortFirst, After: after}, "events_first_seen"},
		{"since, articles", store.EventQuery{Since: "2025-01-01", QuadClass: 1, Sort: store.SortArticles}, "events_articles"},
		// Back from an event (the web's "Previous"): the same index,
		// walked the other way.
		{"quad, articles, before", store.EventQuery{QuadClass: 4, Sort: store.SortArticles, Before: after}, "events_articles"},
		{"quad, goldstein, before", store.EventQuery{QuadClass: 4, Sort: store.SortGoldstein, Before: after}, "events_goldstein"},
		{"sources, before", store.EventQuery{Sort: store.SortSources, Before: after}, "events_sources"},
		{"date, before", store.EventQuery{Before: after}, "events_date"},
		{"actor, date, before", store.EventQuery{Actor: "FRA", Before: after}, "PRIMARY KEY (key=? AND (date,event_id)>(?,?))"},
	})
}

// TestMigrationCountsEvents: migration 0015 counts the events a store
// already holds, as EventCounts counted them from the events.
func TestMigrationCountsEvents(t *testing.T) {
	checkMigrationCounts(t, 15, undoV15, false)
}

// TestMigrationCountsNotAsserted: migration 0034 counts again the events a
// store holds, with how many of them did not take place, as EventCounts
// counted them from the events.
func TestMigrationCountsNotAsserted(t *testing.T) {
	checkMigrationCounts(t, 34, undoV34, true)
}

// checkMigrationCounts takes a store of events (told: some negated or
// planned) back to before migration version with undo, and checks the
// counts its migrations keep against those counted from the events.
func checkMigrationCounts(t *testing.T, version int, undo []string, told bool) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "counts.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SeedRankEvents(t, db, 200, 3)
	queries := []store.EventQuery{{}, {MinSources: 2}, {Type: "PROTEST"}, {QuadClass: 3, Since: "2024-03-02"}, {Country: "fra"}, {Actor: "B1", QuadClass: 2}}
	if told {
		storetest.WriteToldEvents(t, db, "told", 3)
		queries = append(queries, store.EventQuery{Type: "AGREE"}, store.EventQuery{Actor: "A1"})
	}
	var want []string
	for _, q := range queries {
		// Counted from the events themselves.
		query, args, err := eventsSQL(q, true)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := db.read.QueryContext(ctx, query+" ORDER BY 1, 2", args...)
		if err != nil {
			t.Fatal(err)
		}
		got, err := codec.ScanDateCounts(rows)
		rows.Close()
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, fmt.Sprint(got))
	}
	db = reopenBefore(t, db, path, version, undo)
	for i, q := range queries {
		if _, _, ok := countsQuery(q); !ok {
			t.Fatalf("%+v: not answered by the kept counts", q)
		}
		got, err := db.EventCounts(ctx, q)
		if err != nil || fmt.Sprint(got) != want[i] {
			t.Errorf("after migrating, counts %+v = %v, %v; the events say %s", q, got, err, want[i])
		}
	}
}

// TestRedateKeysPlan: moving an event to another day (SetEventDate, when a
// later report sharpens its date) finds the event's keys by
// event_keys_event, not by reading every key of the store.
func TestRedateKeysPlan(t *testing.T) {
	db := planDB(t)
	s := queryPlan(t, db, redateKeysSQL, "2024-01-02", 7)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "event_keys_event") || strings.Contains(s, "SCAN event_keys") {
		t.Errorf("plan: %s", s)
	}
}

// TestMigrationFillsReferenceDates: migration 19 copies the reference
// dates of stored undated articles out of their analyses and recomputes
// the earliest reports they change.
func TestMigrationFillsReferenceDates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v18.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	id, want := storetest.ReferenceDatedEvent(t, db)
	db = reopenBefore(t, db, path, 19, undoV19)
	e, _, err := db.Event(ctx, id)
	if err != nil || e.EarliestURL != want {
		t.Errorf("migrated: earliest report %v, %v; want %s", e, err, want)
	}
}

// TestActorSortedPlan: an actor's events in another order than date walk
// the actor's range of that sort's event_actor_ranks index (first page,
// keyset pages both ways, with other filters), without a temporary b-tree
// sorting every event of the actor.
func TestActorSortedPlan(t *testing.T) {
	db := planDB(t)
	after := &store.EventPos{ID: 9, Date: "2025-03-10", NumSources: 2, NumArticles: 3, Goldstein: -2, FirstSeen: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)}
	checkEventPlans(t, db, []eventPlan{
		{"sources", store.EventQuery{Actor: "FRA", Sort: store.SortSources}, "event_actor_ranks_sources"},
		{"name, sources, after", store.EventQuery{Actor: "Emmanuel Macron", Sort: store.SortSources, After: after}, "event_actor_ranks_sources"},
		{"articles, quad", store.EventQuery{Actor: "FRA", QuadClass: 4, Sort: store.SortArticles}, "event_actor_ranks_articles"},
		{"first seen, since", store.EventQuery{Actor: "FRA", Since: "2025-01-01", Sort: store.SortFirst}, "event_actor_ranks_first_seen"},
		{"goldstein, after", store.EventQuery{Actor: "FRA", Sort: store.SortGoldstein, After: after}, "event_actor_ranks_goldstein"},
		{"goldstein, before", store.EventQuery{Actor: "FRA", Sort: store.SortGoldstein, Before: after}, "event_actor_ranks_goldstein"},
		{"target too, sources", store.EventQuery{Actor: "FRA", Target: "DEU", Sort: store.SortSources}, "event_actor_ranks_sources"},
		// A source or a target alone: its own range of the same index.
		{"source, sources", store.EventQuery{Source: "FRA", Sort: store.SortSources}, "event_actor_ranks_sources (key=?)"},
		{"target, goldstein, after", store.EventQuery{Target: "Emmanuel Macron", Sort: store.SortGoldstein, After: after}, "event_actor_ranks_goldstein"},
		{"source, articles, type", store.EventQuery{Source: "FRA", Type: "PROTEST", Sort: store.SortArticles}, "event_actor_ranks_articles"},
		{"target, first seen, before", store.EventQuery{Target: "FRA", Sort: store.SortFirst, Before: after}, "event_actor_ranks_first_seen"},
		{"source and target, sources", store.EventQuery{Source: "FRA", Target: "DEU", Sort: store.SortSources}, "event_actor_ranks_sources"},
		// A country with an actor: without counts the actor drives.
		{"country and actor, sources", store.EventQuery{Country: "FRA", Actor: "Emmanuel Macron", Sort: store.SortSources}, "event_actor_ranks_sources"},
		{"country and target, goldstein", store.EventQuery{Country: "FRA", Target: "DEU", Sort: store.SortGoldstein}, "event_actor_ranks_goldstein"},
	})
	// The country's index, when counts make it the driver.
	q := store.EventQuery{Country: "NRU", Actor: "USA", Sort: store.SortSources}
	query, args, err := drivenEventsSQL(q, false, "c:nru")
	if err != nil {
		t.Fatal(err)
	}
	if s := queryPlan(t, db, query, args...); !strings.Contains(s, "event_country_ranks_sources (country=?)") || strings.Contains(s, "TEMP B-TREE") {
		t.Errorf("plan, country driving: %s", s)
	}
}

// TestRankDriverBySize: with a country and a party filter in a sort other
// than date, the filter of fewer events drives, by the counts of
// event_keys; and each key's count stops at codec.DriverCap.
func TestRankDriverBySize(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	storetest.SeedRankEvents(t, db, 300, 9)
	count := func(key string) int {
		var n int
		if err := db.read.QueryRow(`SELECT COUNT(*) FROM event_keys WHERE key = ?`, key).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	checked := 0
	for _, q := range []store.EventQuery{
		{Actor: "A1", Country: "fra"}, {Source: "A0", Country: "nga"}, {Target: "B2", Country: "deu"},
		{Source: "A2", Target: "B1"}, {Actor: "A0", Target: "B0", Country: "FRA"},
	} {
		// Newest first too: the smallest key's range of event_keys.
		for _, sort := range []string{store.SortSources, store.SortDate} {
			q.Sort = sort
			drive, err := db.rankDriver(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			keys := codec.FilterKeys(q)
			if !slices.Contains(keys, drive) {
				t.Errorf("%+v: %q drives, not one of %v", q, drive, keys)
			}
			for _, k := range keys {
				if count(k) < count(drive) {
					t.Errorf("%+v: %s drives (%d events), %s has %d", q, drive, count(drive), k, count(k))
				}
			}
			checked++
		}
	}
	// The first key counted up to 2 instead of codec.DriverCap.
	query, args := keySizesQuery([]string{"c:fra", "a:a0"})
	args[1] = 2
	var a, b int
	if err := db.read.QueryRow(query, args...).Scan(&a, &b); err != nil || a != 2 || b != count("a:a0") {
		t.Errorf("capped counts: %d, %d (%v); want 2, %d", a, b, err, count("a:a0"))
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

// eventPlan is an event listing and the index its plan must walk in order.
type eventPlan struct {
	name string
	q    store.EventQuery
	want string
}

// checkEventPlans checks that each listing's plan uses its index and
// sorts nothing in a temporary b-tree: the page is read in index order and
// stops, whatever the number of matching events.
func checkEventPlans(t *testing.T, db *DB, plans []eventPlan) {
	t.Helper()
	for _, c := range plans {
		query, args, err := eventsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, c.want) || strings.Contains(s, "TEMP B-TREE") {
			t.Errorf("plan, %s: %s; want %s in order", c.name, s, c.want)
		}
	}
}

// TestMigrationRanksByRole: migration 23 rebuilds the per-actor sort keys
// of the events stored before it under their actor, source and target
// keys, so sorted actor, source and target listings find them as the
// date listing does.
func TestMigrationRanksByRole(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v22.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SeedRankEvents(t, db, 300, 6)
	db = reopenBefore(t, db, path, 23, undoV23)
	storetest.CheckActorSorts(t, db)
	checkRankPaths(t, db)
}

// TestMigrationFillsActorRanks: migration 20 copies the sort columns of
// the events stored before it under each of their actors, so sorted
// actor listings find them.
func TestMigrationFillsActorRanks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v19.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SeedRankEvents(t, db, 300, 5)
	db = reopenBefore(t, db, path, 20, undoV20)
	storetest.CheckActorSorts(t, db)
}

// TestMigrationAddsEventLocations upgrades a version-31 store, whose events
// keep their place's text alone: migration 32 adds the place's actor and
// country, empty for the events already stored (remerge fills them), and
// an event stored since keeps them and is found by its place's country.
func TestMigrationAddsEventLocations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v31.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteUnlocatedEvent(t, db)
	db = reopenBefore(t, db, path, 32, undoV32)
	storetest.CheckLocationsAfterUpgrade(t, db)
}

// TestMigrationAddsEventPolarity upgrades a version-32 store, whose events
// and reports do not say whether they took place: migration 33 adds their
// polarity and modality, unknown for the events already stored (remerge
// fills them), kept for an event stored since.
func TestMigrationAddsEventPolarity(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v32.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteUnmarkedEvent(t, db)
	db = reopenBefore(t, db, path, 33, undoV33)
	storetest.CheckPolarityAfterUpgrade(t, db)
}
