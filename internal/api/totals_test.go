package api

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// countingStore counts the calls to CountEvents and CountSearch, and can
// answer them with a fixed total.
type countingStore struct {
	store.Store
	calls int
	fixed *store.Total
}

func (c *countingStore) CountEvents(ctx context.Context, q store.EventQuery, limit int) (store.Total, error) {
	c.calls++
	if c.fixed != nil {
		return *c.fixed, nil
	}
	return c.Store.CountEvents(ctx, q, limit)
}

func (c *countingStore) CountSearch(ctx context.Context, q store.SearchQuery, limit int) (store.Total, error) {
	c.calls++
	if c.fixed != nil {
		return *c.fixed, nil
	}
	return c.Store.CountSearch(ctx, q, limit)
}

// The events and search listings say how many rows they have in all,
// whatever the page; a first page that is not full is its own total (no
// count is run); a count that stopped at its limit says so.
func TestListingTotals(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	cs := &countingStore{Store: st}
	h := New(Config{Store: cs}).Handler()
	type page struct {
		Items       []json.RawMessage `json:"items"`
		Total       *int              `json:"total"`
		TotalCapped bool              `json:"total_capped"`
		Next        string            `json:"next"`
	}
	read := func(target string) page {
		t.Helper()
		res, body := get(t, h, "GET", target, "")
		var p page
		if res.StatusCode != 200 || json.Unmarshal(body, &p) != nil {
			t.Fatalf("%s: %d %s", target, res.StatusCode, body)
		}
		return p
	}
	for _, c := range []struct {
		target string
		total  int
		counts int // CountEvents/CountSearch calls expected
	}{
		{"/api/events", 3, 0},
		{"/api/events?limit=1", 3, 1},
		{"/api/events?limit=1&offset=2", 3, 1},
		{"/api/events?country=KOR&limit=1&sort=goldstein", 2, 1},
		{"/api/events?country=KOR&type=AGREE", 1, 0},
		{"/api/events?actor=nobody-at-all", 0, 0},
		{"/api/articles?q=talks", 2, 0},
		{"/api/articles?q=talks&limit=1", 2, 1},
		{"/api/articles?q=volcano", 0, 0},
	} {
		cs.calls = 0
		p := read(c.target)
		if p.Total == nil || *p.Total != c.total || p.TotalCapped {
			t.Errorf("%s: total %v (capped %v), want %d", c.target, p.Total, p.TotalCapped, c.total)
		}
		if cs.calls != c.counts {
			t.Errorf("%s: %d counts run, want %d", c.target, cs.calls, c.counts)
		}
	}
	// The next page of a keyset cursor keeps the total.
	first := read("/api/events?limit=2")
	if first.Next == "" {
		t.Fatal("a full first page has no next")
	}
	if p := read(first.Next); p.Total == nil || *p.Total != 3 || len(p.Items) != 1 {
		t.Errorf("%s: total %v, %d items; want 3 and 1", first.Next, p.Total, len(p.Items))
	}
	cs.fixed = &store.Total{N: store.CountCap, More: true}
	for _, target := range []string{"/api/events?limit=1", "/api/articles?q=talks&limit=1"} {
		if p := read(target); p.Total == nil || *p.Total != store.CountCap || !p.TotalCapped {
			t.Errorf("%s over the cap: total %v capped %v", target, p.Total, p.TotalCapped)
		}
	}
}
