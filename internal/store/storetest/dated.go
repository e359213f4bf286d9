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

// WriteDatedArticles stores four articles naming NOR and quoting it
// twice, three dated out of order and one undated, for the migration
// tests that take a store back to an older schema and check that NOR's
// articles and quotes still come in order (CheckDatedOrder).
func WriteDatedArticles(tb testing.TB, db store.Store) {
	tb.Helper()
	err := db.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i, day := range datedDays {
			a := &store.Article{URL: "https://a.example/" + strconv.Itoa(i), ContentHash: strconv.Itoa(i), Title: "t", Text: "x",
				Data: &model.Article{Actors: []model.ActorRef{{ID: "NOR", Name: "Norway", Mentions: 1}},
					Quotes: []model.Quote{
						{Text: "first", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Norway", ActorID: "NOR"}},
						{Text: "second", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Norway", ActorID: "NOR"}},
					}}}
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
	// NOR's quotes in the same article order, each article's in its order,
	// whole and page by page (the keyset position after each quote).
	want := "[2/0 2/1 0/0 0/1 3/0 3/1 1/0 1/1]"
	qs, err := db.Quotes(context.Background(), store.QuoteQuery{Speaker: "NOR"})
	if err != nil {
		tb.Fatal(err)
	}
	if got := datedQuoteKeys(qs); got != want {
		tb.Errorf("NOR's quotes after the migration = %s, want %s", got, want)
	}
	var paged []store.Quote
	q := store.QuoteQuery{Speaker: "NOR", Limit: 1}
	for range 10 {
		page, err := db.Quotes(context.Background(), q)
		if err != nil {
			tb.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
		pos := page[0].Pos()
		q.After = &pos
	}
	if got := datedQuoteKeys(paged); got != want {
		tb.Errorf("NOR's quotes page by page after the migration = %s, want %s", got, want)
	}
}

// datedQuoteKeys names quotes of WriteDatedArticles by their article's
// URL suffix and their place in it.
func datedQuoteKeys(qs []store.Quote) string {
	var keys []string
	for _, q := range qs {
		keys = append(keys, fmt.Sprintf("%s/%d", strings.TrimPrefix(q.URL, "https://a.example/"), q.Seq))
	}
	return fmt.Sprint(keys)
}
