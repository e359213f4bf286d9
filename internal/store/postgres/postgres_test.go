package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// spare holds schemas that earlier tests used, migrated and emptied:
// migrating a new schema for every test would cost a third of a second.
var spare = make(chan string, 16)

// openTemp opens an empty store in a schema no other running test uses.
// The schema comes in the DSN's search_path, as a user would pass it in a
// --db URL.
func openTemp(t testing.TB) *DB {
	t.Helper()
	var dsn string
	select {
	case dsn = <-spare:
	default:
		dsn, _ = pgtest.SharedDSN(t)
	}
	db := openDSN(t, dsn)
	t.Cleanup(func() {
		if err := empty(dsn); err != nil {
			t.Errorf("empty the test schema: %v", err)
			return
		}
		select {
		case spare <- dsn:
		default:
		}
	})
	return db
}

// empty deletes every row of a store's tables (but the migrations') and
// restarts its ids, so the schema is as a new store's.
func empty(dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(`DO $$ BEGIN
		EXECUTE (SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ') || ' RESTART IDENTITY CASCADE'
			FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations');
	END $$`)
	return err
}

func openDSN(t testing.TB, dsn string) *DB {
	t.Helper()
	db, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// reopenBefore takes the store at dsn back to before schema version with
// undo, closes db and opens the store again, which migrates it from there:
// the PostgreSQL twin of the SQLite tests' reopenBefore.
func reopenBefore(t *testing.T, db *DB, dsn string, version int, undo string) *DB {
	t.Helper()
	if _, err := db.db.ExecContext(context.Background(), undo+fmt.Sprintf(`DELETE FROM schema_migrations WHERE version >= %d`, version)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return openDSN(t, dsn)
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

type migrationRow struct {
	version int
	name    string
	at      time.Time
}

func migrationRows(t *testing.T, db *DB) []migrationRow {
	t.Helper()
	rows, err := db.db.Query(`SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []migrationRow
	for rows.Next() {
		var r migrationRow
		if err := rows.Scan(&r.version, &r.name, &r.at); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// A fresh database gets every migration, recorded once; opening it again
// changes nothing; a later migration is applied on the next open, in
// order, once; and a program that does not know it refuses the database.
func TestMigrations(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		t.Fatalf("migrations: %d, %v", len(ms), err)
	}
	db := openDSN(t, dsn)
	first := migrationRows(t, db)
	if len(first) != len(ms) || first[len(first)-1].version != SchemaVersion() {
		t.Fatalf("fresh database: migrations %+v, want %d up to version %d", first, len(ms), SchemaVersion())
	}
	for _, table := range []string{"articles", "article_text", "events", "event_keys", "event_country_ranks", "event_sources", "failures", "feeds", "feed_links"} {
		var ok bool
		if err := db.db.QueryRow(`SELECT to_regclass($1) IS NOT NULL`, table).Scan(&ok); err != nil || !ok {
			t.Errorf("table %s missing after migration (%v)", table, err)
		}
	}
	if st, err := db.Stats(ctx); err != nil || st.Schema != SchemaVersion() {
		t.Errorf("stats schema = %d, %v; want %d", st.Schema, err, SchemaVersion())
	}
	db.Close()

	again := openDSN(t, dsn)
	if got := migrationRows(t, again); len(got) != len(first) || !got[len(got)-1].at.Equal(first[len(first)-1].at) {
		t.Errorf("re-open changed the migrations: %+v, was %+v", got, first)
	}

	// Two migrations this program does not have yet: applied in version
	// order (the second needs the first), each recorded once.
	next := SchemaVersion() + 1
	later := append(append([]migration(nil), ms...),
		migration{Version: next, Name: "probe_a.sql", SQL: `CREATE TABLE probe (x integer NOT NULL)`},
		migration{Version: next + 1, Name: "probe_b.sql", SQL: `ALTER TABLE probe ADD COLUMN y text; INSERT INTO probe VALUES (1, 'b')`},
	)
	for i := 0; i < 2; i++ {
		if err := again.apply(ctx, later); err != nil {
			t.Fatalf("apply later migrations (round %d): %v", i, err)
		}
	}
	var n int
	if err := again.db.QueryRow(`SELECT COUNT(*) FROM probe`).Scan(&n); err != nil || n != 1 {
		t.Errorf("probe rows = %d, %v; want 1 (each migration once)", n, err)
	}
	if got := migrationRows(t, again); len(got) != len(ms)+2 || got[len(got)-1].version != next+1 {
		t.Errorf("migrations after upgrade: %+v", got)
	}
	if _, err := Open(ctx, dsn, Options{}); !errors.Is(err, store.ErrNewerSchema) {
		t.Errorf("open a newer schema: err = %v, want ErrNewerSchema", err)
	}
}

// Stores opened at once on a new database (two processes starting) migrate
// it once between them.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	dbs := make([]*DB, 3)
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = Open(context.Background(), dsn, Options{})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	ms, _ := migrations()
	if got := migrationRows(t, dbs[0]); len(got) != len(ms) {
		t.Errorf("migrations = %+v, want each once", got)
	}
}

// Readers do not wait for the writer and do not see what it has not
// committed; a second store on the same database (another process) writes
// after the first.
func TestReadsDuringWrites(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db, other := openDSN(t, dsn), openDSN(t, dsn)
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
		// A reader that waited for the writer would wait until the end:
		// the bound only ends the test, generous for a loaded machine.
		qctx, cancel := context.WithTimeout(ctx, time.Minute)
		if _, err := s.Events(qctx, store.EventQuery{}); err != nil {
			t.Errorf("read during a write: %v", err)
		}
		if seen, err := s.Seen(qctx, "https://a.example/1", ""); err != nil || seen {
			t.Errorf("uncommitted article visible to a reader: %v %v", seen, err)
		}
		cancel()
	}
	// The other store's writer waits for the lock, then sees the article.
	otherDone := make(chan error, 1)
	go func() {
		otherDone <- other.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			id, err := tx.FindArticle(ctx, "https://a.example/1", "")
			if err != nil {
				return err
			}
			if id == 0 {
				return errors.New("the second writer does not see the first writer's article")
			}
			_, err = tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/2", ContentHash: "h2", Title: "Snow", Text: "snow"})
			return err
		})
	}()
	// It waits at the advisory lock (seen in pg_locks), rather than
	// merely not having finished within some time, which on a loaded
	// machine proves nothing.
	waitForLockWaiter(t, db, otherDone)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := <-otherDone; err != nil {
		t.Fatalf("second process write: %v", err)
	}
	if st, _ := db.Stats(ctx); st.Articles != 2 {
		t.Errorf("articles = %d, want 2", st.Articles)
	}
}

// waitForLockWaiter returns once a writer of db's schema waits for the
// writers' advisory lock, and fails the test if done (that writer's
// result) comes first: it ran although the lock was held.
func waitForLockWaiter(t *testing.T, db *DB, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		select {
		case err := <-done:
			t.Fatalf("second writer ran while the first held the write lock (err %v)", err)
		default:
		}
		var n int
		// The lock's keys are lockClass and hashtext(schema), shown
		// as unsigned oids.
		if err := db.db.QueryRow(`SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
			AND classid = $1::bigint::oid AND objid = (hashtext(current_schema())::bigint & 4294967295)::oid AND objsubid = 2`, lockClass).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the second writer neither waited for the write lock nor finished within a minute")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// A function that goes on after a failed statement gets the statement's
// error from Write (PostgreSQL aborted the transaction), and nothing is
// stored; a duplicate article is not such a failure.
func TestAbortedTransactionReported(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/1", ContentHash: "h1", Text: "x"}); err != nil {
			return err
		}
		// No such event: a foreign key violation, ignored by the caller.
		_ = tx.AddMention(ctx, &store.EventMention{EventID: 999, ArticleID: 1, ArticleEventID: "e"})
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "aborted by an earlier error") || !strings.Contains(err.Error(), "foreign key") {
		t.Errorf("Write = %v, want the foreign key error", err)
	}
	if seen, _ := db.Seen(ctx, "https://a.example/1", ""); seen {
		t.Error("the aborted transaction stored its article")
	}
}

// Text PostgreSQL cannot store as it is (NUL bytes, invalid UTF-8; SQLite
// keeps both) is stored cleaned, and the analysis (JSON, which makes
// invalid UTF-8 U+FFFD in every store) keeps the NUL bytes.
func TestUnstorableText(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	text := "Valid start.\x00 Bad byte \xff here."
	a := &store.Article{URL: "https://a.example/\xff", ContentHash: "h1", Title: "Ti\x00tle", Text: text,
		Data: &model.Article{Title: "Ti\x00tle", Text: text, Entities: []model.Entity{{Text: "B\xffd", Type: model.EntityOrg}}}}
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, a); err != nil {
			return err
		}
		return tx.RecordFailure(ctx, store.Failure{Source: "x\x00y", Error: "bad \xff"})
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Title" || got.Text != "Valid start. Bad byte \uFFFD here." || got.Data.Text != strings.ToValidUTF8(text, "\uFFFD") {
		t.Errorf("stored title %q, text %q, analysis text %q", got.Title, got.Text, got.Data.Text)
	}
	if seen, err := db.Seen(ctx, a.URL, ""); err != nil || !seen {
		t.Errorf("Seen(the same bad URL) = %v, %v", seen, err)
	}
	if hits, err := db.Search(ctx, store.SearchQuery{Text: "byte"}); err != nil || len(hits) != 1 {
		t.Errorf("search = %+v, %v", hits, err)
	}
}

// A document too big for one tsvector (1 MiB of distinct words) is stored,
// searchable by its first words.
func TestHugeTextStored(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := openTemp(t)
	var b strings.Builder
	b.WriteString("Opening words about harbours. ")
	for i := 0; b.Len() < 1_200_000; i++ {
		b.WriteString(fmtWord(i))
		b.WriteByte(' ')
	}
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/big", ContentHash: "big", Title: "Big", Text: b.String()})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if hits, err := db.Search(ctx, store.SearchQuery{Text: "harbours"}); err != nil || len(hits) != 1 {
		t.Errorf("search = %+v, %v", hits, err)
	}
}

// fmtWord is a distinct made-up word per i (letters only).
func fmtWord(i int) string {
	var b []byte
	for i++; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return "zq" + string(b)
}

// Health estimates the tables from its threshold up, from the planner's
// statistics, and says so; after ANALYZE of small tables the estimates
// are the counts.
func TestHealthEstimates(t *testing.T) {
	db := openTemp(t)
	ctx := context.Background()
	storetest.SeedRankEvents(t, db, 60, 9)
	analyzeSchema(t, db)
	want, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db.estimateFrom = 10 // the articles (12), events and mentions, not the actors (6) or failures
	got, err := db.Health(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Estimated || got != (store.Stats{Articles: 12, Duplicates: 4, Events: 60, Mentions: want.Mentions, Actors: want.Actors, Schema: want.Schema, Estimated: true}) {
		t.Errorf("Health = %+v, Stats = %+v", got, want)
	}
	// Tables never analysed, or emptied, are counted.
	empty := openTemp(t)
	empty.estimateFrom = 10
	if got, err := empty.Health(ctx); err != nil || got.Estimated || got.Articles != 0 {
		t.Errorf("empty store: Health = %+v, %v", got, err)
	}
}

// TestActorArticlesPlan checks that article_actors_actor_published can
// yield a page of an actor's articles, first or after a keyset position,
// in order: with sorts and sequential scans priced out, the plan reads
// that index and sorts nothing. (On a table this small the planner would
// rightly scan and sort; priced out, a plan without a sort exists only if
// the index serves the order.)
func TestActorArticlesPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off`)
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
		s := queryPlan(t, conn, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "article_actors_actor_report_date") || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// planConn is a connection to a fresh test store with the planner
// settings set, for the plan tests; it is closed when the test ends.
//
// Its tables are empty and never analysed, so the planner prices each as
// ten pages and the indexes by what they are for. Analysed, an empty
// table is one row, every index as cheap as any other, and several plan
// tests' intended index loses ties to another (TestQuotesListingPlan's
// one article, TestCandidatesByCountryPlan, TestEventCountsPlan,
// TestJointQuotesPlan did, run after an ANALYZE). A bare ANALYZE in a
// parallel test analyses every schema of the server, these too, which
// made the plan tests fail when such a test happened to overlap them
// (more often on a loaded machine): tests analyse with analyzeSchema,
// and the cleanup fails loudly, naming the cause, if the tables were
// analysed all the same.
func planConn(t *testing.T, settings string) *sql.Conn {
	t.Helper()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	conn, err := db.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		defer conn.Close()
		if n, err := analysedTables(conn); err != nil || n > 0 {
			t.Errorf("%d tables of the plan test's schema were analysed or vacuumed during the test (%v): "+
				"its plans on empty tables are then ties; did a test run a bare ANALYZE rather than analyzeSchema?", n, err)
		}
	})
	if _, err := conn.ExecContext(context.Background(), settings); err != nil {
		t.Fatal(err)
	}
	return conn
}

// analysedTables counts the tables of the connection's schema that have
// statistics (pg_class.reltuples is -1 until ANALYZE or VACUUM).
func analysedTables(conn *sql.Conn) (int, error) {
	var n int
	err := conn.QueryRowContext(context.Background(), `SELECT COUNT(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
		WHERE s.nspname = current_schema() AND c.relkind = 'r' AND c.reltuples >= 0`).Scan(&n)
	return n, err
}

// analyzeSchema gathers the planner's statistics of the tables of db's
// schema alone (as autovacuum would after a load). A bare ANALYZE would
// analyse every schema of the test server, the empty ones of the plan
// tests running in parallel too (see planConn).
func analyzeSchema(tb testing.TB, db *DB) {
	tb.Helper()
	ctx := context.Background()
	var tables string
	if err := db.db.QueryRowContext(ctx, `SELECT string_agg(quote_ident(tablename), ', ' ORDER BY tablename)
		FROM pg_tables WHERE schemaname = current_schema()`).Scan(&tables); err != nil {
		tb.Fatal(err)
	}
	if _, err := db.db.ExecContext(ctx, `ANALYZE `+tables); err != nil {
		tb.Fatal(err)
	}
}

// queryPlan is PostgreSQL's plan of query on conn, its lines joined by "; ".
func queryPlan(t *testing.T, conn *sql.Conn, query string, args ...any) string {
	t.Helper()
	rows, err := conn.QueryContext(context.Background(), `EXPLAIN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, strings.TrimSpace(line))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "; ")
}

// TestCandidatesByCountryPlan explains merge's candidate lookup: it reads
// the countries' ranges of event_keys by its primary key and then events
// by id, never every event of a type.
func TestCandidatesByCountryPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off`)
	query, args := candidatesByCountryQuery([]string{"AID", "SUPPORT"}, []string{"JPN", "VUT"}, "2024-01-01", "2024-01-07")
	s := queryPlan(t, conn, query, cleanArgs(args)...)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "event_keys_pkey") || !strings.Contains(s, "events_pkey") || strings.Contains(s, "events_type") {
		t.Errorf("plan: %s", s)
	}
}

// undoV31 takes a database back from schema 31 to 30: no index of the
// canonical articles by report date.
var undoV31 = `DROP INDEX articles_report_date;
	`

// undoV30 takes a database back from schema 31 to 29: no index of quotes
// by their speaker words alone.
var undoV30 = undoV31 + `DROP INDEX quotes_speaker_key_report_date;
	`

// undoV29 takes a database back from schema 29 to 28: the kept timeline
// counts without not_asserted, as migration 11 made them (no migration
// since changed them), and events without the generated not_asserted;
// migration 11's triggers read no polarity, so undoV28 can drop the
// column.
var undoV29 = undoV30 + `DROP TRIGGER event_counts_write ON events; DROP TRIGGER event_counts_update ON events;
	DROP TRIGGER event_counts_keys ON event_keys; DROP TRIGGER event_counts_keys_update ON event_keys;
	DROP FUNCTION event_counts_change(); DROP FUNCTION event_counts_key_change();
	DROP TABLE event_counts; ALTER TABLE events DROP COLUMN not_asserted;
	` + migrationText("0011_event_counts.sql") + `
	`

// migrationText is the SQL of the migration file name.
func migrationText(name string) string {
	b, err := migrationFS.ReadFile("migrations/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// undoV28 takes a database back from schema 29 to 27: events and their
// reports without polarity and modality.
var undoV28 = undoV29 + `ALTER TABLE events DROP COLUMN polarity, DROP COLUMN modality;
	ALTER TABLE event_mentions DROP COLUMN polarity, DROP COLUMN modality;
	`

// undoV27 takes a database back from schema 29 to 26: events and their
// reports without the place's actor and country (reports without the
// place's text either).
var undoV27 = undoV28 + `DROP INDEX events_location_date;
	ALTER TABLE events DROP COLUMN location_actor, DROP COLUMN location_country;
	ALTER TABLE event_mentions DROP COLUMN location, DROP COLUMN location_actor, DROP COLUMN location_country;
	`

// undoV26 takes a database back from schema 29 to 25: events and their
// reports without the spans of days planned events are dated by.
var undoV26 = undoV27 + `ALTER TABLE events DROP COLUMN date_from, DROP COLUMN date_to;
	ALTER TABLE event_mentions DROP COLUMN date_from, DROP COLUMN date_to;
	`

// undoV25 takes a database back from schema 29 to 24: search vectors of
// titles and bodies alone.
var undoV25 = undoV26 + `UPDATE article_text SET tsv = ts_filter(tsv, '{a,c,d}') WHERE tsv IS NOT NULL;
	COMMENT ON COLUMN article_text.tsv IS NULL;
	`

// undoV24 takes a database back from schema 25 to 23: articles without
// their site names and publish offsets.
var undoV24 = undoV25 + `ALTER TABLE articles DROP COLUMN site_name, DROP COLUMN published_offset;
	`

// undoV23 takes a database back from schema 24 to 22: no feed links kept.
var undoV23 = undoV24 + `DROP TABLE feed_links;
	`

// undoV22 takes a database back from schema 23 to 21: quotes without the
// kinds of their conduits.
var undoV22 = undoV23 + `ALTER TABLE quotes DROP COLUMN conduit_kind;
	`

// undoV21 takes a database back from schema 23 to 20: quotes without
// their joint speakers.
var undoV21 = undoV22 + `DROP TABLE quote_speakers; ALTER TABLE quotes DROP COLUMN speaker_actor_ids;
	`

// undoV19 takes a database back from schema 21 to 18 (migration 20
// changed only data): the per-actor sort
// keys of events as migration 16 made them, under "a:" keys only (without
// the prefix), none for a source or a target.
var undoV19 = undoV21 + `DROP TABLE event_actor_ranks;
	CREATE TABLE event_actor_ranks (actor text COLLATE "C" NOT NULL, event_id bigint NOT NULL REFERENCES events(id),
		date text COLLATE "C" NOT NULL, num_sources integer NOT NULL, num_articles integer NOT NULL,
		first_seen timestamptz NOT NULL, goldstein double precision NOT NULL, PRIMARY KEY (actor, event_id));
	INSERT INTO event_actor_ranks(actor, event_id, date, num_sources, num_articles, first_seen, goldstein)
		SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
		FROM event_keys k JOIN events e ON e.id = k.event_id WHERE k.key >= 'a:' AND k.key < 'a;' ON CONFLICT DO NOTHING;
	CREATE INDEX event_actor_ranks_sources ON event_actor_ranks(actor, num_sources DESC, date DESC, event_id DESC);
	CREATE INDEX event_actor_ranks_articles ON event_actor_ranks(actor, num_articles DESC, date DESC, event_id DESC);
	CREATE INDEX event_actor_ranks_first_seen ON event_actor_ranks(actor, first_seen DESC, event_id DESC);
	CREATE INDEX event_actor_ranks_goldstein ON event_actor_ranks(actor, goldstein ASC, date DESC, event_id DESC);
	CREATE INDEX event_actor_ranks_event ON event_actor_ranks(event_id);
	`

// undoV18 takes a database back from schema 19 to 17 (the report date
// indexes under their old "published" names).
var undoV18 = undoV19 + `ALTER INDEX quotes_speaker_report_date RENAME TO quotes_speaker_published;
	ALTER INDEX quotes_report_date RENAME TO quotes_published;
	ALTER INDEX article_actors_actor_report_date RENAME TO article_actors_actor_published;
	`

// undoV17 takes a database back from schema 18 to 16 (quotes and an
// actor's articles listed by publish date, undated rows NULL).
var undoV17 = undoV18 + `UPDATE quotes SET report_date = NULL WHERE article_id IN (SELECT id FROM articles WHERE published IS NULL);
	UPDATE article_actors SET report_date = NULL WHERE article_id IN (SELECT id FROM articles WHERE published IS NULL);
	ALTER TABLE quotes RENAME COLUMN report_date TO published;
	ALTER TABLE article_actors RENAME COLUMN report_date TO published;
	`

// undoV16 takes a database back from schema 17 to 15 (the per-actor
// sort keys of events).
var undoV16 = undoV17 + `DROP TABLE event_actor_ranks;
	`

// undoV15 takes a database back from schema 17 to 14 (the articles'
// reference dates), with the earliest reports as schema 14 chose them
// (by publish date, else ingest time).
var undoV15 = undoV16 + `UPDATE events e SET (earliest_url, earliest_at) = (
		SELECT a.url, COALESCE(a.published, a.ingested_at) AS at FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = e.id ORDER BY at, a.id LIMIT 1)
	WHERE e.id IN (SELECT event_id FROM event_mentions);
	ALTER TABLE articles DROP COLUMN reference_date;
	`

// undoV14 takes a database back from schema 17 to 13 (event_keys by
// event).
var undoV14 = undoV15 + `DROP INDEX event_keys_event;
	`

// undoV13 takes a database back from schema 17 to 12 (the actors'
// family keys).
var undoV13 = undoV14 + `DROP INDEX actors_family_key;
	ALTER TABLE actors DROP COLUMN family_key;
	`

// undoV12 takes a database back from schema 17 to 11 (the quotes' folded
// speaker words).
var undoV12 = undoV13 + `DROP INDEX quotes_speaker_key;
	ALTER TABLE quotes DROP COLUMN speaker_key;
	CREATE INDEX quotes_speaker_words ON quotes(lower(speaker), speaker_actor_id) WHERE speaker_actor_id <> '';
	`

// undoV11 takes a database back from schema 17 to 10 (the kept event
// counts, their triggers and function).
var undoV11 = undoV12 + `DROP TRIGGER event_counts_write ON events;
	DROP TRIGGER event_counts_update ON events;
	DROP TRIGGER event_counts_keys ON event_keys;
	DROP TRIGGER event_counts_keys_update ON event_keys;
	DROP FUNCTION event_counts_change();
	DROP FUNCTION event_counts_key_change();
	DROP TABLE event_counts;
	`

// undoV10 takes a database back from schema 17 to 9 (the event sort
// indexes as they were).
var undoV10 = undoV11 + `DROP INDEX events_sources, events_articles, events_first_seen, events_goldstein;
	CREATE INDEX events_sources ON events(num_sources DESC, date DESC);
	CREATE INDEX events_articles ON events(num_articles DESC, date DESC);
	CREATE INDEX events_first_seen ON events(first_seen DESC);
	CREATE INDEX events_goldstein ON events(goldstein, date DESC);
	`

// undoV9 takes a database back from schema 17 to 8 (the dates reports
// give their events).
var undoV9 = undoV10 + `ALTER TABLE event_mentions DROP COLUMN date;
	ALTER TABLE event_mentions DROP COLUMN precision;
	`

// undoV8 takes a database back from schema 17 to 7 (the actors' name
// keys; event keys of non-ASCII names are left folded).
var undoV8 = undoV9 + `DROP INDEX actors_name_key;
	ALTER TABLE actors DROP COLUMN name_key;
	CREATE INDEX actors_name_lower ON actors(lower(name));
	`

// undoV7 takes a database back from schema 17 to 6.
var undoV7 = undoV8 + `DROP INDEX events_corroborated;
	`

// undoV6 takes a database back from schema 17 to 5.
var undoV6 = undoV7 + `DROP INDEX quotes_published;
	`

// undoV5 takes a database back from schema 17 to 4.
var undoV5 = undoV6 + `DROP INDEX quotes_speaker_words;
	DROP INDEX actors_name_lower;
	`

// undoV4 takes a database back from schema 17 to 3.
var undoV4 = undoV5 + `DROP INDEX quotes_speaker_published;
	ALTER TABLE quotes DROP COLUMN published;
	CREATE INDEX quotes_speaker ON quotes(speaker_actor_id) WHERE speaker_actor_id <> '';
	`

// TestMigrationListsByReportDate upgrades a version-16 store, whose
// quotes and article_actors rows of undated articles have no date: they
// get their articles' report dates (reference, else ingest day), so the
// undated come among the dated, whole and page by page.
func TestMigrationListsByReportDate(t *testing.T) {
	t.Parallel()
	checkDatedOrderAfterUndo(t, 17, undoV17)
}

// TestMigrationRenamesReportDateIndexes upgrades a version-17 store,
// whose report date indexes still carry their "published" names: they
// are renamed (none of the old names is left) and the listings they
// serve come in the same order, whole and page by page.
func TestMigrationRenamesReportDateIndexes(t *testing.T) {
	t.Parallel()
	dsn, schema := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteDatedArticles(t, db)
	db = reopenBefore(t, db, dsn, 18, undoV18)
	rows, err := db.db.QueryContext(context.Background(), `SELECT indexname FROM pg_indexes
		WHERE schemaname = $1 AND tablename IN ('quotes', 'article_actors') ORDER BY indexname`, schema)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
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
}

// TestMigrationCopiesQuotePublishTimes upgrades a version-3 store: its
// quotes get their articles' publish times, so a speaker's quotes still
// come newest first, undated last, whole and page by page.
func TestMigrationCopiesQuotePublishTimes(t *testing.T) {
	t.Parallel()
	// As schema 3 left it: no copy of the time, the speaker-only index.
	checkDatedOrderAfterUndo(t, 4, undoV4)
}

// checkDatedOrderAfterUndo writes storetest's dated articles, takes the
// store back to before schema version with the undo SQL, opens it again
// (which migrates it forward) and checks the dated order of its listings.
func checkDatedOrderAfterUndo(t *testing.T, version int, undo string) {
	t.Helper()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteDatedArticles(t, db)
	storetest.CheckDatedOrder(t, reopenBefore(t, db, dsn, version, undo))
}

// TestMigrationCopiesPublishTimes upgrades a version-1 store: its
// article_actors rows get their articles' publish times, so the actor's
// articles still come newest first, undated last.
func TestMigrationCopiesPublishTimes(t *testing.T) {
	t.Parallel()
	// As schema 1 left it: no copy of the time, no index.
	checkDatedOrderAfterUndo(t, 2, undoV4+`ALTER TABLE quotes DROP COLUMN conduit, DROP COLUMN audience;
		DROP INDEX article_actors_actor_published;
		ALTER TABLE article_actors DROP COLUMN published;
		CREATE INDEX article_actors_actor ON article_actors(actor_id);
		`)
}

// TestQuotesPlan checks that a page of a speaker's quotes, first or after
// a keyset position, with or without dates and words, is read from
// quotes_speaker_report_date in order: with sorts and sequential scans
// priced out (as in TestActorArticlesPlan), the plan reads that index and
// sorts nothing, which it can only if the index serves the order.
func TestQuotesPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off`)
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
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "quotes_speaker_report_date") || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestQuotesBySpeakerWordsPlan checks that a page of the quotes a
// speaker's words name (QuoteQuery.SpeakerWords: "officials", a joint
// speaker), first or after a position, with dates and words, is read from
// quotes_speaker_key_report_date in order, as TestQuotesPlan checks an
// actor's. Words and an actor id together (the store's combined filter,
// storetest's "words and an actor") are read from either speaker index,
// each of which serves the order, and the other term is a filter: this
// planner reads the words' one where SQLite reads the actor's, and
// neither sorts nor reads every quote.
func TestQuotesBySpeakerWordsPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off`)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
	}{
		{"words", store.QuoteQuery{SpeakerWords: "Germany and France", Limit: 20}},
		{"words, after a quote", store.QuoteQuery{SpeakerWords: "officials", Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}},
		{"words, dates and text", store.QuoteQuery{SpeakerWords: "officials", Since: "2024-01-01", Until: "2024-02-01", Text: "talks", Limit: 20}},
		{"words and an actor", store.QuoteQuery{SpeakerWords: "the minister", Speaker: "Q1", Limit: 20}},
		{"words and an actor, after a quote", store.QuoteQuery{SpeakerWords: "the minister", Speaker: "Q1", Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}},
	} {
		query, args, err := quotesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		t.Logf("plan, %s: %s", c.name, s)
		index := strings.Contains(s, "quotes_speaker_key_report_date") ||
			(c.q.Speaker != "" && strings.Contains(s, "quotes_speaker_report_date"))
		if !index || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestEventsCorroboratedPlan: events of two sources or more, newest first,
// can be read from the partial index events_corroborated, first page and
// after a keyset position, as a generic plan (the parameter unseen): with
// sorts and sequential scans priced out, and on this empty table the
// smaller index the cheaper, the plan reads it and sorts nothing.
func TestEventsCorroboratedPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off; SET plan_cache_mode = force_generic_plan`)
	for _, c := range []struct {
		name string
		q    store.EventQuery
	}{
		{"first page", store.EventQuery{MinSources: 2, Limit: 50}},
		{"after an event", store.EventQuery{MinSources: 2, Limit: 50, After: &store.EventPos{ID: 9, Date: "2025-03-10"}}},
		{"dates", store.EventQuery{MinSources: 3, Since: "2025-01-01", Until: "2025-03-31", Limit: 1000}},
	} {
		query, args, err := eventsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "events_corroborated") || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
	}
}

// TestQuotesListingPlan checks that a page of quotes without a speaker —
// all of them, a date range, words — first or after a keyset position,
// reads quotes_report_date in order: with sorts and sequential scans priced
// out, the plan reads that index and sorts nothing. One article's quotes
// are still read by the primary key.
func TestQuotesListingPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off`)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
		want string
	}{
		{"all", store.QuoteQuery{Limit: 20}, "quotes_report_date"},
		{"all, after a dated quote", store.QuoteQuery{Limit: 20, After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}, "quotes_report_date"},
		{"all, after an undated quote", store.QuoteQuery{Limit: 20, After: &store.QuotePos{ArticleID: 5, Seq: 1}}, "quotes_report_date"},
		{"dates", store.QuoteQuery{Since: "2024-01-01", Until: "2024-02-01", Limit: 20}, "quotes_report_date"},
		{"since, words, after a quote", store.QuoteQuery{Since: "2024-01-01", Text: "talks", Limit: 20,
			After: &store.QuotePos{Date: &at, ArticleID: 5, Seq: 1}}, "quotes_report_date"},
		{"words", store.QuoteQuery{Text: "talks", Limit: 20}, "quotes_report_date"},
	} {
		query, args, err := quotesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, c.want) || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s; want %s", c.name, s, c.want)
		}
	}
	// One article's few quotes are sorted, as before: with sorts allowed
	// the primary key finds them (with sorts priced out the planner
	// would read all of quotes_report_date instead).
	query, args, err := quotesQuery(store.QuoteQuery{Article: 5, Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	s := queryPlan(t, planConn(t, `SET enable_seqscan = off`), query, cleanArgs(args)...)
	t.Logf("plan, one article: %s", s)
	if !strings.Contains(s, "quotes_pkey") {
		t.Errorf("plan, one article: %s; want quotes_pkey", s)
	}
}

// TestSpeakersPlan checks that looking a speaker up by the words that
// named it reads quotes_speaker_key, not every quote, and a canonical
// name actors_name_lower: with sequential scans priced out, the plan
// names those indexes and scans no table whole.
func TestSpeakersPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off`)
	query, args := speakersQuery("the harbour chief", []string{"Q1", "Q2"})
	s := queryPlan(t, conn, query, cleanArgs(args)...)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "quotes_speaker_key") || !strings.Contains(s, "actors_name_key") || !strings.Contains(s, "actors_family_key") ||
		strings.Contains(s, "Seq Scan") || strings.Contains(s, "quotes_pkey") {
		t.Errorf("plan: %s", s)
	}
}

// TestActorPlan: an actor looked up by name searches actors_name_key (the
// folded names of migration 0008), and so do the actors whose name key a
// write left unset (name_key IS NULL), found at each commit: with
// sequential scans priced out, the plans name the index.
func TestActorPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off`)
	if s := queryPlan(t, conn, actorQuery, "Türkiye", store.FoldName("Türkiye")); !strings.Contains(s, "actors_name_key") || strings.Contains(s, "Seq Scan") {
		t.Errorf("actor plan: %s", s)
	}
	if s := queryPlan(t, conn, unkeyedActorsQuery); !strings.Contains(s, "actors_name_key") || strings.Contains(s, "Seq Scan") {
		t.Errorf("unkeyed actors plan: %s", s)
	}
}

