package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// SeedEvents fills a store with n merged events over n/5 articles: 300
// actors in 60 countries, 20 event types, one year of dates, one to three
// reports each. The data are synthetic: this measures the queries, not the
// merging. Every backend's benchmark seeds the same rows (fixed seed).
func SeedEvents(tb testing.TB, db store.Store, n int) {
	seedEvents(tb, db, n, rand.New(rand.NewPCG(1, 2)), func(r *rand.Rand) int { return r.IntN(300) })
}

// seedEvents is SeedEvents with the parties of each event drawn by party
// (an actor number below 300) from r.
func seedEvents(tb testing.TB, db store.Store, n int, r *rand.Rand, party func(*rand.Rand) int) {
	ctx := context.Background()
	types := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
		"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "ACCEPT", "INVESTIGATE", "DISAPPROVE", "DEMAND"}
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	nArticles := max(n/5, 1)
	const chunk = 5000
	for lo := 0; lo < nArticles; lo += chunk {
		err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := lo; i < min(lo+chunk, nArticles); i++ {
				p := day0.Add(time.Duration(r.IntN(365*24)) * time.Hour)
				a := &store.Article{URL: fmt.Sprintf("https://site%d.example/a/%d", i%150, i), Site: fmt.Sprintf("site%d.example", i%150),
					ContentHash: fmt.Sprint("h", i), Title: "t", Text: "x", Published: &p}
				if _, err := tx.InsertArticle(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	for lo := 0; lo < n; lo += chunk {
		err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := lo; i < min(lo+chunk, n); i++ {
				s := party(r)
				t := party(r)
				e := &store.Event{
					Key: fmt.Sprint(i), Type: types[r.IntN(len(types))],
					SourceActor: fmt.Sprintf("A%03d", s), SourceName: fmt.Sprintf("Actor %d", s), SourceCountry: fmt.Sprintf("C%02d", s%60),
					TargetActor: fmt.Sprintf("A%03d", t), TargetName: fmt.Sprintf("Actor %d", t), TargetCountry: fmt.Sprintf("C%02d", t%60),
					Date: day0.AddDate(0, 0, r.IntN(365)).Format(time.DateOnly), QuadClass: 1 + r.IntN(4), Goldstein: float64(r.IntN(200)-100) / 10,
				}
				if _, err := tx.InsertEvent(ctx, e); err != nil {
					return err
				}
				for m := 0; m < 1+r.IntN(3); m++ {
					if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: int64(1 + r.IntN(nArticles)), ArticleEventID: fmt.Sprint(m)}); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// EventQueries are the shapes the CLI and API ask most.
var EventQueries = []struct {
	Name string
	Q    store.EventQuery
}{
	{"latest", store.EventQuery{}},
	{"actor", store.EventQuery{Actor: "A017"}},
	{"actor-name", store.EventQuery{Actor: "actor 17"}},
	{"source-target", store.EventQuery{Source: "A001", Target: "A002"}},
	{"country", store.EventQuery{Country: "C07"}},
	{"type-since", store.EventQuery{Type: "ASSAULT", Since: "2024-10-01"}},
	{"quad-range", store.EventQuery{QuadClass: 4, Since: "2024-03-01", Until: "2024-03-31"}},
	{"min-sources-sorted", store.EventQuery{MinSources: 3, Sort: store.SortSources}},
	{"goldstein", store.EventQuery{Sort: store.SortGoldstein, Limit: 100}},
	{"deep-page", store.EventQuery{Offset: 5000, Limit: 50}},
	// A filter with a sort other than date: the analyst's "biggest
	// stories of this kind".
	{"quad-sort-articles", store.EventQuery{QuadClass: 4, Sort: store.SortArticles}},
	{"type-sort-sources", store.EventQuery{Type: "ASSAULT", Sort: store.SortSources}},
	{"actor-sort-sources", store.EventQuery{Actor: "A017", Sort: store.SortSources}},
	{"since-sort-goldstein", store.EventQuery{Since: "2024-06-01", Sort: store.SortGoldstein}},
}

// CountQueries are the timeline's shapes (Store.EventCounts): every
// event, and one filter of each kind.
var CountQueries = []struct {
	Name string
	Q    store.EventQuery
}{
	{"counts-all", store.EventQuery{}},
	{"counts-quad", store.EventQuery{QuadClass: 4}},
	{"counts-type", store.EventQuery{Type: "ASSAULT"}},
	{"counts-since", store.EventQuery{Since: "2024-10-01"}},
	{"counts-country", store.EventQuery{Country: "C07"}},
	{"counts-actor", store.EventQuery{Actor: "A017"}},
	{"counts-min-sources", store.EventQuery{MinSources: 2}},
}

// BenchEventQueries runs EventQueries, the counterparts of one actor and
// event detail as sub-benchmarks over db, seeding 100,000 events first
// unless db already holds them. It reports p50 and p99 per query shape.
func BenchEventQueries(b *testing.B, db store.Store) {
	ctx := context.Background()
	if st, _ := db.Stats(ctx); st.Events < 100_000 {
		t0 := time.Now()
		SeedEvents(b, db, 100_000)
		b.Logf("seeded 100,000 events in %v", time.Since(t0).Round(time.Millisecond))
	}
	for _, c := range EventQueries {
		b.Run(c.Name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := db.Events(ctx, c.Q); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
	// Deep pages: the page at an offset, and the same page found by keyset
	// (after the row before it), as an API client following next_cursor
	// asks for it.
	for _, order := range []string{store.SortDate, store.SortSources, store.SortGoldstein} {
		for _, depth := range []int{5_000, 50_000} {
			q := store.EventQuery{Sort: order, Offset: depth, Limit: 50}
			prev, err := db.Events(ctx, store.EventQuery{Sort: order, Offset: depth - 1, Limit: 1})
			if err != nil || len(prev) != 1 {
				b.Fatalf("the row before offset %d: %v %v", depth, prev, err)
			}
			pos := prev[0].Pos()
			k := store.EventQuery{Sort: order, After: &pos, Limit: 50}
			// And back to it from the page after (the web's "Previous").
			after, err := db.Events(ctx, store.EventQuery{Sort: order, Offset: depth + 50, Limit: 1})
			if err != nil || len(after) != 1 {
				b.Fatalf("the row after the page at %d: %v %v", depth, after, err)
			}
			apos := after[0].Pos()
			back := store.EventQuery{Sort: order, Before: &apos, Limit: 50}
			byOffset, err1 := db.Events(ctx, q)
			byKey, err2 := db.Events(ctx, k)
			byBack, err3 := db.Events(ctx, back)
			if err1 != nil || err2 != nil || err3 != nil || len(byKey) != 50 || fmt.Sprint(eventIDs(byOffset)) != fmt.Sprint(eventIDs(byKey)) ||
				fmt.Sprint(eventIDs(byOffset)) != fmt.Sprint(eventIDs(byBack)) {
				b.Fatalf("sort %s at %d: the keyset pages differ from the offset page (%v %v %v)", order, depth, err1, err2, err3)
			}
			for _, v := range []struct {
				name string
				q    store.EventQuery
			}{{"offset", q}, {"keyset", k}, {"back", back}} {
				b.Run(fmt.Sprintf("page-%s-%d-%s", order, depth, v.name), func(b *testing.B) {
					var lat []time.Duration
					for b.Loop() {
						t0 := time.Now()
						evs, err := db.Events(ctx, v.q)
						if err != nil || len(evs) != 50 {
							b.Fatal(len(evs), err)
						}
						lat = append(lat, time.Since(t0))
					}
					sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
					b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
					b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
				})
			}
		}
	}
	for _, c := range CountQueries {
		b.Run(c.Name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := db.EventCounts(ctx, c.Q); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
	// A listing's total (the web's "1-50 of N", the API's total): from
	// the kept counts, or counted up to store.CountCap.
	for _, c := range EventQueries {
		b.Run("total-"+c.Name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := db.CountEvents(ctx, c.Q, 0); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
	b.Run("counterparts", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.Actors(ctx, store.ActorQuery{Actor: "A017"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("event-detail", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, _, err := db.Event(ctx, int64(1+i%100_000)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
