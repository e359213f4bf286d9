package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// TestServeDemo fills an empty store with the demo corpus through the
// ingest runner, as serve does, then checks the site, the merged event of
// the three-outlet story, and the GDELT export of the result.
func TestServeDemo(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	metrics := api.NewMetrics()
	ing := &serveIngester{st: st, log: log, workers: 2, metrics: metrics, fetcher: fetch.New(fetch.Config{}),
		stages: sync.OnceValues(func() ([]pipeline.Stage, error) { return buildStages(stageConfig{SummarySentences: 3}) })}
	if err := ing.seedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles < 30 || stats.Duplicates != 1 || stats.Events == 0 {
		t.Fatalf("after the demo: %+v", stats)
	}
	// A second start does not ingest again.
	if err := ing.seedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	if s2, _ := st.Stats(ctx); s2.Articles != stats.Articles {
		t.Errorf("demo ingested twice: %d then %d articles", stats.Articles, s2.Articles)
	}

	h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: log, Metrics: metrics})
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		return rec.Code, string(b)
	}
	code, body := get("/api/events?sort=sources&limit=1")
	var page api.Page[store.Event]
	if err := json.Unmarshal([]byte(body), &page); err != nil || code != 200 || len(page.Items) != 1 {
		t.Fatalf("events: %d %s", code, body)
	}
	top := page.Items[0]
	if top.NumSources != 3 || top.Date != "2025-03-10" || !strings.Contains(top.SourceName+top.TargetName, "Japan") {
		t.Errorf("the three-outlet Japan-South Korea story should be one event with 3 sources: %+v", top)
	}
	for _, p := range []string{"/", "/events", "/graph", "/timeline", "/search?q=sanctions", "/events/" + strconv.FormatInt(top.ID, 10)} {
		if code, body := get(p); code != 200 || !strings.Contains(body, "</html>") {
			t.Errorf("%s: %d", p, code)
		}
	}
	if code, body := get("/api/nope"); code != 404 || !strings.HasPrefix(body, "{") {
		t.Errorf("/api/nope: %d %s (want a JSON 404, not the HTML page)", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "newsgraph_ingest_stored_total") {
		t.Errorf("metrics: %d", code)
	}
	// POST an article with the token: stored and analysed, found again.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(`{"url":"https://posted.example/a","title":"Chile and Peru sign fisheries deal","text":"Chile and Peru signed a fisheries agreement in Lima on Monday, the two governments said.","published":"2025-04-07","source":"Posted Wire"}`))
	req.Header.Set("Authorization", "Bearer 0123456789abcdef")
	h.ServeHTTP(rec, req)
	if rec.Code != 201 {
		t.Fatalf("POST article: %d %s", rec.Code, rec.Body)
	}
	var created struct{ ID int64 }
	json.Unmarshal(rec.Body.Bytes(), &created)
	if code, body := get("/api/articles/" + strconv.FormatInt(created.ID, 10)); code != 200 || !strings.Contains(body, "fisheries") {
		t.Errorf("posted article: %d %.200s", code, body)
	}
	// Articles POSTed without a URL are each stored, under their own id
	// (they all had one identity, "api:article": the second came back
	// with the first's id and was not stored); the same one again is the
	// same article.
	// A new article is a 201; the same one again a 200 that says it was
	// already stored (it was a 201 too, so a client could not tell).
	post := func(body string, wantCode int) int64 {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		h.ServeHTTP(rec, req)
		var c struct {
			ID            int64
			AlreadyStored *bool `json:"already_stored"`
		}
		if rec.Code != wantCode || json.Unmarshal(rec.Body.Bytes(), &c) != nil || c.AlreadyStored == nil || *c.AlreadyStored != (wantCode == 200) {
			t.Fatalf("POST %s: %d %s (want %d)", body, rec.Code, rec.Body, wantCode)
		}
		return c.ID
	}
	noURL := []string{
		`{"title":"Harbour strike ends","text":"Dock workers in Valparaiso ended a week-long strike on Friday after a pay deal, the union said."}`,
		`{"title":"Bridge reopens","text":"The bridge over the Danube at Novi Sad reopened to traffic on Saturday after repairs, the city said."}`,
	}
	first, second := post(noURL[0], 201), post(noURL[1], 201)
	if again := post(noURL[0], 200); first == second || again != first {
		t.Errorf("articles without a URL: ids %d, %d (want two), and %d again for the first", first, second, again)
	}
	if again := post(`{"url":"https://posted.example/a","title":"Chile and Peru sign fisheries deal","text":"Chile and Peru signed a fisheries agreement in Lima on Monday, the two governments said.","published":"2025-04-07","source":"Posted Wire"}`, 200); again != created.ID {
		t.Errorf("the first article again: id %d, want %d", again, created.ID)
	}
	for id, want := range map[int64]string{first: "Valparaiso", second: "Novi Sad"} {
		if code, body := get("/api/articles/" + strconv.FormatInt(id, 10)); code != 200 || !strings.Contains(body, want) || strings.Contains(body, "file://") {
			t.Errorf("article %d: %d %.300s", id, code, body)
		}
	}

	// Export the store as GDELT events and mentions.
	st.Close()
	dir := t.TempDir()
	for _, f := range []struct {
		format string
		cols   int
	}{{export.FormatGDELTEvents, 61}, {export.FormatGDELTMentions, 16}} {
		out := filepath.Join(dir, f.format+".tsv")
		if _, stderr, status := storeCmd(t, "export", "--db", path, "--format", f.format, "--out", out); status != 0 {
			t.Fatalf("export %s: status %d: %s", f.format, status, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, f.cols
		rows, err := r.ReadAll()
		if err != nil || len(rows) < stats.Events {
			t.Errorf("%s: %d rows, err %v", f.format, len(rows), err)
		}
	}
	if _, _, status := storeCmd(t, "export", "--db", path, "--format", "xml"); status != 2 {
		t.Errorf("bad format: status %d, want 2", status)
	}
	if _, _, status := storeCmd(t, "export", "--db", path); status != 2 {
		t.Errorf("no format: status %d, want 2", status)
	}
	_ = http.StatusOK
}

// POST /api/feeds of a feed whose items are slow to fetch: the first poll
// used to run on the request's context, so the request timed out (503),
// the feed was not registered and the items after the slow one were lost.
// Now the answer is 202 pending within the request's time, and the poll
// finishes in the background and stores every item.
func TestAddFeedSlowItems(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "feed.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<rss version="2.0"><channel><title>Slow</title>`+
				`<item><guid>1</guid><link>`+srv.URL+`/slow/1</link></item>`+
				`<item><guid>2</guid><link>`+srv.URL+`/fast/2</link></item></channel></rss>`)
		default:
			if strings.HasPrefix(r.URL.Path, "/slow/") {
				time.Sleep(1500 * time.Millisecond)
			}
			io.WriteString(w, "<html><head><title>Ferry "+r.URL.Path+"</title></head><body><article><p>The ferry to the island of Vanna sailed again on Monday after a week of storms, the harbour office said ("+r.URL.Path+").</p></article></body></html>")
		}
	}))
	defer srv.Close()
	bg, stop := context.WithCancel(ctx)
	defer stop()
	ing := &serveIngester{st: st, log: slog.New(slog.DiscardHandler), workers: 1, metrics: api.NewMetrics(), bg: bg,
		fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
		stages:  func() ([]pipeline.Stage, error) { return []pipeline.Stage{extract.New()}, nil }}
	h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: ing.log, Metrics: ing.metrics, QueryTimeout: 1200 * time.Millisecond})
	req := httptest.NewRequest("POST", "/api/feeds", strings.NewReader(`{"url":"`+srv.URL+`/feed"}`))
	req.Header.Set("Authorization", "Bearer 0123456789abcdef")
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusAccepted || !strings.Contains(rec.Body.String(), `"pending":true`) || time.Since(start) > time.Second {
		t.Fatalf("POST /api/feeds: %d %s after %v", rec.Code, rec.Body, time.Since(start))
	}
	if !ing.watched[srv.URL+"/feed"] {
		t.Error("the feed is not registered")
	}
	ing.wg.Wait()
	if s, _ := st.Stats(ctx); s.Articles != 2 {
		t.Errorf("stored %d articles, want both items", s.Articles)
	}
}

