package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// hangUpHost accepts connections and closes them at once, unanswered (a
// host that does not answer), counting them.
func hangUpHost(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.Close()
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return "http://" + ln.Addr().String(), &n
}

// pollServer serves a feed (304 to a conditional GET) of link items:
// links[i] is the base URL of item i's article; its own /a/... paths
// answer 503 fails times, then an article.
func pollServer(t *testing.T, links func(self string, i int) string, items, fails int) (*httptest.Server, *atomic.Int32) {
	var mu sync.Mutex
	var articleFetches atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>`)
			for i := range items {
				fmt.Fprintf(w, "<item><title>Lighthouse %d</title><link>%s/a/%d</link><guid>l%d</guid></item>", i, links(srv.URL, i), i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		articleFetches.Add(1)
		mu.Lock()
		busy := fails > 0
		if busy {
			fails--
		}
		mu.Unlock()
		if busy {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Lighthouse %s</title></head><body><article><p>The coastguard relit lighthouse %s on Wednesday after a power cut, officials said.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	t.Cleanup(srv.Close)
	return srv, &articleFetches
}

func pollIngester(t *testing.T, guard *runner.FetchGuard, retries *runner.FeedRetries) *serveIngester {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "poll.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &serveIngester{st: st, log: slog.New(slog.DiscardHandler), workers: 2, metrics: api.NewMetrics(), bg: context.Background(),
		fetcher: fetch.New(fetch.Config{AllowPrivate: true}), guard: guard, retries: retries,
		stages: func() ([]pipeline.Stage, error) { return []pipeline.Stage{extract.New()}, nil }}
}

// serve's feed polling gives a host up after --host-failures fetches in a
// row went unanswered, and keeps it given up over the next polls (one
// guard per process) until --host-retry-after: the links of a feed to a
// dead host do not cost a timeout each on every poll. The links to the
// host that answers are stored.
func TestServePollingGivesUpOnDeadHost(t *testing.T) {
	dead, conns := hangUpHost(t)
	srv, _ := pollServer(t, func(self string, i int) string {
		if i < 6 {
			return dead
		}
		return self
	}, 8, 0)
	ing := pollIngester(t, runner.NewFetchGuard(runner.FetchLimits{HostFailures: 2, HostConcurrency: 1, HostRetryAfter: time.Hour}), nil)
	ctx := context.Background()
	for poll := range 3 {
		n, err := ing.pollFeed(ctx, srv.URL+"/feed.xml")
		if err != nil {
			t.Fatalf("poll %d: %v", poll, err)
		}
		if want := map[int]int{0: 2}[poll]; n != want {
			t.Errorf("poll %d stored %d; want %d", poll, n, want)
		}
	}
	// Two fetches gave the host up; the next polls (the feed read whole,
	// its validators forgotten) fetch nothing from it.
	if got := conns.Load(); got != 2 {
		t.Errorf("the dead host was contacted %d times over 3 polls; want 2", got)
	}
	fs, err := ing.st.Failures(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	notFetched := 0
	for _, f := range fs {
		if f.Stage == runner.StageNotFetched {
			notFetched++
		}
	}
	if notFetched != 6 {
		t.Errorf("%d failures of stage %s; want the 6 links of the dead host (the last polls stopped each)", notFetched, runner.StageNotFetched)
	}
}

// A linked article answering 503 is fetched again by serve's next poll of
// the feed, although the feed answers 304.
func TestServePollingRetriesFailedLinks(t *testing.T) {
	srv, fetches := pollServer(t, func(self string, i int) string { return self }, 2, 1)
	ing := pollIngester(t, nil, &runner.FeedRetries{Wait: time.Millisecond})
	ctx := context.Background()
	stored := 0
	for poll := range 3 {
		n, err := ing.pollFeed(ctx, srv.URL+"/feed.xml")
		if err != nil {
			t.Fatalf("poll %d: %v", poll, err)
		}
		stored += n
		time.Sleep(5 * time.Millisecond)
	}
	if stored != 2 || fetches.Load() != 3 {
		t.Errorf("stored %d with %d article fetches; want both stored, with one fetch again", stored, fetches.Load())
	}
}

// POST /api/articles of a URL goes through the same guards as ingest's
// fetches: a loopback address is refused (400 naming url) unless the
// server allows private addresses, and a host that stopped answering is
// given up on after --host-failures fetches in a row, answered 503 with no
// connection made, instead of a fetch timeout per request.
func TestPostURLHostGuard(t *testing.T) {
	article, _ := pollServer(t, func(self string, i int) string { return self }, 0, 0)
	dead, conns := hangUpHost(t)
	limits := runner.FetchLimits{HostFailures: 2, HostConcurrency: 1, HostRetryAfter: time.Hour}
	post := func(ing *serveIngester, url string) (int, string) {
		h := serveHandler(api.Config{Store: ing.st, Ingester: ing, Token: "0123456789abcdef", Log: ing.log, Metrics: ing.metrics})
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(`{"url":"`+url+`"}`))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}

	private := pollIngester(t, runner.NewFetchGuard(limits), nil)
	private.fetcher = fetch.New(fetch.Config{})
	if code, body := post(private, article.URL+"/a/1"); code != http.StatusBadRequest || !strings.Contains(body, `"field":"url"`) || !strings.Contains(body, "not public") {
		t.Errorf("loopback URL without --allow-private: %d %s; want 400 naming url", code, body)
	}

	ing := pollIngester(t, runner.NewFetchGuard(limits), nil) // AllowPrivate
	if code, body := post(ing, article.URL+"/a/1"); code != http.StatusCreated {
		t.Errorf("loopback URL with --allow-private: %d %s; want 201", code, body)
	}
	for i := range 2 {
		if code, body := post(ing, fmt.Sprintf("%s/a/%d", dead, i)); code != http.StatusBadGateway {
			t.Errorf("dead host, fetch %d: %d %s; want 502", i+1, code, body)
		}
	}
	before := conns.Load()
	code, body := post(ing, dead+"/a/9")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "--host-failures") {
		t.Errorf("host given up on: %d %s; want 503 naming --host-failures", code, body)
	}
	if n := conns.Load(); n != before {
		t.Errorf("host given up on was connected to %d more times; want none", n-before)
	}
	// Another host is not held back by the dead one.
	if code, body := post(ing, article.URL+"/a/2"); code != http.StatusCreated {
		t.Errorf("answering host after the dead one: %d %s; want 201", code, body)
	}
}
