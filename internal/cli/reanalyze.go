package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest/reanalyze"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// runReanalyze analyses the stored articles again: a store ingested before
// the models, knowledge base or events coder changed keeps the old
// entities, actors, quotes and events until then, and ingest refuses an
// article it already stored.
func runReanalyze(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "reanalyze", "reanalyze [--db FILE|URL] [--since DATE] [--limit N] [--join-confidence X] [--merge-batch N]\n\n"+
		"Runs the analysis (entities, actors, dates, quotes, keywords, summary, events) again over the\n"+
		"stored articles, in the order they were stored, from their stored title, text and dates\n"+
		"(nothing is fetched or extracted again), and replaces each article's analysis, actors,\n"+
		"mentions and quotes, one transaction per article. Then it merges the events of every\n"+
		"stored article again, as `newsgraph remerge` does (in one transaction, or --merge-batch N\n"+
		"articles per transaction). The store then holds what a fresh ingest of the same\n"+
		"articles with this version would (ids aside). An article that fails keeps its old\n"+
		"analysis and is reported; the rest go on. Interrupted (Ctrl-C), the articles done keep\n"+
		"their new analysis but the merged events are not brought up to date: run it again, or\n"+
		"run `newsgraph remerge`. Running it twice gives the same store.")
	db := dbFlag(fs, env)
	since := fs.String("since", "", "only articles published on or after this date ("+dateFlagForms+"; a year, month or day from its start, in UTC; undated articles: ingested on or after it)")
	limit := fs.Int("limit", 0, "analyse at most this many articles (0: all)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	budget := fs.Int64("analysis-budget", pipeline.DefaultBudgetBytes, "bytes of text analysed at once over all workers; a larger article is analysed alone")
	summary := fs.Int("summary-sentences", 3, "sentences in the summary (as ingest's)")
	progress := fs.String("progress", "auto", "progress bar: auto (on a terminal), always, never")
	format := fs.String("format", "text", "summary format: text or json")
	joinConfidence := joinConfidenceFlag(fs)
	batch := remergeBatchFlag(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (reanalyze takes flags only: newsgraph reanalyze -h lists them)", rest)
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError("unknown --format %q (want text or json)", *format)
	}
	if *progress != "auto" && *progress != "always" && *progress != "never" {
		return usageError("unknown --progress %q (want auto, always or never)", *progress)
	}
	var sinceDate time.Time
	if *since != "" {
		d, err := parseDateFlag(*since)
		if err != nil {
			return usageError("--since: %v", err)
		}
		sinceDate = d.Start
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stages, err := analysisStages(stageConfig{SummarySentences: *summary, Log: env.Log})
	if err != nil {
		return err
	}
	total := 0
	if sinceDate.IsZero() {
		// The bar's total: every article (copies too), unless --since
		// makes it unknown.
		s, err := st.Stats(ctx)
		if err != nil {
			return err
		}
		total = s.Articles
		if *limit > 0 {
			total = min(total, *limit)
		}
	}
	bar := newProgress(env, *progress, total)
	bar.log = func(s runner.Stats) {
		env.Log.Info("reanalyze progress", "articles", s.Items, "reanalysed", s.Stored, "failed", s.Failed,
			"docs_per_s", fmt.Sprintf("%.1f", rate(s.Items, s.Elapsed)))
	}
	rs, err := reanalyze.Run(ctx, reanalyze.Config{
		Store: st, Stages: stages, Workers: *workers, Budget: pipeline.NewBudget(*budget), Since: sinceDate, Limit: *limit, Log: env.Log,
		Merge: merge.Options{JoinConfidence: *joinConfidence}, RemergeBatch: *batch,
		Progress: func(s reanalyze.Stats) {
			bar.update(runner.Stats{Items: s.Articles, Stored: s.Reanalysed, Failed: s.Failed, Elapsed: s.Elapsed})
		},
	})
	bar.finish()
	if err != nil && !errors.Is(err, reanalyze.ErrInterrupted) {
		return err
	}
	if perr := printReanalyzeSummary(env, *format, rs, err == nil); perr != nil {
		return perr
	}
	if err != nil {
		return fmt.Errorf("interrupted after %d articles (%d analysed again): their new analyses are stored, the merged events are not up to date; run `newsgraph remerge`, or this command again: %w", rs.Articles, rs.Reanalysed, err)
	}
	env.Log.Info("reanalyze done", "articles", rs.Articles, "failed", rs.Failed, "events", rs.Events,
		"seconds", rs.Elapsed.Seconds(), "remerge_seconds", rs.RemergeElapsed.Seconds())
	if rs.Failed > 0 {
		return errPartial
	}
	return nil
}

func printReanalyzeSummary(env Env, format string, s reanalyze.Stats, remerged bool) error {
	if format == "json" {
		return json.NewEncoder(env.Stdout).Encode(struct {
			reanalyze.Stats
			DocsPerSecond float64 `json:"docs_per_second"`
		}{s, rate(s.Articles, s.Elapsed-s.RemergeElapsed)})
	}
	_, err := fmt.Fprintf(env.Stdout, "%s analysed again in %s (%.1f docs/s), %d failed",
		countNoun(s.Reanalysed, "article", "articles"), (s.Elapsed - s.RemergeElapsed).Round(time.Millisecond), rate(s.Articles, s.Elapsed-s.RemergeElapsed), s.Failed)
	if err != nil {
		return err
	}
	if !remerged {
		_, err = fmt.Fprintln(env.Stdout, "; events not merged again")
		return err
	}
	_, err = fmt.Fprintf(env.Stdout, "; events of %s merged again in %s: %s, %s\n",
		countNoun(s.Remerged, "article", "articles"), s.RemergeElapsed.Round(time.Millisecond), countNoun(s.Events, "event", "events"), joinedReports(s.Merged))
	return err
}
