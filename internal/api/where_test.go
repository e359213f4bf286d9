package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// where= lists what happened in a country (the event's place), not what
// involved it (country=): the truce talks between China and the U.S. held
// in Geneva are found by where=CHE, in any case, and not by where=USA; the
// timeline counts the same; a value that is no alpha-3 code is refused.
func TestWhereFilter(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	seedMonthEventAndJointQuote(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		target string
		status int
		events int // -1: not a listing
		want   string
	}{
		{"/api/events?where=CHE", 200, 1, `"location_country":"CHE"`},
		{"/api/events?where=che", 200, 1, `"location":"Geneva"`},
		{"/api/events?where=USA", 200, 0, ""},
		{"/api/events?country=USA&where=CHE", 200, 1, ""},
		{"/api/events?where=CHE&type=ASSAULT", 200, 0, ""},
		{"/api/events?where=CHE&sort=sources", 200, 1, ""},
		{"/api/timeline?where=CHE", 200, -1, `"events":1`},
		{"/api/graph?where=CHE", 200, -1, ""},
		{"/api/events?where=NATO", 400, -1, "where"},
		{"/api/events?where=G7", 400, -1, "where"},
		{"/api/events?where=SD", 400, -1, "ISO 3166 alpha-3"},
	} {
		res, body := get(t, h, "GET", c.target, "")
		if res.StatusCode != c.status {
			t.Errorf("%s: %d %s, want %d", c.target, res.StatusCode, body, c.status)
			continue
		}
		if !strings.Contains(string(body), c.want) {
			t.Errorf("%s: %s, want %s", c.target, body, c.want)
		}
		if c.events < 0 {
			continue
		}
		var page struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			t.Fatalf("%s: %v", c.target, err)
		}
		if len(page.Items) != c.events {
			t.Errorf("%s: %d events, want %d: %s", c.target, len(page.Items), c.events, body)
		}
	}
}
