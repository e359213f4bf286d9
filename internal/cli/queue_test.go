package cli

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/internal/queue/queuetest"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// The demo corpus and three files of our own (one empty, which fails),
// published with ingest --queue and taken by two workers at once, end in
// the same store as a local ingest of the same inputs: articles, syndicated
// copies, merged events with their article and source counts, actors,
// failures.
func TestQueueMatchesLocalIngest(t *testing.T) {
	queued := filepath.Join(t.TempDir(), "queued.db")
	// The schema is created before the workers start: sqlite.Open reads
	// the schema version outside its migration transaction, so two opens
	// of a new file at once can both try to create it.
	if st, err := sqlite.Open(context.Background(), queued, sqlite.Options{}); err != nil {
		t.Fatal(err)
	} else {
		st.Close()
	}
	queueMatchesLocal(t, queued)
}

// The same with two workers writing to PostgreSQL (the deployment the
// queue is for), started together on an empty schema: each migration is
// applied once, and the store matches a local SQLite ingest.
func TestQueueToPostgresMatchesLocalIngest(t *testing.T) {
	dsn, _ := pgtest.DSN(t)
	queueMatchesLocal(t, dsn)
}

// queueMatchesLocal ingests the test inputs locally into SQLite, publishes
// them to a queue, runs two workers storing into queued (a --db address)
// and compares the two stores.
func queueMatchesLocal(t *testing.T, queued string) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Harbour strike ends\n\nDockworkers in Port Alma returned to work after a week-long strike over pay."), 0o644)
	os.WriteFile(filepath.Join(in, "b.html"), []byte("<html><head><title>Rail line reopens</title></head><body><article><p>The coastal rail line reopened on Friday after storm repairs were finished ahead of schedule.</p></article></body></html>"), 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), []byte("   "), 0o644)
	inputs := []string{filepath.Join("..", "demo", "articles.jsonl"), in}

	local := filepath.Join(dir, "local.db")
	if _, errOut, status := storeCmd(t, append([]string{"ingest", "--db", local, "--progress", "never"}, inputs...)...); status != 1 {
		t.Fatalf("local ingest: status %d, want 1 (one input fails)\n%s", status, errOut)
	}

	ns := queuetest.Start(t)
	out, errOut, status := storeCmd(t, append([]string{"ingest", "--queue", ns.ClientURL(), "--format", "json"}, inputs...)...)
	var ps struct{ Items, Published, Failures int }
	// The empty file is published as a failure for the workers to record
	// (status 1 says one input failed).
	if err := json.Unmarshal([]byte(out), &ps); err != nil || status != 1 || ps.Published != ps.Items || ps.Failures != 1 || ps.Items < 30 {
		t.Fatalf("ingest --queue: status %d %q %v\n%s", status, out, err, errOut)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[int]int{}
	failed := 0
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, errOut, status := storeCmd(t, "worker", "--queue", ns.ClientURL(), "--db", queued, "--until-empty", "--workers", "1", "--batch", "4", "--format", "json")
			var ws struct{ Received, Stored, Failed int }
			// Status 1 says the worker recorded a failure (the empty file).
			if err := json.Unmarshal([]byte(out), &ws); err != nil || status != min(ws.Failed, 1) {
				t.Errorf("worker %d: status %d %q %v\n%s", i, status, out, err, errOut)
			}
			mu.Lock()
			received[i] = ws.Received
			failed += ws.Failed
			mu.Unlock()
		}()
	}
	wg.Wait()
	if received[0]+received[1] != ps.Items || failed != 1 {
		t.Errorf("workers received %v and failed %d, want %d in all and 1 failure", received, failed, ps.Items)
	}

	want, wantEvents := storeSummary(t, local)
	got, gotEvents := storeSummary(t, queued)
	t.Logf("local %+v, %d events; workers received %v", want, len(wantEvents), received)
	if want.Articles != ps.Items-1 || want.Duplicates != 1 || want.Failures != 1 {
		t.Fatalf("local store %+v: the corpus is not as the test expects", want)
	}
	if got != want {
		t.Errorf("queued store %+v, local %+v", got, want)
	}
	if !slices.Equal(gotEvents, wantEvents) {
		t.Errorf("events differ:\nqueued %v\nlocal  %v", gotEvents, wantEvents)
	}
	// The commands that read a store find what the workers wrote.
	if out, errOut, status := storeCmd(t, "ingest", "--db", queued, "--failures", "--format", "json"); status != 0 || !strings.Contains(out, "empty.txt") || strings.Count(out, "\n") != 1 {
		t.Errorf("ingest --failures: status %d %q\n%s", status, out, errOut)
	}
	if out, errOut, status := storeCmd(t, "events", "--db", queued, "--format", "jsonl", "--limit", "1000"); status != 0 || strings.Count(out, "\n") != got.Events {
		t.Errorf("events: status %d, %d lines, want %d\n%s", status, strings.Count(out, "\n"), got.Events, errOut)
	}
}

