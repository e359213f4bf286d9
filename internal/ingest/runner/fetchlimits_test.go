package runner

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
)

// linkFeed writes a link-only RSS feed file whose items link to
// base/a/0 ... base/a/n-1 and returns its path.
func linkFeed(t *testing.T, name string, n int, base func(i int) string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Harbour notice %d</title><link>%s/a/%d</link><guid>n%d</guid></item>\n", i, base(i), i, i)
	}
	b.WriteString("</channel></rss>\n")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// articleServer answers every path with a short article of our own and
// counts the requests and the most at once.
type articleServer struct {
	*httptest.Server
	requests, inFlight, maxInFlight atomic.Int32
	delay                           time.Duration
}

func newArticleServer(t *testing.T, delay time.Duration) *articleServer {
	s := &articleServer{delay: delay}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			m := s.maxInFlight.Load()
			if n <= m || s.maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(s.delay)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Notice %s</title></head><body><article><p>The harbour master closed berth %s on Monday for dredging, the port said.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	t.Cleanup(s.Close)
	return s
}

// refusingURL is the address of a server that was closed: connecting to it
// is refused at once.
func refusingURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := "http://" + ln.Addr().String()
	ln.Close()
	return u
}

// hangingServer accepts connections and never answers.
func hangingServer(t *testing.T) *httptest.Server {
	release := make(chan struct{})
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); s.Close() })
	return s
}

func runLimited(t *testing.T, st store.Store, in Inputs, workers int) Stats {
	t.Helper()
	ctx := context.Background()
	plan, err := Expand(in)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: workers}, plan.Items(ctx, in, st))
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// failuresByStage reads the failures table.
func failuresByStage(t *testing.T, st store.Store) map[string][]store.Failure {
	t.Helper()
	fs, err := st.Failures(context.Background(), store.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]store.Failure{}
	for _, f := range fs {
		out[f.Stage] = append(out[f.Stage], f)
	}
	return out
}

// A feed of links to a host that refuses connections fails fast: after
// HostFailures refusals in a row the host's other links are not fetched,
// and each of them is a failure of its own that says why, not a silent
// drop. Links to a host that answers are fetched as before.
func TestHostGivenUpAfterFailuresInARow(t *testing.T) {
	good := newArticleServer(t, 0)
	dead := refusingURL(t)
	// Items 0-39 link to the dead host, 40-44 to the good one.
	feed := linkFeed(t, "harbour.rss", 45, func(i int) string {
		if i < 40 {
			return dead
		}
		return good.URL
	})
	st := openTemp(t)
	in := Inputs{Paths: []string{feed}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true, Timeout: 5 * time.Second}),
		FetchLimits: FetchLimits{HostFailures: 3}}
	s := runLimited(t, st, in, 1)
	if s.Items != 45 || s.Stored != 5 || s.Failed != 40 || s.NotFetched != 37 {
		t.Errorf("stats = %+v; want 45 items, 5 stored, 40 failed of which 37 not fetched", s)
	}
	byStage := failuresByStage(t, st)
	if len(byStage["read"]) != 3 || len(byStage[StageNotFetched]) != 37 {
		t.Fatalf("failures by stage: read %d, %s %d; want 3 and 37", len(byStage["read"]), StageNotFetched, len(byStage[StageNotFetched]))
	}
	f := byStage[StageNotFetched][0]
	host := strings.TrimPrefix(dead, "http://")
	if !strings.HasPrefix(f.Source, feed+"#n") || !strings.Contains(f.Error, host) || !strings.Contains(f.Error, "--host-failures") {
		t.Errorf("failure = %+v; want the item named, the host and the flag in the error", f)
	}
	// The next run fetches them again (and gives up again, as fast).
	if s := runLimited(t, st, in, 1); s.Skipped != 5 || s.Failed != 40 {
		t.Errorf("rerun = %+v; want the 5 stored skipped and the 40 tried again", s)
	}
}

