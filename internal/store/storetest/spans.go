package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testEventSpans: a planned event dated by a span of days ("talks next
// week": its month as date, the days in DateFrom and DateTo) keeps the
// span wherever the event is read (Event, Events, CandidateEvents), its
// reports keep the spans they gave (Event's mentions, EventReports), and
// SetEventSpan gives it another span or clears it. An event dated by a
// day reads with none.
func testEventSpans(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/talks", "a.example", "Talks next week", "x", "2025-04-16T09:00:00Z")
	b := article("https://b.example/talks", "b.example", "Talks set", "y", "2025-04-17T09:00:00Z")
	insert(t, s, a, b)
	planned := &store.Event{Key: "k", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-01", Precision: "month",
		DateFrom: "2025-04-21", DateTo: "2025-04-27"}
	day := &store.Event{Key: "d", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-10", Precision: "day"}
	write := func(fn func(ctx context.Context, tx store.Tx) error) error { return s.Write(ctx, fn) }
	if err := write(func(ctx context.Context, tx store.Tx) error {
		for _, ev := range []*store.Event{planned, day} {
			if _, err := tx.InsertEvent(ctx, ev); err != nil {
				return err
			}
		}
		if err := tx.AddMention(ctx, &store.EventMention{EventID: planned.ID, ArticleID: a.ID, ArticleEventID: "e1",
			Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27"}); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: planned.ID, ArticleID: b.ID, ArticleEventID: "e1",
			Date: "2025-04-22", Precision: "day"})
	}); err != nil {
		t.Fatal(err)
	}
	span := func(e store.Event) [2]string { return [2]string{e.DateFrom, e.DateTo} }
	week := [2]string{"2025-04-21", "2025-04-27"}
	got, ms, err := s.Event(ctx, planned.ID)
	if err != nil {
		t.Fatal(err)
	}
	if span(*got) != week {
		t.Errorf("Event: span %v, want %v", span(*got), week)
	}
	if len(ms) != 2 || ms[0].DateFrom != week[0] || ms[0].DateTo != week[1] || ms[1].DateFrom != "" || ms[1].DateTo != "" {
		t.Errorf("Event's mentions: %+v; want the spans the reports gave (the second none)", ms)
	}
	if got, _, err := s.Event(ctx, day.ID); err != nil || span(*got) != [2]string{} {
		t.Errorf("an event dated by a day: %+v, %v; want no span", got, err)
	}
	for _, q := range []store.EventQuery{{}, {Country: "KST"}, {Actor: "VLM"}, {Sort: "sources"}} {
		evs, err := s.Events(ctx, q)
		if err != nil {
			t.Fatalf("events %+v: %v", q, err)
		}
		found := false
		for _, e := range evs {
			switch e.ID {
			case planned.ID:
				found = true
				if span(e) != week {
					t.Errorf("events %+v: planned event's span %v, want %v", q, span(e), week)
				}
			case day.ID:
				if span(e) != [2]string{} {
					t.Errorf("events %+v: day event's span %v, want none", q, span(e))
				}
			}
		}
		if !found {
			t.Errorf("events %+v: %+v; no planned event", q, evs)
		}
	}
	later := [2]string{"2025-04-28", "2025-05-04"}
	if err := write(func(ctx context.Context, tx store.Tx) error {
		cands, err := tx.CandidateEvents(ctx, "k", "2025-03-01", "2025-05-01")
		if err != nil {
			return err
		}
		if len(cands) != 1 || span(cands[0]) != week {
			t.Errorf("CandidateEvents: %+v; want the planned event with its span", cands)
		}
		reports, err := tx.EventReports(ctx, planned.ID)
		if err != nil {
			return err
		}
		if len(reports) != 2 || reports[0].DateFrom != week[0] || reports[0].DateTo != week[1] || reports[1].DateFrom != "" {
			t.Errorf("EventReports: %+v; want the spans the reports gave", reports)
		}
		if err := tx.SetEventSpan(ctx, planned.ID, later[0], later[1]); err != nil {
			return err
		}
		if err := tx.SetEventSpan(ctx, 1<<40, later[0], later[1]); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("SetEventSpan of no event: %v, want ErrNotFound", err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got, _, err := s.Event(ctx, planned.ID); err != nil || span(*got) != later {
		t.Errorf("after SetEventSpan: %+v, %v; want span %v", got, err, later)
	}
	if err := write(func(ctx context.Context, tx store.Tx) error { return tx.SetEventSpan(ctx, planned.ID, "", "") }); err != nil {
		t.Fatal(err)
	}
	if got, _, err := s.Event(ctx, planned.ID); err != nil || span(*got) != [2]string{} {
		t.Errorf("after clearing the span: %+v, %v; want none", got, err)
	}
}

// WriteUnspannedEvent stores a report and an event of it dated to a
// month, for the migration tests that take a store back to the schema
// before events kept spans (CheckSpansAfterUpgrade).
func WriteUnspannedEvent(tb testing.TB, s store.Store) {
	tb.Helper()
	writeOldEvent(tb, s, article("https://a.example/summit", "a.example", "Summit set for April", "x", "2025-03-20T09:00:00Z"),
		&store.Event{Key: "old", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
			TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-01", Precision: "month"},
		store.EventMention{ArticleEventID: "e1", Date: "2025-04-01", Precision: "month"})
}

// CheckSpansAfterUpgrade checks a store upgraded past the spans' migration
// from one holding WriteUnspannedEvent's event: that event and its report
// read as before, with no span ('newsgraph remerge' fills it from the
// stored analyses), and a planned event stored since keeps its span, on
// the event and its report.
func CheckSpansAfterUpgrade(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(evs) != 1 || evs[0].Key != "old" || evs[0].Date != "2025-04-01" || evs[0].DateFrom != "" || evs[0].DateTo != "" {
		t.Fatalf("events after the upgrade: %+v, %v; want the old event without a span", evs, err)
	}
	_, ms, err := s.Event(ctx, evs[0].ID)
	if err != nil || len(ms) != 1 || ms[0].Date != "2025-04-01" || ms[0].DateFrom != "" {
		t.Errorf("old event's reports after the upgrade: %+v, %v", ms, err)
	}
	e := &store.Event{Key: "new", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-01", Precision: "month",
		DateFrom: "2025-04-21", DateTo: "2025-04-27"}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: ms[0].ArticleID, ArticleEventID: "e2",
			Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27"})
	}); err != nil {
		t.Fatal(err)
	}
	got, ms, err := s.Event(ctx, e.ID)
	if err != nil || got.DateFrom != "2025-04-21" || got.DateTo != "2025-04-27" || len(ms) != 1 || ms[0].DateFrom != "2025-04-21" || ms[0].DateTo != "2025-04-27" {
		t.Errorf("planned event stored after the upgrade: %+v %+v, %v", got, ms, err)
	}
}

// writeOldEvent stores article a, event e and e's report in a, as a store
// written before a migration held them: the upgrade fixtures
// (WriteUnspannedEvent, WriteUnlocatedEvent, WriteUnmarkedEvent) differ
// only in what they store.
func writeOldEvent(tb testing.TB, s store.Store, a *store.Article, e *store.Event, m store.EventMention) {
	tb.Helper()
	if err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		if a.ID, err = tx.InsertArticle(ctx, a); err != nil {
			return err
		}
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		m.EventID, m.ArticleID = e.ID, a.ID
		return tx.AddMention(ctx, &m)
	}); err != nil {
		tb.Fatal(err)
	}
}
