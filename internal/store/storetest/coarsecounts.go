package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testCoarseCountsAndUntil: an event known only to a month or a year,
// stored at the period's first day, is counted by EventCounts under its
// month ("2025-01") or year ("2025"), not on that first day beside the
// events of the day itself; and a range that ends inside its period
// (until=2025-01-31 for an event of "2025") neither lists nor counts it,
// whether the counts are the kept ones (no filter, a type, a key) or the
// events' own (asserted=1).
func testCoarseCountsAndUntil(t *testing.T, s store.Store) {
	ctx := context.Background()
	type ev struct {
		key, typ, precision, date, modality string
		quad                                int
	}
	evs := []ev{
		{"jan-1", "CONSULT", "day", "2025-01-01", "actual", 1},
		{"jan-15", "CONSULT", "day", "2025-01-15", "actual", 1},
		{"january", "CONSULT", "month", "2025-01-01", "actual", 1},
		{"year-2025", "ASSAULT", "year", "2025-01-01", "actual", 4},
		{"april", "PROTEST", "month", "2025-04-01", "actual", 3},
		{"summit-2030", "CONSULT", "year", "2030-01-01", "planned", 1},
	}
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		a := &store.Article{URL: "https://coarsecounts.example/1", Site: "coarsecounts.example", ContentHash: "coarsecounts", Title: "t", Text: "t",
			IngestedAt: time.Date(2025, 5, 2, 12, 0, 0, 0, time.UTC)}
		aid, err := tx.InsertArticle(ctx, a)
		if err != nil {
			return err
		}
		for _, c := range evs {
			e := &store.Event{Key: c.key, Type: c.typ, SourceActor: "KST", SourceName: "Kestria", SourceCountry: "FRA",
				TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "DEU", Date: c.date, Precision: c.precision, QuadClass: c.quad,
				Polarity: "asserted", Modality: c.modality}
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
	counts := func(q store.EventQuery) string {
		t.Helper()
		cs, err := s.EventCounts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, fmt.Sprintf("%s/q%d:%d", c.Date, c.QuadClass, c.Events))
		}
		return fmt.Sprint(out)
	}
	listed := func(q store.EventQuery) []string {
		t.Helper()
		q.Limit = 100
		got, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, e := range got {
			for _, c := range evs {
				if c.typ == e.Type && c.date == e.Date && c.precision == e.Precision && c.quad == e.QuadClass {
					keys = append(keys, c.key)
				}
			}
		}
		slices.Sort(keys)
		return keys
	}
	for _, f := range []store.EventQuery{{}, {Country: "FRA"}, {Actor: "KST"}, {Asserted: true}} {
		want := "[2025/q4:1 2025-01/q1:1 2025-01-01/q1:1 2025-01-15/q1:1 2025-04/q3:1 2030/q1:1]"
		if f.Asserted {
			want = "[2025/q4:1 2025-01/q1:1 2025-01-01/q1:1 2025-01-15/q1:1 2025-04/q3:1]"
		}
		if got := counts(f); got != want {
			t.Errorf("counts %+v: %s, want %s", f, got, want)
		}
		for _, c := range []struct {
			since, until string
			want         []string
		}{
			// January, to its last day: its days and its month, not
			// the year it is the start of.
			{"2025-01-01", "2025-01-31", []string{"jan-1", "jan-15", "january"}},
			// Part of January: its days alone.
			{"2025-01-01", "2025-01-20", []string{"jan-1", "jan-15"}},
			// The API's form of until=2025-04 (YYYY-MM-31).
			{"2025-01-01", "2025-04-31", []string{"april", "jan-1", "jan-15", "january"}},
			{"", "2025-04-30", []string{"april", "jan-1", "jan-15", "january"}},
			// A whole year takes in its year's event.
			{"2025-01-01", "2025-12-31", []string{"april", "jan-1", "jan-15", "january", "year-2025"}},
			{"2025-01-02", "", []string{"april", "jan-15", "summit-2030"}},
			{"2030-01-01", "2030-06-30", nil},
		} {
			if f.Asserted && slices.Contains(c.want, "summit-2030") {
				c.want = slices.DeleteFunc(slices.Clone(c.want), func(k string) bool { return k == "summit-2030" })
			}
			q := f
			q.Since, q.Until = c.since, c.until
			if got := listed(q); !slices.Equal(got, c.want) {
				t.Errorf("%+v: listed %v, want %v", q, got, c.want)
			}
			n, err := s.CountEvents(ctx, q, 0)
			if err != nil || n.N != len(c.want) || n.More {
				t.Errorf("%+v: counted %+v %v, want %d", q, n, err, len(c.want))
			}
			cs, err := s.EventCounts(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			sum := 0
			for _, c := range cs {
				sum += c.Events
			}
			if sum != len(c.want) {
				t.Errorf("%+v: timeline counts %d events (%v), want %d", q, sum, cs, len(c.want))
			}
		}
	}
	// The type's kept counts split alike.
	if got, want := counts(store.EventQuery{Type: "CONSULT"}), "[2025-01/q1:1 2025-01-01/q1:1 2025-01-15/q1:1 2030/q1:1]"; got != want {
		t.Errorf("counts of CONSULT: %s, want %s", got, want)
	}
	if got, want := counts(store.EventQuery{QuadClass: 4}), "[2025/q4:1]"; got != want {
		t.Errorf("counts of class 4: %s, want %s", got, want)
	}
}