// An answer, even an error status, is no sign of a host that is down: a
// host that answers 404 to every link is never given up on.
func TestErrorStatusDoesNotCountAsHostFailure(t *testing.T) {
	var requests atomic.Int32
	missing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		http.NotFound(w, r)
	}))
	defer missing.Close()
	feed := linkFeed(t, "gone.rss", 8, func(int) string { return missing.URL })
	st := openTemp(t)
	in := Inputs{Paths: []string{feed}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FetchLimits: FetchLimits{HostFailures: 2}}
	if s := runLimited(t, st, in, 1); s.Failed != 8 || s.NotFetched != 0 || requests.Load() != 8 {
		t.Errorf("stats = %+v after %d requests; want 8 fetched and failed, none stopped", s, requests.Load())
	}
}

// A host that accepts connections and never answers holds each fetch for
// its whole timeout; the feed's deadline ends them all together, and
// the links not fetched are reported.
func TestFeedDeadlineCutsHangingFetches(t *testing.T) {
	hang := hangingServer(t)
	feed := linkFeed(t, "slow.rss", 30, func(int) string { return hang.URL })
	st := openTemp(t)
	// Without the deadline each fetch would end at the client's timeout,
	// a failure of stage read: 30 of them, two at a time, 30 s.
	in := Inputs{Paths: []string{feed}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true, Timeout: 2 * time.Second}),
		FetchLimits: FetchLimits{FeedDeadline: 300 * time.Millisecond}}
	s := runLimited(t, st, in, 2)
	if s.Items != 30 || s.Failed != 30 || s.NotFetched != 30 {
		t.Errorf("stats = %+v; want all 30 stopped by the deadline", s)
	}
	for _, f := range failuresByStage(t, st)[StageNotFetched] {
		if !strings.Contains(f.Error, "--feed-deadline") {
			t.Errorf("failure %+v does not name the deadline", f)
		}
	}
}

// FeedMaxFetches caps the links fetched from one feed; the rest are
// reported, and each feed has its own count.
func TestFeedMaxFetches(t *testing.T) {
	srv := newArticleServer(t, 0)
	a := linkFeed(t, "a.rss", 6, func(int) string { return srv.URL + "/x" })
	b := linkFeed(t, "b.rss", 6, func(int) string { return srv.URL + "/y" })
	st := openTemp(t)
	in := Inputs{Paths: []string{a, b}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FetchLimits: FetchLimits{FeedMaxFetches: 4}}
	s := runLimited(t, st, in, 2)
	if s.Stored != 8 || s.NotFetched != 4 || srv.requests.Load() != 8 {
		t.Errorf("stats = %+v after %d requests; want 4 stored and 2 not fetched per feed", s, srv.requests.Load())
	}
	for _, f := range failuresByStage(t, st)[StageNotFetched] {
		if !strings.Contains(f.Error, "--feed-max-fetches") {
			t.Errorf("failure %+v does not name the cap", f)
		}
	}
}

// HostConcurrency bounds the fetches from one host at once, whatever the
// number of workers.
func TestHostConcurrency(t *testing.T) {
	srv := newArticleServer(t, 20*time.Millisecond)
	feed := linkFeed(t, "busy.rss", 12, func(int) string { return srv.URL })
	st := openTemp(t)
	in := Inputs{Paths: []string{feed}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FetchLimits: FetchLimits{HostConcurrency: 2}}
	if s := runLimited(t, st, in, 6); s.Stored != 12 {
		t.Errorf("stats = %+v; want 12 stored", s)
	}
	if m := srv.maxInFlight.Load(); m > 2 || m < 1 {
		t.Errorf("%d fetches from the host at once, want at most 2", m)
	}
}

