package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testLatestArticles: LatestArticles lists the canonical articles newest
// first by report date (publish date, else reference date, else ingest
// time), by id within a time, syndicated copies left out; keyset pages
// and offset pages give the whole list once, and CountLatestArticles
// counts it.
func testLatestArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	var as []*store.Article
	for i := range 13 {
		var a *store.Article
		switch {
		case i%5 == 4: // undated, with a reference date
			a = article(fmt.Sprintf("https://ref.example/%d", i), "ref.example", fmt.Sprintf("Reference %d", i), "z", "")
			a.Data.ReferenceDate = ptime("2025-03-02T10:00:00Z")
		case i%5 == 3: // undated, without: its ingest time
			a = article(fmt.Sprintf("https://ing.example/%d", i), "ing.example", fmt.Sprintf("Ingested %d", i), "z", "")
		case i < 6:
			a = article(fmt.Sprintf("https://tie.example/%d", i), "tie.example", fmt.Sprintf("Tie %d", i), "z", "2025-03-05T09:00:00Z")
		default:
			a = article(fmt.Sprintf("https://day.example/%d", i), "day.example", fmt.Sprintf("Day %d", i), "z", fmt.Sprintf("2025-03-%02dT12:00:00Z", 1+i%4))
		}
		a.IngestedAt = *ptime("2025-02-20T00:00:00Z")
		as = append(as, a)
	}
	insert(t, s, as...)
	dup := article("https://copy.example/1", "copy.example", "Copy", "z", "2025-03-09T08:00:00Z")
	dup.DuplicateOf = as[0].ID
	insert(t, s, dup)

	all, err := s.LatestArticles(ctx, store.ArticleQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 13 {
		t.Fatalf("%d articles, want 13 (the syndicated copy left out)", len(all))
	}
	ties, sources := 0, map[string]int{}
	for i, h := range all {
		if h.ArticleID == dup.ID {
			t.Errorf("the syndicated copy %d is listed", dup.ID)
		}
		sources[h.ReportDateSource]++
		if h.ReportDate == nil {
			t.Errorf("article %d (%q) has no report date", h.ArticleID, h.Title)
			continue
		}
		if i == 0 || all[i-1].ReportDate == nil {
			continue
		}
		a, b := all[i-1].ArticlePos(), h.ArticlePos()
		switch {
		case a.Date.Before(*b.Date):
			t.Errorf("articles %d and %d out of order (newest first): %v before %v", i-1, i, a.Date, b.Date)
		case a.Date.Equal(*b.Date):
			ties++
			if a.ID < b.ID {
				t.Errorf("articles %d and %d of one time out of id order: %d before %d", i-1, i, a.ID, b.ID)
			}
		}
	}
	if ties < 4 || sources["published"] != 9 || sources["reference"] != 2 || sources["ingested"] != 2 {
		t.Errorf("%d ties, report dates by source %v: the test no longer tests ties and every report date", ties, sources)
	}
	if all[len(all)-1].ReportDateSource != "ingested" {
		t.Errorf("last listed %q (%s), want an article dated by its ingest time, the oldest", all[len(all)-1].Title, all[len(all)-1].ReportDateSource)
	}
	var want []int64
	for _, h := range all {
		want = append(want, h.ArticleID)
	}

	// Keyset pages, and offset pages, list each article once, in order.
	var keyed, offset []int64
	q := store.ArticleQuery{Limit: 3}
	for n := 0; n < 10; n++ {
		page, err := s.LatestArticles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range page {
			keyed = append(keyed, h.ArticleID)
		}
		if len(page) < q.Limit {
			break
		}
		p := page[len(page)-1].ArticlePos()
		q.After = &p
	}
	for off := 0; off < 20; off += 4 {
		page, err := s.LatestArticles(ctx, store.ArticleQuery{Limit: 4, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range page {
			offset = append(offset, h.ArticleID)
		}
	}
	if !slices.Equal(keyed, want) || !slices.Equal(offset, want) {
		t.Errorf("pages:\nkeyset %v\noffset %v\nwant   %v", keyed, offset, want)
	}
	// A position without a date is after every article.
	if rest, err := s.LatestArticles(ctx, store.ArticleQuery{After: &store.ArticlePos{ID: want[0]}}); err != nil || len(rest) != 0 {
		t.Errorf("after an undated position: %d articles, %v; want none", len(rest), err)
	}

	for _, c := range []struct {
		q     store.ArticleQuery
		limit int
		want  store.Total
	}{
		{store.ArticleQuery{}, 0, store.Total{N: 13}},
		{store.ArticleQuery{Limit: 2, Offset: 5, After: &store.ArticlePos{ID: 1}}, 0, store.Total{N: 13}}, // paging does not count
		{store.ArticleQuery{}, 5, store.Total{N: 5, More: true}},
		{store.ArticleQuery{Since: "2025-03-05"}, 0, store.Total{N: 4}},
		{store.ArticleQuery{Since: "2025-03-03", Until: "2025-03-04"}, 0, store.Total{N: 4}},
		{store.ArticleQuery{Since: "2025-03-02", Until: "2025-03-02"}, 0, store.Total{N: 2}},
		{store.ArticleQuery{Until: "2025-02-28"}, 0, store.Total{N: 2}},
		{store.ArticleQuery{Since: "2025-04-01"}, 0, store.Total{}},
	} {
		got, err := s.CountLatestArticles(ctx, c.q, c.limit)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("count %+v (limit %d): %+v, want %+v", c.q, c.limit, got, c.want)
		}
		if c.q.After != nil || c.limit > 0 {
			continue
		}
		c.q.Limit = 100
		page, err := s.LatestArticles(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) != c.want.N {
			t.Errorf("%+v: %d articles listed, %d counted", c.q, len(page), c.want.N)
		}
	}
	for _, q := range []store.ArticleQuery{{Since: "March 2025"}, {Until: "2025-3-1"}} {
		if _, err := s.LatestArticles(ctx, q); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%+v: %v, want ErrBadQuery", q, err)
		}
		if _, err := s.CountLatestArticles(ctx, q, 0); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("count %+v: %v, want ErrBadQuery", q, err)
		}
	}
}

