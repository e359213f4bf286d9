package storetest

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// SeedBenchEvents is how many events BenchSeedEvents stores per run.
const SeedBenchEvents = 10_000

// BenchSeedEvents measures the write path of merged events: each run
// opens a new store (open, not timed) and stores SeedBenchEvents events
// over a fifth as many articles, as SeedEvents does (InsertEvent and one
// to three AddMention each, in transactions of 5,000 events). It reports
// the events stored per second; the articles are the same few thousand
// small rows in every run.
func BenchSeedEvents(b *testing.B, open func(testing.TB) store.Store) {
	var total time.Duration
	for range b.N {
		b.StopTimer()
		db := open(b)
		b.StartTimer()
		t0 := time.Now()
		SeedEvents(b, db, SeedBenchEvents)
		total += time.Since(t0)
		b.StopTimer()
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(SeedBenchEvents*b.N)/total.Seconds(), "events/s")
}
