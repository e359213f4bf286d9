// Package runner is the ingest loop: items from any source (files, URL
// lists, feeds, WARC, JSONL) go through the analysis pipeline on a pool of
// workers, and one writer goroutine stores them in batched transactions,
// merging duplicates and events as it goes (internal/merge).
//
// Idempotent and resumable: an item whose URL or bytes are already stored
// is skipped before analysis, each batch commits atomically, and the
// store's unique keys make a repeat a no-op. Kill an ingest at any moment
// and run it again: nothing is lost, nothing is stored twice.
package runner

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Item is one input to ingest: a document already in memory, a loader a
// worker calls (a file to read, a URL to fetch), or the error that stopped
// it from being read.
type Item struct {
	// Source names the item in logs and in the failures table.
	Source string
	// URL is the identity the document will be stored under, when known
	// before loading: an item already stored under it is skipped without
	// loading (no refetch on a rerun).
	URL  string
	Doc  *model.Document
	Load func(ctx context.Context) (*model.Document, error)
	Err  error
	// Stage names where Err arose, for the failures table (default "read").
	Stage string
	// Kind says what sort of input the item came from (KindFile, KindURL,
	// ...); a queue publisher names its subjects after it.
	Kind string
	// Ref, on an item that Load reads from a file or URL, says what Load
	// reads: a queue publisher can send it instead of the bytes, for the
	// workers to read.
	Ref *Ref
	// Settle, when set, is told once what became of the item, when that is
	// final: after the transaction that stored it (or its failure)
	// committed, or when it was given up unfinished. The queue worker acks,
	// terminates or naks the item's message from it.
	Settle func(Settlement)
	// Flush has the writer commit the batch holding this item as soon as
	// the item is analysed, rather than wait for the batch to fill (a queue
	// worker's item analysed alone, which nothing else will join).
	Flush bool
	// Described, when set, is told that the page Load fetched held no
	// article and the feed's description was analysed in its place
	// (describeBodyless): FeedRetries, which counted the link fetched
	// when its page came, counts it as described instead.
	Described func()
}

// Kinds of input (Item.Kind).
const (
	KindFile  = "file"
	KindStdin = "stdin"
	KindURL   = "url"
	KindWARC  = "warc"
	KindJSONL = "jsonl"
	KindFeed  = "feed"
)

// Settlement is what became of an item (see Item.Settle).
type Settlement struct {
	// Outcome is OutcomeStored, OutcomeDuplicate, OutcomeSkipped or
	// OutcomeFailed once the item is done; empty when it is not (Retry).
	Outcome string
	// Err is the document's own error when Outcome is OutcomeFailed: it is
	// in the failures table, and trying the same input again will not help.
	Err error
	// Retry says why an item was given up unfinished: the run was cut short
	// before it was analysed or stored (a context error), or the store
	// failed. The input is intact and worth another try.
	Retry error
}

// Config wires a run.
type Config struct {
	Store   store.Store
	Stages  []pipeline.Stage
	Workers int // default GOMAXPROCS
	// BudgetBytes bounds the bytes of text under analysis at once, over
	// all workers (see pipeline.Budget): 0 means
	// pipeline.DefaultBudgetBytes, less than 0 no bound.
	BudgetBytes int64
	// BatchSize is the most documents per write transaction (default 64);
	// a batch also commits after BatchWait (default 250 ms) so a slow
	// trickle (feeds) is stored promptly.
	BatchSize int
	BatchWait time.Duration
	// Ahead bounds, in an ordered run (Run), how many items past the
	// oldest unfinished one the workers may take (default 8 per worker):
	// the analysed documents waiting for their turn to be stored are at
	// most this many, whatever one slow document holds up.
	Ahead int
	Merge merge.Options
	Log   *slog.Logger
	// Progress, when set, is told about every finished item.
	Progress func(Stats)
	// OnItem, when set, is told each item's outcome once it is stored:
	// "stored", "duplicate", "skipped" or "failed" (with the error).
	OnItem func(source, outcome string, err error)
	// RetryStoreErrors keeps the run going when the store fails: the items
	// of the batch that did not commit, and those whose store lookup
	// failed, are settled with Settlement.Retry instead of ending the run
	// (a queue worker naks them, and the queue delivers them again later).
	// Without it a store error ends the run, as a local ingest wants.
	RetryStoreErrors bool
	// UpgradeWindow is how long after it was stored an article read from
	// its feed's description has its page read again when its URL comes
	// again, to take the description's place (describedStored): 0 means
	// DefaultUpgradeWindow, less than 0 never (the item is skipped as
	// stored, as any other).
	UpgradeWindow time.Duration
}

