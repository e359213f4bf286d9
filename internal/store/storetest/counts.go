package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// allEvents lists every event matching q's filters, page by page.
func allEvents(t *testing.T, s store.Store, q store.EventQuery) []store.Event {
	t.Helper()
	q.Limit = store.MaxLimit
	var out []store.Event
	for {
		evs, err := s.Events(context.Background(), q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		out = append(out, evs...)
		if len(evs) < q.Limit {
			return out
		}
		pos := evs[len(evs)-1].Pos()
		q.After = &pos
	}
}

// testCountEvents: CountEvents says how many events a listing has, the
// kept counts' filters (every event, a type, one party or country, two
// sources) and the others alike (two keys, a key with a type, an
// article, three sources), whatever the sort, page or position asked;
// past its limit it says "more"; a bad query is refused as Events
// refuses it.
func testCountEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	SeedRankEvents(t, s, 300, 11)
	pos := store.EventPos{ID: 40, Date: "2024-03-03"}
	qs := []store.EventQuery{
		{}, {Type: "PROTEST"}, {Country: "fra"}, {Actor: "A1"}, {Source: "A2"}, {Target: "B0"}, {MinSources: 2},
		{Type: "CONSULT", MinSources: 2}, {QuadClass: 4, Since: "2024-03-02", Until: "2024-03-04"}, {Country: "NGA", QuadClass: 1},
		{Country: "FRA", Actor: "A0"}, {Source: "A1", Target: "B2"}, {Country: "DEU", Type: "ATTACK"}, {MinSources: 3},
		{Article: 2}, {Country: "nga", MinSources: 1, Since: "2024-03-03"}, {Actor: "nobody"},
		// Paging and order do not change what is counted.
		{Country: "FRA", Sort: store.SortSources, Limit: 5, Offset: 7}, {Type: "PROTEST", After: &pos}, {Before: &pos, Sort: store.SortDate},
	}
	nonzero := 0
	for _, q := range qs {
		filters := q
		filters.Sort, filters.Limit, filters.Offset, filters.After, filters.Before = "", 0, 0, nil, nil
		want := len(allEvents(t, s, filters))
		got, err := s.CountEvents(ctx, q, 0)
		if err != nil || got != (store.Total{N: want}) {
			t.Errorf("CountEvents %+v = %+v, %v; want %d", q, got, err, want)
		}
		if want > 0 {
			nonzero++
		}
		// Below the count, a limit says "more" where the kept counts do
		// not answer exactly.
		if want > 3 {
			got, err := s.CountEvents(ctx, q, 3)
			if err != nil || got != (store.Total{N: 3, More: true}) && got != (store.Total{N: want}) {
				t.Errorf("CountEvents %+v limit 3 = %+v, %v; want 3 and more, or %d", q, got, err, want)
			}
		}
		if got, err := s.CountEvents(ctx, q, want); err != nil || got != (store.Total{N: want}) {
			t.Errorf("CountEvents %+v limit %d = %+v, %v; want exactly %d", q, want, got, err, want)
		}
	}
	if nonzero < len(qs)/2 {
		t.Fatalf("only %d of %d queries match events: the counts check little", nonzero, len(qs))
	}
	// Filters the kept counts do not answer are counted up to the limit.
	if got, err := s.CountEvents(ctx, store.EventQuery{Country: "FRA", Type: "PROTEST"}, 2); err != nil || got != (store.Total{N: 2, More: true}) {
		t.Errorf("CountEvents country and type, limit 2 = %+v, %v; want 2 and more", got, err)
	}
	if _, err := s.CountEvents(ctx, store.EventQuery{QuadClass: 7}, 0); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("CountEvents quad class 7: err = %v, want ErrBadQuery", err)
	}
}

// testCountSearch: CountSearch says how many articles a search lists
// (canonical ones only), for query syntax and for text that is not,
// exactly up to its limit and "more" past it.
func testCountSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	var as []*store.Article
	for i := range 12 {
		text := fmt.Sprintf("Rain closed the harbour road near station %d.", i)
		if i%3 == 0 {
			text = fmt.Sprintf("The ferry to the islands sailed on time, day %d.", i)
		}
		as = append(as, article(fmt.Sprintf("https://w.example/%d", i), "w.example", "Weather", text, ""))
	}
	insert(t, s, as...)
	// A syndicated copy is no hit of its own.
	copyOf := article("https://copy.example/1", "copy.example", "Weather", "Rain closed the harbour road near station 1.", "")
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		id, err := tx.FindArticle(ctx, "https://w.example/1", "")
		if err != nil {
			return err
		}
		copyOf.DuplicateOf = id
		_, err = tx.InsertArticle(ctx, copyOf)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"harbour", "ferry", "harbour OR ferry", "rain -ferry", `"harbour road`, "weather", "volcano"} {
		hits, err := s.Search(ctx, store.SearchQuery{Text: text, Limit: 100})
		if err != nil {
			t.Fatalf("search %q: %v", text, err)
		}
		got, err := s.CountSearch(ctx, store.SearchQuery{Text: text, Limit: 5, Offset: 3}, 0)
		if err != nil || got != (store.Total{N: len(hits)}) {
			t.Errorf("CountSearch %q = %+v, %v; want %d", text, got, err, len(hits))
		}
	}
	if got, err := s.CountSearch(ctx, store.SearchQuery{Text: "weather"}, 0); err != nil || got.N != 12 {
		t.Errorf("CountSearch weather = %+v, %v; want the 12 canonical articles", got, err)
	}
	if got, err := s.CountSearch(ctx, store.SearchQuery{Text: "harbour"}, 4); err != nil || got != (store.Total{N: 4, More: true}) {
		t.Errorf("CountSearch harbour limit 4 = %+v, %v; want 4 and more", got, err)
	}
	if _, err := s.CountSearch(ctx, store.SearchQuery{Text: "  "}, 0); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("CountSearch of nothing: err = %v, want ErrBadQuery", err)
	}
}
