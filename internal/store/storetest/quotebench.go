package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

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
	said := func(text, speaker string) model.Quote {
		return model.Quote{Text: text, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "speaker " + speaker, ActorID: speaker}}
	}
	seedPaged(tb, db, n, "q", "qb", 5, 6, func(i int, r *rand.Rand) *model.Article {
		other := fmt.Sprintf("Q_O%02d", r.IntN(100))
		quotes := []model.Quote{said("the others said so", other)}
		if i%2 == 0 {
			quotes = append(quotes, said("the first thing", BenchSpeaker), said("the second thing", BenchSpeaker))
		}
		return &model.Article{Quotes: quotes}
	})
}

// BenchSpeakerQuotes measures pages of BenchSpeaker's quotes: the first
// page, and the page after a keyset position 5,000 rows in. It reports
// p50 and p99. db must hold SeedSpeakerQuotes' rows.
func BenchSpeakerQuotes(b *testing.B, db store.Store) {
	benchPages(b, func(ctx context.Context, limit int, after *store.QuotePos) ([]store.Quote, error) {
		return db.Quotes(ctx, store.QuoteQuery{Speaker: BenchSpeaker, Limit: limit, After: after})
	}, store.Quote.Pos)
}

// BenchQuotes measures pages of quotes without a speaker, from
// SeedSpeakerQuotes' 60,000: of all of them, and of those of articles
// published from February to November 2024 (most of them, so that a page
// can stop early only when the order is read from an index). First page
// and the page after a keyset position 5,000 rows in; p50 and p99.
func BenchQuotes(b *testing.B, db store.Store) {
	for _, c := range []struct{ name, since, until string }{{"all", "", ""}, {"dates", "2024-02-01", "2024-11-30"}} {
		b.Run(c.name, func(b *testing.B) {
			benchPages(b, func(ctx context.Context, limit int, after *store.QuotePos) ([]store.Quote, error) {
				return db.Quotes(ctx, store.QuoteQuery{Since: c.since, Until: c.until, Limit: limit, After: after})
			}, store.Quote.Pos)
		})
	}
}
