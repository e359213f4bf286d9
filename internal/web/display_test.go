package web

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// Every page gives an article's day and outlet as its own page does: a
// story published at 23:30 in New York (-05:00) is of 26 November
// wherever it is listed (the article page said 27 Nov, in UTC, against its
// own dateline), and an outlet known by its name is "Wire Two" in the
// quotes and the event's reports too (they said "wire two", the key the
// sources are counted by, or the host). The JSON gives the same instant at
// the same offset in every listing.
func TestPublisherDayAndName(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "display.db")
	storetest.WriteDisplayArticles(t, st)
	evs, err := st.Events(ctx, store.EventQuery{Type: "RESTRICT"})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events: %v, %v", evs, err)
	}
	hits, err := st.Search(ctx, store.SearchQuery{Text: "after"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("search: %v, %v", hits, err)
	}
	id := hits[0].ArticleID
	mux := http.NewServeMux()
	api.New(api.Config{Store: st}).Register(mux)
	New(st, nil).Register(mux)
	ids := func(s string) string { return strings.ReplaceAll(s, "ID", strconv.FormatInt(id, 10)) }
	for _, c := range []struct {
		path string
		want []string
	}{
		{ids("/articles/ID"), []string{"Wire Two · 26 Nov 2026"}},
		{"/search?q=after", []string{"Wire Two 26 Nov 2026"}},
		{ids("/quotes?article=ID"), []string{"Wire Two 26 Nov 2026"}},
		{"/quotes", []string{"Wire Two 26 Nov 2026", "The Harbour Times 27 Nov 2026"}},
		{"/actors/doc:org:harbour_board", []string{"Wire Two 26 Nov 2026", "The Harbour Times 27 Nov 2026"}},
		{"/events/" + strconv.FormatInt(evs[0].ID, 10), []string{"Wire Two 26 Nov 2026", "The Harbour Times 27 Nov 2026"}},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Fatalf("%s: status %d", c.path, code)
		}
		page := html.UnescapeString(body)
		for _, w := range c.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: want %q in the page", c.path, w)
			}
		}
		if strings.Contains(page, "wire two") || strings.Contains(page, "Wire Two 27 Nov") || strings.Contains(page, "Wire Two · 27 Nov") {
			t.Errorf("%s: the site key or the UTC day on the page", c.path)
		}
	}
	// The event's first report is the New York one, of its own day.
	_, body := fetch(t, mux, "/events/"+strconv.FormatInt(evs[0].ID, 10))
	first, _, _ := strings.Cut(body[strings.Index(body, "First report"):], "</dd>")
	if !strings.Contains(first, "26 Nov 2026") {
		t.Errorf("first report: %q, want 26 Nov 2026", first)
	}

	// The JSON: the same instant at the same offset, the same name.
	const at = "2026-11-26T23:30:00-05:00"
	for _, c := range []struct {
		path, key string
	}{
		{ids("/api/articles/ID"), "published"},
		{"/api/articles?q=after", "published"},
		{ids("/api/quotes?article=ID"), "published"},
		{ids("/api/quotes?article=ID"), "report_date"},
		{"/api/events/" + strconv.FormatInt(evs[0].ID, 10), "published"},
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		var v any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || rec.Code != 200 {
			t.Fatalf("%s: %d %v", c.path, rec.Code, err)
		}
		got := map[string]bool{}
		findKey(v, c.key, got)
		sites := map[string]bool{}
		findKey(v, "site", sites)
		if !got[at] {
			t.Errorf("%s: %s values %v, want %s among them", c.path, c.key, got, at)
		}
		if sites["wire two"] || !sites["Wire Two"] {
			t.Errorf("%s: sites %v, want Wire Two", c.path, sites)
		}
	}
	// An event's earliest report is that report's instant at its offset,
	// in the list and on the event (it stayed in UTC, the next day).
	for _, path := range []string{"/api/events", "/api/events/" + strconv.FormatInt(evs[0].ID, 10)} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var v any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || rec.Code != 200 {
			t.Fatalf("%s: %d %v", path, rec.Code, err)
		}
		got := map[string]bool{}
		findKey(v, "earliest_report", got)
		if len(got) != 1 || !got[at] {
			t.Errorf("%s: earliest_report %v, want %s", path, got, at)
		}
	}
}

// findKey adds to found every string value of key anywhere in v.
func findKey(v any, key string, found map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && k == key {
				found[s] = true
			}
			findKey(e, key, found)
		}
	case []any:
		for _, e := range x {
			findKey(e, key, found)
		}
	}
}
