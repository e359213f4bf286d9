package api

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// A request whose time is up gets a 503 that names --query-timeout from
// every read endpoint, on the real SQLite store: whatever the driver
// returns when its query is cut short (an interrupt, the context's
// error), it is never a 500 or a 200 with part of the answer. The
// deadline is already past when the request arrives, so the result does
// not depend on how fast the machine is. (FuzzQuery runs with a long
// timeout so that this 503 cannot fail it on a loaded machine.)
func TestQueryDeadline(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	urls := []string{
		"/api/events", "/api/events?actor=Q17&sort=sources", "/api/events?country=JPN&sort=goldstein", "/api/events/1",
		"/api/articles?q=talks", "/api/articles?q=%22unclosed", "/api/articles/1",
		"/api/actors", "/api/actors/Q17", "/api/actors/name:farmers", "/api/graph", "/api/graph?country=jpn",
	}
	for _, u := range urls {
		// In time, each of these reads the store and answers 200.
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s in time: %d %s", u, rec.Code, rec.Body)
		}
		ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u, nil).WithContext(ctx))
		cancel()
		var body struct{ Error string }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); rec.Code != 503 || err != nil || !strings.Contains(body.Error, "--query-timeout") {
			t.Errorf("GET %s out of time: %d %s; want 503 naming --query-timeout", u, rec.Code, rec.Body)
		}
	}
}