// TestMigrationFoldsNames upgrades a version-7 store, whose event keys
// folded ASCII letters only and whose actors had no name key: after
// migration 0008 and its Go step, actors are found by names in any case
// and without their accents (storetest.CheckFoldedNames).
func TestMigrationFoldsNames(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	ev := storetest.WriteFoldedNames(t, db)
	// As version 7 left it: keys in ASCII-only lower case.
	if _, err := db.db.ExecContext(ctx, undoV8+`DELETE FROM event_keys; DELETE FROM schema_migrations WHERE version >= 8`); err != nil {
		t.Fatal(err)
	}
	for _, k := range codec.ASCIIEventKeys(ev) {
		if _, err := db.db.ExecContext(ctx, `INSERT INTO event_keys(key, date, event_id) SELECT $1, date, id FROM events`, k); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	storetest.CheckFoldedNames(t, openDSN(t, dsn))
}

// TestSortedFilteredPlan: a page in another order than date with a filter
// on quad class or type (and no actor or country key) walks the sort's
// index in order and stops, without a sort of every match (as SQLite's
// test of the same name).
func TestSortedFilteredPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off; SET enable_incremental_sort = off; SET plan_cache_mode = force_generic_plan`)
	after := &store.EventPos{ID: 9, Date: "2025-03-10", NumSources: 2, NumArticles: 3, Goldstein: -2, FirstSeen: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name string
		q    store.EventQuery
		want string
	}{
		{"quad, articles", store.EventQuery{QuadClass: 4, Sort: store.SortArticles}, "events_articles"},
		{"quad, articles, after", store.EventQuery{QuadClass: 4, Sort: store.SortArticles, After: after}, "events_articles"},
		{"type, sources", store.EventQuery{Type: "ASSAULT", Sort: store.SortSources}, "events_sources"},
		{"type and quad, sources, after", store.EventQuery{Type: "ASSAULT", QuadClass: 4, Sort: store.SortSources, After: after}, "events_sources"},
		{"quad, goldstein, after", store.EventQuery{QuadClass: 4, Sort: store.SortGoldstein, After: after}, "events_goldstein"},
		{"type, first seen", store.EventQuery{Type: "PROTEST", Sort: store.SortFirst}, "events_first_seen"},
		// Back from an event (the web's "Previous"): the same index,
		// walked the other way.
		{"quad, articles, before", store.EventQuery{QuadClass: 4, Sort: store.SortArticles, Before: after}, "Index Scan Backward using events_articles"},
		{"quad, goldstein, before", store.EventQuery{QuadClass: 4, Sort: store.SortGoldstein, Before: after}, "Index Scan Backward using events_goldstein"},
		{"date, before", store.EventQuery{Before: after}, "Index Scan Backward using events_date"},
	} {
		query, args, err := eventsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		if !strings.Contains(s, c.want) || strings.Contains(s, "Sort") || strings.Contains(s, "events_quad") || strings.Contains(s, "events_type") {
			t.Errorf("plan, %s: %s; want %s in order", c.name, s, c.want)
		}
	}
}

// TestEventCountsPlan: the timeline's counts for the common filters read
// the kept counts (migration 0011), a row per date and class; others
// group the events.
func TestEventCountsPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off; SET plan_cache_mode = force_generic_plan`)
	for _, c := range []struct {
		name string
		q    store.EventQuery
		want string
	}{
		{"all", store.EventQuery{}, "event_counts_pkey"},
		{"two sources", store.EventQuery{MinSources: 2}, "event_counts_pkey"},
		{"type, quad, dates", store.EventQuery{Type: "PROTEST", QuadClass: 3, Since: "2025-01-01", Until: "2025-02-01"}, "event_counts_pkey"},
		{"three sources", store.EventQuery{MinSources: 3}, "events_corroborated"},
		{"actor and type", store.EventQuery{Actor: "FRA", Type: "AID"}, "event_keys_pkey"},
		{"actor", store.EventQuery{Actor: "FRA"}, "event_counts_pkey"},
		{"country, quad, dates", store.EventQuery{Country: "fra", QuadClass: 4, Since: "2025-01-01"}, "event_counts_pkey"},
	} {
		query, args, err := eventCountsQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if s := queryPlan(t, conn, query, cleanArgs(args)...); !strings.Contains(s, c.want) {
			t.Errorf("plan, %s: %s; want %s", c.name, s, c.want)
		}
	}
}

