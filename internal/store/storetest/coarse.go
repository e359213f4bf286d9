package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// coarseEvents are events of one pair of parties as merging dates them:
// the day, or, for an event known only to a month or a year, the day it
// was stored on (was: the report's day when the report fell in that month
// or year; now: the first day) and the day it is listed on since.
var coarseEvents = []struct {
	key, typ, precision string
	stored, listed      string
	quad                int
}{
	{"day-27", "AGREE", "day", "2026-11-27", "2026-11-27", 1},
	{"month-told-29th", "CONSULT", "month", "2026-11-29", "2026-11-01", 1},
	{"day-15", "PROTEST", "day", "2026-11-15", "2026-11-15", 3},
	{"year-told-aug", "ASSAULT", "year", "2026-08-10", "2026-01-01", 4},
	{"day-oct-31", "AGREE", "day", "2026-10-31", "2026-10-31", 1},
	{"month-told-after", "CONSULT", "month", "2026-10-01", "2026-10-01", 1},
	{"year-2025", "REJECT", "year", "2025-01-01", "2025-01-01", 3},
}

// WriteReportDayCoarseEvents stores coarseEvents at the days merging gave
// them before SQLite's migration 25 and PostgreSQL's 20 (an event of the
// report's own month or year on the report's day), each with one report.
func WriteReportDayCoarseEvents(t *testing.T, s store.Store) {
	t.Helper()
	writeCoarseEvents(t, s, true)
}

// testCoarseDatesOrder: events known to a month or a year, stored at its
// first day as merging stores them, list after the events dated to the
// days of that month or year, in every listing, page and count
// (CheckCoarseDatesListed).
func testCoarseDatesOrder(t *testing.T, s store.Store) {
	writeCoarseEvents(t, s, false)
	CheckCoarseDatesListed(t, s)
}

// writeCoarseEvents stores coarseEvents on the days merging gives them
// now, or, with reportDay, on those it gave them before.
func writeCoarseEvents(t *testing.T, s store.Store, reportDay bool) {
	t.Helper()
	ctx := context.Background()
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		a := &store.Article{URL: "https://coarse.example/1", Site: "coarse.example", ContentHash: "coarse", Title: "t", Text: "t",
			IngestedAt: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
		aid, err := tx.InsertArticle(ctx, a)
		if err != nil {
			return err
		}
		for _, c := range coarseEvents {
			date := c.listed
			if reportDay {
				date = c.stored
			}
			e := &store.Event{Key: c.key, Type: c.typ, SourceActor: "A1", SourceName: "Ayland", SourceCountry: "FRA",
				TargetActor: "B1", TargetName: "Beeland", TargetCountry: "DEU", Date: date, Precision: c.precision, QuadClass: c.quad}
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: aid, ArticleEventID: c.key}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// CheckCoarseDatesListed checks a store holding WriteReportDayCoarseEvents'
// events after the migration moved them: each is dated as it is listed,
// newest first an event known to a month comes after the events of the
// days of that month and one known to a year after the year's, whether
// the listing is read from the events, the lookup keys (an actor or a
// country) or the sort keys (a country or an actor in another sort,
// whose events tie on it), whole or page by page either way; and the
// kept counts are the listing's, by date (a coarse event's month or year)
// and class.
func CheckCoarseDatesListed(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	var want []string
	byListed := slices.Clone(coarseEvents)
	slices.SortStableFunc(byListed, func(a, b struct {
		key, typ, precision string
		stored, listed      string
		quad                int
	}) int {
		return cmp.Compare(b.listed, a.listed)
	})
	for _, c := range byListed {
		want = append(want, c.key+" "+c.listed+" "+c.precision)
	}
	keys := map[int64]string{}
	all, err := s.Events(ctx, store.EventQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		for _, c := range coarseEvents {
			if c.typ == e.Type && c.precision == e.Precision && (c.listed == e.Date || c.stored == e.Date) && keys[e.ID] == "" {
				keys[e.ID] = c.key
			}
		}
	}
	line := func(e store.Event) string { return keys[e.ID] + " " + e.Date + " " + e.Precision }
	for _, q := range []store.EventQuery{
		{}, {Country: "fra"}, {Actor: "A1"}, {Source: "A1", Target: "B1"},
		{Country: "DEU", Sort: store.SortSources}, {Actor: "B1", Sort: store.SortArticles}, {Target: "B1", Sort: store.SortSources},
	} {
		q.Limit = 100
		evs, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, line(e))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%+v:\n got %v\nwant %v", q, got, want)
		}
		// Page by page, on and back.
		q.Limit = 2
		var paged []string
		var last *store.EventPos
		for range len(want) {
			q.After = last
			page, err := s.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			for _, e := range page {
				paged = append(paged, line(e))
			}
			p := page[len(page)-1].Pos()
			last = &p
		}
		if !slices.Equal(paged, want) {
			t.Errorf("%+v page by page:\n got %v\nwant %v", q, paged, want)
		}
		if len(evs) == len(want) {
			p := evs[len(evs)-1].Pos()
			q.After, q.Before, q.Limit = nil, &p, 100
			back, err := s.Events(ctx, q)
			if err != nil || len(back) != len(want)-1 || line(back[0]) != want[0] {
				t.Errorf("%+v back from the last: %d events, %v", q, len(back), err)
			}
		}
	}
	for _, q := range []store.EventQuery{{}, {Country: "FRA"}, {Actor: "B1"}, {Type: "CONSULT"}, {Since: "2026-10-01", Until: "2026-11-30"}} {
		counts, err := s.EventCounts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, store.EventQuery{Country: q.Country, Actor: q.Actor, Type: q.Type, Since: q.Since, Until: q.Until, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		// An event known only to a month or a year is counted under
		// its month or year (store.CoarseDateSQL), not its first day.
		recount := map[string]int{}
		for _, e := range evs {
			date := e.Date
			switch e.Precision {
			case "month":
				date = date[:7]
			case "year":
				date = date[:4]
			}
			recount[fmt.Sprint(date, " ", e.QuadClass)]++
		}
		kept := map[string]int{}
		for _, c := range counts {
			kept[fmt.Sprint(c.Date, " ", c.QuadClass)] += c.Events
		}
		if fmt.Sprint(kept) != fmt.Sprint(recount) || len(evs) == 0 {
			t.Errorf("counts %+v: %v; the events: %v", q, kept, recount)
		}
	}
}
