package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/queue/queuetest"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// childEnv makes the test binary act as a worker process (see TestMain):
// the kill test runs it, kills it with SIGKILL mid-batch and lets another
// worker finish.
const childEnv = "NEWSGRAPH_QUEUE_TEST_CHILD"

// holdEnv names a file: once it exists, the child worker's documents stop
// in a stage that never returns, so the worker holds delivered messages it
// has not acknowledged when the kill test kills it. Without it the kill
// could land between a batch's acknowledgement and the next fetch (likely
// on a loaded machine), with nothing left to deliver again.
const holdEnv = "NEWSGRAPH_QUEUE_TEST_HOLD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(child(spec))
	}
	os.Exit(pgtest.Main(m))
}

// child runs a worker; spec is "URL|DB|delay", DB a --db address, or
// "URL|DB|delay|maxCrashes" for a worker that exits once the queue is empty
// and whose process dies (a panic no recover sees) on a document that says
// POISON-CRASH.
func child(spec string) int {
	parts := strings.Split(spec, "|")
	delay, _ := time.ParseDuration(parts[2])
	cfg := WorkerConfig{AckWait: time.Second}
	extra := []pipeline.Stage{slowStage(delay)}
	if hold := os.Getenv(holdEnv); hold != "" {
		extra = append(extra, holdStage(hold))
	}
	if len(parts) > 3 {
		cfg.MaxCrashes, _ = strconv.Atoi(parts[3])
		cfg.UntilEmpty = true
		cfg.AckWait = 500 * time.Millisecond
		extra = append(extra, crash)
	}
	ctx := context.Background()
	st, err := backend.Open(ctx, parts[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	nc, err := Connect(parts[0], "child", nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	cfg.Runner = runner.Config{Store: st, Stages: stages(extra...), Workers: 2, BatchSize: 8}
	_, err = Work(ctx, nc, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// eventRe is the one event our fixtures report: "A met B on DATE".
var eventRe = regexp.MustCompile(`(\p{Lu}\w+) met (\p{Lu}\w+) on (\d{4}-\d{2}-\d{2})`)

// fakeEvents codes the fixtures' meetings as CONSULT events, so that the
// store's event merging runs without the whole NLP pipeline.
var fakeEvents = pipeline.StageFunc{StageName: "events", Fn: func(_ context.Context, d *model.Document) error {
	for i, m := range eventRe.FindAllStringSubmatch(d.Article.Text, -1) {
		d.Article.Events = append(d.Article.Events, model.Event{
			ID: fmt.Sprintf("e%d", i+1), Type: "CONSULT", Date: m[3], Precision: model.PrecisionDay, QuadClass: 1, Goldstein: 1, Confidence: 1,
			Source:   []model.EventActor{{Text: m[1], ActorID: m[1]}},
			Target:   []model.EventActor{{Text: m[2], ActorID: m[2]}},
			Evidence: []model.Evidence{{Text: m[0], Trigger: "met"}},
		})
	}
	return nil
}}

// poison fails documents that ask for it, and panics on others.
var poison = pipeline.StageFunc{StageName: "poison", Fn: func(_ context.Context, d *model.Document) error {
	switch {
	case strings.Contains(d.Content, "POISON-FAIL"):
		return errors.New("cannot analyse this document")
	case strings.Contains(d.Content, "POISON-PANIC"):
		panic("stage bug")
	}
	return nil
}}

// crash kills the process on a document that asks for it, as a panic in a
// goroutine of its own (out of the analysis's recover) or the kernel's OOM
// killer would.
var crash = pipeline.StageFunc{StageName: "crash", Fn: func(ctx context.Context, d *model.Document) error {
	if strings.Contains(d.Content, "POISON-CRASH") {
		go panic("escaped the analysis")
		<-ctx.Done()
	}
	return nil
}}

func slowStage(d time.Duration) pipeline.Stage {
	return pipeline.StageFunc{StageName: "slow", Fn: func(ctx context.Context, _ *model.Document) error {
		select { // stands in for the NLP stages, so a stop lands mid-batch
		case <-time.After(d):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}}
}

// holdStage blocks every document once the file at path exists (see holdEnv).
func holdStage(path string) pipeline.Stage {
	return pipeline.StageFunc{StageName: "hold", Fn: func(ctx context.Context, _ *model.Document) error {
		if _, err := os.Stat(path); err != nil {
			return nil
		}
		<-ctx.Done()
		return ctx.Err()
	}}
}

func stages(extra ...pipeline.Stage) []pipeline.Stage {
	return append([]pipeline.Stage{extract.New(), poison, fakeEvents}, extra...)
}

var (
	words   = strings.Fields("harbour council budget ferry storm bridge school clinic river market vote strike rail pier road mayor grant tender farmers orchard festival museum library drought flood tunnel port cargo wages nurses teachers fishermen quota tariff lighthouse ward clerk repairs timetable depot audit survey")
	parties = [][2]string{{"Ardenia", "Belvar"}, {"Corland", "Dravia"}, {"Estmark", "Fenwick"}, {"Galvia", "Hollin"}}
)

// article is fixture text i: a title, fifty words of its own (so no two
// are near-duplicates) and a meeting of one of four pairs of countries, on
// the pair's one date, so that reports of a pair merge into one event in
// any order.
func article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d from the coast\n\n", i)
	for j := 0; j < 50; j++ {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	p := parties[i%len(parties)]
	fmt.Fprintf(&b, "officials said.\n\n%s met %s on 2025-03-%02d to discuss item %d.\n", p[0], p[1], 3+i%len(parties), i)
	return b.String()
}

// writeInputs writes files/ with nFiles texts and feed.jsonl with nLines
// articles on four outlets, one of them a syndicated copy of another line.
func writeInputs(t *testing.T, nFiles, nLines int) (files, jsonl string) {
	t.Helper()
	dir := t.TempDir()
	files = filepath.Join(dir, "files")
	if err := os.MkdirAll(files, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < nFiles; i++ {
		if err := os.WriteFile(filepath.Join(files, fmt.Sprintf("f%03d.txt", i)), []byte(article(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := 0; i < nLines; i++ {
		text := article(1000 + i)
		if i == nLines-1 {
			text = article(1000) + "Copyright Coast Wire." // the syndicated copy of line 0
		}
		enc.Encode(map[string]string{"url": fmt.Sprintf("https://outlet%d.example/story/%d", i%4, i), "text": text, "published": "2025-03-05"})
	}
	jsonl = filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(jsonl, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return files, jsonl
}

func items(t *testing.T, paths ...string) func(func(runner.Item) bool) {
	t.Helper()
	plan, err := runner.Expand(runner.Inputs{Paths: paths})
	if err != nil {
		t.Fatal(err)
	}
	return plan.Items(context.Background(), runner.Inputs{}, nil)
}

// openDB opens the store at a --db address (a SQLite file or a PostgreSQL
// URL).
func openDB(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := backend.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func connect(t *testing.T, ns *server.Server) *nats.Conn {
	t.Helper()
	nc, err := Connect(ns.ClientURL(), t.Name(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

func publish(t *testing.T, ns *server.Server, opts PublishOptions, seq func(func(runner.Item) bool)) PublishStats {
	t.Helper()
	p, err := NewPublisher(context.Background(), connect(t, ns), opts)
	if err != nil {
		t.Fatal(err)
	}
	st, err := p.Publish(context.Background(), seq)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// work runs a worker until the queue is empty.
func work(t *testing.T, ctx context.Context, ns *server.Server, st store.Store, cfg WorkerConfig) WorkerStats {
	t.Helper()
	cfg.Runner.Store = st
	if cfg.Runner.Stages == nil {
		cfg.Runner.Stages = stages()
	}
	cfg.Runner.Workers = max(cfg.Runner.Workers, 2)
	if cfg.Runner.BatchSize == 0 {
		cfg.Runner.BatchSize = 8
	}
	cfg.UntilEmpty = true
	ws, err := Work(ctx, connect(t, ns), cfg)
	if err != nil && ctx.Err() == nil {
		t.Errorf("worker: %v", err)
	}
	return ws
}

// streamMsgs is how many messages the stream holds (acked ones are gone:
// work-queue retention).
func streamMsgs(t *testing.T, ns *server.Server) uint64 {
	t.Helper()
	js, err := jetstream.New(connect(t, ns))
	if err != nil {
		t.Fatal(err)
	}
	s, err := js.Stream(context.Background(), DefaultStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// ackPending is how many delivered messages the workers' consumer has not
// had acknowledged.
func ackPending(t *testing.T, ns *server.Server) int {
	t.Helper()
	js, err := jetstream.New(connect(t, ns))
	if err != nil {
		t.Fatal(err)
	}
	c, err := js.Consumer(context.Background(), DefaultStream, DefaultConsumer)
	if err != nil {
		return 0 // not created yet
	}
	info, err := c.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.NumAckPending
}

// exactlyOnce checks that every article is stored once: as many rows as
// distinct URLs and content hashes, and as many as want.
func exactlyOnce(t *testing.T, path string, want int) store.Stats {
	t.Helper()
	st := openDB(t, path)
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != want {
		t.Errorf("articles = %d, want %d", s.Articles, want)
	}
	return s
}

func localIngest(t *testing.T, path string, paths ...string) store.Stats {
	t.Helper()
	st := openDB(t, path)
	if _, err := runner.Run(context.Background(), runner.Config{Store: st, Stages: stages(), Workers: 2, BatchSize: 8}, items(t, paths...)); err != nil {
		t.Fatal(err)
	}
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Two workers on one SQLite store take the published documents between them
// and store each once; the store ends as a local ingest of the same inputs
// leaves it (articles, copies, events, mentions, actors).
func TestTwoWorkersMatchLocalIngest(t *testing.T) {
	const nFiles, nLines = 30, 12
	files, jsonl := writeInputs(t, nFiles, nLines)
	local := localIngest(t, filepath.Join(t.TempDir(), "local.db"), files, jsonl)

	ns := queuetest.Start(t)
	ps := publish(t, ns, PublishOptions{}, items(t, files, jsonl))
	if ps.Items != nFiles+nLines || ps.Published != nFiles+nLines || ps.Duplicates != 0 || ps.Failures != 0 {
		t.Fatalf("publish stats %+v", ps)
	}
	db := filepath.Join(t.TempDir(), "queue.db")
	// The schema is created before the workers start: sqlite.Open reads
	// the schema version outside its migration transaction, so two opens
	// of a new file at once can both try to create it.
	openDB(t, db)
	// Each worker holds its first document until the other has one too, so
	// the check that both took work does not depend on the scheduler: on a
	// loaded machine the first worker could drain all 42 documents before
	// the second fetched (seen in CI). A worker holds at most a dozen
	// messages, so the second always finds some left.
	both := make(chan struct{})
	var arrived atomic.Int32
	gate := func() pipeline.Stage {
		var once sync.Once
		return pipeline.StageFunc{StageName: "gate", Fn: func(ctx context.Context, _ *model.Document) error {
			once.Do(func() {
				if arrived.Add(1) == 2 {
					close(both)
				}
			})
			select {
			case <-both:
			case <-time.After(30 * time.Second): // the check below reports it
			case <-ctx.Done():
			}
			return nil
		}}
	}
	stores := []store.Store{openDB(t, db), openDB(t, db)}
	var wg sync.WaitGroup
	got := make([]WorkerStats, 2)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := WorkerConfig{}
			cfg.Runner.Stages = stages(gate())
			got[i] = work(t, context.Background(), ns, stores[i], cfg)
		}()
	}
	wg.Wait()
	if got[0].Received == 0 || got[1].Received == 0 {
		t.Errorf("one worker did all the work: %+v / %+v", got[0], got[1])
	}
	if n := got[0].Acked + got[1].Acked; n != nFiles+nLines {
		t.Errorf("acked %d messages, want %d", n, nFiles+nLines)
	}
	queued := exactlyOnce(t, db, nFiles+nLines)
	if local.Articles != nFiles+nLines || local.Duplicates != 1 || local.Events != len(parties) {
		t.Fatalf("local ingest stats %+v: fixtures not as meant", local)
	}
	queued.Schema, local.Schema = 0, 0
	t.Logf("workers %+v / %+v; store %+v", got[0], got[1], queued)
	if queued != local {
		t.Errorf("queue store %+v, local ingest %+v", queued, local)
	}
	if n := streamMsgs(t, ns); n != 0 {
		t.Errorf("%d messages left in the stream", n)
	}
}

// Publishing the same inputs again enqueues nothing: the stream drops the
// repeated message IDs, before and after the workers took the first ones.
func TestRepublishEnqueuesNothing(t *testing.T) {
	files, jsonl := writeInputs(t, 6, 4)
	ns := queuetest.Start(t)
	first := publish(t, ns, PublishOptions{}, items(t, files, jsonl))
	again := publish(t, ns, PublishOptions{}, items(t, files, jsonl))
	if first.Published != 10 || again.Published != 0 || again.Duplicates != 10 {
		t.Errorf("first %+v, again %+v: want 10 published, then 10 duplicates", first, again)
	}
	if n := streamMsgs(t, ns); n != 10 {
		t.Errorf("stream holds %d messages, want 10", n)
	}
	db := filepath.Join(t.TempDir(), "q.db")
	work(t, context.Background(), ns, openDB(t, db), WorkerConfig{})
	later := publish(t, ns, PublishOptions{}, items(t, files, jsonl))
	if later.Published != 0 || later.Duplicates != 10 || streamMsgs(t, ns) != 0 {
		t.Errorf("after the work: %+v, %d in the stream; want all duplicates, none enqueued", later, streamMsgs(t, ns))
	}
	exactlyOnce(t, db, 10)
}

// A document that fails analysis, one that panics, a message that is not
// JSON and one from a newer format each end in the failures table, are not
// delivered again, and do not hold up the others.
func TestPoisonMessagesAreRecordedAndDropped(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"ok1.txt":   article(1),
		"fail.txt":  "Bad one\n\nPOISON-FAIL " + article(2),
		"panic.txt": "Worse one\n\nPOISON-PANIC " + article(3),
		"ok2.txt":   article(4),
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	missing := filepath.Join(dir, "missing.txt")
	ns := queuetest.Start(t)
	ps := publish(t, ns, PublishOptions{}, items(t, dir, missing))
	if ps.Items != 5 || ps.Failures != 1 {
		t.Errorf("publish %+v: want 5 items, the missing file sent as a failure", ps)
	}
	js, _ := jetstream.New(connect(t, ns))
	if _, err := js.Publish(context.Background(), SubjectPrefix+".file", []byte("not json")); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(context.Background(), SubjectPrefix+".file", []byte(`{"v":99,"type":"document","source":"future.txt"}`)); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "q.db")
	ws := work(t, context.Background(), ns, openDB(t, db), WorkerConfig{})
	if ws.Terminated != 5 || ws.Acked != 2 || ws.Redelivered != 0 {
		t.Errorf("worker %+v: want 5 terminated, 2 acked, nothing delivered twice", ws)
	}
	exactlyOnce(t, db, 2)
	fs, err := openDB(t, db).Failures(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range fs {
		got[filepath.Base(f.Source)] = f.Stage + ": " + f.Error
	}
	for src, want := range map[string]string{
		"fail.txt": "poison: poison: cannot analyse", "panic.txt": "poison: poison: internal error (panic)", "missing.txt": "read: open ",
		"newsgraph.items.file#6": "queue: unreadable queue message", "newsgraph.items.file#7": "queue: unreadable queue message: format version 99",
	} {
		if !strings.HasPrefix(got[src], want) {
			t.Errorf("failure of %s = %q, want %q...", src, got[src], want)
		}
	}
	if len(got) != 5 {
		t.Errorf("failures %v, want 5", got)
	}
	if n := streamMsgs(t, ns); n != 0 {
		t.Errorf("%d messages left in the stream", n)
	}
}

// A worker stopped mid-batch (its context cancelled) stores and acks what it
// finished and gives back the rest; another worker completes the job, and
// every document is stored once. With no grace the analyses under way are
// cut short too.
func TestStoppedWorkerHandsOver(t *testing.T) {
	for _, grace := range []time.Duration{30 * time.Second, time.Nanosecond} {
		t.Run(fmt.Sprint("grace=", grace), func(t *testing.T) {
			const n = 40
			files, _ := writeInputs(t, n, 0)
			ns := queuetest.Start(t)
			publish(t, ns, PublishOptions{}, items(t, files))
			db := filepath.Join(t.TempDir(), "q.db")
			ctx, cancel := context.WithCancel(context.Background())
			st := openDB(t, db)
			done := make(chan WorkerStats, 1)
			go func() {
				done <- work(t, ctx, ns, st, WorkerConfig{Runner: runner.Config{Stages: stages(slowStage(40 * time.Millisecond))}, Grace: grace})
			}()
			waitFor(t, func() bool { s, _ := st.Stats(context.Background()); return s.Articles >= 8 })
			cancel()
			first := <-done
			if first.Items >= n {
				t.Fatalf("the first worker finished everything (%+v) before it was stopped", first)
			}
			second := work(t, context.Background(), ns, openDB(t, db), WorkerConfig{})
			t.Logf("stopped worker %+v; second %+v", first, second)
			exactlyOnce(t, db, n)
			if first.Acked+second.Acked != n {
				t.Errorf("acked %d + %d, want %d in all", first.Acked, second.Acked, n)
			}
			if second.Alone != 0 {
				t.Errorf("the second worker analysed %d messages alone; those given back alive go with the others", second.Alone)
			}
			if first.Received != first.Acked+first.Retried {
				t.Errorf("stopped worker received %d, acked %d, gave back %d: something left unsettled", first.Received, first.Acked, first.Retried)
			}
			if n := streamMsgs(t, ns); n != 0 {
				t.Errorf("%d messages left in the stream", n)
			}
		})
	}
}

// A worker killed with SIGKILL mid-run acks nothing more; its messages come
// back after the ack wait and another worker completes the job without
// storing anything twice (what it had stored but not acked is skipped).
func TestKilledWorkerIsRedelivered(t *testing.T) {
	killedWorker(t, filepath.Join(t.TempDir(), "q.db"))
}

// The same with PostgreSQL: the killed worker's connection dies with it,
// its transaction is rolled back and the write lock it held is free.
func TestKilledWorkerIsRedeliveredPostgres(t *testing.T) {
	dsn, _ := pgtest.DSN(t)
	killedWorker(t, dsn)
}

// killedWorker runs a worker process storing into db (a --db address),
// kills it with SIGKILL mid-batch, and lets a second worker finish.
func killedWorker(t *testing.T, db string) {
	const n = 60
	files, _ := writeInputs(t, n, 0)
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, items(t, files))
	openDB(t, db) // the schema first: see TestTwoWorkersMatchLocalIngest
	hold := filepath.Join(t.TempDir(), "hold")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+ns.ClientURL()+"|"+db+"|30ms", holdEnv+"="+hold)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	running := func() {
		select {
		case err := <-exited:
			t.Fatalf("worker exited before it was killed: %v", err)
		default:
		}
	}
	waitFor(t, func() bool {
		running()
		a, err := countArticles(db)
		return err == nil && a >= 10
	})
	// Mid-batch: the worker now stops each document it is given, so it
	// soon holds messages it has not acknowledged.
	if err := os.WriteFile(hold, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		running()
		return ackPending(t, ns) > 0
	})
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	mid, _ := countArticles(db)
	if mid >= n {
		t.Fatalf("killed after all %d documents were stored", mid)
	}
	ws := work(t, context.Background(), ns, openDB(t, db), WorkerConfig{AckWait: time.Second})
	t.Logf("killed with %d of %d stored; the second worker %+v", mid, n, ws)
	exactlyOnce(t, db, n)
	if ws.Redelivered == 0 {
		t.Error("no message was delivered again after the kill")
	}
	if ws.Alone != ws.Redelivered {
		t.Errorf("%d of the %d messages the killed worker held were analysed alone, want all", ws.Alone, ws.Redelivered)
	}
	if n := streamMsgs(t, ns); n != 0 {
		t.Errorf("%d messages left in the stream", n)
	}
}

// A document that kills its worker process is not delivered forever: once
// worker processes died MaxCrashes times analysing it alone, the next
// worker records it in the failures table and terminates its message. The
// documents delivered with it, which came back after each crash too, are
// stored, and none is blamed for the crashes.
func TestCrashingDocumentIsBounded(t *testing.T) {
	const n, maxCrashes = 5, 2
	files, _ := writeInputs(t, n, 0)
	os.WriteFile(filepath.Join(files, "crash.txt"), []byte("Crasher\n\nPOISON-CRASH "+article(99)), 0o644)
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, items(t, files))
	db := filepath.Join(t.TempDir(), "q.db")
	openDB(t, db) // the schema first: see TestTwoWorkersMatchLocalIngest
	runs, crashed := 0, 0
	for ; runs < 3*maxCrashes+3; runs++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s|%s|0s|%d", childEnv, ns.ClientURL(), db, maxCrashes))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		if err == nil {
			break
		}
		if !strings.Contains(stderr.String(), "escaped the analysis") {
			t.Fatalf("worker failed, not by the crash document: %v\n%s", err, stderr.String())
		}
		crashed++
	}
	t.Logf("%d worker runs, %d crashed", runs+1, crashed)
	if crashed > maxCrashes+1 || crashed == 0 {
		t.Errorf("%d workers crashed, want 1 to %d (the first delivery, with others, is not counted)", crashed, maxCrashes+1)
	}
	exactlyOnce(t, db, n)
	fs, err := openDB(t, db).Failures(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || filepath.Base(fs[0].Source) != "crash.txt" || fs[0].Stage != "queue" ||
		!strings.Contains(fs[0].Error, "times without completing; the worker may have crashed on it") {
		t.Errorf("failures %+v, want crash.txt's alone, delivered N times without completing", fs)
	}
	if n := streamMsgs(t, ns); n != 0 {
		t.Errorf("%d messages left in the stream", n)
	}
}

// countArticles reads the article count of a store another process writes.
func countArticles(path string) (int, error) {
	st, err := backend.Open(context.Background(), path)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	return s.Articles, err
}

// flakyStore fails its writes while down, as a database that went away.
type flakyStore struct {
	store.Store
	mu     sync.Mutex
	down   bool
	failed int
}

func (f *flakyStore) Write(ctx context.Context, fn func(context.Context, store.Tx) error) error {
	f.mu.Lock()
	down := f.down
	if down {
		f.failed++
	}
	f.mu.Unlock()
	if down {
		return errors.New("connection refused")
	}
	return f.Store.Write(ctx, fn)
}

// A store that fails for a while: the batch is naked with a delay and
// stored once the store is back; nothing is recorded as a failure.
func TestStoreOutageIsRetried(t *testing.T) {
	files, _ := writeInputs(t, 5, 0)
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, items(t, files))
	db := filepath.Join(t.TempDir(), "q.db")
	fs := &flakyStore{Store: openDB(t, db), down: true}
	go func() {
		// Down for several deliveries, more than MaxCrashes below: a
		// message the worker gave back is no crash.
		waitFor(t, func() bool { fs.mu.Lock(); defer fs.mu.Unlock(); return fs.failed >= 3 })
		fs.mu.Lock()
		fs.down = false
		fs.mu.Unlock()
	}()
	ws := work(t, context.Background(), ns, fs, WorkerConfig{MaxCrashes: 1, RetryDelay: 50 * time.Millisecond})
	if ws.Retried == 0 || ws.Redelivered == 0 || ws.Failed != 0 || ws.Acked != 5 {
		t.Errorf("worker %+v: want retries, redeliveries, no failures and 5 acked", ws)
	}
	exactlyOnce(t, db, 5)
}

// Over the server's message size: a compressible page still fits (its bytes
// travel gzipped); an incompressible one is refused with a clear failure,
// or, when the workers share the publisher's files, sent as its path.
func TestMessageSizeLimit(t *testing.T) {
	dir := t.TempDir()
	var html strings.Builder
	html.WriteString("<html><head><title>Long page</title></head><body><article><h1>Long page</h1>")
	for i := 0; i < 600; i++ {
		fmt.Fprintf(&html, "<p>%s</p>", article(i%3))
	}
	html.WriteString("</article></body></html>")
	r := rand.New(rand.NewPCG(1, 2))
	var noise strings.Builder
	noise.WriteString("Noise\n\n")
	for noise.Len() < 40<<10 {
		for j := 0; j < 1+r.IntN(9); j++ {
			noise.WriteByte(byte('a' + r.IntN(26)))
		}
		noise.WriteByte(' ')
	}
	os.WriteFile(filepath.Join(dir, "long.html"), []byte(html.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "noise.txt"), []byte(noise.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "small.txt"), []byte(article(9)), 0o644)
	small := func(o *server.Options) { o.MaxPayload = 16 << 10 }

	for _, shared := range []bool{false, true} {
		t.Run(fmt.Sprint("shared=", shared), func(t *testing.T) {
			ns := queuetest.Start(t, small)
			ps := publish(t, ns, PublishOptions{SharedPaths: shared}, items(t, dir))
			db := filepath.Join(t.TempDir(), "q.db")
			ws := work(t, context.Background(), ns, openDB(t, db), WorkerConfig{})
			fs, _ := openDB(t, db).Failures(context.Background(), 10)
			t.Logf("publish %+v; worker %+v; failures %+v", ps, ws, fs)
			if shared {
				if ps.Refs != 1 || ps.Failures != 0 || len(fs) != 0 {
					t.Errorf("shared paths: %d refs, %d failures; want noise.txt sent as its path", ps.Refs, len(fs))
				}
				exactlyOnce(t, db, 3)
				return
			}
			if ps.Failures != 1 || len(fs) != 1 || filepath.Base(fs[0].Source) != "noise.txt" || fs[0].Stage != "queue" ||
				!strings.Contains(fs[0].Error, "too large for a queue message") || !strings.Contains(fs[0].Error, "max_payload") {
				t.Errorf("want noise.txt failed as too large; publish %+v failures %+v", ps, fs)
			}
			exactlyOnce(t, db, 2)
		})
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Two streams on one server keep their items apart: each takes its own
// subjects, and a worker of one does not see the other's.
func TestStreamsStayApart(t *testing.T) {
	files, _ := writeInputs(t, 3, 0)
	other, _ := writeInputs(t, 0, 0)
	os.WriteFile(filepath.Join(other, "x.txt"), []byte(article(77)), 0o644)
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, items(t, files))
	staging := Stream{Name: "STAGING"}
	ps := publish(t, ns, PublishOptions{Stream: staging}, items(t, other))
	if ps.Published != 1 || staging.SubjectPrefix() != "newsgraph.staging.items" {
		t.Fatalf("staging publish %+v, prefix %s", ps, staging.SubjectPrefix())
	}
	db := filepath.Join(t.TempDir(), "staging.db")
	ws := work(t, context.Background(), ns, openDB(t, db), WorkerConfig{Stream: staging})
	if ws.Received != 1 {
		t.Errorf("staging worker received %d, want its 1", ws.Received)
	}
	exactlyOnce(t, db, 1)
	if n := streamMsgs(t, ns); n != 3 {
		t.Errorf("default stream holds %d, want its 3 untouched", n)
	}
}

// A worker counts the articles it stored with part missing (a page cut
// after its title) as a local ingest does: stored, not failed, and
// incomplete.
func TestWorkerCountsIncompleteArticles(t *testing.T) {
	dir := t.TempDir()
	cut := "<html><head><title>Ferry service to the islands suspended</title></head><body>"
	whole := cut + "<p>The ferry operator suspended all crossings to the outer islands on Friday as gales closed the harbour, a spokesman said.</p></body></html>"
	for i, page := range []string{cut, whole} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ns := queuetest.Start(t)
	publish(t, ns, PublishOptions{}, items(t, dir))
	ws := work(t, context.Background(), ns, openDB(t, filepath.Join(t.TempDir(), "q.db")), WorkerConfig{})
	if ws.Stored != 2 || ws.Failed != 0 || ws.Incomplete != 1 {
		t.Errorf("worker stats = %+v, want 2 stored, 0 failed, 1 incomplete", ws.Stats)
	}
}
