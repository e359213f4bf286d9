package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// BenchActor is the actor SeedActorArticles gives many articles.
const BenchActor = "BIG"

// SeedActorArticles stores n canonical articles naming BenchActor (one in
// fifty undated), each also naming one of 100 other actors, and n more
// naming only those others, so that a page of BenchActor's articles is a
// few rows out of many. Synthetic data, fixed seed.
func SeedActorArticles(tb testing.TB, db store.Store, n int) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	const chunk = 5000
	for lo := 0; lo < 2*n; lo += chunk {
		err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := lo; i < min(lo+chunk, 2*n); i++ {
				other := fmt.Sprintf("O%02d", r.IntN(100))
				actors := []model.ActorRef{{ID: other, Name: "Other " + other, Mentions: 1}}
				if i%2 == 0 {
					actors = append(actors, model.ActorRef{ID: BenchActor, Name: "Big", Mentions: 2})
				}
				a := &store.Article{URL: fmt.Sprintf("https://site%d.example/b/%d", i%150, i), Site: fmt.Sprintf("site%d.example", i%150),
					ContentHash: fmt.Sprint("ab", i), Title: "t", Text: "x", Data: &model.Article{Actors: actors}}
				if i%100 != 0 {
					// Hours, so that many articles share a time and the id breaks ties.
					p := day0.Add(time.Duration(r.IntN(365*24)) * time.Hour)
					a.Published = &p
				}
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
}

// BenchActorArticles measures pages of BenchActor's articles: the first
// page, and the page after a keyset position 5,000 rows in. It reports
// p50 and p99. db must hold SeedActorArticles' rows.
func BenchActorArticles(b *testing.B, db store.Store) {
	ctx := context.Background()
	var after store.ArticlePos
	{
		pos := 0
		q := store.ActorQuery{Actor: BenchActor, Limit: 500}
		for pos < 5000 {
			page, err := db.ActorArticles(ctx, q)
			if err != nil || len(page) == 0 {
				b.Fatalf("walking to row 5,000: %v (%d rows)", err, len(page))
			}
			pos += len(page)
			after = page[len(page)-1].ArticlePos()
			q.After = &after
		}
	}
	for _, c := range []struct {
		name string
		q    store.ActorQuery
	}{
		{"first-page", store.ActorQuery{Actor: BenchActor, Limit: 20}},
		{"keyset-5000", store.ActorQuery{Actor: BenchActor, Limit: 20, After: &after}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				page, err := db.ActorArticles(ctx, c.q)
				lat = append(lat, time.Since(t0))
				if err != nil || len(page) != 20 {
					b.Fatalf("%+v: %d rows, %v", c.q, len(page), err)
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
