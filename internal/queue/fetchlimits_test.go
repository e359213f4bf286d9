package queue

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
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
	ws := work(t, context.Background(), ns, st, WorkerConfig{
		Runner: runner.Config{Workers: 1},
		Load: runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
			// One fetch from the host at a time: the worker loads the
			// next messages while one is analysed, so with more slots a
			// fourth refusal may be under way when the third is counted
			// (the limit is on failures in a row, not on fetches begun),
			// and the counts below would depend on the machine's load.
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
		UntilEmptyWait:  time.Minute, // the retries are due in 20 and 40 ms: wait for them
	})
	if ws.FetchRetried != 2 || ws.Stored != 1 || ws.Redelivered != 2 || ws.Terminated != 0 {
		t.Errorf("worker %+v: want 2 fetches given back, then stored", ws)
	}
	if fs, err := st.Failures(context.Background(), 10); err != nil || len(fs) != 0 {
		t.Errorf("failures = %v, %v; want none left once stored", fs, err)
	}
}

// A batch worker (UntilEmpty) whose only messages left are fetch retries
// due later than UntilEmptyWait exits at once, not after the retries'
// delays (minutes), and says how many are left and when the first is due;
// they stay in the queue, and a second run, before they are due, exits at
// once too without fetching them. No test here waits for the delay.
func TestUntilEmptyLeavesDelayedRetries(t *testing.T) {
	var mu sync.Mutex
	fetches := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetches++
		mu.Unlock()
		http.Error(w, "busy", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, urlItems([]string{srv.URL + "/harbour", srv.URL + "/bridge"}))
	st := openDB(t, filepath.Join(t.TempDir(), "q.db"))
	cfg := WorkerConfig{
		Runner:          runner.Config{Workers: 1},
		Load:            runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})},
		FetchRetries:    3,
		FetchRetryDelay: 10 * time.Minute,
		UntilEmptyWait:  time.Minute,
	}
	for run := range 2 {
		start := time.Now()
		ws := work(t, context.Background(), ns, st, cfg)
		if took := time.Since(start); took > 30*time.Second {
			t.Errorf("run %d took %s: it waited for the retries", run, took)
		}
		wantRetried := map[int]int{0: 2}[run]
		if ws.FetchRetried != wantRetried || ws.RetriesWaiting != 2 || ws.Stored != 0 || ws.Terminated != 0 {
			t.Errorf("run %d: %+v; want %d fetches given back and 2 retries waiting", run, ws, wantRetried)
		}
		if due := time.Until(ws.NextRetry); due < 8*time.Minute || due > 10*time.Minute {
			t.Errorf("run %d: next retry due in %s; want about 10 min", run, due)
		}
		if n := streamMsgs(t, ns); n != 2 {
			t.Errorf("run %d: stream holds %d messages; want the 2 retries", run, n)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if fetches != 2 {
		t.Errorf("%d fetches; want 2 (the second run fetches nothing before the retries are due)", fetches)
	}
}

// A feed link whose server answers 503 on every delivery is fetched again
// up to FetchRetries times and then, on its last delivery, stored from the
// description its feed gave (marked incomplete), not terminated and lost.
func TestWorkerLastFetchFallsBackToFeedDescription(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "busy", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	link := srv.URL + "/drainage"
	described := func(yield func(runner.Item) bool) {
		yield(runner.Item{Source: "wire.xml#1", Kind: runner.KindURL, URL: link, Ref: &runner.Ref{
			Location: link,
			Hints: map[string]string{
				"title":             "Kigali council budget",
				ingest.HintFeedText: "Kigali's city council passed a budget on Thursday that doubles spending on drainage before the rains.",
			},
		}})
	}
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, described)
	st := openDB(t, filepath.Join(t.TempDir(), "q.db"))
	ws := work(t, context.Background(), ns, st, WorkerConfig{
		Runner:          runner.Config{Workers: 1},
		Load:            runner.LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})},
		FetchRetries:    2,
		FetchRetryDelay: 10 * time.Millisecond,
		UntilEmptyWait:  time.Minute, // the retries are due in 10 and 20 ms: wait for them
	})
	if ws.FetchRetried != 2 || ws.Stored != 1 || ws.Terminated != 0 {
		t.Errorf("worker %+v: want 2 fetches given back, then the description stored", ws)
	}
	arts, err := st.Articles(context.Background(), 0, 10)
	if err != nil || len(arts) != 1 {
		t.Fatalf("articles = %d, %v; want the one described", len(arts), err)
	}
	if a := arts[0]; a.URL != link || !strings.Contains(a.Text, "drainage") || a.Data == nil || len(a.Data.Incomplete) == 0 {
		t.Errorf("stored %q %q; want the link's description, marked incomplete", a.URL, a.Text)
	}
}
