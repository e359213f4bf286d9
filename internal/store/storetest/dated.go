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

// datedArticles are the days of WriteDatedArticles' articles, in the
// order they are stored: a publish day, else a reference day, else the
// day it was ingested ("" is none; an article with none of the three is
// ingested now).
var datedArticles = []struct{ published, reference, ingested string }{
	{published: "2024-03-02"},
	{ingested: "2024-04-01"},
	{published: "2024-05-01"},
	{published: "2024-01-09"},
	{reference: "2024-02-01"},
}

// WriteDatedArticles stores five articles naming NOR and quoting it
// twice, three dated out of order, one with only a reference date and one
// with only its ingest time, for the migration tests that take a store
// back to an older schema and check that NOR's articles and quotes still
// come in order of their report dates (CheckDatedOrder).
func WriteDatedArticles(tb testing.TB, db store.Store) {
	tb.Helper()
	err := db.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		day := func(s string) *time.Time {
			if s == "" {
				return nil
			}
			p, _ := time.Parse(time.DateOnly, s)
			return &p
		}
		for i, d := range datedArticles {
			a := &store.Article{URL: "https://a.example/" + strconv.Itoa(i), ContentHash: strconv.Itoa(i), Title: "t", Text: "x",
				Data: &model.Article{Actors: []model.ActorRef{{ID: "NOR", Name: "Norway", Mentions: 1}},
					Quotes: []model.Quote{
						{Text: "first", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Norway", ActorID: "NOR"}},
						{Text: "second", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Norway", ActorID: "NOR"}},
					}}}
			a.Published, a.Data.ReferenceDate = day(d.published), day(d.reference)
			if in := day(d.ingested); in != nil {
				a.IngestedAt = *in
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
// newest report date first (reportdate.SQL): the undated among the dated
// by their reference or ingest day.
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
	// URLs 0..4 hold datedArticles[0..4]: May, April (ingested), March,
	// February (reference), January.
	if want := "[2 1 0 4 3]"; fmt.Sprint(got) != want {
		tb.Errorf("NOR's articles after the migration = %v, want %s", got, want)
	}
	// NOR's quotes in the same article order, each article's in its order,
	// whole and page by page (the keyset position after each quote).
	want := "[2/0 2/1 1/0 1/1 0/0 0/1 4/0 4/1 3/0 3/1]"
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
