package runner

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

// flakyFeed serves a feed that never changes (304 to a conditional GET)
// whose items link to articles on the same server; an article answers
// 503 as many times as fails[path] says, then the article.
type flakyFeed struct {
	*httptest.Server
	mu          sync.Mutex
	fails       map[string]int
	fetches     map[string]int
	conditional int
}

func newFlakyFeed(t *testing.T, items int, fails map[string]int) *flakyFeed {
	f := &flakyFeed{fails: fails, fetches: map[string]int{}}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			if r.Header.Get("If-None-Match") == `"v1"` {
				f.conditional++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Wire</title>`)
			for i := range items {
				fmt.Fprintf(w, "<item><title>Berth notice %d</title><link>%s/a/%d</link><guid>b%d</guid></item>", i, f.URL, i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		f.fetches[r.URL.Path]++
		if f.fails[r.URL.Path] > 0 {
			f.fails[r.URL.Path]--
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Berth %s</title></head><body><article><p>The port authority reopened berth %s on Tuesday after repairs to the quay wall, a spokesman said.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	t.Cleanup(f.Close)
	return f
}

// testClock is the time a test's FeedRetries reads, moved by the test.
type testClock struct{ at time.Time }

func (c *testClock) now() time.Time          { return c.at }
func (c *testClock) advance(d time.Duration) { c.at = c.at.Add(d) }

// feedRetryInputs is the setup the feed retry tests share: FeedRetries
// fetching a failed link again at most max times, the first a minute
// after it failed, on a clock starting at start that the test moves, and
// Inputs polling feedURL with them through a client that may fetch from
// the test's server.
func feedRetryInputs(feedURL string, max int, start time.Time) (*FeedRetries, Inputs, *testClock) {
	clock := &testClock{at: start}
	retries := &FeedRetries{Max: max, Wait: time.Minute, now: clock.now}
	in := Inputs{Feeds: []string{feedURL}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FeedRetries: retries}
	return retries, in, clock
}

func (f *flakyFeed) count(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.fetches[path]
}

// A linked article that fails with a 503 is fetched again by the next poll
// of the feed although the feed answers 304 (it offers no item then), after
// the wait, until it is stored.
func TestFeedLinkFailureRetriedOnNextPoll(t *testing.T) {
	srv := newFlakyFeed(t, 3, map[string]int{"/a/1": 2})
	st := openTemp(t)
	feedURL := srv.URL + "/feed.xml"
	retries, in, clock := feedRetryInputs(feedURL, 3, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))

	// Poll 1: the feed whole; /a/1 fails and waits a minute.
	if s := runLimited(t, st, in, 1); s.Stored != 2 || s.Failed != 1 {
		t.Fatalf("poll 1: %+v; want 2 stored, 1 failed", s)
	}
	fs := failuresByStage(t, st)
	if got := fmt.Sprint(fs); !strings.Contains(got, "503") || !strings.Contains(got, "fetch 1 of at most 4") {
		t.Errorf("failures = %v; want the 503 and when it is fetched again", got)
	}
	// Poll 2, before the wait is over: 304 and nothing fetched.
	clock.advance(30 * time.Second)
	if s := runLimited(t, st, in, 1); s.Items != 0 {
		t.Errorf("poll 2 (wait not over): %+v; want no item", s)
	}
	// Poll 3: 304, /a/1 fetched again and fails again (waits 2 min).
	clock.advance(time.Minute)
	if s := runLimited(t, st, in, 1); s.Items != 1 || s.Failed != 1 {
		t.Errorf("poll 3: %+v; want the pending link fetched again and failing", s)
	}
	clock.advance(time.Minute) // not 2 minutes yet
	if s := runLimited(t, st, in, 1); s.Items != 0 {
		t.Errorf("poll 4 (second wait not over): %+v; want no item", s)
	}
	clock.advance(time.Minute)
	if s := runLimited(t, st, in, 1); s.Stored != 1 {
		t.Errorf("poll 5: %+v; want the link stored", s)
	}
	if n := retries.Pending(feedURL); n != 0 {
		t.Errorf("%d links pending after the link was stored", n)
	}
	if s := runLimited(t, st, in, 1); s.Items != 0 {
		t.Errorf("poll 6: %+v; want nothing left to fetch", s)
	}
	if got := srv.count("/a/1"); got != 3 {
		t.Errorf("/a/1 fetched %d times; want 3", got)
	}
	if got := srv.count("/a/0"); got != 1 {
		t.Errorf("/a/0 fetched %d times; want 1 (stored on the first poll)", got)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.conditional != 5 {
		t.Errorf("%d conditional polls; want 5 (the validators are kept)", srv.conditional)
	}
}

// A link that keeps failing is fetched again at most Max times, then given
// up; a 404 is not fetched again at all.
func TestFeedLinkRetriesAreBounded(t *testing.T) {
	srv := newFlakyFeed(t, 2, map[string]int{"/a/0": 100})
	st := openTemp(t)
	feedURL := srv.URL + "/feed.xml"
	retries, in, clock := feedRetryInputs(feedURL, 2, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	for range 10 {
		runLimited(t, st, in, 1)
		clock.advance(time.Hour)
	}
	if got := srv.count("/a/0"); got != 3 {
		t.Errorf("/a/0 fetched %d times; want 3 (the first and 2 again)", got)
	}
	if n := retries.Pending(feedURL); n != 0 {
		t.Errorf("%d links pending after the retries ran out", n)
	}
}

// Which failures pass: no answer, 5xx, 429, a fetch limit; not a 404, a
// page too large or one that is no article.
func TestPassingFailures(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("fetch x: %w: %w", fetch.ErrHTTPStatus, &fetch.StatusError{Code: 503, Status: "503 Service Unavailable"}), true},
		{fmt.Errorf("fetch x: %w: %w", fetch.ErrHTTPStatus, &fetch.StatusError{Code: 429, Status: "429 Too Many Requests"}), true},
		{fmt.Errorf("fetch x: %w: %w", fetch.ErrHTTPStatus, &fetch.StatusError{Code: 404, Status: "404 Not Found"}), false},
		{fmt.Errorf("x: %w", ErrNotFetched), true},
		{fmt.Errorf("fetch x: %w", fetch.ErrTooLarge), false},
		{errors.New("no article text"), false},
	} {
		if got := passing(c.err); got != c.want {
			t.Errorf("passing(%v) = %v; want %v", c.err, got, c.want)
		}
	}
}

// A long-lived process's guard tries a host given up on again once
// HostRetryAfter is over: one probe; a success clears the host, a failure
// gives it up for as long again.
func TestHostTriedAgainAfterRetryAfter(t *testing.T) {
	g := NewFetchGuard(FetchLimits{HostFailures: 2, HostRetryAfter: 50 * time.Millisecond})
	down := true
	calls := 0
	load := g.Wrap("s", "http://wire.example/a", func(context.Context) (*model.Document, error) {
		calls++
		if down {
			return nil, refusedErr()
		}
		return &model.Document{}, nil
	})
	ctx := context.Background()
	for range 2 {
		load(ctx)
	}
	if _, err := load(ctx); !errors.Is(err, ErrNotFetched) || calls != 2 {
		t.Fatalf("after 2 failures: err=%v calls=%d; want the host given up", err, calls)
	}
	time.Sleep(60 * time.Millisecond)
	if _, err := load(ctx); err == nil || errors.Is(err, ErrNotFetched) || calls != 3 {
		t.Fatalf("after the wait: err=%v calls=%d; want one probe that fails", err, calls)
	}
	if _, err := load(ctx); !errors.Is(err, ErrNotFetched) || calls != 3 {
		t.Fatalf("after a failed probe: err=%v calls=%d; want the host given up again", err, calls)
	}
	time.Sleep(60 * time.Millisecond)
	down = false
	for i := range 3 {
		if _, err := load(ctx); err != nil {
			t.Fatalf("fetch %d after the host came back: %v", i, err)
		}
	}
	if calls != 6 {
		t.Errorf("calls = %d; want 6", calls)
	}
}

func refusedErr() error {
	return &url.Error{Op: "Get", URL: "http://wire.example/a", Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
}
