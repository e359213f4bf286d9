package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/keyset"
)

// testActorSorts: an actor's events, or a source's or a target's, in a
// sort other than date (which a backend may read from rows it keeps per
// party) are the actor's events
// as the date listing finds them, sorted in that order: with other
// filters, offsets and keyset pages, after mentions changed the counts,
// after SetEventDate moved events and after SetEventParty named a new
// party (found by its id and its name).
func testActorSorts(t *testing.T, s store.Store) {
	ctx := context.Background()
	SeedRankEvents(t, s, 300, 4)
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for id := int64(1); id <= 40; id++ {
			if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: 1 + id%7, ArticleEventID: "e9"}); err != nil {
				return err
			}
		}
		for id := int64(41); id <= 60; id++ {
			if err := tx.SetEventDate(ctx, id, "2024-02-20", "day"); err != nil {
				return err
			}
		}
		for id := int64(61); id <= 70; id++ {
			if err := tx.SetEventParty(ctx, id, store.SideTarget, "C7", "Carrow"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	CheckActorSorts(t, s)
}

// CheckActorSorts compares actor-, source- and target-filtered listings
// in each sort other than date, with other filters, offsets and a keyset page, with the
// actor's events from the date listing sorted in Go, over the events of
// SeedRankEvents (actors A0-A2, B0-B2) and testActorSorts' party C7
// ("Carrow") when present.
func CheckActorSorts(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	checked := 0
	for _, sort := range []string{store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein} {
		for _, q := range []store.EventQuery{
			{Actor: "A1"}, {Actor: "b2", Type: "PROTEST"}, {Actor: "A0", Limit: 7, Offset: 5},
			{Actor: "B1", Since: "2024-03-03", MinSources: 2}, {Actor: "A2", Target: "B0"}, {Actor: "B0", Until: "2024-02-28"},
			{Actor: "C7"}, {Actor: "carrow", Limit: 3}, {Actor: "B0", Country: "fra"},
			// A source or a target, alone and with other keys.
			{Source: "A1"}, {Target: "b2", Type: "PROTEST"}, {Source: "A0", Limit: 7, Offset: 5},
			{Target: "B1", Since: "2024-03-03", MinSources: 2}, {Source: "a2", Target: "B0"}, {Target: "C7"},
			{Target: "carrow", Limit: 3}, {Source: "A0", Country: "fra"}, {Target: "B2", Country: "NGA", Actor: "A1"},
			{Source: "B1"}, // B1 is only ever a target
		} {
			q.Sort = sort
			got, err := s.Events(ctx, q)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			want := sortedActorEvents(t, s, q, nil)
			if !slices.Equal(eventIDs(got), eventIDs(want)) {
				t.Errorf("%+v:\n got %v\nwant %v", q, eventIDs(got), eventIDs(want))
			}
			checked += len(got)
			if len(got) < 2 {
				continue
			}
			// The keyset page after the first row.
			pos := got[0].Pos()
			k := q
			k.Offset, k.After = 0, &pos
			got, err = s.Events(ctx, k)
			if err != nil {
				t.Fatalf("%+v: %v", k, err)
			}
			if want := sortedActorEvents(t, s, q, &pos); !slices.Equal(eventIDs(got), eventIDs(want)) {
				t.Errorf("%+v after %d:\n got %v\nwant %v", q, pos.ID, eventIDs(got), eventIDs(want))
			}
		}
	}
	if checked == 0 {
		t.Fatal("no events matched any query: the comparison checked nothing")
	}
}

// sortedActorEvents is q's page computed from the date listing of q's
// filters (every match), sorted in Go in q's order, after the position
// after when it is set.
func sortedActorEvents(t *testing.T, s store.Store, q store.EventQuery, after *store.EventPos) []store.Event {
	t.Helper()
	all := q
	all.Sort, all.Limit, all.Offset = store.SortDate, store.MaxLimit, 0
	evs, err := s.Events(context.Background(), all)
	if err != nil {
		t.Fatalf("%+v: %v", all, err)
	}
	if len(evs) == store.MaxLimit {
		t.Fatalf("%+v: more than %d matches", all, store.MaxLimit)
	}
	cols, ok := keyset.EventOrder(q.Sort, "e", "id")
	if !ok {
		t.Fatalf("sort %q", q.Sort)
	}
	compare := func(a, b store.EventPos) int {
		for _, c := range cols {
			d := compareValues(t, c.Value(a), c.Value(b))
			if c.Desc {
				d = -d
			}
			if d != 0 {
				return d
			}
		}
		return 0
	}
	slices.SortFunc(evs, func(a, b store.Event) int { return compare(a.Pos(), b.Pos()) })
	if after != nil {
		evs = slices.DeleteFunc(evs, func(e store.Event) bool { return compare(e.Pos(), *after) <= 0 })
	} else {
		evs = evs[min(q.Offset, len(evs)):]
	}
	return evs[:min(store.Limit(q.Limit, 50), len(evs))]
}

// compareValues orders two values of one sort column (keyset.Col.Value).
func compareValues(t *testing.T, a, b any) int {
	switch a := a.(type) {
	case int:
		return cmp.Compare(a, b.(int))
	case int64:
		return cmp.Compare(a, b.(int64))
	case float64:
		return cmp.Compare(a, b.(float64))
	case string:
		return cmp.Compare(a, b.(string))
	case time.Time:
		return a.Compare(b.(time.Time))
	}
	t.Fatalf("compareValues: a sort column of type %T", a)
	return 0
}

// RankPathQueries are listings whose pages a rank index drives (a sort
// other than date with an actor, source, target or country filter), alone
// and combined, with other filters, offsets and keyset pages both ways,
// and the same listings newest first (the smallest key's range of
// event_keys drives), over the events of SeedRankEvents: the backends
// compare each with the same query driven by the first key's range of
// event_keys and sorted.
func RankPathQueries() []store.EventQuery {
	after := &store.EventPos{ID: 120, Date: "2024-03-03", NumSources: 1, NumArticles: 1, Goldstein: 0,
		FirstSeen: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC)}
	var qs []store.EventQuery
	// The date order too: its page is driven by the smallest key's range
	// of event_keys, the reference by the first key's.
	for _, sort := range []string{store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein, store.SortDate} {
		for _, q := range []store.EventQuery{
			{Source: "A1"}, {Target: "b2"}, {Actor: "A0"}, {Country: "fra"},
			{Source: "A1", Type: "PROTEST", Limit: 9}, {Target: "B0", QuadClass: 2, Offset: 4, Limit: 6},
			{Source: "A2", Target: "B1"}, {Source: "A0", Country: "DEU"}, {Target: "B2", Country: "nga", Since: "2024-03-02"},
			{Actor: "A1", Country: "fra", MinSources: 1}, {Actor: "B0", Source: "A2", Until: "2024-03-04"},
			{Source: "A1", After: after}, {Target: "B1", Before: after, Limit: 5}, {Actor: "A2", Country: "deu", After: after},
			{Source: "B0"}, {Target: "nobody"},
		} {
			q.Sort = sort
			qs = append(qs, q)
		}
	}
	return qs
}