// TestMigrationCountsEvents: migration 0011 counts the events a store
// already holds, as EventCounts counted them from the events.
func TestMigrationCountsEvents(t *testing.T) {
	t.Parallel()
	checkMigrationCounts(t, 11, undoV11, false)
}

// TestMigrationCountsNotAsserted: migration 0029 counts again the events a
// store holds, with how many of them did not take place, as EventCounts
// counted them from the events.
func TestMigrationCountsNotAsserted(t *testing.T) {
	t.Parallel()
	checkMigrationCounts(t, 29, undoV29, true)
}

// checkMigrationCounts takes a store of events (told: some negated or
// planned) back to before migration version with undo, and checks the
// counts its migrations keep against those counted from the events.
func checkMigrationCounts(t *testing.T, version int, undo string, told bool) {
	t.Helper()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
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
		rows, err := db.db.QueryContext(ctx, query+" ORDER BY 1, 2", args...)
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
	db = reopenBefore(t, db, dsn, version, undo)
	for i, q := range queries {
		got, err := db.EventCounts(ctx, q)
		if err != nil || fmt.Sprint(got) != want[i] {
			t.Errorf("after migrating, counts %+v = %v, %v; the events say %s", q, got, err, want[i])
		}
	}
}

// TestRedateKeysPlan: moving an event to another day (SetEventDate, when a
// later report sharpens its date) finds the event's keys by
// event_keys_event, not by reading every key of the store (the plan is
// taken with sequential scans discouraged, as an empty test table would
// otherwise be read whole).
func TestRedateKeysPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off`)
	s := queryPlan(t, conn, redateKeysSQL, "2024-01-02", 7)
	t.Logf("plan: %s", s)
	if !strings.Contains(s, "event_keys_event") {
		t.Errorf("plan: %s", s)
	}
}

// TestMigrationFillsReferenceDates: migration 15 copies the reference
// dates of stored undated articles out of their analyses and recomputes
// the earliest reports they change.
func TestMigrationFillsReferenceDates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	id, want := storetest.ReferenceDatedEvent(t, db)
	db = reopenBefore(t, db, dsn, 15, undoV15)
	e, _, err := db.Event(ctx, id)
	if err != nil || e.EarliestURL != want {
		t.Errorf("migrated: earliest report %v, %v; want %s", e, err, want)
	}
}

// TestActorSortedPlan: an actor's events in another order than date read
// one range of the actor's event_actor_ranks index for that sort and sort
// nothing, for a big and a middling actor (a small one's few rows may be
// sorted), on a store whose
// parties are skewed as in the news and with the statistics of a fresh
// ANALYZE each time (the planner's own choice: nothing priced out). Before
// the ranks, the plan depended on the sampled estimate of the actor's
// size, which changed with each ANALYZE: sorting every event of the
// actor, or walking the events' sort index testing each event's keys
// (an actor in 357 of 20,000 events: 1-1.4 ms or 8-68 ms).
func TestActorSortedPlan(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.SeedActorEvents(t, db, 2000)
	after := &store.EventPos{ID: 9, Date: "2024-03-10", NumSources: 2, NumArticles: 3, Goldstein: -2, FirstSeen: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)}
	for round := range 2 {
		analyzeSchema(t, db)
		for _, actor := range []string{storetest.BigEventActor, "A005", storetest.SmallEventActor} {
			for _, sort := range []string{store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein} {
				for i, q := range []store.EventQuery{{Actor: actor}, {Source: actor, After: after}, {Target: actor}, {Actor: actor, After: after}} {
					q.Sort, q.Limit = sort, 20
					pos := q.After
					query, args, err := eventsQuery(q)
					if err != nil {
						t.Fatal(err)
					}
					conn, err := db.db.Conn(ctx)
					if err != nil {
						t.Fatal(err)
					}
					s := queryPlan(t, conn, query, cleanArgs(args)...)
					conn.Close()
					// A small actor's few rows may be found by any of
					// its indexes and sorted; never by walking the
					// events' own sort index or reading event_keys.
					ok := strings.Contains(s, "event_actor_ranks_"+sort) && !strings.Contains(s, "Sort")
					// A source's or a target's events are a part of the
					// actor's: past the big actor, few enough to sort.
					if actor == storetest.SmallEventActor || actor != storetest.BigEventActor && q.Actor == "" {
						ok = strings.Contains(s, "on event_actor_ranks r")
					}
					if !ok || strings.Contains(s, "events_"+sort) || strings.Contains(s, "event_keys") {
						t.Errorf("round %d, %s by %s (query %d, after %v): %s", round, actor, sort, i, pos != nil, s)
					}
				}
			}
		}
		// A country with an actor: the driver Events chose walks its
		// own index in order (the actor's without counts; the country's
		// when it has fewer events). On this small store the planner
		// would sort the few rows of either, so sorts and sequential
		// scans are priced out (as in TestQuotesPlan): the plan then
		// sorts nothing, which it can only if the index serves the order.
		for drive, want := range map[string]string{"a:" + strings.ToLower(storetest.BigEventActor): "event_actor_ranks_goldstein", "c:c07": "event_country_ranks_goldstein"} {
			query, args, err := drivenEventsSQL(store.EventQuery{Actor: storetest.BigEventActor, Country: "C07", Sort: store.SortGoldstein, Limit: 20}, false, drive)
			if err != nil {
				t.Fatal(err)
			}
			conn, err := db.db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := conn.ExecContext(ctx, `SET enable_sort = off; SET enable_seqscan = off`); err != nil {
				t.Fatal(err)
			}
			s := queryPlan(t, conn, query, cleanArgs(args)...)
			if _, err := conn.ExecContext(ctx, `RESET enable_sort; RESET enable_seqscan`); err != nil {
				t.Fatal(err)
			}
			conn.Close()
			if !strings.Contains(s, want) || strings.Contains(s, "Sort") {
				t.Errorf("round %d, country and actor driven by %s: %s", round, drive, s)
			}
		}
	}
}

// TestMigrationRanksByRole: migration 19 rebuilds the per-actor sort keys
// of the events stored before it under their actor, source and target
// keys, so sorted actor, source and target listings find them as the date
// listing does, and as the event_keys plan sorts them.
func TestMigrationRanksByRole(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.SeedRankEvents(t, db, 300, 6)
	db = reopenBefore(t, db, dsn, 19, undoV19)
	storetest.CheckActorSorts(t, db)
	checkRankPaths(t, db)
}

// TestMigrationFillsActorRanks: migration 16 copies the sort columns of
// the events stored before it under each of their actors, so sorted
// actor listings find them.
func TestMigrationFillsActorRanks(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.SeedRankEvents(t, db, 300, 5)
	db = reopenBefore(t, db, dsn, 16, undoV16)
	storetest.CheckActorSorts(t, db)
}
