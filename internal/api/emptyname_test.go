package api

import (
	"encoding/json"
	"net/url"
	"testing"
)

// TestBareNamePrefixRefused: an actor filter or a speaker given as the
// graph's "name:" prefix with no name after it is a 400 naming the
// parameter, not a filter dropped (which answered every event or quote);
// a "name:" with a name, and an absent or blank filter, are still taken.
func TestBareNamePrefixRefused(t *testing.T) {
	st := openTestStore(t)
	seedQuotes(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path, field string
	}{
		{"/api/events?actor=name:", "actor"},
		{"/api/events?source=name:++", "source"},
		{"/api/events?target=" + url.QueryEscape(" name: "), "target"},
		{"/api/graph?actor=name:", "actor"},
		{"/api/timeline?source=name:", "source"},
		{"/api/quotes?speaker=name:", "speaker"},
		{"/api/quotes?speaker=NAME:", ""}, // not the prefix: a speaker no quote names
	} {
		res, body := get(t, h, "GET", c.path, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Error == "" {
			t.Errorf("%s: %d %s, want a 400 with an error", c.path, res.StatusCode, body)
			continue
		}
		if c.field != "" && e.Field != c.field {
			t.Errorf("%s: field %q, want %q", c.path, e.Field, c.field)
		}
	}
	for _, path := range []string{
		"/api/events?actor=",
		"/api/events?actor=name:Marta+Olsen",
		"/api/graph?source=name:Q_OLSEN",
		"/api/timeline?target=",
		"/api/quotes?speaker=name:Marta+Olsen",
		"/api/quotes?speaker=+",
	} {
		if res, body := get(t, h, "GET", path, ""); res.StatusCode != 200 {
			t.Errorf("%s: %d %s, want 200", path, res.StatusCode, body)
		}
	}
}