// WriteNewRankedEvents stores 40 events over SeedRankEvents' articles in
// one transaction, and in that same transaction adds their mentions,
// redates some and names a new target for some: a backend that writes
// the rank rows of new events once before commit must leave them as
// these steps one by one would (the backends check the rows against
// event_keys and the events afterwards).
func WriteNewRankedEvents(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 40 {
			e := &store.Event{Key: fmt.Sprint("n", i), Type: "PROTEST", SourceActor: "A1", SourceCountry: "FRA",
				TargetActor: "B" + fmt.Sprint(i%3), TargetName: "Bee", TargetCountry: []string{"DEU", "", "nga"}[i%3],
				Date: "2024-03-04", Goldstein: float64(i%5) - 2, QuadClass: 1 + i%4}
			id, err := tx.InsertEvent(ctx, e)
			if err != nil {
				return err
			}
			for a := range i % 4 {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: int64(1 + (a+i)%12), ArticleEventID: "e1"}); err != nil {
					return err
				}
			}
			if i%5 == 0 {
				if err := tx.SetEventDate(ctx, id, "2024-03-01", "day"); err != nil {
					return err
				}
			}
			if i%7 == 0 {
				if err := tx.SetEventParty(ctx, id, store.SideTarget, "B1", "Bolton"); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// CheckRankPaths compares each of RankPathQueries as the store's Events
// answers it (walking the chosen driver's rank index) with reference, the
// same query driven by event_keys and sorted, the plan those filters had
// before the rank tables served them: the same events in the same order.
// reference returns its SQL too, which must read no rank table, and its
// events in the plan's order (reversed here for a keyset page backwards).
func CheckRankPaths(t *testing.T, s store.Store, reference func(ctx context.Context, q store.EventQuery) (string, []store.Event, error)) {
	t.Helper()
	ctx := context.Background()
	checked := 0
	for _, q := range RankPathQueries() {
		got, err := s.Events(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		query, want, err := reference(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(query, "_ranks") {
			t.Fatalf("the reference plan reads a rank table: %s", query)
		}
		if q.Before != nil {
			slices.Reverse(want)
		}
		if !slices.Equal(EventIDs(got), EventIDs(want)) {
			t.Errorf("%+v:\n got %v\nwant %v", q, EventIDs(got), EventIDs(want))
		}
		checked += len(got)
	}
	if checked < 100 {
		t.Fatalf("only %d events matched: the comparison checks little", checked)
	}
}

// ChangeRankedEvents changes SeedRankEvents' stored events as later
// reports do, in one transaction: mentions of events 1-30, a new date for
// 31-50 and a new source for 51-60. The backends check their rank rows
// against event_keys and the events afterwards.
func ChangeRankedEvents(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for id := int64(1); id <= 30; id++ {
			if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: 1 + id%7, ArticleEventID: "e9"}); err != nil {
				return err
			}
		}
		for id := int64(31); id <= 50; id++ {
			if err := tx.SetEventDate(ctx, id, "2024-03-02", "day"); err != nil {
				return err
			}
		}
		for id := int64(51); id <= 60; id++ {
			if err := tx.SetEventParty(ctx, id, store.SideSource, "A1", "Anfield"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
