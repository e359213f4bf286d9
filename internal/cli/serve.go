package cli

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/web"
)

// TokenEnv names the environment variable holding the API's bearer token.
const TokenEnv = "NEWSGRAPH_TOKEN"

func runServe(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "serve", "serve [flags]\n\n"+
		"Serves the web UI and the JSON API (/api/..., /openapi.json, /healthz, /metrics).\n"+
		"An empty store is first filled with the built-in demo corpus (--demo=false to skip).")
	db := dbFlag(fs, env)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	token := fs.String("token", env.Getenv(TokenEnv), "bearer token that allows POST /api/articles and /api/feeds (default $"+TokenEnv+"); empty: read-only")
	withDemo := fs.Bool("demo", true, "ingest the built-in demo corpus when the store is empty")
	var feeds listFlag
	fs.Var(&feeds, "feed", "feed URL to poll while serving (repeatable)")
	poll := fs.Duration("poll", 15*time.Minute, "interval for polling --feed and POSTed feeds (0: poll once when added)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel by ingest requests")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback, private and link-local addresses")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "timeout per URL fetch (POST /api/articles with a url, feeds); a POST of a URL may take a minute more to analyse and store")
	limits := hostLimitFlags(fs)
	feedRetries := fs.Int("feed-retries", runner.DefaultFeedRetries, "times a feed's linked article whose fetch failed for a reason that may pass ("+runner.PassingCauses+") is fetched again by the feed's next polls, after a restart too (kept in the store), waiting --feed-retry-wait doubling each time (0: only when the feed changes)")
	feedRetryWait := fs.Duration("feed-retry-wait", runner.DefaultFeedRetryWait, "least wait before a failed feed link is fetched again (doubling each time); a poll before it leaves the link for a later one")
	upgradeAfter := upgradeWindowFlag(fs)
	queryTimeout := fs.Duration("query-timeout", 10*time.Second, "time limit per store query")
	cacheTTL := fs.Duration("cache-ttl", 2*time.Second, "keep successful API GET answers this long (0: no cache)")
	summary := fs.Int("summary-sentences", 3, "sentences in the summary")
	joinConfidence := joinConfidenceFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	if *token != "" && len(*token) < 16 {
		return usageError("--token: use at least 16 characters")
	}
	if err := checkFeedFlags(feeds); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return usageError("--addr %q: want host:port, such as 127.0.0.1:8080", *addr)
	}
	// Listen before opening the store: a port in use is then reported
	// before a database file is created or the demo corpus loaded.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("listen %s: %w (another program, perhaps another newsgraph serve, is listening there: stop it or pick another --addr)", *addr, err)
		}
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		ln.Close()
		return err
	}
	defer st.Close()

	metrics := api.NewMetrics()
	ing := &serveIngester{
		st: st, log: env.Log, workers: *workers, metrics: metrics, poll: *poll, upgradeWindow: upgradeWindow(*upgradeAfter),
		merge:   merge.Options{JoinConfidence: *joinConfidence},
		fetcher: fetch.New(fetch.Config{AllowPrivate: *allowPrivate, Timeout: *timeout, Log: env.Log}),
		guard:   runner.NewFetchGuard(*limits),
		stages: sync.OnceValues(func() ([]pipeline.Stage, error) {
			return buildStages(stageConfig{SummarySentences: *summary, Log: env.Log})
		}),
	}
	// A POST of a URL fetches it (up to --timeout), then analyses and
	// stores it: its deadline covers both, and the server's write timeout
	// covers the deadline.
	ingestTimeout := *timeout + time.Minute
	handler := serveHandler(api.Config{Store: st, Ingester: ing, Token: *token, Log: env.Log, QueryTimeout: *queryTimeout,
		IngestTimeout: ingestTimeout, Metrics: metrics, CacheTTL: *cacheTTL})

	srv := newHTTPServer(ctx, handler, ingestTimeout, env.Log)
	mode := "read-only"
	if *token != "" {
		mode = "ingest over HTTP allowed with the token"
	}
	env.Log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", backend.Redact(*db), "mode", mode)

	bg, stopBG := context.WithCancel(ctx)
	defer stopBG()
	ing.bg = bg
	ing.retries = serveFeedRetries(st, *feedRetries, *feedRetryWait, env.Log)
	var wg sync.WaitGroup
	if *withDemo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Reads are served meanwhile; the pages fill as the batches commit.
			if err := ing.seedDemo(bg); err != nil && bg.Err() == nil {
				env.Log.Error("demo corpus not ingested", "err", err)
			}
		}()
	}
	for _, f := range feeds {
		ing.watchFeed(f)
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		stopBG()
		wg.Wait()
		ing.wg.Wait()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	env.Log.Info("shutting down")
	stopBG()
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	wg.Wait()
	ing.wg.Wait()
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// serveFeedRetries keeps the polled feeds' links whose fetch failed for a
// reason that may pass (nil when max is 0: none). The links are kept in
// the store (table feed_links) as ingest --feed keeps them, not only in
// memory: a restarted server, whose feeds answer 304 Not Modified and
// offer no item, still fetches them again, and so does an ingest --feed
// run on the same store, and the other way round.
func serveFeedRetries(st store.Store, max int, wait time.Duration, log *slog.Logger) *runner.FeedRetries {
	if max <= 0 {
		return nil
	}
	return &runner.FeedRetries{Max: max, Wait: wait, Log: log, Store: st}
}

// newHTTPServer is serve's http.Server: its timeouts, and header limits
// above the API's own (api.Guard answers a long URL with a JSON 414).
func newHTTPServer(ctx context.Context, handler http.Handler, ingestTimeout time.Duration, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      max(2*time.Minute, ingestTimeout+10*time.Second), // POST of a URL fetches and analyses it
		IdleTimeout:       2 * time.Minute,
		// Above the API's own URL and header limits, so that a long URL
		// gets the API's JSON 414 (api.Guard), not net/http's plain 431.
		MaxHeaderBytes: api.MaxHeaderBytes,
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:    func(net.Listener) context.Context { return ctx },
	}
}

