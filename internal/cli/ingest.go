package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
)

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runIngest(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "ingest", "ingest [flags] PATH|URL|-...\n\n"+
		"Analyses files and folders (text, HTML, .gz; WARC(.gz), JSONL and feed files by name), URLs,\n"+
		"URL lists and feeds, and stores the results. Rerunning skips what is already stored.\n"+
		"With --queue the inputs are published to NATS JetStream for `newsgraph worker` processes instead.")
	db := dbFlag(fs, env)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	budget := fs.Int64("analysis-budget", pipeline.DefaultBudgetBytes, "bytes of text analysed at once over all workers; a larger document is analysed alone")
	batch := fs.Int("batch", 64, "documents per write transaction")
	var urlLists, feeds listFlag
	fs.Var(&urlLists, "urls", "file with one URL per line (repeatable)")
	fs.Var(&feeds, "feed", "RSS/Atom/JSON feed URL to poll (repeatable)")
	watch := fs.Duration("watch", 0, "keep polling the --feed URLs at this interval (e.g. 15m)")
	published := fs.String("published", "", "publish date (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback, private and link-local addresses")
	maxBytes := fs.Int64("max-bytes", fetch.DefaultMaxBytes, "size limit per input in bytes")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "timeout per URL fetch")
	var limits runner.FetchLimits
	fs.DurationVar(&limits.FeedDeadline, "feed-deadline", runner.DefaultFeedDeadline, "time the linked articles of one feed may take to fetch, from the first; the links not fetched by then are failures of stage "+runner.StageNotFetched+" (0: no deadline)")
	fs.IntVar(&limits.FeedMaxFetches, "feed-max-fetches", 0, "most linked articles fetched from one feed in a run; the rest are failures of stage "+runner.StageNotFetched+" (0: no cap)")
	fs.IntVar(&limits.HostFailures, "host-failures", runner.DefaultHostFailures, "fetches in a row that may fail to reach a host (refused, timed out, no such host) before its other links are not fetched, as failures of stage "+runner.StageNotFetched+" (0: never give up)")
	fs.IntVar(&limits.HostConcurrency, "host-concurrency", runner.DefaultHostConcurrency, "most fetches from one host at once")
	feedRetries := fs.Int("feed-retries", runner.DefaultFeedRetries, "times a feed's linked article whose fetch failed for a reason that may pass ("+runner.PassingCauses+") is fetched again, by the next polls and the next runs (kept in the store), first, waiting --feed-retry-wait doubling each time (0: never; not with --queue, whose workers fetch the links: worker --fetch-retries)")
	feedRetryWait := fs.Duration("feed-retry-wait", runner.DefaultFeedRetryWait, "least wait before a failed feed link is fetched again (doubling each time); a run before it leaves the link for a later one (not with --queue)")
	upgradeAfter := upgradeWindowFlag(fs)
	progress := fs.String("progress", "auto", "progress bar: auto (on a terminal), always, never")
	format := fs.String("format", "text", "summary format: text or json")
	summary := fs.Int("summary-sentences", 3, "sentences in the summary")
	joinConfidence := joinConfidenceFlag(fs)
	listFailures := fs.Bool("failures", false, "list the documents that failed in earlier runs (newest first) and exit")
	po := publishOptions{q: addQueueFlags(fs, "publish the inputs to this NATS JetStream server (nats://host:4222) for newsgraph worker processes to analyse, instead of analysing here")}
	fs.BoolVar(&po.sharedPaths, "shared-paths", false, "with --queue: the workers read the same file paths, so a file too large for a message is sent as its path")
	fs.DurationVar(&po.dedupWindow, "dedup-window", queue.DefaultDedupWindow, "with --queue: how long a new stream remembers what was published (a repeat within it is not queued again)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	if *listFailures {
		return showFailures(ctx, env, *db, *format)
	}
	if len(paths) == 0 && len(urlLists) == 0 && len(feeds) == 0 {
		return usageError("nothing to ingest (give files, folders, URLs, --urls or --feed)")
	}
	if err := checkStdinOnce(paths); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError("unknown --format %q (want text or json)", *format)
	}
	if *progress != "auto" && *progress != "always" && *progress != "never" {
		return usageError("unknown --progress %q (want auto, always or never)", *progress)
	}
	if *watch > 0 && len(feeds) == 0 {
		return usageError("--watch polls feeds; give at least one --feed")
	}
	if err := checkFeedFlags(feeds); err != nil {
		return err
	}
	var pubDate time.Time
	if *published != "" {
		if pubDate, err = parseDate(*published); err != nil {
			return usageError("--published: %v", err)
		}
	}
	in := runner.Inputs{
		Paths: paths, URLLists: urlLists, Feeds: feeds, MaxBytes: *maxBytes, Stdin: env.Stdin, Log: env.Log,
		Fetcher:     fetch.New(fetch.Config{Timeout: *timeout, MaxBytes: *maxBytes, AllowPrivate: *allowPrivate, Log: env.Log}),
		FetchLimits: limits,
	}
	if !pubDate.IsZero() {
		in.Published = func(d *model.Document) {
			if d.Published.IsZero() {
				d.Published = pubDate
			}
		}
	}
	if *po.q.url != "" {
		// With --queue the publisher sends a feed's links as references
		// and the workers fetch them, so no fetch fails here for
		// --feed-retries to fetch again: the workers' --fetch-retries
		// does that. A flag that would do nothing is refused rather than
		// ignored.
		var retryFlags []string
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "feed-retries" || f.Name == "feed-retry-wait" {
				retryFlags = append(retryFlags, "--"+f.Name)
			}
		})
		if len(retryFlags) > 0 {
			return usageError("%s: with --queue the workers fetch the feeds' links; set how often a failed fetch is tried again with newsgraph worker --fetch-retries", strings.Join(retryFlags, " and "))
		}
		po.dbGiven = env.Getenv(backend.EnvVar) != ""
		fs.Visit(func(f *flag.Flag) { po.dbGiven = po.dbGiven || f.Name == "db" })
		return runPublish(ctx, env, po, in, *db, *format, *watch)
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
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stages, err := buildStages(stageConfig{SummarySentences: *summary, Log: env.Log})
	if err != nil {
		return err
	}
	cfg := runner.Config{Store: st, Stages: stages, Workers: *workers, BudgetBytes: *budget, BatchSize: *batch, Log: env.Log,
		Merge: merge.Options{JoinConfidence: *joinConfidence}, UpgradeWindow: upgradeWindow(*upgradeAfter)}
	bar := newProgress(env, *progress, plan.Total())
	cfg.Progress = bar.update
	if len(feeds) > 0 && *feedRetries > 0 {
		// The feeds' links whose fetch failed (a 5xx, a host that did
		// not answer, a fetch limit) are fetched again by the next
		// rounds of --watch and, kept in the store, by the next runs,
		// though an unchanged feed offers no item.
		in.FeedRetries = &runner.FeedRetries{Max: *feedRetries, Wait: *feedRetryWait, Log: env.Log, Store: st}
	}
	var total runner.Stats
	for round := 0; ; round++ {
		if round > 0 {
			// --watch: later rounds poll the feeds only.
			plan = &runner.Plan{Feeds: feeds}
			t := time.NewTimer(*watch)
			select {
			case <-ctx.Done():
				t.Stop()
				bar.finish()
				return printIngestSummary(env, *format, total, in.FeedRetries)
			case <-t.C:
			}
		}
		stats, err := runner.Run(ctx, cfg, plan.Items(ctx, in, st))
		total = addStats(total, stats)
		bar.finish()
		if err != nil && ctx.Err() == nil {
			return fmt.Errorf("ingest: %w", err)
		}
		if *watch <= 0 || ctx.Err() != nil {
			break
		}
		env.Log.Info("feeds polled", "stored", stats.Stored, "skipped", stats.Skipped, "failed", stats.Failed, "next", *watch)
	}
	if err := printIngestSummary(env, *format, total, in.FeedRetries); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted after %d items (%d stored); run the same command again to continue: %w", total.Items, total.Stored, ctx.Err())
	}
	if total.Failed > 0 {
		// As analyze: the batch ran to the end, and the status says that
		// something in it failed (`ingest --failures` lists what). The
		// failures were logged as they came, among the progress of a
		// large batch; the last line says how many and where they are.
		fmt.Fprintf(env.Stderr, "newsgraph ingest: %d of %d items failed; newsgraph ingest --failures --db %s lists them\n", total.Failed, total.Items, shellWord(*db))
		return errPartial
	}
	return nil
}

