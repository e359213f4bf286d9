package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

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
	seedPaged(tb, db, n, "b", "ab", 3, 4, func(i int, r *rand.Rand) *model.Article {
		other := fmt.Sprintf("O%02d", r.IntN(100))
		actors := []model.ActorRef{{ID: other, Name: "Other " + other, Mentions: 1}}
		if i%2 == 0 {
			actors = append(actors, model.ActorRef{ID: BenchActor, Name: "Big", Mentions: 2})
		}
		return &model.Article{Actors: actors}
	})
}

// BenchActorArticles measures pages of BenchActor's articles: the first
// page, and the page after a keyset position 5,000 rows in. It reports
// p50 and p99. db must hold SeedActorArticles' rows.
func BenchActorArticles(b *testing.B, db store.Store) {
	benchPages(b, func(ctx context.Context, limit int, after *store.ArticlePos) ([]store.SearchHit, error) {
		return db.ActorArticles(ctx, store.ActorQuery{Actor: BenchActor, Limit: limit, After: after})
	}, store.SearchHit.ArticlePos)
}
