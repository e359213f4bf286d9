package storetest

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// datedDays are the publish days of WriteDatedArticles' articles, in the
// order they are stored ("" is undated).
var datedDays = []string{"2024-03-02", "", "2024-05-01", "2024-01-09"}

// WriteDatedArticles stores four articles naming NOR, three dated out of
// order and one undated, for the migration tests that take a store back
// to an older schema and check that NOR's articles still come in order
// (CheckDatedOrder).
func WriteDatedArticles(tb testing.TB, db store.Store) {
	tb.Helper()
	err := db.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i, day := range datedDays {
			a := &store.Article{URL: "https://a.example/" + strconv.Itoa(i), ContentHash: strconv.Itoa(i), Title: "t", Text: "x",
				Data: &model.Article{Actors: []model.ActorRef{{ID: "NOR", Name: "Norway", Mentions: 1}}}}
			if day != "" {
				p, _ := time.Parse(time.DateOnly, day)
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

// CheckDatedOrder checks that NOR's articles of WriteDatedArticles come
// newest first, the undated one last.
func CheckDatedOrder(tb testing.TB, db store.Store) {
	tb.Helper()
	arts, err := db.ActorArticles(context.Background(), store.ActorQuery{Actor: "NOR"})
	if err != nil {
		tb.Fatal(err)
	}
	var got []string
	for _, h := range arts {
		got = append(got, strings.TrimPrefix(h.URL, "https://a.example/"))
	}
	// Ids 1..4 hold datedDays[0..3]: May, March, January, then the undated one.
	if want := "[2 0 3 1]"; fmt.Sprint(got) != want {
		tb.Errorf("NOR's articles after the migration = %v, want %s", got, want)
	}
}
