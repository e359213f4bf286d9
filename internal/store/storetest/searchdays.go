package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testSearchDays: a search's Since and Until keep the matches whose report
// date (publish date at the publisher's offset, else reference date, else
// ingest time) falls in the days, as LatestArticles' do; the text still
// decides what matches, keyset pages give the filtered matches once,
// CountSearch counts them, and a bad day is ErrBadQuery.
func testSearchDays(t *testing.T, s store.Store) {
	ctx := context.Background()
	writeDayArticles(t, s, "searchdays",
		// Of the days, but not a match: the text still decides.
		&store.Article{URL: "https://daily.example/ferry", Source: "https://daily.example/ferry", Site: "daily.example", ContentHash: "searchdays:3",
			Title: "Ferry resumes", Text: "The ferry sails again.", Published: ptime("2026-11-27T09:00:00Z"),
			Data: &model.Article{Title: "Ferry resumes", Published: ptime("2026-11-27T09:00:00Z")}})
	for _, c := range []struct {
		since, until string
		want         []string // titles, sorted (the order is the rank's)
	}{
		{"", "", []string{"Harbour stays closed", "Port shut after storm", "Port shut, says master", "Storm closes port"}},
		// Delhi's 01:00 on the 27th is the 26th in UTC: its own day counts.
		{"2026-11-27", "", []string{"Port shut, says master", "Storm closes port"}},
		{"", "2026-11-26", []string{"Harbour stays closed", "Port shut after storm"}},
		{"2026-11-26", "2026-11-26", []string{"Harbour stays closed", "Port shut after storm"}},
		{"2026-11-28", "", nil},
		{"", "2026-11-25", nil},
		{"", "9999-12-31", []string{"Harbour stays closed", "Port shut after storm", "Port shut, says master", "Storm closes port"}},
	} {
		q := store.SearchQuery{Text: "port", Since: c.since, Until: c.until}
		hits, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("since %q until %q: %v", c.since, c.until, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Title)
		}
		slices.Sort(got)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("port since %q until %q: %q, want %q", c.since, c.until, got, c.want)
		}
		total, err := s.CountSearch(ctx, q, 0)
		if err != nil {
			t.Fatalf("count since %q until %q: %v", c.since, c.until, err)
		}
		if total != (store.Total{N: len(c.want)}) {
			t.Errorf("count port since %q until %q: %+v, want %d", c.since, c.until, total, len(c.want))
		}
		// Page by page after each page's last hit: the same matches,
		// each once.
		var paged []string
		q.Limit = 1
		for range 10 {
			page, err := s.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			paged = append(paged, page[0].Title)
			pos := page[0].Pos()
			q.After = &pos
		}
		slices.Sort(paged)
		if fmt.Sprint(paged) != fmt.Sprint(c.want) {
			t.Errorf("port since %q until %q, page by page: %q, want %q", c.since, c.until, paged, c.want)
		}
	}
	// The ferry is of the 27th; "ferry" on the 26th finds nothing.
	if hits, err := s.Search(ctx, store.SearchQuery{Text: "ferry", Until: "2026-11-26"}); err != nil || len(hits) != 0 {
		t.Errorf("ferry until 2026-11-26: %d hits (%v), want none", len(hits), err)
	}
	if hits, err := s.Search(ctx, store.SearchQuery{Text: "ferry", Since: "2026-11-27", Until: "2026-11-27"}); err != nil || len(hits) != 1 {
		t.Errorf("ferry on 2026-11-27: %d hits (%v), want 1", len(hits), err)
	}
	for _, q := range []store.SearchQuery{{Text: "port", Since: "2026-11"}, {Text: "port", Until: "soon"}} {
		if _, err := s.Search(ctx, q); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("search since %q until %q: %v, want ErrBadQuery", q.Since, q.Until, err)
		}
		if _, err := s.CountSearch(ctx, q, 0); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("count since %q until %q: %v, want ErrBadQuery", q.Since, q.Until, err)
		}
	}
}
