package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// BenchmarkEventQueries100k measures event queries over 100,000 stored
// events (set NEWSGRAPH_BENCH_DB to reuse a seeded file between runs).
// It reports p50 and p99 per query shape; the PostgreSQL store runs the
// same benchmark (storetest.BenchEventQueries).
func BenchmarkEventQueries100k(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("NEWSGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchEventQueries(b, db)
}

// BenchmarkActorArticles20k measures a page of the articles of an actor
// named in 20,000 of 40,000 stored articles (first page and a keyset page
// 5,000 rows in); p50 and p99.
func BenchmarkActorArticles20k(b *testing.B) {
	storetest.BenchActorArticles(b, seededBenchDB(b, storetest.SeedActorArticles))
}

// BenchmarkSpeakerQuotes20k measures a page of the quotes of a speaker
// quoted twice in each of 20,000 of 40,000 stored articles (first page
// and a keyset page 5,000 rows in); p50 and p99.
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

// seededBenchDB is a new store file seeded with 20,000 of seed's
// articles, closed when the benchmark ends.
func seededBenchDB(b *testing.B, seed func(testing.TB, store.Store, int)) *DB {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	seed(b, db, 20_000)
	return db
}

// BenchmarkActorEvents20k measures the events of one actor, sorted by
// date and by each other sort, among 20,000 events whose parties are
// skewed as in the news (storetest.SeedActorEvents): an actor in a
// quarter of them and one in a few dozen; p50 and p99.
func BenchmarkActorEvents20k(b *testing.B) {
	storetest.BenchActorEvents(b, seededBenchDB(b, storetest.SeedActorEvents))
}

// BenchmarkSeedEvents measures storing 10,000 merged events with their
// mentions into a new store (storetest.BenchSeedEvents): the write path
// that InsertEvent's keys, ranks and counts make up. Profile it with
// -cpuprofile.
func BenchmarkSeedEvents(b *testing.B) {
	storetest.BenchSeedEvents(b, func(tb testing.TB) store.Store {
		db, err := Open(context.Background(), filepath.Join(b.TempDir(), "seed.db"), Options{})
		if err != nil {
			tb.Fatal(err)
		}
		return db
	})
}
