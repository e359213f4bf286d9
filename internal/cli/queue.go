package cli

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/internal/store"
)

// queueFlags are the flags ingest --queue and worker share.
type queueFlags struct {
	url    *string
	stream *string
	auth   map[string]*string // by flag name: see natsAuthFlags
}

// natsAuthFlags are the flags that authenticate to NATS and secure the
// connection, each with the environment variable the nats command-line
// tool reads for the same thing. The variables are read after parsing, not
// made flag defaults, so that -h never prints a password.
var natsAuthFlags = []struct{ name, env, help string }{
	{"nats-creds", "NATS_CREDS", "NATS credentials file (user JWT and NKey seed)"},
	{"nats-nkey", "NATS_NKEY", "NATS NKey seed file"},
	{"nats-user", "NATS_USER", "NATS user (with --nats-password)"},
	{"nats-password", "NATS_PASSWORD", "NATS password (prefer the environment variable: a flag shows in ps)"},
	{"nats-token", "NATS_TOKEN", "NATS authentication token (prefer the environment variable)"},
	{"nats-ca", "NATS_CA", "PEM file of the CAs that sign the NATS server's certificate (turns TLS on)"},
	{"nats-cert", "NATS_CERT", "PEM client certificate for NATS TLS (with --nats-key)"},
	{"nats-key", "NATS_KEY", "PEM key of --nats-cert"},
}

func addQueueFlags(fs *flag.FlagSet, urlHelp string) queueFlags {
	q := queueFlags{
		url:    fs.String("queue", "", urlHelp),
		stream: fs.String("stream", queue.DefaultStream, "JetStream stream of the queue, created when missing (subjects newsgraph.items.* for the default, newsgraph.<name>.items.* for another)"),
		auth:   map[string]*string{},
	}
	for _, f := range natsAuthFlags {
		q.auth[f.name] = fs.String(f.name, "", f.help+" (default $"+f.env+")")
	}
	return q
}

// connect dials the queue with the authentication the flags (or their
// environment variables) give; a bad combination is a usage error.
func (q queueFlags) connect(env Env, name string) (*nats.Conn, error) {
	v := func(flag string) string {
		if s := *q.auth[flag]; s != "" {
			return s
		}
		for _, f := range natsAuthFlags {
			if f.name == flag {
				return env.Getenv(f.env)
			}
		}
		return ""
	}
	opts, err := queue.Auth{
		CredsFile: v("nats-creds"), NKeyFile: v("nats-nkey"), User: v("nats-user"), Password: v("nats-password"),
		Token: v("nats-token"), CAFile: v("nats-ca"), CertFile: v("nats-cert"), KeyFile: v("nats-key"),
	}.Options()
	if err != nil {
		return nil, usageError("%v", err)
	}
	return queue.Connect(*q.url, name, env.Log, opts...)
}

// publishOptions are ingest's flags that only --queue reads.
type publishOptions struct {
	q           queueFlags
	sharedPaths bool
	dedupWindow time.Duration
	dbGiven     bool // --db or $NEWSGRAPH_DB names a database
}