// A polled feed whose links a limit stopped forgets its validators, so
// that the next poll reads it whole and offers those links again instead
// of a 304 that would leave them unfetched until the feed changes.
func TestPolledFeedForgetsValidatorsWhenLinksAreStopped(t *testing.T) {
	dead := refusingURL(t)
	var mu sync.Mutex
	conditional := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") != "" {
			mu.Lock()
			conditional++
			mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
		for i := range 6 {
			fmt.Fprintf(w, "<item><title>Notice %d</title><link>%s/a/%d</link><guid>g%d</guid></item>", i, dead, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	st := openTemp(t)
	feedURL := srv.URL + "/feed.xml"
	in := Inputs{Feeds: []string{feedURL}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FetchLimits: FetchLimits{HostFailures: 2}}
	for run := range 2 {
		if s := runLimited(t, st, in, 1); s.Failed != 6 || s.NotFetched != 4 {
			t.Errorf("run %d: stats = %+v; want 6 failed, 4 of them not fetched", run, s)
		}
	}
	if f, err := st.Feed(context.Background(), feedURL); err != nil || f.ETag != "" || f.Title != "Wire" {
		t.Errorf("feed state = %+v, %v; want the validators forgotten, the title kept", f, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if conditional != 0 {
		t.Errorf("%d conditional polls; the stopped links' feed must be read whole", conditional)
	}
}

// Without limits nothing changes: the zero FetchLimits leaves the loader
// as it is.
func TestZeroFetchLimitsLeaveLoadersAlone(t *testing.T) {
	g := newFetchGuard(FetchLimits{})
	called := false
	load := g.guard("s", "http://example.org/a", g.feed(nil), func(context.Context) (*model.Document, error) {
		called = true
		return nil, errors.New("x")
	})
	if _, err := load(context.Background()); !called || err == nil || errors.Is(err, ErrNotFetched) {
		t.Errorf("called=%v err=%v", called, err)
	}
}

// Only a fetch that got no answer from its host counts against it.
func TestUnreachable(t *testing.T) {
	dial := &url.Error{Op: "Get", URL: "http://a.example/x", Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
	for _, tt := range []struct {
		name string
		err  error
		want bool
	}{
		{"refused", fmt.Errorf("feed#1: fetch http://a.example/x: %w", dial), true},
		{"timeout", &url.Error{Op: "Get", URL: "http://a.example/x", Err: context.DeadlineExceeded}, true},
		{"no such host", &url.Error{Op: "Get", URL: "http://a.example/x", Err: &net.DNSError{Err: "no such host", Name: "a.example", IsNotFound: true}}, true},
		{"error status", fmt.Errorf("fetch http://a.example/x: %w: 503 Service Unavailable", fetch.ErrHTTPStatus), false},
		{"forbidden address", &url.Error{Op: "Get", URL: "http://a.example/x", Err: fmt.Errorf("%w: 10.0.0.1", fetch.ErrForbiddenIP)}, false},
		{"too many redirects", &url.Error{Op: "Get", URL: "http://a.example/x", Err: fetch.ErrTooManyHops}, false},
		{"redirect loop", &url.Error{Op: "Get", URL: "http://a.example/x", Err: fmt.Errorf("%w: http://a.example/x -> http://a.example/y -> http://a.example/x", fetch.ErrRedirectLoop)}, false},
		{"no article", errors.New("feed#1: input looks binary"), false},
		{"none", nil, false},
	} {
		if got := unreachable(tt.err); got != tt.want {
			t.Errorf("%s: unreachable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The host limits hold for URL lists too: a list of links to a host that
// refuses connections is given up after HostFailures of them, and no feed
// budget applies to it.
func TestURLListHostGivenUp(t *testing.T) {
	dead := refusingURL(t)
	var b strings.Builder
	for i := range 10 {
		fmt.Fprintf(&b, "%s/story/%d\n", dead, i)
	}
	list := filepath.Join(t.TempDir(), "links.urls")
	if err := os.WriteFile(list, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	in := Inputs{URLLists: []string{list}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
		FetchLimits: FetchLimits{HostFailures: 2, FeedMaxFetches: 1}}
	if s := runLimited(t, st, in, 1); s.Failed != 10 || s.NotFetched != 8 {
		t.Errorf("stats = %+v; want 10 failed, 8 of them not fetched", s)
	}
	for _, f := range failuresByStage(t, st)[StageNotFetched] {
		if !strings.HasPrefix(f.Source, dead+"/story/") || !strings.Contains(f.Error, "--host-failures") {
			t.Errorf("failure %+v", f)
		}
	}
}
