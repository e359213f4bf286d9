package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testEventLocations: an event keeps the place it happened (text, actor
// id, country) wherever it is read (Event, Events, CandidateEvents), its
// reports keep the places they gave (Event's mentions, EventReports),
// SetEventLocation moves or clears it, and EventQuery.Where lists the
// events that happened in a country, not those whose parties are of it.
func testEventLocations(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/shelling", "a.example", "Shelling in Kordan", "x", "2025-04-16T09:00:00Z")
	b := article("https://b.example/shelling", "b.example", "Shelling reported", "y", "2025-04-17T09:00:00Z")
	insert(t, s, a, b)
	// in Volmark's city, by Kestria against Volmark
	there := &store.Event{Key: "k", Type: "ASSAULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-15", Precision: "day",
		Location: "Kordan", LocationActor: "VLM_KORDAN", LocationCountry: "VLM"}
	// Volmark's party, but the talks are held in a third country
	away := &store.Event{Key: "a", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-14", Precision: "day",
		Location: "Tarn", LocationActor: "TRN", LocationCountry: "TRN"}
	nowhere := &store.Event{Key: "n", Type: "MEET", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-04-13", Precision: "day"}
	write := func(fn func(ctx context.Context, tx store.Tx) error) error { return s.Write(ctx, fn) }
	if err := write(func(ctx context.Context, tx store.Tx) error {
		for _, ev := range []*store.Event{there, away, nowhere} {
			if _, err := tx.InsertEvent(ctx, ev); err != nil {
				return err
			}
		}
		if err := tx.AddMention(ctx, &store.EventMention{EventID: there.ID, ArticleID: a.ID, ArticleEventID: "e1",
			Date: "2025-04-15", Precision: "day", Location: "Kordan", LocationActor: "VLM_KORDAN", LocationCountry: "VLM"}); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: there.ID, ArticleID: b.ID, ArticleEventID: "e1",
			Date: "2025-04-15", Precision: "day"})
	}); err != nil {
		t.Fatal(err)
	}
	place := func(e store.Event) [3]string { return [3]string{e.Location, e.LocationActor, e.LocationCountry} }
	kordan := [3]string{"Kordan", "VLM_KORDAN", "VLM"}
	got, ms, err := s.Event(ctx, there.ID)
	if err != nil {
		t.Fatal(err)
	}
	if place(*got) != kordan {
		t.Errorf("Event: place %v, want %v", place(*got), kordan)
	}
	if len(ms) != 2 || ms[0].Location != "Kordan" || ms[0].LocationActor != "VLM_KORDAN" || ms[0].LocationCountry != "VLM" ||
		ms[1].Location != "" || ms[1].LocationActor != "" || ms[1].LocationCountry != "" {
		t.Errorf("Event's mentions: %+v; want the places the reports gave (the second none)", ms)
	}
	if got, _, err := s.Event(ctx, nowhere.ID); err != nil || place(*got) != [3]string{} {
		t.Errorf("an event with no place: %+v, %v; want none", got, err)
	}
	wantThere := kordan // the place "there" reads with now
	ids := func(q store.EventQuery) []int64 {
		t.Helper()
		evs, err := s.Events(ctx, q)
		if err != nil {
			t.Fatalf("events %+v: %v", q, err)
		}
		var out []int64
		for _, e := range evs {
			out = append(out, e.ID)
			if e.ID == there.ID && place(e) != wantThere {
				t.Errorf("events %+v: place %v, want %v", q, place(e), wantThere)
			}
		}
		return out
	}
	for _, c := range []struct {
		q    store.EventQuery
		want []int64
	}{
		{store.EventQuery{Where: "VLM"}, []int64{there.ID}},
		{store.EventQuery{Where: " vlm "}, []int64{there.ID}},
		{store.EventQuery{Where: "TRN"}, []int64{away.ID}},
		{store.EventQuery{Where: "KST"}, nil},
		{store.EventQuery{Where: "VLM", Country: "KST"}, []int64{there.ID}},
		{store.EventQuery{Where: "VLM", Type: "MEET"}, nil},
		{store.EventQuery{Where: "VLM", Sort: store.SortSources}, []int64{there.ID}},
		{store.EventQuery{Where: "TRN", Actor: "VLM", Sort: store.SortSources}, []int64{away.ID}},
		{store.EventQuery{Where: "VLM", Since: "2025-04-16"}, nil},
		{store.EventQuery{Country: "VLM"}, []int64{there.ID, away.ID, nowhere.ID}},
	} {
		if got := ids(c.q); !slices.Equal(got, c.want) {
			t.Errorf("events %+v: %v, want %v", c.q, got, c.want)
		}
	}
	counts, err := s.EventCounts(ctx, store.EventQuery{Where: "VLM"})
	if err != nil || len(counts) != 1 || counts[0].Date != "2025-04-15" || counts[0].Events != 1 {
		t.Errorf("EventCounts where VLM: %+v, %v; want the one event of 2025-04-15", counts, err)
	}
	tarn := [3]string{"Tarn", "TRN", "TRN"}
	if err := write(func(ctx context.Context, tx store.Tx) error {
		cands, err := tx.CandidateEvents(ctx, "k", "2025-04-01", "2025-05-01")
		if err != nil {
			return err
		}
		if len(cands) != 1 || place(cands[0]) != kordan {
			t.Errorf("CandidateEvents: %+v; want the event with its place", cands)
		}
		reports, err := tx.EventReports(ctx, there.ID)
		if err != nil {
			return err
		}
		if len(reports) != 2 || reports[0].LocationActor != "VLM_KORDAN" || reports[0].Location != "Kordan" || reports[1].Location != "" {
			t.Errorf("EventReports: %+v; want the places the reports gave", reports)
		}
		if err := tx.SetEventLocation(ctx, there.ID, tarn[0], tarn[1], tarn[2]); err != nil {
			return err
		}
		if err := tx.SetEventLocation(ctx, 1<<40, "x", "", ""); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("SetEventLocation of no event: %v, want ErrNotFound", err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got, _, err := s.Event(ctx, there.ID); err != nil || place(*got) != tarn {
		t.Errorf("after SetEventLocation: %+v, %v; want %v", got, err, tarn)
	}
	wantThere = tarn
	if got := ids(store.EventQuery{Where: "TRN"}); !slices.Equal(got, []int64{there.ID, away.ID}) {
		t.Errorf("where TRN after the move: %v", got)
	}
	if err := write(func(ctx context.Context, tx store.Tx) error { return tx.SetEventLocation(ctx, there.ID, "", "", "") }); err != nil {
		t.Fatal(err)
	}
	if got, _, err := s.Event(ctx, there.ID); err != nil || place(*got) != [3]string{} {
		t.Errorf("after clearing the place: %+v, %v; want none", got, err)
	}
}

// WriteUnlocatedEvent stores a report and an event of it with a place's
// text alone, for the migration tests that take a store back to the
// schema before events kept the place's actor and country
// (CheckLocationsAfterUpgrade).
func WriteUnlocatedEvent(tb testing.TB, s store.Store) {
	tb.Helper()
	writeOldEvent(tb, s, article("https://a.example/raid", "a.example", "Raid in Kordan", "x", "2025-03-20T09:00:00Z"),
		&store.Event{Key: "old", Type: "ASSAULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
			TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Location: "Kordan", Date: "2025-03-19", Precision: "day"},
		store.EventMention{ArticleEventID: "e1", Date: "2025-03-19", Precision: "day"})
}

// CheckLocationsAfterUpgrade checks a store upgraded past the places'
// migration from one holding WriteUnlocatedEvent's event: it reads as
// before, its place's text kept, with no actor or country ('newsgraph
// remerge' fills them), and an event stored since keeps its place, on the
// event and its report, and is found by Where.
func CheckLocationsAfterUpgrade(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(evs) != 1 || evs[0].Key != "old" || evs[0].Location != "Kordan" || evs[0].LocationActor != "" || evs[0].LocationCountry != "" {
		t.Fatalf("events after the upgrade: %+v, %v; want the old event with its place's text alone", evs, err)
	}
	_, ms, err := s.Event(ctx, evs[0].ID)
	if err != nil || len(ms) != 1 || ms[0].Location != "" || ms[0].LocationCountry != "" {
		t.Errorf("old event's reports after the upgrade: %+v, %v", ms, err)
	}
	e := &store.Event{Key: "new", Type: "ASSAULT", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2025-03-20", Precision: "day",
		Location: "Kordan", LocationActor: "VLM_KORDAN", LocationCountry: "VLM"}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: ms[0].ArticleID, ArticleEventID: "e2",
			Date: "2025-03-20", Precision: "day", Location: "Kordan", LocationActor: "VLM_KORDAN", LocationCountry: "VLM"})
	}); err != nil {
		t.Fatal(err)
	}
	got, ms, err := s.Event(ctx, e.ID)
	if err != nil || got.LocationActor != "VLM_KORDAN" || got.LocationCountry != "VLM" || len(ms) != 1 || ms[0].LocationActor != "VLM_KORDAN" {
		t.Errorf("event stored after the upgrade: %+v %+v, %v", got, ms, err)
	}
	if evs, err := s.Events(ctx, store.EventQuery{Where: "VLM"}); err != nil || len(evs) != 1 || evs[0].ID != e.ID {
		t.Errorf("where VLM after the upgrade: %+v, %v; want the new event alone", evs, err)
	}
}