// storeSummary is the counts of the store at addr (a --db address), its
// events, each as type, parties, date and counts, and its actors with
// their counts, sorted.
func storeSummary(t *testing.T, addr string) (store.Stats, []string) {
	t.Helper()
	ctx := context.Background()
	st, err := backend.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	// An event is named by its first report, and which report comes first
	// is not fixed in a queued ingest (a local ingest stores in input
	// order, but the queue workers take the messages in any order):
	// one report names "Japan and South Korea", another "South Korea and
	// Japan", or "Officials" / "officials". Parties are compared as the
	// merge key has them (merge.EventKey: actor id, else country, else the
	// lower-cased name; either order for the symmetric types): "coast guard
	// officials" and "officials" of one country are one party, named by
	// whichever report came first.
	party := func(id, country, name string) string {
		if country != "" {
			country = "c:" + country
		}
		return cmp.Or(id, country, strings.ToLower(name))
	}
	var out []string
	for _, e := range evs {
		src, tgt := party(e.SourceActor, e.SourceCountry, e.SourceName), party(e.TargetActor, e.TargetCountry, e.TargetName)
		if (e.Type == "CONSULT" || e.Type == "AGREE" || e.Type == "COOPERATE") && tgt < src {
			src, tgt = tgt, src
		}
		out = append(out, fmt.Sprintf("%s %s>%s %s articles=%d sources=%d mentions=%d", e.Type, src, tgt, e.Date, e.NumArticles, e.NumSources, e.NumMentions))
	}
	slices.Sort(out)
	// Actors with their article and event counts. Not their names: a
	// document-level actor is named by whichever article stored it first.
	acts, err := st.Actors(ctx, store.ActorQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var actors []string
	for _, a := range acts {
		actors = append(actors, fmt.Sprintf("actor %s articles=%d events=%d", a.ID, a.Articles, a.Events))
	}
	slices.Sort(actors)
	out = append(out, actors...)
	s.Schema = 0
	return s, out
}

func TestWorkerUsage(t *testing.T) {
	for _, args := range [][]string{{"worker"}, {"worker", "--queue", "nats://127.0.0.1:1", "extra"}, {"worker", "--queue", "nats://127.0.0.1:1", "--workers", "0"},
		{"worker", "--queue", "nats://127.0.0.1:1", "--max-crashes", "0"}} {
		if _, errOut, status := storeCmd(t, args...); status != 2 || !strings.Contains(errOut, "newsgraph worker:") {
			t.Errorf("%v: status %d %q, want a usage error", args, status, errOut)
		}
	}
}

// ingest --queue sends a feed's links for the workers to fetch, so the
// publisher's --feed-retries and --feed-retry-wait would do nothing: they
// are a usage error naming the worker's flag, before any connection (the
// server here does not exist), while the defaults pass unsaid.
func TestQueueRefusesFeedRetries(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--feed-retries", "2"}, "--feed-retries: with --queue"},
		{[]string{"--feed-retries", "0"}, "--feed-retries: with --queue"},
		{[]string{"--feed-retry-wait", "1m"}, "--feed-retry-wait: with --queue"},
		{[]string{"--feed-retries", "2", "--feed-retry-wait", "1m"}, "--feed-retries and --feed-retry-wait: with --queue"},
	} {
		args := append([]string{"ingest", "--queue", "nats://127.0.0.1:1", "--feed", "https://news.example/feed"}, c.args...)
		_, errOut, status := storeCmd(t, args...)
		if status != 2 || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "worker --fetch-retries") {
			t.Errorf("%v: status %d %q, want a usage error with %q", c.args, status, errOut, c.want)
		}
	}
	// Without the flags the same command gets past them to the
	// connection, which fails (nothing listens there): not a usage error.
	_, errOut, status := storeCmd(t, "ingest", "--queue", "nats://127.0.0.1:1", "--feed", "https://news.example/feed")
	if status == 2 || strings.Contains(errOut, "--feed-retries") {
		t.Errorf("without the retry flags: status %d %q", status, errOut)
	}
}