// POST /api/articles with a url: the request's deadline is the ingest
// timeout, not the store queries' (a page slower than --query-timeout but
// within the fetch timeout is stored), and a fetch that outlasts the fetch
// timeout is a 504 that says so, not a 422 or a 503 about queries. A site
// that answers an error is a 502.
func TestPostURLTimeouts(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "post.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			time.Sleep(500 * time.Millisecond)
		case "/slower":
			time.Sleep(1500 * time.Millisecond)
		case "/gone":
			http.Error(w, "gone", http.StatusGone)
			return
		}
		io.WriteString(w, "<html><head><title>Ferry "+r.URL.Path+"</title></head><body><article><p>The ferry to the island of Vanna sailed again on Monday after a week of storms, the harbour office said ("+r.URL.Path+").</p></article></body></html>")
	}))
	defer srv.Close()
	ing := &serveIngester{st: st, log: slog.New(slog.DiscardHandler), workers: 1, metrics: api.NewMetrics(),
		fetcher: fetch.New(fetch.Config{AllowPrivate: true, Timeout: time.Second}),
		stages:  func() ([]pipeline.Stage, error) { return []pipeline.Stage{extract.New()}, nil }}
	h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: ing.log, Metrics: ing.metrics,
		QueryTimeout: 200 * time.Millisecond, IngestTimeout: 5 * time.Second})
	post := func(path string) (int, string) {
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(`{"url":"`+srv.URL+path+`"}`))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	if code, body := post("/slow"); code != http.StatusCreated {
		t.Errorf("page slower than the query timeout: %d %s, want 201", code, body)
	}
	if code, body := post("/slower"); code != http.StatusGatewayTimeout || !strings.Contains(body, "timed out") {
		t.Errorf("page slower than the fetch timeout: %d %s, want 504", code, body)
	}
	if code, body := post("/gone"); code != http.StatusBadGateway || !strings.Contains(body, "410") {
		t.Errorf("page that answers 410: %d %s, want 502", code, body)
	}
}

