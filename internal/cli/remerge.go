package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
)

// joinConfidenceFlag is --join-confidence, shared by the commands that
// merge events: a store's events are merged consistently only when every
// run that writes them uses one value.
func joinConfidenceFlag(fs *flag.FlagSet) *float64 {
	return fs.Float64("join-confidence", merge.DefaultJoinConfidence,
		"the events coder's confidence from which a report may join, or start, an event shared across articles (0-1; the coder gives 0.9+ only to a sentence's own event with both parties named; use one value for every run on a store)")
}

// remergeBatchFlag is --merge-batch of the commands that merge every stored
// article's events again (see merge.RemergeStore).
func remergeBatchFlag(fs *flag.FlagSet) *int {
	return fs.Int("merge-batch", 0, "merge the events of this many articles per write transaction (0: all in one, so that readers see the old events until it is done and an interruption changes nothing; N: other writers wait for one batch at most, but the store shows the events merged so far until the end)")
}

func checkJoinConfidence(v float64) error {
	if !(v > 0 && v <= 1) {
		return usageError("--join-confidence %v: want a number above 0 and at most 1", v)
	}
	return nil
}

// runRemerge merges the events of every stored article again under the
// current merging rules: a store ingested before a change to them keeps the
// events it merged then. Articles are not analysed again.
func runRemerge(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "remerge", "remerge [--db FILE|URL] [--join-confidence X] [--merge-batch N]\n\n"+
		"Clears the store's merged events and merges the events of every stored article again,\n"+
		"oldest first (by publish date, then URL: not the order they were stored in, so that\n"+
		"stores of the same articles ingested in different orders get the same events),\n"+
		"under the current merging rules, in one\n"+
		"transaction (with --merge-batch N: N articles per transaction). Articles, their actors,\n"+
		"mentions and quotes are kept, and nothing is analysed again. Running it twice gives\n"+
		"the same events (their ids may change).")
	db := dbFlag(fs, env)
	joinConfidence := joinConfidenceFlag(fs)
	batch := remergeBatchFlag(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (remerge takes flags only: newsgraph remerge -h lists them)", rest)
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	before, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	start := time.Now()
	rs, err := merge.RemergeStore(ctx, st, merge.Options{JoinConfidence: *joinConfidence}, *batch)
	if err != nil {
		if *batch > 0 {
			return fmt.Errorf("remerge: %w", err)
		}
		return fmt.Errorf("remerge: %w (the store is as it was)", err)
	}
	after, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	env.Log.Info("remerge done", "articles", rs.Articles, "events_before", before.Events, "events_after", after.Events, "seconds", time.Since(start).Seconds())
	_, err = fmt.Fprintf(env.Stdout, "remerged the events of %s: %s (was %d), %s\n",
		countNoun(rs.Articles, "article", "articles"), countNoun(after.Events, "event", "events"), before.Events, joinedReports(rs.Merged))
	return err
}

// joinedReports counts the reports that joined an event another article
// had reported (merge.Outcome.Merged; the JSON summaries' merged_reports),
// with the verb in its number. Ingest's summary said "6 reports merged",
// which reads as every report folded into some event, where the count is
// only of those another article's event took in; an article's own
// reports of one event (a pact coded both ways round) are not counted.
func joinedReports(n int) string {
	return countNoun(n, "report joined another article's event", "reports joined other articles' events")
}
