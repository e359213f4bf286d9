package api

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Ids are plain digits: a sign (/api/articles/+5, article=+5) is a 400, not
// a second address of the same resource; plain ids still answer.
func TestIDsArePlainDigits(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path  string
		field string
	}{
		{"/api/articles/+1", "id"},
		{"/api/events/+2", "id"},
		{"/api/articles/%2B1", "id"},
		{"/api/articles/-1", "id"},
		{"/api/articles/1.0", "id"},
		{"/api/articles/%201", "id"},
		{"/api/events?article=%2B1", "article"},
		{"/api/events?article=+1", "article"}, // "+" in a query is a space: " 1" is trimmed to 1 (below)
		{"/api/quotes?article=%2B1", "article"},
		{"/api/events?limit=%2B5", "limit"},
	} {
		res, body := get(t, h, "GET", c.path, "")
		if c.path == "/api/events?article=+1" {
			// The query's "+" decodes to a space, which every integer
			// parameter trims: article 1, as article=%201 is.
			if res.StatusCode != 200 {
				t.Errorf("%s: %d %s, want 200", c.path, res.StatusCode, body)
			}
			continue
		}
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != c.field {
			t.Errorf("%s: %d %s, want a 400 naming %s", c.path, res.StatusCode, body, c.field)
		}
	}
	for _, path := range []string{"/api/articles/1", "/api/events/2", "/api/events?article=1", "/api/articles/01"} {
		if res, body := get(t, h, "GET", path, ""); res.StatusCode != 200 {
			t.Errorf("%s: %d %s, want 200", path, res.StatusCode, body)
		}
	}
}

// A quotes search text with no letter or digit (a NUL, punctuation) is a
// 400 naming q, as an empty /api/articles search is, not a filter that
// matched every quote; a control character inside words parts them as a
// space does; an absent or blank q is no filter.
func TestQuoteSearchWithoutWords(t *testing.T) {
	st := openTestStore(t)
	seedQuotes(t, st)
	h := New(Config{Store: st}).Handler()
	for _, q := range []string{"\x00", "\x00\x00", "--", " . ", "\u200b\x07"} {
		path := "/api/quotes?q=" + url.QueryEscape(q)
		res, body := get(t, h, "GET", path, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "q" {
			t.Errorf("%s: %d %s, want a 400 naming q", path, res.StatusCode, body)
		}
	}
	count := func(path string) int {
		t.Helper()
		res, body := get(t, h, "GET", path, "")
		var p Page[store.Quote]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, body)
		}
		return len(p.Items)
	}
	all := count("/api/quotes")
	if all != 4 {
		t.Fatalf("seeded %d quotes, want 4", all)
	}
	for path, want := range map[string]int{
		"/api/quotes?q=":     all,
		"/api/quotes?q=+":    all,
		"/api/quotes?q=quay": 1,
		"/api/quotes?q=" + url.QueryEscape("quay\x00reopens"): 1,
		"/api/quotes?q=" + url.QueryEscape("fleet\x00quay"):   0, // two words, both needed
		"/api/quotes?q=" + url.QueryEscape("\x00quay"):        1,
	} {
		if got := count(path); got != want {
			t.Errorf("%s: %d quotes, want %d", path, got, want)
		}
	}
}

// since and until take the forms `events --since` and `export --since`
// take (datearg.Parse): an RFC 3339 time is its day at its offset, for
// events and quotes alike; quotes still take no month or year alone.
func TestSinceUntilTakeRFC3339(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	seedQuotes(t, st)
	h := New(Config{Store: st}).Handler()
	events := func(q string) (int, int) {
		res, body := get(t, h, "GET", "/api/events?"+q, "")
		var p Page[store.Event]
		json.Unmarshal(body, &p)
		return res.StatusCode, len(p.Items)
	}
	for q, want := range map[string]int{
		"since=" + url.QueryEscape("2025-03-10T15:00:00Z"):                                                       2,
		"until=" + url.QueryEscape("2025-03-10T23:59:59Z"):                                                       2,
		"since=" + url.QueryEscape("2025-03-11T01:00:00+09:00"):                                                  1, // its day at +09:00
		"since=" + url.QueryEscape("2025-03-10T20:00:00-05:00"):                                                  2, // not the 11th in UTC
		"since=" + url.QueryEscape("2025-03-04T00:00:00Z") + "&until=" + url.QueryEscape("2025-03-10T08:00:00Z"): 1,
		"since=2025-03-10": 2, // the old forms are read as before
	} {
		if code, n := events(q); code != 200 || n != want {
			t.Errorf("events %s: %d, %d events; want 200, %d", q, code, n, want)
		}
	}
	quotes := func(q string) (int, int) {
		res, body := get(t, h, "GET", "/api/quotes?"+q, "")
		var p Page[store.Quote]
		json.Unmarshal(body, &p)
		return res.StatusCode, len(p.Items)
	}
	for q, want := range map[string]int{
		"since=" + url.QueryEscape("2025-04-02T06:00:00Z"):      2,
		"until=" + url.QueryEscape("2025-04-01T23:00:00+02:00"): 2,
		"since=2025-04-02": 2,
	} {
		if code, n := quotes(q); code != 200 || n != want {
			t.Errorf("quotes %s: %d, %d quotes; want 200, %d", q, code, n, want)
		}
	}
	for _, q := range []string{"since=" + url.QueryEscape("2025-04-02 06:00"), "until=" + url.QueryEscape("2025-04-02T25:00:00Z")} {
		if code, _ := quotes(q); code != 400 {
			t.Errorf("quotes %s: %d, want 400", q, code)
		}
	}
	for _, q := range []string{"since=" + url.QueryEscape("2025-03-10T25:00:00Z"), "until=March"} {
		if code, _ := events(q); code != 400 {
			t.Errorf("events %s: %d, want 400", q, code)
		}
	}
}

// An event side with no party leaves out its name, as it leaves out its
// actor and country (it kept "source_name":""); a named side keeps it.
func TestEventJSONOmitsEmptyNames(t *testing.T) {
	st := openTestStore(t)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "n1", Type: "ASSAULT", TargetActor: "Q_PORT", TargetName: "the port", TargetCountry: "GRC", Date: "2025-05-02", CAMEO: "180", Goldstein: -9, QuadClass: 4},
			{Key: "n2", Type: "PROTEST", SourceName: "dockworkers", Date: "2025-05-03", CAMEO: "140", Goldstein: -6.5, QuadClass: 3},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	_, body := get(t, h, "GET", "/api/events", "")
	var p struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(body, &p); err != nil || len(p.Items) != 2 {
		t.Fatalf("events: %v %s", err, body)
	}
	for _, ev := range p.Items {
		for _, side := range []string{"source", "target"} {
			name, hasName := ev[side+"_name"]
			_, hasActor := ev[side+"_actor"]
			if hasName && name == "" {
				t.Errorf("event %v: %s_name is empty, want it left out", ev["id"], side)
			}
			if hasActor && !hasName {
				t.Errorf("event %v: %s_actor without %s_name", ev["id"], side, side)
			}
		}
	}
	if !strings.Contains(string(body), `"source_name":"dockworkers"`) || !strings.Contains(string(body), `"target_name":"the port"`) {
		t.Errorf("named sides lost their names: %s", body)
	}
}