func (cfg Config) withDefaults() Config {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BudgetBytes == 0 {
		cfg.BudgetBytes = pipeline.DefaultBudgetBytes
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 64
	}
	if cfg.BatchWait <= 0 {
		cfg.BatchWait = 250 * time.Millisecond
	}
	if cfg.Ahead <= 0 {
		cfg.Ahead = pipeline.AheadPerWorker * cfg.Workers
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.UpgradeWindow == 0 {
		cfg.UpgradeWindow = DefaultUpgradeWindow
	}
	return cfg
}

// Item outcomes reported to Config.OnItem.
const (
	OutcomeStored    = "stored"
	OutcomeDuplicate = "duplicate"
	OutcomeSkipped   = "skipped"
	OutcomeFailed    = "failed"
	// OutcomeUpgraded: an article stored from its feed's description took
	// its page's full text (merge.Upgrade), under the same id.
	OutcomeUpgraded = "upgraded"
)

// Stats counts what a run did.
type Stats struct {
	Items      int `json:"items"`      // finished (any outcome)
	Stored     int `json:"stored"`     // new articles
	Skipped    int `json:"skipped"`    // already stored
	Duplicates int `json:"duplicates"` // stored and linked to a canonical article
	// Upgraded counts the stored articles, read from a feed's description
	// before, that took their page's full text (OutcomeUpgraded): not in
	// Stored, as they are no new articles.
	Upgraded int `json:"upgraded,omitempty"`
	// Incomplete counts the stored articles whose "incomplete" says part
	// of them is missing (no body text, a stage that failed, a text cut):
	// kept, as nothing is lost by keeping them, and counted, so that the
	// run says so.
	Incomplete int           `json:"incomplete"`
	Failed     int           `json:"failed"`
	NotFetched int           `json:"not_fetched"` // of Failed: stopped by a fetch limit (see FetchLimits)
	NewEvents  int           `json:"new_events"`
	Merged     int           `json:"merged_reports"` // reports that joined another article's event (merge.Outcome.Merged)
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// result is what a worker hands the writer.
type result struct {
	// seq is the item's position in the input of an ordered run.
	seq     int
	source  string
	article *store.Article
	skipped bool
	// sameBytes: the document's bytes are stored under another URL and
	// it is not the story's original (merge.TakesIdentity), so it was
	// only extracted, and the writer counts it skipped, as Apply would.
	sameBytes bool
	stage     string
	err       error
	// storeErr: err came from a store lookup, not from the document.
	storeErr bool
	// upgrade is the stored article, read from its feed's description,
	// that article replaces (merge.Upgrade); nil for a new article.
	upgrade *upgrade
	settle  func(Settlement)
	settled bool
	flush   bool
}

func (r *result) done(s Settlement) {
	if r.settled {
		return
	}
	r.settled = true
	if r.settle != nil {
		r.settle(s)
	}
}

// Run ingests every item. It returns when all items are stored or failed,
// or ctx ends; per-item failures are recorded in the store and counted,
// never returned. The error is for the store itself failing.
//
// Items are stored in input order whatever the number of workers: which
// of two near-duplicates is the canonical article, and which report of an
// event names its parties, depend on what was stored first, and the same
// input must give the same store. Workers analyse up to cfg.Ahead items
// past the oldest unfinished one; the writer holds those that finish
// early until their turn.
func Run(ctx context.Context, cfg Config, items iter.Seq[Item]) (Stats, error) {
	cfg = cfg.withDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan Item, cfg.Workers)
	go func() {
		defer close(jobs)
		for it := range items {
			select {
			case jobs <- it:
			case <-ctx.Done():
				if it.Settle != nil {
					it.Settle(Settlement{Retry: ctx.Err()})
				}
				return
			}
		}
	}()
	return process(ctx, cancel, cfg, jobs, true)
}

// Process is the analyse+write path of Run over items that arrive on jobs,
// for a caller that pulls its items itself (the queue worker). It returns
// once jobs is closed and every item received is settled. Cancelling ctx
// cuts the analyses short (their items are settled with Retry); the
// documents already analysed are still stored.
//
// Unlike Run, Process stores items in the order their analyses finish: a
// queue delivers messages in no fixed order anyway (redeliveries, several
// workers sharing a stream), so holding finished documents back would
// delay acks and buy no repeatability.
func Process(ctx context.Context, cfg Config, jobs <-chan Item) (Stats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	return process(ctx, cancel, cfg, jobs, false)
}

// seqItem is an item of an ordered run with its input position.
type seqItem struct {
	seq int
	it  Item
}

// process runs the analysis workers and the single writer. cancel ends the
// run when the store fails (unless cfg.RetryStoreErrors): the producer of
// jobs must stop on ctx. When ordered, the writer stores the items in the
// order they came on jobs (see Run).
func process(ctx context.Context, cancel context.CancelFunc, cfg Config, jobs <-chan Item, ordered bool) (Stats, error) {
	cfg = cfg.withDefaults()
	start := time.Now()
	results := make(chan *result, cfg.Workers*2)
	budget := pipeline.NewBudget(cfg.BudgetBytes)
	// slots holds a token for every item taken and not yet handed to the
	// writer in its turn; the writer returns the token. At most cfg.Ahead
	// items are between the dispatcher and the writer, so the early ones
	// waiting for a slow one stay bounded. The oldest item always holds a
	// token, so the window never fills without it: no deadlock.
	var slots chan struct{}
	var work chan seqItem
	if ordered {
		slots = make(chan struct{}, cfg.Ahead)
		work = make(chan seqItem)
		go func() {
			defer close(work)
			seq := 0
			for it := range jobs {
				// Once the run is cancelled no item is taken any more, so
				// those taken are a prefix of the input (see cut below).
				if ctx.Err() == nil {
					select {
					case slots <- struct{}{}:
						work <- seqItem{seq: seq, it: it}
						seq++
						continue
					case <-ctx.Done():
					}
				}
				// Not taken: nothing waits for it, and a rerun does it.
				if it.Settle != nil {
					it.Settle(Settlement{Retry: ctx.Err()})
				}
			}
		}()
	}
	var wg sync.WaitGroup
	for w := 0; w < cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Every item taken is handed on, even after ctx ends: the writer
			// drains results to the end so that each item is settled (and,
			// in an ordered run, its slot returned).
			if ordered {
				for si := range work {
					r := analyse(ctx, cfg, budget, si.it)
					r.seq = si.seq
					results <- r
				}
				return
			}
			for it := range jobs {
				results <- analyse(ctx, cfg, budget, it)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var st Stats
	var storeErr error
	w := writer{cfg: cfg, stats: &st, start: start}
	batch := make([]*result, 0, cfg.BatchSize)
	timer := time.NewTimer(cfg.BatchWait)
	defer timer.Stop()
	// Writes are not cancelled with the run: a batch holds finished
	// documents, and storing them is short.
	wctx := context.WithoutCancel(ctx)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if storeErr == nil {
			if err := w.write(wctx, batch); err != nil {
				if cfg.RetryStoreErrors {
					cfg.Log.Error("store write failed; the batch will be retried", "docs", len(batch), "err", err)
				} else {
					storeErr = err
					cancel()
				}
				for _, r := range batch {
					r.done(Settlement{Retry: err})
				}
			}
		}
		for _, r := range batch {
			// Items left when the store has failed: not stored, not failed.
			r.done(Settlement{Retry: storeErr})
		}
		clear(batch)
		batch = batch[:0]
	}
	// cut is set in an ordered run once an item was given up to the
	// interruption: the items after it are given up too, although some
	// may be analysed, so that the store holds a prefix of the input and
	// a rerun stores the rest in order, as one uninterrupted run would.
	cut := false
	// handle takes an analysed item in its turn: settled at once, or
	// batched for the next write.
	handle := func(r *result) {
		switch {
		case storeErr != nil:
			r.done(Settlement{Retry: storeErr})
		case cut:
			r.done(Settlement{Retry: ctx.Err()})
		case r.err != nil && ctx.Err() != nil:
			// Cut short by the interruption, not a property of the
			// document: not a failure, and a rerun will do it.
			r.done(Settlement{Retry: ctx.Err()})
			cut = ordered
		case r.err != nil && r.storeErr && cfg.RetryStoreErrors:
			cfg.Log.Warn("store lookup failed; the item will be retried", "source", r.source, "err", r.err)
			r.done(Settlement{Retry: r.err})
		case r.skipped:
			st.Items++
			st.Skipped++
			if cfg.OnItem != nil {
				cfg.OnItem(r.source, OutcomeSkipped, nil)
			}
			r.done(Settlement{Outcome: OutcomeSkipped})
			w.progress()
		default:
			batch = append(batch, r)
			if len(batch) >= cfg.BatchSize || r.flush {
				flush()
			}
		}
	}
	// The results that finished before their turn, by input position
	// (ordered runs): at most cfg.Ahead of them.
	early := map[int]*result{}
	next := 0
	for {
		select {
		case r, ok := <-results:
			if !ok {
				// Store what was analysed even when ctx ended: the batch
				// is complete documents, and a later run skips them.
				flush()
				st.Elapsed = time.Since(start)
				if storeErr != nil {
					return st, storeErr
				}
				return st, ctx.Err()
			}
			if !ordered {
				handle(r)
				continue
			}
			early[r.seq] = r
			for {
				r, ok := early[next]
				if !ok {
					break
				}
				delete(early, next)
				next++
				// Free the slot before a possible write, so the workers
				// go on analysing while the batch commits.
				<-slots
				handle(r)
			}
		case <-timer.C:
			flush()
			timer.Reset(cfg.BatchWait)
		}
	}
}

// analyse loads and analyses one item in a worker.
func analyse(ctx context.Context, cfg Config, budget *pipeline.Budget, it Item) (r *result) {
	r = &result{source: it.Source, settle: it.Settle, flush: it.Flush}
	defer func() {
		if p := recover(); p != nil {
			r.article, r.skipped, r.sameBytes, r.storeErr = nil, false, false, false
			r.err = fmt.Errorf("internal error (panic): %v", p)
		}
	}()
	if it.Err != nil {
		r.stage, r.err = cmp.Or(it.Stage, "read"), it.Err
		return r
	}
	if it.URL != "" {
		seen, err := cfg.Store.Seen(ctx, it.URL, "")
		if err != nil {
			r.stage, r.err, r.storeErr = "store", err, true
			return r
		}
		if seen {
			// Stored from its feed's description: its page is read
			// again, to take its place if it now holds the article.
			u, err := describedStored(ctx, cfg.Store, it, time.Now(), cfg.UpgradeWindow)
			if err != nil {
				r.stage, r.err, r.storeErr = "store", err, true
				return r
			}
			if u == nil {
				r.skipped = true
				return r
			}
			r.upgrade = u
		}
	}
	doc := it.Doc
	if doc == nil {
		if it.Load == nil {
			r.stage, r.err = "read", errors.New("item has neither a document nor a loader")
			return r
		}
		var err error
		if doc, err = it.Load(ctx); err != nil {
			if r.upgrade != nil && ctx.Err() == nil {
				// The page of an article stored from its feed's
				// description failed again: it stays as it is, and
				// nothing failed that was not stored.
				cfg.Log.Info("page of an article stored from its feed's description not fetched again", "source", it.Source, "err", err)
				r.skipped = true
				return r
			}
			r.stage, r.err = "read", err
			if errors.Is(err, ErrNotFetched) {
				r.stage = StageNotFetched
			}
			return r
		}
	}
	if r.source == "" {
		r.source = doc.Source
	}
	if r.upgrade != nil {
		return analyseUpgrade(ctx, cfg, budget, it, doc, r)
	}
	// A document stored under its URL is skipped unread. The same bytes
	// stored under another URL are stored once, under the URL of the
	// earliest published, whichever arrived first (merge.Apply): only
	// extraction runs until that says the document is the original.
	url := merge.Identity(doc)
	if url == "" {
		url = "urn:sha256:" + merge.ContentHash(doc.Raw) // as merge.NewArticle names it
	}
	seen, err := cfg.Store.Seen(ctx, url, "")
	if err != nil {
		r.stage, r.err, r.storeErr = "store", err, true
		return r
	}
	if seen {
		r.skipped = true
		return r
	}
	stages := cfg.Stages
	if n := extractStages(stages); n > 0 {
		stored, ok, err := cfg.Store.ArticleByHash(ctx, merge.ContentHash(doc.Raw))
		if err != nil {
			r.stage, r.err, r.storeErr = "store", err, true
			return r
		}
		if ok {
			// Bytes stored under another URL: their publish and
			// reference dates, which extraction gives, tell whether
			// they are the story's original. Unless they are, Apply
			// would skip them, and the rest of the analysis (the
			// NLP, nearly all of the time) is not needed. The stored
			// article can only become earlier or a copy before the
			// writer gets to this one (RenameArticle, MakeCopy), so
			// the answer holds.
			if err := runStages(ctx, budget, stages[:n], doc, r); err != nil {
				return r
			}
			if !merge.TakesIdentity(merge.NewArticle(doc, time.Now()), stored) {
				r.sameBytes = true
				return r
			}
			stages = stages[n:]
		}
	}
	err = runStages(ctx, budget, stages, doc, r)
	// A feed link whose page fetched but held no article text (a paywall,
	// a page of scripts) is stored from the feed's description, as one
	// that could not be fetched is.
	if d := describeBodyless(it, doc, err, cfg.Log); d != nil {
		if it.Described != nil {
			it.Described()
		}
		doc, r.err, r.stage = d, nil, ""
		if err := runStages(ctx, budget, cfg.Stages, doc, r); err != nil {
			return r
		}
	} else if err != nil {
		return r
	}
	r.article = merge.NewArticle(doc, time.Now())
	// The raw bytes are hashed and the tokens are not stored; drop them so
	// a queued batch holds only the analysis.
	doc.Raw = nil
	pipeline.DropTokens(doc)
	return r
}

// analyseUpgrade analyses doc, the page of an article stored from its
// feed's description (r.upgrade) read again, when it now holds the
// article (upgrade.fuller): extraction first, so that a page still behind
// its paywall is skipped as stored without the rest of the analysis, and
// the description stays. A fetch that failed again skips the item too:
// the article is stored, as well as it could be.
func analyseUpgrade(ctx context.Context, cfg Config, budget *pipeline.Budget, it Item, doc *model.Document, r *result) *result {
	stages := cfg.Stages
	n := extractStages(stages)
	err := runStages(ctx, budget, stages[:n], doc, r)
	if ctx.Err() != nil {
		return r
	}
	if !r.upgrade.fuller(doc, err) {
		if it.Described != nil && !ingest.IsDescriptionDocument(doc) {
			it.Described() // fetched, but no article in it again
		}
		r.err, r.stage, r.skipped = nil, "", true
		return r
	}
	if err := runStages(ctx, budget, stages[n:], doc, r); err != nil {
		return r
	}
	r.article = merge.NewArticle(doc, time.Now())
	doc.Raw = nil
	pipeline.DropTokens(doc)
	return r
}

// runStages runs stages over doc within budget; an error is r's, with
// the stage it arose in.
func runStages(ctx context.Context, budget *pipeline.Budget, stages []pipeline.Stage, doc *model.Document, r *result) error {
	err := pipeline.RunWithin(ctx, budget, stages, doc)
	if err != nil {
		r.err = err
		var se *pipeline.StageError
		if errors.As(err, &se) {
			r.stage = se.Stage
		}
	}
	return err
}

// extractStages is how many of stages, from the first, are needed to know
// a document's URL and dates (merge.NewArticle): up to the extractor,
// which gives them (the later stages read the extracted text and set
// neither); 0 when there is no extractor among them.
func extractStages(stages []pipeline.Stage) int {
	for i, s := range stages {
		if _, ok := s.(*extract.Extractor); ok {
			return i + 1
		}
	}
	return 0
}

type writer struct {
	cfg   Config
	stats *Stats
	start time.Time
}

func (w *writer) progress() {
	if w.cfg.Progress != nil {
		s := *w.stats
		s.Elapsed = time.Since(w.start)
		w.cfg.Progress(s)
	}
}

// write stores a batch in one transaction. If the transaction fails (one
// document the store rejects), each document is retried alone so the bad
// one is recorded as a failure and the others are kept.
func (w *writer) write(ctx context.Context, batch []*result) error {
	if len(batch) == 0 {
		return nil
	}
	var counts Stats
	outcomes := make([]string, len(batch))
	err := w.cfg.Store.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		counts = Stats{}
		for i, r := range batch {
			o, err := w.apply(ctx, tx, r, &counts)
			if err != nil {
				return err
			}
			outcomes[i] = o
		}
		return nil
	})
	if err != nil {
		if ctx.Err() != nil || len(batch) == 1 {
			if len(batch) == 1 && ctx.Err() == nil {
				return w.fail(ctx, batch[0], err)
			}
			return err
		}
		for _, r := range batch {
			if err := w.write(ctx, []*result{r}); err != nil {
				return err
			}
		}
		return nil
	}
	w.add(counts, batch, outcomes)
	return nil
}

