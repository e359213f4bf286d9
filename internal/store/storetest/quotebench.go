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

// BenchSpeaker is the speaker SeedSpeakerQuotes quotes most.
const BenchSpeaker = "Q_BIG"

// SeedSpeakerQuotes stores n canonical articles quoting BenchSpeaker twice
// (one in fifty undated), each also quoting one of 100 other speakers, and
// n more quoting only those others, so that a page of BenchSpeaker's
// quotes is a few rows out of many. Synthetic data, fixed seed.
func SeedSpeakerQuotes(tb testing.TB, db store.Store, n int) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 6))
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	said := func(text, speaker string) model.Quote {
		return model.Quote{Text: text, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "speaker " + speaker, ActorID: speaker}}
	}
	const chunk = 5000
	for lo := 0; lo < 2*n; lo += chunk {
		err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := lo; i < min(lo+chunk, 2*n); i++ {
				other := fmt.Sprintf("Q_O%02d", r.IntN(100))
				quotes := []model.Quote{said("the others said so", other)}
				if i%2 == 0 {
					quotes = append(quotes, said("the first thing", BenchSpeaker), said("the second thing", BenchSpeaker))
				}
				a := &store.Article{URL: fmt.Sprintf("https://site%d.example/q/%d", i%150, i), Site: fmt.Sprintf("site%d.example", i%150),
					ContentHash: fmt.Sprint("qb", i), Title: "t", Text: "x", Data: &model.Article{Quotes: quotes}}
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

// BenchSpeakerQuotes measures pages of BenchSpeaker's quotes: the first
// page, and the page after a keyset position 5,000 rows in. It reports
// p50 and p99. db must hold SeedSpeakerQuotes' rows.
func BenchSpeakerQuotes(b *testing.B, db store.Store) {
	ctx := context.Background()
	var after store.QuotePos
	{
		pos := 0
		q := store.QuoteQuery{Speaker: BenchSpeaker, Limit: 500}
		for pos < 5000 {
			page, err := db.Quotes(ctx, q)
			if err != nil || len(page) == 0 {
				b.Fatalf("walking to row 5,000: %v (%d rows)", err, len(page))
			}
			pos += len(page)
			after = page[len(page)-1].Pos()
			q.After = &after
		}
	}
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
	}{
		{"first-page", store.QuoteQuery{Speaker: BenchSpeaker, Limit: 20}},
		{"keyset-5000", store.QuoteQuery{Speaker: BenchSpeaker, Limit: 20, After: &after}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				page, err := db.Quotes(ctx, c.q)
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