// TestServeOddPaths: on the whole site, an unclean API path is a JSON 404
// (the API's Guard), while the web UI keeps ServeMux's redirect of an
// unclean path to its clean form.
func TestServeOddPaths(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "odd.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := serveHandler(api.Config{Store: st, Log: slog.New(slog.DiscardHandler)})
	for _, tt := range []struct {
		path, loc string
		code      int
		json      bool
	}{
		{"/api//events", "", 404, true},
		{"/api/actors/.", "", 404, true},
		{"/api/../events", "", 404, true},
		{"/api", "", 404, true},
		{"/api/events", "", 200, true},
		{"//events", "/events", http.StatusTemporaryRedirect, false},
		{"/events/./", "/events/", http.StatusTemporaryRedirect, false},
		{"/events", "", 200, false},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		isJSON := strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") && json.Valid(rec.Body.Bytes())
		if rec.Code != tt.code || rec.Header().Get("Location") != tt.loc || isJSON != tt.json {
			t.Errorf("GET %s: %d Location %q JSON %v; want %d %q %v", tt.path, rec.Code, rec.Header().Get("Location"), isJSON, tt.code, tt.loc, tt.json)
		}
	}
}

// TestAddFeedFetchFailures: POST /api/feeds of a feed that cannot be
// fetched is answered as POST /api/articles of such a URL is (400 naming
// the url for an address the server may not fetch, 502 for a site that
// answers an error), through the API's one mapping of errors; it was a 422
// for every kind. A page that is no feed is still a 422.
func TestAddFeedFetchFailures(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "feed.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/broken" {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		io.WriteString(w, "<html><body><p>No feed here.</p></body></html>")
	}))
	defer srv.Close()
	post := func(allowPrivate bool, url string) (int, string) {
		ing := &serveIngester{st: st, log: slog.New(slog.DiscardHandler), workers: 1, metrics: api.NewMetrics(), bg: ctx,
			fetcher: fetch.New(fetch.Config{AllowPrivate: allowPrivate}),
			stages:  func() ([]pipeline.Stage, error) { return []pipeline.Stage{extract.New()}, nil }}
		h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: ing.log, Metrics: ing.metrics})
		req := httptest.NewRequest("POST", "/api/feeds", strings.NewReader(`{"url":"`+url+`"}`))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		ing.wg.Wait()
		return rec.Code, rec.Body.String()
	}
	for _, tc := range []struct {
		allowPrivate bool
		path         string
		code         int
		want         string
	}{
		{false, "/feed", http.StatusBadRequest, `"field":"url"`},
		{true, "/broken", http.StatusBadGateway, "500"},
		{true, "/page", http.StatusUnprocessableEntity, "not an RSS"},
	} {
		code, body := post(tc.allowPrivate, srv.URL+tc.path)
		if code != tc.code || !strings.Contains(body, tc.want) {
			t.Errorf("POST /api/feeds %s (allow private %v): %d %s; want %d with %q", tc.path, tc.allowPrivate, code, body, tc.code, tc.want)
		}
	}
}

// TestServeLongRequests: a very long URL or very large headers are
// answered by the API in its JSON error shape (414, 431) over a real
// connection with serve's server settings; before, net/http answered a
// long URL itself with a plain-text 431 no handler saw. A web UI path
// gets the same status in plain text.
func TestServeLongRequests(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "long.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := serveHandler(api.Config{Store: st, Log: slog.New(slog.DiscardHandler)})
	srv := httptest.NewUnstartedServer(h)
	srv.Config = newHTTPServer(ctx, h, time.Minute, slog.New(slog.DiscardHandler))
	srv.Start()
	defer srv.Close()
	long := strings.Repeat("a", 100<<10)
	for _, tt := range []struct {
		path, header string
		code         int
		json         bool
	}{
		{"/api/articles?q=" + long, "", http.StatusRequestURITooLong, true},
		{"/api/events/" + long, "", http.StatusRequestURITooLong, true},
		{"/events?q=" + long, "", http.StatusRequestURITooLong, false},
		{"/api/events", long, http.StatusRequestHeaderFieldsTooLarge, true},
		{"/api/articles?q=" + strings.Repeat("a", 300), "", http.StatusOK, true},
	} {
		req, err := http.NewRequest("GET", srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.header != "" {
			req.Header.Set("X-Padding", tt.header)
		}
		res, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		var eb struct {
			Error string `json:"error"`
		}
		isJSON := strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") && json.Unmarshal(body, &eb) == nil
		if res.StatusCode != tt.code || isJSON != tt.json || (tt.code != 200 && tt.json && eb.Error == "") {
			t.Errorf("GET %.40s... (header %d bytes): %d JSON %v %.80q; want %d JSON %v", tt.path, len(tt.header), res.StatusCode, isJSON, body, tt.code, tt.json)
		}
	}
}