// serveHandler is the whole site: the API, the web UI, metrics and panic
// recovery.
func serveHandler(cfg api.Config) http.Handler {
	if cfg.Metrics == nil {
		cfg.Metrics = api.NewMetrics()
	}
	mux := http.NewServeMux()
	srv := api.New(cfg)
	srv.Register(mux)
	web.New(cfg.Store, cfg.Log).Register(mux)
	return cfg.Metrics.Middleware(api.Recover(cfg.Log, srv.Guard(mux)))
}

// serveIngester runs the ingest runner for the API's POST endpoints, the
// demo corpus and polled feeds.
type serveIngester struct {
	st      store.Store
	log     *slog.Logger
	workers int
	merge   merge.Options // as ingest's --join-confidence
	metrics *api.Metrics
	fetcher *fetch.Client
	// guard applies the host limits to the feeds' linked articles over
	// the server's lifetime (nil: none); retries keeps the links whose
	// fetch failed, to fetch again on the next polls (nil: none).
	guard   *runner.FetchGuard
	retries *runner.FeedRetries
	poll    time.Duration
	stages  func() ([]pipeline.Stage, error) // built on first use, shared
	bg      context.Context                  // the server's lifetime: feed polling stops with it

	// upgradeWindow is runner.Config.UpgradeWindow (--upgrade-window).
	upgradeWindow time.Duration

	mu      sync.Mutex
	watched map[string]bool
	wg      sync.WaitGroup // feed polling loops
}

func (s *serveIngester) run(ctx context.Context, items iter.Seq[runner.Item]) (runner.Stats, error) {
	stages, err := s.stages()
	if err != nil {
		return runner.Stats{}, err
	}
	stats, err := runner.Run(ctx, runner.Config{Store: s.st, Stages: stages, Workers: s.workers, Log: s.log, Merge: s.merge, UpgradeWindow: s.upgradeWindow}, items)
	s.metrics.Counter("newsgraph_ingest_items_total", "Items handled by ingest in this server (any outcome).").Add(uint64(stats.Items))
	s.metrics.Counter("newsgraph_ingest_stored_total", "Articles stored by this server.").Add(uint64(stats.Stored))
	s.metrics.Counter("newsgraph_ingest_failed_total", "Items that failed to ingest in this server.").Add(uint64(stats.Failed))
	return stats, err
}

