package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testEarliestByReferenceDate: an article without a publish date is
// placed among an event's reports by its reference date (the date its
// relative dates were read against: a Last-Modified or capture time), not
// by when it was ingested, which can be years later. The event's earliest
// report, the order of its mentions and EventReports' dates all agree;
// re-analysing the article with another reference date moves it; an
// article with neither date still falls back to its ingest time.
func testEarliestByReferenceDate(t *testing.T, s store.Store) {
	ctx := context.Background()
	published := article("https://a.example/1", "a.example", "t", "x", "2024-05-10T09:00:00Z")
	modified := article("https://b.example/1", "b.example", "t", "y", "")
	modified.IngestedAt = time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	modified.Data.ReferenceDate, modified.Data.ReferenceSource = ptime("2024-05-08T12:00:00Z"), model.DateLastModified
	undated := article("https://c.example/1", "c.example", "t", "z", "")
	undated.IngestedAt = time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
	insert(t, s, published, modified, undated)
	e := &store.Event{Key: "k", Type: "CONSULT", SourceName: "Kestria", TargetName: "Volmark", Date: "2024-05-08", QuadClass: 1}
	addEvent(t, s, e, published, undated, modified)

	check := func(when string, wantOrder []*store.Article, wantAt []time.Time, wantSource []string) {
		t.Helper()
		got, ms, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.EarliestURL != wantOrder[0].URL || got.EarliestAt == nil || !got.EarliestAt.Equal(wantAt[0]) {
			t.Errorf("%s: earliest = %s %v, want %s %v", when, got.EarliestURL, got.EarliestAt, wantOrder[0].URL, wantAt[0])
		}
		var reports []store.EventMention
		if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			reports, err = tx.EventReports(ctx, e.ID)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if len(ms) != len(wantOrder) || len(reports) != len(wantOrder) {
			t.Fatalf("%s: %d mentions, %d reports; want %d", when, len(ms), len(reports), len(wantOrder))
		}
		for i, a := range wantOrder {
			if ms[i].ArticleID != a.ID {
				t.Errorf("%s: mention %d is article %d, want %d (%s)", when, i, ms[i].ArticleID, a.ID, a.URL)
			}
			// Each mention says the date it is placed by and which it
			// is; Published stays the article's own publish date.
			if m := ms[i]; m.ReportDate == nil || !m.ReportDate.Equal(wantAt[i]) || m.ReportDateSource != wantSource[i] ||
				(m.Published != nil) != (wantSource[i] == "published") {
				t.Errorf("%s: mention %d dated %v (%s), published %v; want %v (%s)", when, i, m.ReportDate, m.ReportDateSource, m.Published, wantAt[i], wantSource[i])
			}
			if reports[i].ArticleID != a.ID || reports[i].Published == nil || !reports[i].Published.Equal(wantAt[i]) {
				t.Errorf("%s: report %d is article %d at %v, want %d at %v", when, i, reports[i].ArticleID, reports[i].Published, a.ID, wantAt[i])
			}
		}
	}
	check("stored", []*store.Article{modified, undated, published},
		[]time.Time{*modified.Data.ReferenceDate, undated.IngestedAt, *published.Published},
		[]string{"reference", "ingested", "published"})

	// Read anew against a later capture time, the article comes last.
	data := *modified.Data
	data.ReferenceDate, data.ReferenceSource = ptime("2024-05-11T00:00:00Z"), model.DateCaptured
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ReplaceAnalysis(ctx, modified.ID, &data, nil)
	}); err != nil {
		t.Fatal(err)
	}
	// The earliest report is kept by AddMention; merge recomputes it by
	// clearing and re-adding the events after a re-analysis, as here.
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ClearEvents(ctx) }); err != nil {
		t.Fatal(err)
	}
	e.ID = 0
	addEvent(t, s, e, published, undated, modified)
	check("re-analysed", []*store.Article{undated, published, modified},
		[]time.Time{undated.IngestedAt, *published.Published, *data.ReferenceDate},
		[]string{"ingested", "published", "reference"})
}

// ReferenceDatedEvent stores an event reported by a published article
// and, before it, by one dated only by its reference date (ingested a
// year later); it returns the event's id and the earliest report's URL,
// for the backends' migration tests.
func ReferenceDatedEvent(t *testing.T, s store.Store) (id int64, earliestURL string) {
	t.Helper()
	published := article("https://a.example/m1", "a.example", "t", "x", "2024-05-10T09:00:00Z")
	captured := article("https://b.example/m1", "b.example", "t", "y", "")
	captured.IngestedAt = time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	captured.Data.ReferenceDate, captured.Data.ReferenceSource = ptime("2024-05-08T12:00:00Z"), model.DateCaptured
	insert(t, s, published, captured)
	e := &store.Event{Key: "m", Type: "CONSULT", SourceName: "Kestria", TargetName: "Volmark", Date: "2024-05-08", QuadClass: 1}
	addEvent(t, s, e, published, captured)
	return e.ID, captured.URL
}