// testCoarseSpanUntil: an event dated by a span of days ("talks next
// week", stored as its month with DateFrom and DateTo) is inside a range
// that ends within its month once its span has ended: listed, counted
// and in the timeline under its month; a range that ends inside the span
// leaves it out, as it leaves out the month's other events.
func testCoarseSpanUntil(t *testing.T, s store.Store) {
	ctx := context.Background()
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "next-week", Type: "CONSULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "FRA", TargetName: "Volmark",
				Date: "2025-03-01", Precision: "month", DateFrom: "2025-03-10", DateTo: "2025-03-16", QuadClass: 1},
			{Key: "in-march", Type: "CONSULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "FRA", TargetName: "Pellia",
				Date: "2025-03-01", Precision: "month", QuadClass: 1},
			{Key: "day", Type: "CONSULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "FRA", TargetName: "Sollis",
				Date: "2025-03-05", Precision: "day", QuadClass: 1},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
			if e.DateFrom != "" {
				if err := tx.SetEventSpan(ctx, e.ID, e.DateFrom, e.DateTo); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.EventQuery{{}, {Country: "FRA"}, {Asserted: true}} {
		for _, c := range []struct {
			until string
			want  []string // target names
		}{
			{"2025-03-20", []string{"Sollis", "Volmark"}},
			{"2025-03-16", []string{"Sollis", "Volmark"}},
			{"2025-03-12", []string{"Sollis"}},
			{"2025-03-31", []string{"Pellia", "Sollis", "Volmark"}},
		} {
			q := f
			q.Since, q.Until, q.Limit = "2025-03-01", c.until, 100
			evs, err := s.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.TargetName)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("%+v: listed %v, want %v", q, got, c.want)
			}
			n, err := s.CountEvents(ctx, q, 0)
			if err != nil || n.N != len(c.want) {
				t.Errorf("%+v: counted %+v %v, want %d", q, n, err, len(c.want))
			}
			cs, err := s.EventCounts(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			byDate := map[string]int{}
			for _, c := range cs {
				byDate[c.Date] += c.Events
			}
			if byDate["2025-03-05"] != 1 || byDate["2025-03"] != len(c.want)-1 || len(byDate) > 2 {
				t.Errorf("%+v: timeline %v, want 1 on 2025-03-05 and %d in 2025-03", q, byDate, len(c.want)-1)
			}
		}
	}
}