// seedDemo ingests the demo corpus when the store holds no article.
func (s *serveIngester) seedDemo(ctx context.Context) error {
	stats, err := s.st.Health(ctx) // an estimate of a big table is not 0 either
	if err != nil {
		return err
	}
	if stats.Articles > 0 {
		return nil
	}
	s.log.Info("empty store: ingesting the demo corpus")
	items := func(yield func(runner.Item) bool) {
		for doc, err := range demo.Documents() {
			it := runner.Item{Doc: doc, Err: err}
			if doc != nil {
				it.Source, it.URL = doc.Source, doc.URL
			}
			if !yield(it) {
				return
			}
		}
	}
	res, err := s.run(ctx, items)
	if err != nil {
		return err
	}
	s.log.Info("demo corpus ingested", "stored", res.Stored, "duplicates", res.Duplicates, "events", res.NewEvents, "merged", res.Merged, "failed", res.Failed)
	return nil
}

// IngestDocument implements api.Ingester.
func (s *serveIngester) IngestDocument(ctx context.Context, doc *model.Document) (int64, bool, error) {
	url, hash := merge.Identity(doc), merge.ContentHash(doc.Raw)
	stats, err := s.run(ctx, func(yield func(runner.Item) bool) { yield(runner.Item{Source: doc.Source, Doc: doc}) })
	if err != nil {
		return 0, false, err
	}
	return s.result(ctx, doc.Source, url, hash, stats)
}

// IngestURL implements api.Ingester.
// A fetch that fails is an api.FetchError (a 504 on a timeout, else a 502),
// not a document that could not be analysed.
func (s *serveIngester) IngestURL(ctx context.Context, rawURL string) (int64, bool, error) {
	var hash string
	var fetchErr error
	load := func(ctx context.Context) (*model.Document, error) {
		resp, err := s.fetcher.Get(ctx, rawURL)
		if err != nil {
			fetchErr = err
			return nil, err
		}
		doc, err := ingest.FromBytes(rawURL, resp.URL, resp.ContentType, resp.Body)
		if err == nil {
			hash = merge.ContentHash(doc.Raw)
			if resp.Cut {
				// Read as far as the size limit: the article says so.
				ingest.MarkOverLimit(doc, int64(len(resp.Body)), 0, s.log)
			}
		}
		return doc, err
	}
	// Through the same host limits as the feeds' links of this server
	// (--host-failures, --host-concurrency): a client posting URLs of a
	// host that does not answer must not cost a timeout per request, nor
	// open more fetches to one host at once than ingest would. The
	// fetcher itself refuses private addresses (--allow-private).
	guarded := s.guard.Wrap(rawURL, rawURL, load)
	item := runner.Item{Source: rawURL, URL: rawURL, Load: func(ctx context.Context) (*model.Document, error) {
		doc, err := guarded(ctx)
		if errors.Is(err, runner.ErrNotFetched) {
			// A limit stopped it before the fetch (its host given up
			// on), or cut the fetch short.
			fetchErr = err
		}
		return doc, err
	}}
	stats, err := s.run(ctx, func(yield func(runner.Item) bool) { yield(item) })
	if fetchErr != nil {
		// Also when the request's deadline cut the fetch short (the run
		// then ends with the context's error).
		return 0, false, &api.FetchError{URL: rawURL, Err: fetchErr, Limited: errors.Is(fetchErr, runner.ErrNotFetched)}
	}
	if err != nil {
		return 0, false, err
	}
	return s.result(ctx, rawURL, rawURL, hash, stats)
}

// result finds the stored article after a one-item run, or reports why it
// failed; created is whether the run stored it (a syndicated copy linked
// to a canonical article is a new article too), not found it stored.
func (s *serveIngester) result(ctx context.Context, source, url, hash string, stats runner.Stats) (id int64, created bool, err error) {
	if stats.Failed > 0 {
		msg := "the document could not be analysed"
		if fs, err := s.st.Failures(ctx, 20); err == nil {
			for _, f := range fs {
				if f.Source == source {
					msg = strings.TrimSpace(f.Stage + ": " + f.Error)
					break
				}
			}
		}
		return 0, false, &api.UnprocessableError{Err: errors.New(msg)}
	}
	err = s.st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		id, err = tx.FindArticle(ctx, url, hash)
		return err
	})
	if err != nil {
		return 0, false, err
	}
	if id == 0 {
		return 0, false, &api.UnprocessableError{Err: errors.New("the document was not stored")}
	}
	return id, stats.Stored > 0, nil
}

