package api

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// fuzzQueryTimeout is FuzzQuery's query timeout.
const fuzzQueryTimeout = 5 * time.Minute

// FuzzQuery: whatever a client puts in the path or the query string, a GET
// answers 200, 400 (with the field) or 404 with a JSON body; never a 500.
//
// The server's query timeout is far above any request here, not the
// default 10 s, so that a 503 cannot come from the machine: a worker
// stalled that long (under load, niced) failed with the timeout working,
// not a fault in the input, and on a seed input go writes no failing
// input to testdata. TestQueryDeadline checks that 503. A request that
// takes fuzzQueryTimeout is a hang and fails.
func FuzzQuery(f *testing.F) {
	st := openTestStore(f)
	seedSmall(f, st)
	h := New(Config{Store: st, QueryTimeout: fuzzQueryTimeout}).Handler()
	paths := []string{"/api/events", "/api/articles", "/api/actors", "/api/graph", "/api/events/", "/api/articles/", "/api/actors/"}
	for _, s := range []struct {
		path  uint8
		id, q string
	}{
		{0, "", "actor=Q17&sort=sources&limit=2"}, {0, "", "since=2025-13-01"}, {0, "", "cursor=bzoy&limit=5"},
		{1, "", "q=%22unclosed"}, {1, "", "q=talks&offset=99999999999"}, {3, "", "nodes=3&events=10&country=jpn"},
		{0, "", "sort=goldstein&cursor=azI6eyJsIjoiZXZlbnRzIiwicyI6ImdvbGRzdGVpbiIsIm4iOjIsImUiOnsiaWQiOjIsImQiOiIyMDI1LTAzLTEwIiwiZyI6LTYuNX19"}, {1, "", "q=talks&cursor=azI6eyJsIjoiYXJ0aWNsZXMiLCJuIjoxLCJhIjp7InIiOi0wLjUsImlkIjoxfX0"},
		{4, "1", ""}, {5, "-1", ""}, {6, "name:farmers", "limit=1"}, {6, "%00", ""}, {2, "", "limit=1&limit=2"},
		{6, ".", "0"}, {6, "..", ""}, {4, "", ""}, // unclean paths: were redirects, not JSON
	} {
		f.Add(s.path, s.id, s.q)
	}
	f.Fuzz(func(t *testing.T, p uint8, id, query string) {
		path := paths[int(p)%len(paths)]
		if strings.HasSuffix(path, "/") {
			path += url.PathEscape(id)
		}
		// The query goes in raw: a client can send any bytes there
		// percent-encoded, and the server parses what it gets.
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawQuery = path, query
		u := req.URL.String()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("GET %s: %d, not JSON: %.200s", u, rec.Code, rec.Body.String())
		}
		switch rec.Code {
		case 200, 404:
		case 400:
			if msg, _ := body["error"].(string); msg == "" {
				t.Fatalf("GET %s: 400 without a message: %v", u, body)
			}
		default:
			t.Fatalf("GET %s: status %d: %v", u, rec.Code, body)
		}
	})
}
