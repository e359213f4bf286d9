package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// SeedRankEvents stores n events between a few countries (mixed case, some
// with the same country on both sides, some with none), with 0-4 mentions
// from articles on 4 sites (some of them duplicates), so that num_sources,
// num_articles, dates and Goldstein scores all have ties.
func SeedRankEvents(t testing.TB, db store.Store, n int, seed uint64) {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 7))
	countries := []string{"FRA", "fra", "DEU", "NGA", " nga ", ""}
	types := []string{"CONSULT", "PROTEST", "ATTACK"}
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		var arts []int64
		for i := range 12 {
			a := &store.Article{URL: fmt.Sprintf("https://s%d.example/%d", i%4, i), Site: fmt.Sprintf("s%d.example", i%4),
				ContentHash: fmt.Sprintf("h%d", i), Title: "t", Text: "t",
				// A fixed ingest time (no publish dates): the earliest
				// report is decided by ties, the same in every store.
				IngestedAt: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC)}
			if i >= 8 {
				a.DuplicateOf = arts[i-8]
			}
			id, err := tx.InsertArticle(ctx, a)
			if err != nil {
				return err
			}
			arts = append(arts, id)
		}
		for i := range n {
			e := &store.Event{Key: fmt.Sprint(i), Type: types[rng.IntN(len(types))],
				SourceActor: "A" + fmt.Sprint(rng.IntN(3)), SourceCountry: countries[rng.IntN(len(countries))],
				TargetActor: "B" + fmt.Sprint(rng.IntN(3)), TargetCountry: countries[rng.IntN(len(countries))],
				Date: fmt.Sprintf("2024-03-%02d", 1+rng.IntN(5)), Goldstein: float64(rng.IntN(5)) - 2, QuadClass: 1 + rng.IntN(4)}
			id, err := tx.InsertEvent(ctx, e)
			if err != nil {
				return err
			}
			for range rng.IntN(5) {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: arts[rng.IntN(len(arts))], ArticleEventID: "e0"}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