// runPublish is ingest --queue: the inputs are read here and published for
// `newsgraph worker` to analyse and store.
func runPublish(ctx context.Context, env Env, po publishOptions, in runner.Inputs, db, format string, watch time.Duration) error {
	// A worker elsewhere knows a local input by its absolute path: the
	// document's identity (file://...) and its name in the failures table.
	for i, p := range in.Paths {
		if p != "-" && !ingest.IsURL(p) {
			if abs, err := filepath.Abs(p); err == nil {
				in.Paths[i] = abs
			}
		}
	}
	plan, err := runner.Expand(in)
	if err != nil {
		return usageError("%v", err)
	}
	for _, e := range plan.EmptyFolders {
		// Not a failure (a watched folder may be empty for now), but a
		// wrong folder should not pass as "0 items" without a word.
		env.Log.Warn(e.Error())
	}
	nc, err := po.q.connect(env, "newsgraph ingest")
	if err != nil {
		return err
	}
	defer nc.Close()
	var st store.Store
	if len(in.Feeds) > 0 {
		// Feed polling keeps its validators (ETag, Last-Modified) between
		// polls: in the database when one is named (--db or $NEWSGRAPH_DB,
		// as before), else in the queue, so that a publisher needs no
		// database and does not leave a newsgraph.db where it ran.
		if po.dbGiven {
			if st, err = openStore(ctx, db); err != nil {
				return err
			}
			defer st.Close()
		} else if in.FeedStates, err = queue.FeedStates(ctx, nc, queue.Stream{Name: *po.q.stream}); err != nil {
			return err
		}
	}
	var mu sync.Mutex
	sent, lastLog := 0, time.Now()
	pub, err := queue.NewPublisher(ctx, nc, queue.PublishOptions{
		Stream:      queue.Stream{Name: *po.q.stream, DedupWindow: po.dedupWindow},
		SharedPaths: po.sharedPaths,
		Log:         env.Log,
		OnItem: func(string, string, error) {
			mu.Lock()
			defer mu.Unlock()
			sent++
			if time.Since(lastLog) >= 10*time.Second {
				lastLog = time.Now()
				env.Log.Info("queue progress", "sent", sent)
			}
		},
	})
	if err != nil {
		return err
	}
	var total queue.PublishStats
	for round := 0; ; round++ {
		if round > 0 {
			plan = &runner.Plan{Feeds: in.Feeds}
			t := time.NewTimer(watch)
			select {
			case <-ctx.Done():
				t.Stop()
				return printPublishSummary(env, format, total)
			case <-t.C:
			}
		}
		stats, err := pub.Publish(ctx, plan.Items(ctx, in, st))
		total = addPublishStats(total, stats)
		if err != nil && ctx.Err() == nil {
			printPublishSummary(env, format, total)
			return fmt.Errorf("ingest: %w", err)
		}
		if watch <= 0 || ctx.Err() != nil {
			break
		}
		env.Log.Info("feeds polled", "queued", stats.Published, "already_queued", stats.Duplicates, "failed", stats.Failures, "next", watch)
	}
	if err := printPublishSummary(env, format, total); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted after %d items; run the same command again to continue (the queue drops what it already has): %w", total.Items, ctx.Err())
	}
	if total.Failures > 0 {
		return errPartial
	}
	return nil
}

func addPublishStats(a, b queue.PublishStats) queue.PublishStats {
	a.Items += b.Items
	a.Published += b.Published
	a.Duplicates += b.Duplicates
	a.Refs += b.Refs
	a.Failures += b.Failures
	a.Bytes += b.Bytes
	a.Elapsed += b.Elapsed
	return a
}

func printPublishSummary(env Env, format string, s queue.PublishStats) error {
	if format == "json" {
		return json.NewEncoder(env.Stdout).Encode(s)
	}
	_, err := fmt.Fprintf(env.Stdout, "%d items queued in %s (%.1f items/s, %.1f MB): %d new, %d already queued, %d as paths or URLs for the workers to read, %d failed (sent to the failures table)\n",
		s.Items, s.Elapsed.Round(time.Millisecond), rate(s.Items, s.Elapsed), float64(s.Bytes)/1e6, s.Published, s.Duplicates, s.Refs, s.Failures)
	return err
}