// ingest --queue --feed without a database keeps the feed's validators in
// the queue: nothing is created where it runs, and the next poll is a
// conditional GET that publishes nothing new.
func TestQueueFeedNeedsNoDatabase(t *testing.T) {
	t.Chdir(t.TempDir())
	var mu sync.Mutex
	conditional := 0
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			mu.Lock()
			conditional++
			mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<rss version="2.0"><channel><title>Harbour news</title>`+
			`<item><guid>1</guid><link>`+srv.URL+`/a</link><title>Ferry returns</title><description><![CDATA[<p>The island ferry sailed again on Monday after a week of storms, the harbour office said.</p>]]></description></item>`+
			`<item><guid>2</guid><link>`+srv.URL+`/b</link><title>Pier repaired</title><description><![CDATA[<p>Repairs to the north pier were finished on Friday, two weeks ahead of schedule.</p>]]></description></item>`+
			`</channel></rss>`)
	}))
	defer srv.Close()
	ns := queuetest.Start(t)
	args := []string{"ingest", "--queue", ns.ClientURL(), "--allow-private", "--format", "json", "--feed", srv.URL + "/feed"}
	for round, want := range []int{2, 0} {
		out, errOut, status := storeCmd(t, args...)
		var ps struct{ Items, Published int }
		if err := json.Unmarshal([]byte(out), &ps); err != nil || status != 0 || ps.Published != want {
			t.Fatalf("round %d: status %d %q %v, want %d published\n%s", round, status, out, err, want, errOut)
		}
	}
	if conditional != 1 {
		t.Errorf("%d conditional polls, want the second poll to send the ETag", conditional)
	}
	if entries, _ := os.ReadDir("."); len(entries) != 0 {
		t.Errorf("ingest --queue --feed left %v where it ran", entries)
	}
}

// The NATS authentication flags and their environment variables reach the
// connection: a server that wants a password refuses ingest --queue and
// worker without it and takes them with it; half a user is a usage error.
func TestQueueAuthFlags(t *testing.T) {
	ns := queuetest.Start(t, func(o *server.Options) { o.Username, o.Password = "news", "harbour-pass-1" })
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Harbour strike ends\n\nDockworkers in Port Alma returned to work after a week-long strike over pay."), 0o644)
	db := filepath.Join(dir, "q.db")
	run := func(getenv map[string]string, args ...string) (string, int) {
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(k string) string { return getenv[k] }}
		status := Run(context.Background(), env, append([]string{"newsgraph"}, args...))
		// Both streams: -h prints its help on standard output.
		return errb.String() + out.String(), status
	}
	if errOut, status := run(nil, "ingest", "--queue", ns.ClientURL(), in); status != 1 || !strings.Contains(strings.ToLower(errOut), "authorization") {
		t.Errorf("ingest --queue without credentials: %d %s", status, errOut)
	}
	if errOut, status := run(nil, "ingest", "--queue", ns.ClientURL(), "--nats-user", "news", "--nats-password", "harbour-pass-1", in); status != 0 {
		t.Errorf("ingest --queue with --nats-user/--nats-password: %d %s", status, errOut)
	}
	if errOut, status := run(map[string]string{"NATS_USER": "news", "NATS_PASSWORD": "harbour-pass-1"}, "worker", "--queue", ns.ClientURL(), "--db", db, "--until-empty"); status != 0 {
		t.Errorf("worker with $NATS_USER/$NATS_PASSWORD: %d %s", status, errOut)
	}
	if s, _ := storeSummary(t, db); s.Articles != 1 {
		t.Errorf("worker stored %d articles, want 1", s.Articles)
	}
	if errOut, status := run(nil, "worker", "--queue", ns.ClientURL(), "--db", db, "--nats-user", "news"); status != 2 || !strings.Contains(errOut, "needs its password") {
		t.Errorf("--nats-user without a password: %d %s, want a usage error", status, errOut)
	}
	if help, _ := run(map[string]string{"NATS_PASSWORD": "harbour-pass-1"}, "worker", "-h"); strings.Contains(help, "harbour-pass-1") || !strings.Contains(help, "-nats-password") {
		t.Error("worker -h shows the password from the environment")
	}
}

// The worker's summary counts incomplete articles as ingest's does: only
// when there are some, beside the syndicated copies.
func TestWorkerSummaryCountsIncomplete(t *testing.T) {
	for _, c := range []struct {
		name       string
		incomplete int
		want       string
		wantNot    string
	}{
		{"none", 0, "4 stored (1 syndicated copies), 2 already stored", "incomplete"},
		{"some", 3, "4 stored (1 syndicated copies, 3 incomplete), 2 already stored", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := queue.WorkerStats{Stats: runner.Stats{Items: 7, Stored: 4, Duplicates: 1, Incomplete: c.incomplete, Skipped: 2, Failed: 1, Elapsed: time.Second}}
			for _, pr := range []func(Env) error{
				func(env Env) error { return printWorkerSummary(env, "text", s) },
				func(env Env) error { return printIngestSummary(env, "text", s.Stats, nil) },
			} {
				var out bytes.Buffer
				if err := pr(Env{Stdout: &out}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(out.String(), c.want) || (c.wantNot != "" && strings.Contains(out.String(), c.wantNot)) {
					t.Errorf("summary %q: want %q, without %q", out.String(), c.want, c.wantNot)
				}
			}
			var out bytes.Buffer
			if err := printWorkerSummary(Env{Stdout: &out}, "json", s); err != nil {
				t.Fatal(err)
			}
			var got struct{ Incomplete int }
			if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Incomplete != c.incomplete {
				t.Errorf("json summary %s: incomplete %d (%v), want %d", out.String(), got.Incomplete, err, c.incomplete)
			}
		})
	}
}

// worker --until-empty exits once only delayed fetch retries are left,
// saying how many and when the first is due, and exits 0: a fetch given
// back is no failure. The URL's server answers 503, whose retry waits a
// minute (the default), so a worker that waited would outlast the test.
func TestWorkerUntilEmptyLeavesRetries(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "busy", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ns := queuetest.Start(t)
	if out, errOut, status := storeCmd(t, "ingest", "--queue", ns.ClientURL(), srv.URL+"/harbour-report"); status != 0 {
		t.Fatalf("ingest --queue: status %d %q\n%s", status, out, errOut)
	}
	db := filepath.Join(t.TempDir(), "w.db")
	out, errOut, status := storeCmd(t, "worker", "--queue", ns.ClientURL(), "--db", db, "--until-empty", "--allow-private", "--workers", "1")
	if status != 0 || !strings.Contains(out, "(1 given back to be fetched again)") || !strings.Contains(out, "1 fetch retry left in the queue for the next run, the first due at ") {
		t.Errorf("worker --until-empty: status %d %q\n%s", status, out, errOut)
	}
}
