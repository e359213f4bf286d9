package api

import (
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestAPIQuotesFarDates: a range running to the last day a date can name
// (until=9999-12-31) or from the first (since=0000-01-01) takes in every
// quote, as it does for events; only a range before or after them all is
// empty.
func TestAPIQuotesFarDates(t *testing.T) {
	st := openTestStore(t)
	seedQuotes(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path string
		want int
	}{
		{"/api/quotes", 4},
		{"/api/quotes?until=9999-12-31", 4},
		{"/api/quotes?since=2025-04-02&until=9999-12-31", 2},
		{"/api/quotes?speaker=Q_OLSEN&until=9999-12-31", 3},
		{"/api/quotes?since=0000-01-01", 4},
		{"/api/quotes?since=0000-01-01&until=9999-12-31", 4},
		{"/api/quotes?until=9999-12-30", 4},
		{"/api/quotes?since=9999-12-31", 0},
		{"/api/quotes?until=0000-01-01", 0},
	} {
		res, body := get(t, h, "GET", c.path, "")
		var p Page[store.Quote]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", c.path, res.StatusCode, body)
		}
		if len(p.Items) != c.want {
			t.Errorf("%s: %d quotes, want %d", c.path, len(p.Items), c.want)
		}
	}
}
