package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testSearchReportDates: each search hit carries the date its Since and
// Until match (ReportDate) and which date that is, as LatestArticles'
// hits do: the publish date at the publisher's offset, else the reference
// date, else the ingest time. An undated hit found by its reference date
// showed no date at all, so a reader could not tell why it matched.
func testSearchReportDates(t *testing.T, s store.Store) {
	ctx := context.Background()
	lagos := ptime("2026-03-04T23:30:00+01:00")
	insert(t, s,
		&store.Article{URL: "https://lagos.example/strike", Source: "https://lagos.example/strike", Site: "lagos.example", ContentHash: "searchdates:1",
			Title: "Dockworkers strike in Apapa", Text: "Dockworkers walked out at Apapa.", Published: lagos,
			Data: &model.Article{Title: "Dockworkers strike in Apapa", Published: lagos}},
		&store.Article{URL: "https://undated.example/strike", Source: "https://undated.example/strike", Site: "undated.example", ContentHash: "searchdates:2",
			Title: "Dockworkers stay out", Text: "The dockworkers stayed away.",
			Data: &model.Article{Title: "Dockworkers stay out", ReferenceDate: ptime("2026-03-05T06:00:00Z")}},
		&store.Article{URL: "https://nodate.example/strike", Source: "https://nodate.example/strike", Site: "nodate.example", ContentHash: "searchdates:3",
			Title: "Dockworkers talks", Text: "Talks with dockworkers resumed.", IngestedAt: *ptime("2026-03-06T12:00:00Z"),
			Data: &model.Article{Title: "Dockworkers talks"}})
	want := map[string]struct{ date, source string }{
		// At the publisher's offset: the 4th, as its dateline says.
		"Dockworkers strike in Apapa": {"2026-03-04T23:30:00+01:00", "published"},
		"Dockworkers stay out":        {"2026-03-05T06:00:00Z", "reference"},
		"Dockworkers talks":           {"2026-03-06T12:00:00Z", "ingested"},
	}
	for _, q := range []store.SearchQuery{
		{Text: "dockworkers"},
		{Text: "dockworkers", Since: "2026-03-04", Until: "2026-03-06"},
		{Text: "title:dockworkers", Limit: 5},
	} {
		hits, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if len(hits) != len(want) {
			t.Errorf("%+v: %d hits, want %d", q, len(hits), len(want))
		}
		for _, h := range hits {
			w, ok := want[h.Title]
			if !ok {
				t.Errorf("%+v: unexpected hit %q", q, h.Title)
				continue
			}
			got := ""
			if h.ReportDate != nil {
				got = h.ReportDate.Format(time.RFC3339)
			}
			if got != w.date || h.ReportDateSource != w.source {
				t.Errorf("%+v: %q report date %q (%q), want %q (%q)", q, h.Title, got, h.ReportDateSource, w.date, w.source)
			}
			// The publish date stays what it was: none for an undated
			// hit.
			if (h.Published != nil) != (w.source == "published") {
				t.Errorf("%+v: %q published %v", q, h.Title, h.Published)
			}
		}
	}
	// The day a hit shows is the day its Since and Until match.
	for _, c := range []struct{ day, title string }{
		{"2026-03-04", "Dockworkers strike in Apapa"},
		{"2026-03-05", "Dockworkers stay out"},
		{"2026-03-06", "Dockworkers talks"},
	} {
		hits, err := s.Search(ctx, store.SearchQuery{Text: "dockworkers", Since: c.day, Until: c.day})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].Title != c.title || hits[0].ReportDate == nil || hits[0].ReportDate.Format(time.DateOnly) != c.day {
			t.Errorf("dockworkers on %s: %+v, want %q dated that day", c.day, hits, c.title)
		}
	}
}
