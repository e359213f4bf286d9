package queue

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/queue/queuetest"
)

// urlItems are reference items of the given URLs, as `ingest --queue`
// publishes the links of a feed.
func urlItems(urls []string) func(func(runner.Item) bool) {
	return func(yield func(runner.Item) bool) {
		for _, u := range urls {
			if !yield(runner.Item{Source: u, Kind: runner.KindURL, URL: u, Ref: &runner.Ref{Location: u}}) {
				return
			}
		}
	}
}

// refusing is the address of a closed listener: connections are refused.
func refusing(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := "http://" + ln.Addr().String()
	ln.Close()
	return u
}

// A worker applies the host limits to the URLs it fetches: after
// HostFailures refusals in a row, the host's other messages are not
// fetched (stage fetch-limit), and with no fetch retries they are
// terminated, not fetched one timeout after another.
func TestWorkerGivesUpOnDeadHost(t *testing.T) {
	dead := refusing(t)
	var urls []string
	for i := range 8 {
		urls = append(urls, fmt.Sprintf("%s/harbour/%d", dead, i))
	}
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, urlItems(urls))
	db := filepath.Join(t.TempDir(), "q.db")
	st := openDB(t, db)
	// One fetch from the host at a time: the worker loads the messages it
	// holds at once, so with several fetches allowed (HostConcurrency 0 is
	// no bound) those under way when the third refusal comes are refused
	// too, and how many that is depends on timing (4 of 8 on two loaded
	// cores, where 3 read failures were expected).
	ws := work(t, context.Background(), ns, st, WorkerConfig{
		Runner: runner.Config{Workers: 1},
		Load: runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
			Guard: runner.NewFetchGuard(runner.FetchLimits{HostFailures: 3, HostConcurrency: 1, HostRetryAfter: time.Hour})},
		FetchRetries: -1,
	})
	if ws.Failed != 8 || ws.NotFetched != 5 || ws.Terminated != 8 || ws.FetchRetried != 0 {
		t.Errorf("worker %+v: want 8 failed, 5 of them not fetched, all terminated", ws)
	}
	fs, err := st.Failures(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	stages := map[string]int{}
	for _, f := range fs {
		stages[f.Stage]++
	}
	if stages[runner.StageNotFetched] != 5 || stages["read"] != 3 {
		t.Errorf("failures by stage = %v; want 3 read, 5 %s", stages, runner.StageNotFetched)
	}
}

// A worker bounds the fetches at once from one host.
func TestWorkerHostConcurrency(t *testing.T) {
	var mu sync.Mutex
	inFlight, most := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(30 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Quay %s</title></head><body><article><p>The port reopened quay %s on Friday after the storm, the harbour master said.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	var urls []string
	for i := range 8 {
		urls = append(urls, fmt.Sprintf("%s/quay/%d", srv.URL, i))
	}
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, urlItems(urls))
	ws := work(t, context.Background(), ns, openDB(t, filepath.Join(t.TempDir(), "q.db")), WorkerConfig{
		Runner: runner.Config{Workers: 6},
		Load: runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
			Guard: runner.NewFetchGuard(runner.FetchLimits{HostConcurrency: 2})},
	})
	if ws.Stored != 8 {
		t.Errorf("worker %+v: want 8 stored", ws)
	}
	mu.Lock()
	defer mu.Unlock()
	if most > 2 || most == 0 {
		t.Errorf("at most %d fetches at once; want 1-2", most)
	}
}

// A linked article whose server answers 503 is given back to the queue and
// fetched again after the delay, until stored; its failure is recorded
// meanwhile and cleared when it is stored.
func TestWorkerRetriesPassingFetchFailure(t *testing.T) {
	var mu sync.Mutex
	fails := 2
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if fails > 0 {
			fails--
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Ferry</title></head><body><article><p>The ferry service to the islands resumed on Sunday after the strike ended, the operator said.</p></article></body></html>`)
	}))
	defer srv.Close()
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, urlItems([]string{srv.URL + "/ferry"}))
	db := filepath.Join(t.TempDir(), "q.db")
	st := openDB(t, db)
	ws := work(t, context.Background(), ns, st, WorkerConfig{
		Runner:          runner.Config{Workers: 1},
		Load:            runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})},
		FetchRetries:    3,
		FetchRetryDelay: 20 * time.Millisecond,
	})
	if ws.FetchRetried != 2 || ws.Stored != 1 || ws.Redelivered != 2 || ws.Terminated != 0 {
		t.Errorf("worker %+v: want 2 fetches given back, then stored", ws)
	}
	if fs, err := st.Failures(context.Background(), 10); err != nil || len(fs) != 0 {
		t.Errorf("failures = %v, %v; want none left once stored", fs, err)
	}
}