// AddFeed implements api.Ingester: poll now, then every --poll. The first
// poll fetches every link-only item one by one, which may take longer than
// a request may last: it runs on the server's lifetime, not the request's,
// and when it is not done a second before the request's deadline the feed
// is registered anyway and the client told it is pending.
func (s *serveIngester) AddFeed(ctx context.Context, url string) (int, error) {
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	bg := s.bg
	if bg == nil {
		bg = context.Background()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		n, err := s.pollFeed(bg, url)
		done <- result{n, err}
	}()
	var wait <-chan time.Time
	if dl, ok := ctx.Deadline(); ok {
		wait = time.After(max(0, time.Until(dl)-time.Second))
	}
	select {
	case r := <-done:
		if r.err != nil {
			return 0, r.err
		}
		s.watch(url)
		return r.n, nil
	case <-wait:
	case <-ctx.Done():
	}
	s.watch(url)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if r := <-done; r.err != nil {
			s.log.Warn("feed poll failed", "source", fetch.StripUserinfo(url), "err", r.err)
		} else {
			s.log.Info("feed polled", "source", fetch.StripUserinfo(url), "stored", r.n)
		}
	}()
	return 0, api.ErrFeedPending
}

// watch registers a feed added over the API and, with --poll, starts its
// polling loop (once per feed).
func (s *serveIngester) watch(url string) {
	s.mu.Lock()
	if s.watched == nil {
		s.watched = map[string]bool{}
	}
	already := s.watched[url]
	s.watched[url] = true
	s.mu.Unlock()
	if !already && s.poll > 0 && s.bg != nil {
		// Polling outlives the request; it stops when the server does.
		s.wg.Add(1)
		go func() { defer s.wg.Done(); s.loop(s.bg, url) }()
	}
}

func (s *serveIngester) pollFeed(ctx context.Context, url string) (int, error) {
	in := runner.Inputs{Fetcher: s.fetcher, Guard: s.guard, FeedRetries: s.retries}
	// A feed that could not be fetched is answered as a URL posted as an
	// article is (statusOf: 400 for an address that may not be fetched,
	// 504 for a timeout, else 502), not as a feed that cannot be read.
	var fetchErr *ingest.FeedFetchError
	items := func(yield func(runner.Item) bool) {
		for it := range (&runner.Plan{Feeds: []string{url}}).Items(ctx, in, s.st) {
			if it.Err != nil && fetchErr == nil {
				errors.As(it.Err, &fetchErr)
			}
			if !yield(it) {
				return
			}
		}
	}
	stats, err := s.run(ctx, items)
	if err != nil {
		return 0, err
	}
	if fetchErr != nil && stats.Stored == 0 {
		return 0, &api.FetchError{URL: url, Err: fetchErr}
	}
	if stats.Items > 0 && stats.Failed == stats.Items && stats.Stored == 0 {
		f, ferr := s.st.Feed(ctx, url)
		if ferr == nil && f.LastError != "" {
			return 0, &api.UnprocessableError{Err: errors.New(f.LastError)}
		}
	}
	return stats.Stored, nil
}

func (s *serveIngester) loop(ctx context.Context, url string) {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if n, err := s.pollFeed(ctx, url); err != nil {
				s.log.Warn("feed poll failed", "source", fetch.StripUserinfo(url), "err", err)
			} else if n > 0 {
				s.log.Info("feed polled", "source", fetch.StripUserinfo(url), "stored", n)
			}
		}
	}
}

// watchFeed polls a --feed URL now and every --poll until the server stops.
func (s *serveIngester) watchFeed(url string) {
	s.mu.Lock()
	if s.watched == nil {
		s.watched = map[string]bool{}
	}
	s.watched[url] = true
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if n, err := s.pollFeed(s.bg, url); err != nil {
			s.log.Warn("feed poll failed", "source", fetch.StripUserinfo(url), "err", err)
		} else {
			s.log.Info("feed polled", "source", fetch.StripUserinfo(url), "stored", n)
		}
		if s.poll > 0 {
			s.loop(s.bg, url)
		}
	}()
}