// shellWord quotes s for a command line when it holds a character a shell
// would take apart.
func shellWord(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`&|;<>()*?[]#~!{}") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// hostLimitFlags adds the per-host fetch limits of a long-lived process
// (worker, serve), whose host state lasts as long as the process: a host
// given up on is tried again after --host-retry-after.
func hostLimitFlags(fs *flag.FlagSet) *runner.FetchLimits {
	lim := &runner.FetchLimits{}
	fs.IntVar(&lim.HostFailures, "host-failures", runner.DefaultHostFailures, "fetches in a row that may fail to reach a host (refused, timed out, no such host) before its other links are not fetched for --host-retry-after, as failures of stage "+runner.StageNotFetched+" (0: never give up; counted per process)")
	fs.IntVar(&lim.HostConcurrency, "host-concurrency", runner.DefaultHostConcurrency, "most fetches from one host at once (per process)")
	fs.DurationVar(&lim.HostRetryAfter, "host-retry-after", runner.DefaultHostRetryAfter, "how long a host given up on (--host-failures) stays so before one fetch tries it again")
	return lim
}

func addStats(a, b runner.Stats) runner.Stats {
	a.Items += b.Items
	a.Stored += b.Stored
	a.Skipped += b.Skipped
	a.Duplicates += b.Duplicates
	a.Upgraded += b.Upgraded
	a.Incomplete += b.Incomplete
	a.Failed += b.Failed
	a.NotFetched += b.NotFetched
	a.NewEvents += b.NewEvents
	a.Merged += b.Merged
	a.Elapsed += b.Elapsed
	return a
}

// printIngestSummary prints a run's summary; fr, when set, adds what the
// feeds' links fetched again came to.
func printIngestSummary(env Env, format string, s runner.Stats, fr *runner.FeedRetries) error {
	var links *runner.FeedRetryCounts
	if fr != nil {
		c := fr.Counts()
		links = &c
	}
	if format == "json" {
		enc := json.NewEncoder(env.Stdout)
		return enc.Encode(struct {
			runner.Stats
			DocsPerSecond float64                 `json:"docs_per_second"`
			FeedLinks     *runner.FeedRetryCounts `json:"feed_links,omitempty"`
		}{s, rate(s.Items, s.Elapsed), links})
	}
	items := "items"
	if s.Items == 1 {
		items = "item"
	}
	notFetched := ""
	if s.NotFetched > 0 {
		// Failures of their own kind: nothing wrong with the documents,
		// a fetch limit stopped them (`ingest --failures` names each).
		notFetched = fmt.Sprintf(" (%d not fetched: fetch limits)", s.NotFetched)
	}
	upgraded := ""
	if s.Upgraded > 0 {
		// Stored before from a feed's description, now from the page.
		upgraded = fmt.Sprintf(", %d completed from their pages", s.Upgraded)
	}
	_, err := fmt.Fprintf(env.Stdout, "%d %s in %s (%.1f docs/s): %d stored (%d syndicated copies%s)%s, %d already stored, %d failed%s; %d new events, %s\n",
		s.Items, items, s.Elapsed.Round(time.Millisecond), rate(s.Items, s.Elapsed), s.Stored, s.Duplicates, incompleteNote(s.Incomplete), upgraded, s.Skipped, s.Failed, notFetched, s.NewEvents, joinedReports(s.Merged))
	if err == nil && links != nil && *links != (runner.FeedRetryCounts{}) {
		// The failed links of the feeds are not lost: say which were
		// fetched again and which wait for the next run.
		described := ""
		if links.Described > 0 {
			described = fmt.Sprintf(", %d from the feed's description", links.Described)
		}
		_, err = fmt.Fprintf(env.Stdout, "feed links that failed before: %d fetched again (%d fetched%s), %d given up; %d kept to fetch again by the next run\n",
			links.Again, links.Fetched, described, links.GivenUp, links.Pending)
	}
	return err
}

// incompleteNote is the part of an ingest or worker summary that counts
// the stored articles with part of their analysis missing (", 3
// incomplete"), empty when there are none: stored, but with part missing,
// the count sends the reader to the articles' "incomplete" (the warnings
// above name them). Ingest and the queue worker store alike and say so
// alike.
func incompleteNote(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(", %d incomplete", n)
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// progress draws a bar with rate and ETA on a terminal, or logs a line
// every ten seconds otherwise.
type progress struct {
	w      io.Writer
	bar    bool
	log    func(runner.Stats)
	total  int
	mu     sync.Mutex
	last   time.Time
	drawn  bool
	logged time.Time
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isCharDevice(f)
}

// isTerminalReader reports standard input read from a terminal.
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && isCharDevice(f)
}

// isCharDevice reports a terminal, as near as the file mode tells: a
// character device other than the null device (a job run with
// "< /dev/null" or "> /dev/null" has no terminal there).
func isCharDevice(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}

func newProgress(env Env, mode string, total int) *progress {
	p := &progress{w: env.Stderr, total: total, logged: time.Now()}
	switch mode {
	case "always":
		p.bar = true
	case "never":
	default:
		p.bar = isTerminal(env.Stderr)
	}
	p.log = func(s runner.Stats) {
		env.Log.Info("ingest progress", "items", s.Items, "stored", s.Stored, "skipped", s.Skipped,
			"failed", s.Failed, "docs_per_s", fmt.Sprintf("%.1f", rate(s.Items, s.Elapsed)))
	}
	return p
}

func (p *progress) update(s runner.Stats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if !p.bar {
		if now.Sub(p.logged) >= 10*time.Second {
			p.logged = now
			p.log(s)
		}
		return
	}
	if now.Sub(p.last) < 100*time.Millisecond && s.Items != p.total {
		return
	}
	p.last = now
	r := rate(s.Items, s.Elapsed)
	line := fmt.Sprintf("%d done, %.1f docs/s, %d failed", s.Items, r, s.Failed)
	if p.total > 0 {
		frac := min(float64(s.Items)/float64(p.total), 1)
		const width = 30
		filled := int(frac * width)
		eta := "?"
		if r > 0 {
			eta = (time.Duration(float64(p.total-s.Items)/r) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s%s] %d/%d %3.0f%% %.1f docs/s ETA %s, %d failed",
			strings.Repeat("=", filled), strings.Repeat(" ", width-filled), s.Items, p.total, frac*100, r, eta, s.Failed)
	}
	fmt.Fprintf(p.w, "\r%-90s", line)
	p.drawn = true
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}

// showFailures prints the failures table: what to look at, or retry.
func showFailures(ctx context.Context, env Env, db, format string) error {
	st, err := openExistingStore(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	fs, err := st.Failures(ctx, store.MaxLimit)
	if err != nil {
		return err
	}
	out := "table"
	if format == "json" {
		out = "jsonl"
	}
	rs := rowSet{header: []string{"at", "source", "stage", "attempts", "error"}}
	for _, f := range fs {
		// The error names its source first, as a log line must; the table's
		// source column already does, and a cell is cut to 60 characters,
		// so the table shows the reason alone (JSON keeps the whole error).
		reason := strings.TrimPrefix(f.Error, f.Source+": ")
		rs.add(f, f.At.UTC().Format(time.RFC3339), f.Source, f.Stage, strconv.Itoa(f.Attempts), reason)
	}
	return rs.write(env.Stdout, out)
}

// checkFeedFlags refuses a --feed that is not an http(s) URL before any
// work starts ("example.org/rss" failed later as a fetch of scheme "").
func checkFeedFlags(feeds []string) error {
	for _, f := range feeds {
		if err := ingest.CheckHTTPURL(f); err != nil {
			return usageError("--feed: %v", err)
		}
	}
	return nil
}