// testLatestArticleDays: LatestArticles' since and until take the day each
// article is listed under, as the quotes' do (testQuoteDays): its report
// date at its publisher's offset, not the UTC day; a reference date keeps
// its UTC day.
func testLatestArticleDays(t *testing.T, s store.Store) {
	ctx := context.Background()
	writeDayArticles(t, s, "latest")
	for _, c := range []struct {
		since, until string
		want         []string // titles, latest instant first
	}{
		{"", "", []string{"Storm closes port", "Port shut after storm", "Harbour stays closed", "Port shut, says master"}},
		{"2026-11-27", "", []string{"Storm closes port", "Port shut, says master"}},
		{"", "2026-11-26", []string{"Port shut after storm", "Harbour stays closed"}},
		{"2026-11-26", "2026-11-26", []string{"Port shut after storm", "Harbour stays closed"}},
		{"2026-11-28", "", nil},
		{"", "2026-11-25", nil},
		{"", "9999-12-31", []string{"Storm closes port", "Port shut after storm", "Harbour stays closed", "Port shut, says master"}},
	} {
		hits, err := s.LatestArticles(ctx, store.ArticleQuery{Since: c.since, Until: c.until})
		if err != nil {
			t.Fatalf("since %q until %q: %v", c.since, c.until, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Title)
			if h.ReportDate == nil {
				continue
			}
			day := h.ReportDate.Format(time.DateOnly)
			if (c.since != "" && day < c.since) || (c.until != "" && day > c.until) {
				t.Errorf("since %q until %q: %q is listed on %s", c.since, c.until, h.Title, day)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("since %q until %q: %q, want %q", c.since, c.until, got, c.want)
		}
	}
}
