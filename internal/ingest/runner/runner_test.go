package runner

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// childEnv makes the test binary act as an ingest process (see TestMain):
// the kill test runs it, kills it with SIGKILL and runs it again.
const childEnv = "NEWSGRAPH_RUNNER_TEST_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(child(spec))
	}
	os.Exit(m.Run())
}

// child ingests DIR into DB; spec is "DB|DIR|delay".
func child(spec string) int {
	parts := strings.Split(spec, "|")
	delay, _ := time.ParseDuration(parts[2])
	ctx := context.Background()
	st, err := sqlite.Open(ctx, parts[0], sqlite.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	stages := []pipeline.Stage{extract.New(), pipeline.StageFunc{StageName: "slow", Fn: func(ctx context.Context, _ *model.Document) error {
		time.Sleep(delay) // stands in for the nlp stages, so the kill lands mid-run
		return nil
	}}}
	plan, err := Expand(Inputs{Paths: []string{parts[1]}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	_, err = Run(ctx, Config{Store: st, Stages: stages, Workers: 2, BatchSize: 8}, plan.Items(ctx, Inputs{}, st))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// writeCorpus writes n distinct short articles (our own text) and returns
// the folder.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		body := fmt.Sprintf("Council meeting number %d\n\nThe town council met for session %d and voted %d to %d on the budget for ward %d. "+
			"Residents of ward %d asked about road repairs; the clerk promised a report within %d days.\n", i, i, i%9, i%5, i, i, i%30+1)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%04d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// counts reads the rows that must each hold every document exactly once.
func counts(t *testing.T, path string) (articles, distinctURLs, texts, fts int) {
	t.Helper()
	articles, distinctURLs, texts, fts, err := readCounts(path)
	if err != nil && !strings.Contains(err.Error(), "no such table") {
		t.Fatal(err)
	}
	return
}

// readCounts reads the row counts of the store at path.
func readCounts(path string) (articles, distinctURLs, texts, fts int, err error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer db.Close()
	err = db.QueryRow(`SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(DISTINCT url) FROM articles),
		(SELECT COUNT(*) FROM article_text), (SELECT COUNT(*) FROM article_fts)`).Scan(&articles, &distinctURLs, &texts, &fts)
	return
}

func TestKillAndResume(t *testing.T) {
	const n = 240
	dir := writeCorpus(t, n)
	dbPath := filepath.Join(t.TempDir(), "kill.db")
	run := func(delay string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dbPath+"|"+dir+"|"+delay)
		return cmd
	}
	first := run("15ms")
	first.Stderr = os.Stderr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- first.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	killed := false
	for !killed {
		select {
		case err := <-done:
			t.Fatalf("the first ingest finished before it could be killed (%v); slow it down", err)
		case <-time.After(20 * time.Millisecond):
		}
		if _, err := os.Stat(dbPath); err != nil {
			continue
		}
		// While the child creates the schema a read can fail ("no such
		// table", "database schema has changed"); poll again.
		if a, _, _, _, err := readCounts(dbPath); err == nil && a >= 24 {
			if err := first.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
		if time.Now().After(deadline) {
			t.Fatal("the first ingest stored nothing in 60 s")
		}
	}
	err := <-done
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("first ingest: %v, want killed by SIGKILL", err)
	}
	mid, _, _, _ := counts(t, dbPath)
	if mid >= n {
		t.Fatalf("killed after all %d documents were stored; the kill did not land mid-run", mid)
	}
	t.Logf("killed with %d of %d documents stored", mid, n)

	for i := 0; i < 2; i++ { // the rerun, then a run over a complete store
		if out, err := run("0s").CombinedOutput(); err != nil {
			t.Fatalf("rerun %d: %v\n%s", i, err, out)
		}
		a, urls, texts, fts := counts(t, dbPath)
		if a != n || urls != n || texts != n || fts != n {
			t.Errorf("after rerun %d: articles=%d distinct urls=%d texts=%d fts=%d, want %d each", i, a, urls, texts, fts, n)
		}
	}
	st, err := sqlite.Open(context.Background(), dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, i := range []int{0, n / 2, n - 1} {
		hits, err := st.Search(context.Background(), store.SearchQuery{Text: fmt.Sprintf(`"session %d"`, i)})
		if err != nil || len(hits) != 1 {
			t.Errorf("search for document %d: %d hits, %v", i, len(hits), err)
		}
	}
}

func openTemp(t *testing.T) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "r.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func docItem2(src, url, text string) Item {
	return Item{Source: src, Doc: &model.Document{Source: src, URL: url, Raw: []byte(text), Content: text, Format: model.FormatText}}
}

// Bad documents are recorded as failures and the run goes on.
func TestBadDocumentsDoNotStopTheRun(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	panicky := pipeline.StageFunc{StageName: "boom", Fn: func(ctx context.Context, d *model.Document) error {
		if strings.Contains(d.Content, "PANIC") {
			panic("stage bug")
		}
		if strings.Contains(d.Content, "FAIL") {
			return errors.New("cannot analyse")
		}
		return nil
	}}
	items := []Item{
		docItem2("ok1", "https://a.example/1", "Ministers met in Lisbon on Monday to discuss fishing quotas."),
		docItem2("bad-panic", "https://a.example/2", "PANIC"),
		{Source: "unreadable.html", Err: errors.New("permission denied")},
		docItem2("bad-fail", "https://a.example/3", "FAIL"),
		{Source: "no-loader"},
		docItem2("ok2", "https://b.example/1", "Dockworkers in Rotterdam ended a three-day strike."),
		docItem2("ok1-again", "https://a.example/1", "Ministers met in Lisbon on Monday to discuss fishing quotas."),
		docItem2("ok2-moved", "https://c.example/9", "Dockworkers in Rotterdam ended a three-day strike."),
		docItem2("-", "", "Piped in: the harbour ferry resumes its winter timetable."),
		docItem2("-", "", "Piped in: the harbour ferry resumes its winter timetable."),
	}
	seq := func(yield func(Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New(), panicky}, Workers: 3, BatchSize: 2}, seq)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Items != len(items) || stats.Stored != 3 || stats.Failed != 4 || stats.Skipped != 3 {
		t.Errorf("stats = %+v; want 10 items, 3 stored, 4 failed, 3 skipped", stats)
	}
	fs, err := st.Failures(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range fs {
		got[f.Source] = f.Stage
	}
	want := map[string]string{"bad-panic": "boom", "unreadable.html": "read", "bad-fail": "boom", "no-loader": "read"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("failures = %v, want %v", got, want)
	}
}

// A document that failed once and succeeds on a rerun leaves no failure.
func TestFailureClearedOnSuccess(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	failing := true
	stage := pipeline.StageFunc{StageName: "flaky", Fn: func(context.Context, *model.Document) error {
		if failing {
			return errors.New("temporarily broken")
		}
		return nil
	}}
	one := func(yield func(Item) bool) {
		yield(docItem2("doc", "https://a.example/1", "Floods closed the coastal road near Split for a second day."))
	}
	cfg := Config{Store: st, Stages: []pipeline.Stage{extract.New(), stage}, Workers: 1}
	if _, err := Run(ctx, cfg, one); err != nil {
		t.Fatal(err)
	}
	if fs, _ := st.Failures(ctx, 10); len(fs) != 1 {
		t.Fatalf("failures after first run = %+v", fs)
	}
	failing = false
	if _, err := Run(ctx, cfg, one); err != nil {
		t.Fatal(err)
	}
	if fs, _ := st.Failures(ctx, 10); len(fs) != 0 {
		t.Errorf("failure kept after success: %+v", fs)
	}
}

func TestExpandAndGzip(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.html", []byte("<html><head><title>A</title></head><body><p>Body text.</p></body></html>"))
	write("sub/b.txt", []byte("Title B\n\nSome body text here."))
	write("sub/c.jsonl", []byte(`{"url":"https://x.example/1","text":"hello"}`+"\n"))
	write(".hidden/d.txt", []byte("skip me"))
	write("e.png", []byte{0x89, 'P', 'N', 'G'})
	write("f.html.gz", gzipBytes(t, []byte("<html><body><p>Zipped article body.</p></body></html>")))
	// Links: to a file (read as that file; these were skipped without a
	// word), dangling (an item that fails), to a folder (not followed: it
	// loops). A named pipe is skipped: reading it would block.
	for name, target := range map[string]string{"g.txt": "sub/b.txt", "h.txt": "nowhere.txt", "loop": "."} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Log("no named pipes here:", err)
	}
	plan, err := Expand(Inputs{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	if got := fmt.Sprint(rel(plan.Files)); got != "[a.html f.html.gz g.txt h.txt sub/b.txt]" {
		t.Errorf("files = %s", got)
	}
	if got := fmt.Sprint(rel(plan.Containers)); got != "[sub/c.jsonl]" {
		t.Errorf("containers = %s", got)
	}
	if len(plan.EmptyFolders) != 0 {
		t.Errorf("empty folders: %v", plan.EmptyFolders)
	}
	// A folder with nothing to read (only an image, a link to a folder) is
	// reported as such, with the link it did not follow.
	bare := filepath.Join(t.TempDir(), "bare")
	if err := os.MkdirAll(filepath.Join(bare, "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(bare, "img", "p.png"), []byte{0x89, 'P', 'N', 'G'}, 0o644)
	os.Symlink(filepath.Join(dir, "sub"), filepath.Join(bare, "articles"))
	p, err := Expand(Inputs{Paths: []string{bare, dir}})
	if err != nil || len(p.EmptyFolders) != 1 || p.EmptyFolders[0].Path != bare ||
		!strings.HasSuffix(p.EmptyFolders[0].Error(), "no article files in this folder (text, HTML, WARC, JSONL, feeds, URL lists); its symbolic link to a folder was not followed (give the target instead)") {
		t.Errorf("folder with nothing to read: %+v, %v", p, err)
	}
	// A missing path is an item of the plan, which fails when read; it does
	// not stop the other inputs from being expanded.
	missing := filepath.Join(dir, "missing")
	if p, err := Expand(Inputs{Paths: []string{missing, filepath.Join(dir, "a.html")}}); err != nil || len(p.Files) != 2 || p.Files[0] != missing {
		t.Errorf("missing path: plan %+v, err %v", p, err)
	}
	raw, cut, err := readFile(context.Background(), filepath.Join(dir, "f.html.gz"), 1<<20, nil)
	if err != nil || cut != 0 || !strings.Contains(string(raw), "Zipped article body") {
		t.Errorf("gunzip: %q, %d, %v", raw, cut, err)
	}
	// The size cap applies after gunzip: what decompresses past it is
	// cut there, its whole size not known.
	if raw, cut, err := readFile(context.Background(), filepath.Join(dir, "f.html.gz"), 10, nil); err != nil || len(raw) != 10 || cut != -1 {
		t.Errorf("size cap after gunzip: %d bytes, cut %d, %v", len(raw), cut, err)
	}
	// An oversized file is read as far as the cap, saying how large it
	// is (for the article's incomplete mark).
	st, _ := os.Stat(filepath.Join(dir, "a.html"))
	if raw, cut, err := readFile(context.Background(), filepath.Join(dir, "a.html"), 10, nil); err != nil || len(raw) != 10 || cut != st.Size() {
		t.Errorf("oversized file: %d bytes, cut %d, %v; want 10 bytes, cut %d", len(raw), cut, err, st.Size())
	}
}

// Gzip bytes under a name without .gz are decompressed up to the run's
// size limit, as a .gz file's are, not up to the default 10 MB.
func TestGzipUnderOtherNameTakesTheLimit(t *testing.T) {
	dir := t.TempDir()
	page := "<html><head><title>Long page</title></head><body><p>" + strings.Repeat("The ferry ran again on Monday. ", 400_000) + "</p></body></html>" // 12 MB
	path := filepath.Join(dir, "long.html")
	if err := os.WriteFile(path, gzipBytes(t, []byte(page)), 0o644); err != nil {
		t.Fatal(err)
	}
	ref := &Ref{Location: path}
	if doc, err := ref.Load(context.Background(), path, LoadOptions{}); err != nil || len(doc.Content) != 10<<20 ||
		!strings.Contains(doc.Hints[model.HintTruncated], "decompresses to more than") {
		t.Errorf("12 MB decompressed under the default limit: %v; want its first 10 MB, marked cut", err)
	}
	doc, err := ref.Load(context.Background(), path, LoadOptions{MaxBytes: 16 << 20})
	if err != nil || len(doc.Content) != len(page) {
		t.Errorf("under a 16 MB limit: %v", err)
	}
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// waitOnSlow is a stage that, on a document whose text holds "slow",
// closes blocked and waits for the run to be cancelled.
func waitOnSlow(blocked chan struct{}) pipeline.StageFunc {
	return pipeline.StageFunc{StageName: "wait", Fn: func(ctx context.Context, d *model.Document) error {
		if strings.Contains(d.Content, "slow") {
			close(blocked)
			<-ctx.Done()
			return ctx.Err()
		}
		return nil
	}}
}

// Documents cut short by cancelling the run are not recorded as failures:
// a rerun does them.
func TestCancelIsNotAFailure(t *testing.T) {
	st := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	blocked := make(chan struct{})
	stage := waitOnSlow(blocked)
	items := func(yield func(Item) bool) {
		yield(docItem2("fast", "https://a.example/1", "A quick note about the harbour."))
		yield(docItem2("slow", "https://a.example/2", "A slow note about the harbour."))
	}
	go func() { <-blocked; cancel() }()
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{stage}, Workers: 1, BatchSize: 1}, items)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if fs, _ := st.Failures(context.Background(), 10); len(fs) != 0 || stats.Failed != 0 {
		t.Errorf("cancelled document recorded as failed: %+v %+v", fs, stats)
	}
	if seen, _ := st.Seen(context.Background(), "https://a.example/1", ""); !seen {
		t.Error("the document finished before the cancel was not stored")
	}
}

// flakyStore fails every Write while down is set, as a store whose
// connection dropped would.
type flakyStore struct {
	store.Store
	down atomic.Bool
}

func (f *flakyStore) Write(ctx context.Context, fn func(context.Context, store.Tx) error) error {
	if f.down.Load() {
		return errors.New("store unreachable")
	}
	return f.Store.Write(ctx, fn)
}

// settlements collects what Settle was told, per source.
type settlements struct {
	mu  sync.Mutex
	got map[string][]Settlement
}

func (s *settlements) item(it Item) Item {
	it.Settle = func(st Settlement) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.got == nil {
			s.got = map[string][]Settlement{}
		}
		s.got[it.Source] = append(s.got[it.Source], st)
	}
	return it
}

// Every item is settled exactly once, after its batch committed, with its
// outcome; the document's own failure comes with its error.
func TestSettleOutcomes(t *testing.T) {
	st := openTemp(t)
	var s settlements
	bad := pipeline.StageFunc{StageName: "bad", Fn: func(_ context.Context, d *model.Document) error {
		if strings.Contains(d.Content, "FAIL") {
			return errors.New("cannot analyse")
		}
		return nil
	}}
	items := []Item{
		s.item(docItem2("a", "https://a.example/1", "Ministers met in Lisbon on Monday to discuss fishing quotas.")),
		s.item(docItem2("b", "https://a.example/2", "FAIL")),
		s.item(docItem2("c", "https://a.example/1", "Ministers met in Lisbon on Monday to discuss fishing quotas.")),
		s.item(Item{Source: "d", Err: errors.New("record too large"), Stage: "queue"}),
	}
	seq := func(yield func(Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	if _, err := Run(context.Background(), Config{Store: st, Stages: []pipeline.Stage{extract.New(), bad}, Workers: 1, BatchSize: 8}, seq); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a": OutcomeStored, "b": OutcomeFailed, "c": OutcomeSkipped, "d": OutcomeFailed}
	for src, outcome := range want {
		got := s.got[src]
		if len(got) != 1 || got[0].Outcome != outcome || got[0].Retry != nil || (outcome == OutcomeFailed) != (got[0].Err != nil) {
			t.Errorf("%s settled %+v, want once as %s", src, got, outcome)
		}
	}
	fs, _ := st.Failures(context.Background(), 10)
	stages := map[string]string{}
	for _, f := range fs {
		stages[f.Source] = f.Stage
	}
	if stages["b"] != "bad" || stages["d"] != "queue" {
		t.Errorf("failure stages = %v, want b:bad d:queue", stages)
	}
}

// When the store fails, a local run ends with the error and settles what it
// had for a retry; with RetryStoreErrors the run goes on, the failed batch
// is settled for a retry and later batches are stored.
func TestStoreErrorSettlesForRetry(t *testing.T) {
	for _, keepGoing := range []bool{false, true} {
		t.Run(fmt.Sprint("keepGoing=", keepGoing), func(t *testing.T) {
			fs := &flakyStore{Store: openTemp(t)}
			var s settlements
			jobs := make(chan Item)
			cfg := Config{Store: fs, Stages: []pipeline.Stage{extract.New()}, Workers: 1, BatchSize: 1, RetryStoreErrors: keepGoing}
			done := make(chan error, 1)
			go func() { _, err := Process(context.Background(), cfg, jobs); done <- err }()
			fs.down.Store(true)
			jobs <- s.item(docItem2("first", "https://a.example/1", "Ferry services resumed on the northern route after the storm."))
			// The second item is only taken once the first was written
			// (one worker, batches of one): wait for its settlement.
			waitFor(t, func() bool { s.mu.Lock(); defer s.mu.Unlock(); return len(s.got["first"]) == 1 })
			fs.down.Store(false)
			jobs <- s.item(docItem2("second", "https://a.example/2", "The harbour authority reopened the pier to fishing boats."))
			close(jobs)
			err := <-done
			if keepGoing != (err == nil) {
				t.Fatalf("Process error %v with RetryStoreErrors=%v", err, keepGoing)
			}
			if got := s.got["first"]; len(got) != 1 || got[0].Retry == nil || got[0].Outcome != "" {
				t.Errorf("first settled %+v, want once for a retry", got)
			}
			second := s.got["second"]
			if len(second) != 1 {
				t.Fatalf("second settled %d times", len(second))
			}
			if keepGoing && second[0].Outcome != OutcomeStored {
				t.Errorf("second settled %+v, want stored", second[0])
			}
			if !keepGoing && second[0].Retry == nil {
				t.Errorf("second settled %+v after the run failed, want a retry", second[0])
			}
			if seen, _ := fs.Seen(context.Background(), "https://a.example/1", ""); seen {
				t.Error("the document whose write failed is stored")
			}
		})
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// The analyses of a run share one budget of text (Config.BudgetBytes):
// with several workers, no more bytes are analysed at once than it holds,
// and a document larger than the whole budget is analysed alone and
// stored, not refused. The stored articles keep no tokens.
func TestRunKeepsAnalysesWithinBudget(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	const limit = 400
	var mu sync.Mutex
	var inBytes, peak int64
	var inDocs int
	bigNotAlone := false
	weigh := func(d *model.Document) int64 { return min(pipeline.Weight(d), limit) }
	stage := pipeline.StageFunc{StageName: "weigh", Fn: func(_ context.Context, d *model.Document) error {
		w := weigh(d)
		mu.Lock()
		if w == limit && inDocs > 0 {
			bigNotAlone = true
		}
		inBytes += w
		inDocs++
		peak = max(peak, inBytes)
		mu.Unlock()
		time.Sleep(2 * time.Millisecond) // room for other workers to start theirs
		mu.Lock()
		inBytes -= w
		inDocs--
		mu.Unlock()
		d.Article.Sentences = []model.Sentence{{Text: "x", Tokens: []model.Token{{Text: "x"}}}}
		return nil
	}}
	var articles []*model.Document
	items := func(yield func(Item) bool) {
		for i, n := range []int{150, 150, 150, 600, 100, 100, 100, 100, 300, 50} {
			text := fmt.Sprintf("Item %d. ", i) + strings.Repeat("harbour ", n/8)
			it := docItem2(fmt.Sprint("doc", i), fmt.Sprintf("https://a.example/%d", i), text)
			articles = append(articles, it.Doc)
			if !yield(it) {
				return
			}
		}
	}
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New(), stage}, Workers: 4, BudgetBytes: limit, BatchSize: 4}, items)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 10 || stats.Failed != 0 {
		t.Fatalf("stats = %+v, want all 10 stored", stats)
	}
	if peak > limit || bigNotAlone {
		t.Fatalf("at most %d bytes should be analysed at once, a larger document alone; peak %d, large one not alone: %v", limit, peak, bigNotAlone)
	}
	for _, d := range articles {
		if d.Article != nil && len(d.Article.Sentences) > 0 && d.Article.Sentences[0].Tokens != nil {
			t.Fatalf("%s: the article handed to the writer still holds its tokens", d.Source)
		}
	}
}

// An article kept with part of it missing (here a page cut after its
// title) is stored, not failed, and counted as incomplete.
func TestIncompleteArticlesStoredAndCounted(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	cut := "<html><head><title>Ferry service to the islands suspended</title></head><body>"
	whole := cut + "<p>The ferry operator suspended all crossings to the outer islands on Friday as gales closed the harbour, a spokesman said.</p></body></html>"
	items := func(yield func(Item) bool) {
		for i, page := range []string{cut, whole} {
			src := fmt.Sprintf("page%d.html", i)
			doc := &model.Document{Source: src, URL: fmt.Sprintf("https://ferry.example/%d", i), Raw: []byte(page), Content: page, Format: model.FormatHTML}
			if !yield(Item{Source: src, Doc: doc}) {
				return
			}
		}
	}
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 1}, items)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 2 || stats.Failed != 0 || stats.Incomplete != 1 {
		t.Fatalf("stats = %+v, want 2 stored, 0 failed, 1 incomplete", stats)
	}
	if fs, _ := st.Failures(ctx, 10); len(fs) != 0 {
		t.Errorf("an incomplete article recorded as a failure: %+v", fs)
	}
}

// A .gz file with bytes after its gzip data (zero padding, a stray line)
// is read as gzip(1) reads it: the article is kept and the ignored bytes
// are warned about, not the whole file failed with "gzip: invalid header".
func TestGzipTrailingGarbageKeepsTheArticle(t *testing.T) {
	dir := t.TempDir()
	body := "<html><body><p>VALLETTA (Wire) - Malta closed its ports to the tanker on Monday, officials said.</p></body></html>"
	for name, tail := range map[string][]byte{"zeros.html.gz": make([]byte, 1024), "junk.html.gz": []byte("\x00trailing junk\n")} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, append(gzipBytes(t, []byte(body)), tail...), 0o644); err != nil {
				t.Fatal(err)
			}
			var logBuf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logBuf, nil))
			raw, _, err := readFile(context.Background(), path, 1<<20, log)
			if err != nil {
				t.Fatalf("readFile: %v", err)
			}
			if string(raw) != body {
				t.Errorf("read %q, want the article", raw)
			}
			if !strings.Contains(logBuf.String(), "trailing garbage") || !strings.Contains(logBuf.String(), name) {
				t.Errorf("no warning naming the file: %q", logBuf.String())
			}
		})
	}
}