func (w *writer) add(c Stats, batch []*result, outcomes []string) {
	s := w.stats
	s.Items += len(batch)
	s.Stored += c.Stored
	s.Skipped += c.Skipped
	s.Duplicates += c.Duplicates
	s.Upgraded += c.Upgraded
	s.Incomplete += c.Incomplete
	s.Failed += c.Failed
	s.NotFetched += c.NotFetched
	s.NewEvents += c.NewEvents
	s.Merged += c.Merged
	for i, r := range batch {
		if r.err != nil {
			w.cfg.Log.Warn("ingest failed", "source", r.source, "stage", r.stage, "err", r.err)
		}
		if w.cfg.OnItem != nil {
			w.cfg.OnItem(r.source, outcomes[i], r.err)
		}
		r.done(Settlement{Outcome: outcomes[i], Err: r.err})
	}
	w.progress()
}

func (w *writer) apply(ctx context.Context, tx store.Tx, r *result, c *Stats) (string, error) {
	if r.err != nil {
		c.Failed++
		if r.stage == StageNotFetched {
			c.NotFetched++
		}
		return OutcomeFailed, tx.RecordFailure(ctx, store.Failure{Source: r.source, Stage: r.stage, Error: r.err.Error()})
	}
	if r.sameBytes {
		c.Skipped++
		return OutcomeSkipped, tx.ClearFailure(ctx, r.source)
	}
	if r.upgrade != nil {
		out, err := merge.Upgrade(ctx, tx, r.upgrade.id, r.article, w.cfg.Merge)
		if err != nil {
			return "", err
		}
		if out.Skipped {
			c.Skipped++
			return OutcomeSkipped, tx.ClearFailure(ctx, r.source)
		}
		c.Upgraded++
		if len(r.article.Data.Incomplete) > 0 {
			c.Incomplete++
		}
		c.NewEvents += out.NewEvents
		c.Merged += out.Merged
		return OutcomeUpgraded, tx.ClearFailure(ctx, r.source)
	}
	out, err := merge.Apply(ctx, tx, r.article, w.cfg.Merge)
	if err != nil {
		return "", err
	}
	outcome := OutcomeStored
	switch {
	case out.Skipped:
		c.Skipped++
		outcome = OutcomeSkipped
	default:
		c.Stored++
		if r.article != nil && r.article.Data != nil && len(r.article.Data.Incomplete) > 0 {
			c.Incomplete++
		}
		switch {
		case out.DuplicateOf != 0:
			c.Duplicates++
			outcome = OutcomeDuplicate
		case out.Replaced != 0:
			// Stored as the original of a story whose copy came first:
			// the copy is now the run's syndicated copy, as it is when
			// the original comes first.
			c.Duplicates++
		}
		c.NewEvents += out.NewEvents
		c.Merged += out.Merged
	}
	return outcome, tx.ClearFailure(ctx, r.source)
}

// fail records a document the store would not take.
func (w *writer) fail(ctx context.Context, r *result, cause error) error {
	r.article, r.stage, r.err = nil, "store", cause
	err := w.cfg.Store.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.RecordFailure(ctx, store.Failure{Source: r.source, Stage: r.stage, Error: cause.Error()})
	})
	if err != nil {
		return fmt.Errorf("store: record failure of %s: %w", r.source, errors.Join(cause, err))
	}
	w.add(Stats{Failed: 1}, []*result{r}, []string{OutcomeFailed})
	return nil
}
