// Package reanalyze runs the analysis stages (nlp to events) again over
// the articles a store holds, from their stored text, title and dates, and
// puts each new analysis in place of the old one; then it merges the
// events of every article again (merge.Remerge). A store ingested before
// the models, knowledge base or events coder improved so ends as a fresh
// ingest of the same inputs with the current code would make it, without
// fetching or extracting anything again.
package reanalyze

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Config says what to analyse again and how.
type Config struct {
	Store store.Store
	// Stages are the analysis stages after extraction, in pipeline order.
	Stages []pipeline.Stage
	// Workers analyse articles in parallel (default GOMAXPROCS); the
	// writes are one at a time, in store order.
	Workers int
	// Budget bounds the bytes of text analysed at once over all workers
	// (nil: no bound), as in ingest.
	Budget *pipeline.Budget
	// Since, when set, limits the run to articles published on or after
	// it (articles without a publish date: ingested on or after it).
	Since time.Time
	// Limit, when above zero, stops after this many articles (in store
	// order, counting failures).
	Limit int
	// Merge tunes the final merging of events (JoinConfidence), and
	// RemergeBatch splits it over transactions (merge.RemergeStore).
	Merge        merge.Options
	RemergeBatch int
	Log          *slog.Logger
	// Progress, when set, is called after each article.
	Progress func(Stats)
}

// Stats counts what a run did.
type Stats struct {
	Articles   int           `json:"articles"`       // articles analysed again, or tried (failures included)
	Reanalysed int           `json:"reanalysed"`     // new analysis stored
	Failed     int           `json:"failed"`         // analysis or write failed: the old analysis stays
	Remerged   int           `json:"remerged"`       // canonical articles whose events were merged again
	Events     int           `json:"events"`         // merged events made by the final remerge
	Merged     int           `json:"merged_reports"` // reports that joined another article's event (merge.Outcome.Merged)
	Elapsed    time.Duration `json:"elapsed_ns"`
	// RemergeElapsed is the part of Elapsed spent merging events again.
	RemergeElapsed time.Duration `json:"remerge_elapsed_ns"`
}

// ErrInterrupted wraps the context's error when a run stops before its
// end: the articles done have their new analysis, but the merged events
// are not brought up to date: they are those from before the run (or,
// when a remerge split over transactions was interrupted, those of the
// articles it merged); merge.Remerge (`newsgraph remerge`) completes it.
var ErrInterrupted = errors.New("reanalyze interrupted before merging the events again")

// page is how many articles are read, and analysed, at a time.
const page = 64

// Run analyses the chosen articles again, one write transaction per
// article, and then merges the events of every stored article again
// (merge.RemergeStore: in one transaction unless cfg.RemergeBatch says
// otherwise). An article whose analysis or write fails keeps its old
// analysis, is logged, counted in Stats.Failed, and the run goes on. When
// ctx is cancelled, Run stops after the article being written and returns
// an error wrapping ErrInterrupted and ctx's error without merging: each
// article's rows still agree with its stored analysis, and the merged
// events are those from before the run until events are merged again.
func Run(ctx context.Context, cfg Config) (Stats, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	var st Stats
	// renewed holds the actors a stored analysis of this run listed: the
	// first article of the run to list an actor sets its name, type,
	// country and sector, as the first article to list it does in a
	// fresh store, so that a change of the knowledge base reaches the
	// actors table.
	renewed := map[string]bool{}
	after := int64(0)
	for {
		if err := ctx.Err(); err != nil {
			st.Elapsed = time.Since(start)
			return st, fmt.Errorf("%w: %w", ErrInterrupted, err)
		}
		// Read on the read side: the page is read while an ingest (or
		// serve's POST) may write, without taking the write lock.
		// Each article's new analysis is written in a transaction of
		// its own, which replaces what this page read of it.
		arts, err := cfg.Store.Articles(ctx, after, page)
		if err != nil {
			st.Elapsed = time.Since(start)
			if ctx.Err() != nil {
				return st, fmt.Errorf("%w: %w", ErrInterrupted, ctx.Err())
			}
			return st, fmt.Errorf("reanalyze: read articles after %d: %w", after, err)
		}
		if len(arts) == 0 {
			break
		}
		after = arts[len(arts)-1].ID
		var todo []*store.Article
		for i := range arts {
			if cfg.Limit > 0 && st.Articles+len(todo) >= cfg.Limit {
				break
			}
			if inRange(&arts[i], cfg.Since) {
				todo = append(todo, &arts[i])
			}
		}
		load := func(_ context.Context, i int) (*model.Document, error) { return Document(todo[i]), nil }
		pipeline.RunAll(ctx, len(todo), cfg.Workers, cfg.Budget, load, cfg.Stages, func(r pipeline.Result) {
			if ctx.Err() != nil {
				return // not this article's failure: the run stops
			}
			a := todo[r.Index]
			st.Articles++
			err := r.Err
			if err == nil {
				err = store1(ctx, cfg.Store, a, r.Doc.Article, renewed)
			}
			if err != nil {
				if ctx.Err() != nil {
					st.Articles--
					return
				}
				st.Failed++
				cfg.Log.Warn("reanalyze failed; the article keeps its old analysis", "article", a.ID, "url", a.URL, "err", err)
			} else {
				st.Reanalysed++
			}
			st.Elapsed = time.Since(start)
			if cfg.Progress != nil {
				cfg.Progress(st)
			}
		})
		if cfg.Limit > 0 && st.Articles >= cfg.Limit {
			break
		}
	}
	if err := ctx.Err(); err != nil {
		st.Elapsed = time.Since(start)
		return st, fmt.Errorf("%w: %w", ErrInterrupted, err)
	}
	mergeStart := time.Now()
	rs, err := merge.RemergeStore(ctx, cfg.Store, cfg.Merge, cfg.RemergeBatch)
	st.Remerged, st.Events, st.Merged = rs.Articles, rs.Events, rs.Merged
	st.RemergeElapsed = time.Since(mergeStart)
	st.Elapsed = time.Since(start)
	if err != nil {
		if ctx.Err() != nil {
			return st, fmt.Errorf("%w: %w", ErrInterrupted, err)
		}
		return st, fmt.Errorf("reanalyze: merge the events again: %w", err)
	}
	return st, nil
}