func runWorker(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "worker", "worker --queue nats://HOST:4222 [flags]\n\n"+
		"Takes the items that `ingest --queue` published, analyses them and stores them in --db, until\n"+
		"interrupted (SIGINT, SIGTERM: it finishes and stores what it holds first) or, with --until-empty,\n"+
		"until nothing is ready in the queue (fetch retries given back with a delay stay for the next run).\n"+
		"Run one per machine; all share the durable consumer and the database.")
	q := addQueueFlags(fs, "NATS server with JetStream (nats://[user:pass@]host:4222); required")
	db := dbFlag(fs, env)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	budget := fs.Int64("analysis-budget", pipeline.DefaultBudgetBytes, "bytes of text analysed at once over all workers; a larger document is analysed alone")
	batch := fs.Int("batch", 64, "documents per write transaction")
	consumer := fs.String("consumer", queue.DefaultConsumer, "durable consumer name, shared by all workers")
	untilEmpty := fs.Bool("until-empty", false, "exit once nothing is ready in the queue and nothing in flight; fetch retries given back with a delay stay queued for the next run (see --until-empty-wait)")
	untilEmptyWait := fs.Duration("until-empty-wait", 0, "with --until-empty, wait for fetch retries due within this long rather than leave them for the next run (0: exit at once)")
	grace := fs.Duration("grace", 30*time.Second, "on SIGINT/SIGTERM, how long the analyses under way may still take")
	maxCrashes := fs.Int("max-crashes", queue.DefaultMaxCrashes, "record a document as failed once worker processes died this many times analysing it alone")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback, private and link-local addresses")
	maxBytes := fs.Int64("max-bytes", fetch.DefaultMaxBytes, "size limit per input in bytes")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "timeout per URL fetch")
	limits := hostLimitFlags(fs)
	fetchRetries := fs.Int("fetch-retries", queue.DefaultFetchRetries, "times a URL whose fetch failed for a reason that may pass ("+runner.PassingCauses+"; a host given up on is a fetch limit) is given back to the queue to be fetched again, waiting 1 min, doubling up to 30 (0: never)")
	summary := fs.Int("summary-sentences", 3, "sentences in the summary")
	joinConfidence := joinConfidenceFlag(fs)
	format := fs.String("format", "text", "summary format: text or json")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *q.url == "":
		return usageError("--queue is required (nats://host:4222)")
	case len(rest) > 0:
		return usageError("worker takes no arguments (publish inputs with `ingest --queue`)")
	case *format != "text" && *format != "json":
		return usageError("unknown --format %q (want text or json)", *format)
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stages, err := buildStages(stageConfig{SummarySentences: *summary, Log: env.Log})
	if err != nil {
		return err
	}
	nc, err := q.connect(env, "newsgraph worker")
	if err != nil {
		return err
	}
	defer nc.Close()
	env.Log.Info("worker started", "queue", nc.ConnectedUrlRedacted(), "stream", *q.stream, "consumer", *consumer, "workers", *workers, "batch", *batch)
	stats, err := queue.Work(ctx, nc, queue.WorkerConfig{
		Runner: runner.Config{Store: st, Stages: stages, Workers: *workers, BudgetBytes: *budget, BatchSize: *batch,
			Merge: merge.Options{JoinConfidence: *joinConfidence}},
		Load: runner.LoadOptions{MaxBytes: *maxBytes, Log: env.Log,
			Fetcher: fetch.New(fetch.Config{Timeout: *timeout, MaxBytes: *maxBytes, AllowPrivate: *allowPrivate, Log: env.Log}),
			Guard:   runner.NewFetchGuard(*limits)},
		FetchRetries:   cmp.Or(*fetchRetries, -1),
		Stream:         queue.Stream{Name: *q.stream},
		Consumer:       *consumer,
		UntilEmpty:     *untilEmpty,
		UntilEmptyWait: *untilEmptyWait,
		Grace:          *grace,
		MaxCrashes:     *maxCrashes,
		Log:            env.Log,
	})
	if err != nil && stats.Received == 0 {
		// It never started (no stream, no consumer): nothing to sum up.
		return err
	}
	if perr := printWorkerSummary(env, *format, stats); err == nil {
		err = perr
	}
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	if *untilEmpty && stats.Failed > stats.FetchRetried {
		// A fetch given back and stored later failed only for a while.
		return errPartial
	}
	return nil
}

func printWorkerSummary(env Env, format string, s queue.WorkerStats) error {
	if format == "json" {
		return json.NewEncoder(env.Stdout).Encode(struct {
			queue.WorkerStats
			DocsPerSecond float64 `json:"docs_per_second"`
		}{s, rate(s.Items, s.Elapsed)})
	}
	failed := ""
	if s.FetchRetried > 0 {
		// Of the failed: fetches that may pass, given back to be tried
		// again later rather than dropped.
		failed = fmt.Sprintf(" (%d given back to be fetched again)", s.FetchRetried)
	}
	_, err := fmt.Fprintf(env.Stdout, "%d items in %s (%.1f docs/s): %d stored (%d syndicated copies%s), %d already stored, %d failed%s; %d new events, %s; %d redelivered, %d given back\n",
		s.Items, s.Elapsed.Round(time.Millisecond), rate(s.Items, s.Elapsed), s.Stored, s.Duplicates, incompleteNote(s.Incomplete), s.Skipped, s.Failed, failed, s.NewEvents, joinedReports(s.Merged), s.Redelivered, s.Retried)
	if err == nil && s.RetriesWaiting > 0 {
		noun := "fetch retries"
		if s.RetriesWaiting == 1 {
			noun = "fetch retry"
		}
		_, err = fmt.Fprintf(env.Stdout, "%d %s left in the queue for the next run, the first due at %s (in %s)\n",
			s.RetriesWaiting, noun, s.NextRetry.UTC().Format(time.RFC3339), time.Until(s.NextRetry).Round(time.Second))
	}
	return err
}
