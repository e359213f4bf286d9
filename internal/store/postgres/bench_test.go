package postgres

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// BenchmarkEventQueries100k is the SQLite store's benchmark of the same
// name against PostgreSQL: event queries over 100,000 stored events, p50
// and p99 per query shape. It seeds a new schema of the test server, or
// reuses the database NEWSGRAPH_BENCH_POSTGRES names (a DSN; seeded on
// the first run).
func BenchmarkEventQueries100k(b *testing.B) {
	dsn := os.Getenv("NEWSGRAPH_BENCH_POSTGRES")
	if dsn == "" {
		dsn, _ = pgtest.DSN(b)
	}
	db, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if st, _ := db.Stats(ctx); st.Events < 100_000 {
		t0 := time.Now()
		storetest.SeedEvents(b, db, 100_000)
		b.Logf("seeded 100,000 events in %v", time.Since(t0).Round(time.Millisecond))
		// The planner's statistics, as autovacuum would gather them within
		// a minute of such a load.
		analyzeSchema(b, db)
	}
	storetest.BenchEventQueries(b, db)
}

// BenchmarkActorArticles20k is the SQLite store's benchmark of the same
// name: a page of the articles of an actor named in 20,000 of 40,000
// stored articles, on a new schema of the test server.
func BenchmarkActorArticles20k(b *testing.B) {
	storetest.BenchActorArticles(b, seededBenchDB(b, storetest.SeedActorArticles))
}

// BenchmarkSpeakerQuotes20k is the SQLite store's benchmark of the same
// name: a page of the quotes of a speaker quoted twice in each of 20,000
// of 40,000 stored articles, on a new schema of the test server.
func BenchmarkSpeakerQuotes20k(b *testing.B) {
	storetest.BenchSpeakerQuotes(b, seededBenchDB(b, storetest.SeedSpeakerQuotes))
}

// BenchmarkQuotes20k measures a page of quotes without a speaker (all of
// them, and a date range) among the 60,000 quotes of
// BenchmarkSpeakerQuotes20k's 40,000 articles (first page and a keyset
// page 5,000 rows in); p50 and p99.
func BenchmarkQuotes20k(b *testing.B) {
	storetest.BenchQuotes(b, seededBenchDB(b, storetest.SeedSpeakerQuotes))
}

// seededBenchDB is a store on a new schema of the test server, seeded
// with 20,000 of seed's articles and analysed as autovacuum would after
// such a load (the planner's statistics); closed when the benchmark ends.
func seededBenchDB(b *testing.B, seed func(testing.TB, store.Store, int)) *DB {
	dsn, _ := pgtest.DSN(b)
	db, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	seed(b, db, 20_000)
	analyzeSchema(b, db)
	return db
}

// BenchmarkActorEvents20k is the SQLite store's benchmark of the same
// name: the events of one actor in each sort, among 20,000 events with
// skewed parties, on a new schema of the test server (analysed).
func BenchmarkActorEvents20k(b *testing.B) {
	storetest.BenchActorEvents(b, seededBenchDB(b, storetest.SeedActorEvents))
}

// BenchmarkSeedEvents is the SQLite store's benchmark of the same name:
// storing 10,000 merged events with their mentions into a new schema of
// the test server.
func BenchmarkSeedEvents(b *testing.B) {
	storetest.BenchSeedEvents(b, func(tb testing.TB) store.Store {
		dsn, _ := pgtest.DSN(tb)
		db, err := Open(context.Background(), dsn, Options{})
		if err != nil {
			tb.Fatal(err)
		}
		return db
	})
}

// BenchmarkClearEvents200k measures the clears that begin a remerge, on
// 200,000 stored events with their mentions, keys and ranks
// (storetest.SeedEvents): ClearEvents (deletes, which check the foreign
// keys of the tables that reference events for every deleted event, and
// let readers see the old events until the commit) and TruncateEvents
// (one TRUNCATE, which keeps readers waiting until the commit). Each clear
// is rolled back, so that every run clears the same rows.
func BenchmarkClearEvents200k(b *testing.B) {
	dsn, _ := pgtest.DSN(b)
	db, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	t0 := time.Now()
	storetest.SeedEvents(b, db, 200_000)
	b.Logf("seeded 200,000 events in %v", time.Since(t0).Round(time.Millisecond))
	analyzeSchema(b, db)
	errRollback := errors.New("rolled back")
	for _, c := range []struct {
		name  string
		clear func(ctx context.Context, tx store.Tx) error
	}{
		{"ClearEvents", func(ctx context.Context, tx store.Tx) error { return tx.ClearEvents(ctx) }},
		{"TruncateEvents", func(ctx context.Context, tx store.Tx) error { return tx.(store.EventTruncater).TruncateEvents(ctx) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
					if err := c.clear(ctx, tx); err != nil {
						return err
					}
					return errRollback
				})
				if !errors.Is(err, errRollback) {
					b.Fatal(err)
				}
			}
		})
	}
}