// inRange says whether a is published (undated: ingested) on or after
// since; every article is when since is zero.
func inRange(a *store.Article, since time.Time) bool {
	if since.IsZero() {
		return true
	}
	t := a.IngestedAt
	if a.Published != nil {
		t = *a.Published
	}
	return !t.Before(since)
}

// store1 writes the new analysis of one article in its own transaction.
func store1(ctx context.Context, st store.Store, a *store.Article, data *model.Article, renewed map[string]bool) error {
	if data == nil {
		return errors.New("the analysis stages made no article")
	}
	var renew []string
	if a.DuplicateOf == 0 {
		for _, ar := range data.Actors {
			if ar.ID != "" && !renewed[ar.ID] {
				renew = append(renew, ar.ID)
			}
		}
	}
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ReplaceAnalysis(ctx, a.ID, data, renew)
	})
	if err != nil {
		return err
	}
	for _, id := range renew {
		renewed[id] = true
	}
	return nil
}

// Document is the input the analysis stages get for a stored article: what
// extraction gave (source, URL, title, byline, dates, site, language, text,
// paragraphs, captions, tags) and nothing the later stages added.
func Document(a *store.Article) *model.Document {
	old := a.Data
	if old == nil {
		old = &model.Article{}
	}
	art := &model.Article{
		Source: old.Source, URL: old.URL, Title: old.Title, Byline: old.Byline, Published: old.Published,
		PublishedSource: old.PublishedSource, PublishedZoneSource: old.PublishedZoneSource,
		ReferenceDate: old.ReferenceDate, ReferenceSource: old.ReferenceSource,
		Site: old.Site, Language: old.Language, Text: old.Text, Paragraphs: old.Paragraphs,
		Captions: old.Captions, Tags: old.Tags,
	}
	// What extraction and the input adapters marked (a page cut at its
	// size cap, a title-only page, a JSONL date that was no date) is a
	// property of what was read, which reanalysis does not read again:
	// the marks stay. The later stages' own failures are theirs to give
	// again or not.
	for _, f := range old.Incomplete {
		if f.Stage == "extract" || f.Stage == "ingest" {
			art.Incomplete = append(art.Incomplete, f)
		}
	}
	// A blob written without its own fields (an old or damaged row) still
	// has the article's stored columns.
	if art.Text == "" && a.Text != "" {
		art.Text = a.Text
		art.Paragraphs = strings.Split(a.Text, "\n\n") // as extraction joined them
	}
	if art.Title == "" {
		art.Title = a.Title
	}
	if art.Published == nil && a.Published != nil {
		// An old row's blob without the date: the column has it, given
		// with the input or found by an older extractor.
		art.Published, art.PublishedSource = a.Published, model.DateGiven
		art.ReferenceDate, art.ReferenceSource = nil, ""
	}
	if art.Source == "" {
		art.Source = a.Source
	}
	if art.Paragraphs == nil {
		art.Paragraphs = []string{}
	}
	if art.Captions == nil {
		art.Captions = []string{}
	}
	if art.Tags == nil {
		art.Tags = []string{}
	}
	doc := &model.Document{Source: a.Source, URL: a.URL, Article: art}
	if art.Published != nil {
		doc.Published, doc.PublishedSource, doc.PublishedZoneSource = *art.Published, art.PublishedSource, art.PublishedZoneSource
	}
	return doc
}
