package cli

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/store/backend"
)

// runEvalMerge ingests the merging corpus (written for the repository)
// through the real pipeline and merge code into a fresh store, then scores
// the stored events against the corpus's gold clusters.
func runEvalMerge(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval merge", "eval merge [--split dev|test|all] [--corpus FILE] [--out FILE] [--db FILE|URL] [--shuffle SEED] [--remerge]")
	split := fs.String("split", "all", "groups of the corpus to ingest and score: dev (study errors there), test (report only) or all")
	corpus := fs.String("corpus", "", "corpus file in the format of internal/eval/testdata/merge/corpus.txt (default: that corpus, embedded)")
	out := fs.String("out", "", "write each report with the stored event it landed in, and the reports it was and was not merged with, as JSONL to FILE")
	db := fs.String("db", "", "an empty store to ingest into: a SQLite file or a postgres:// URL (default: a temporary SQLite file, removed afterwards)")
	shuffle := fs.Uint64("shuffle", 0, "ingest the articles in an order drawn from this seed instead of by publish time (0: by publish time), to check that merging does not depend on arrival order")
	remerge := fs.Bool("remerge", false, "remerge the store's events (as newsgraph remerge does) before scoring: with --shuffle, checks that a remerge gives the events of ingesting oldest first")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	text := eval.MergeCorpusText()
	name := "merging corpus (written for the repository)"
	if *corpus != "" {
		b, err := os.ReadFile(*corpus)
		if err != nil {
			return err
		}
		text, name = b, *corpus
	}
	groups, err := eval.ParseMergeCorpus(bytes.NewReader(text))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if groups, err = eval.SelectMergeSplit(groups, *split); err != nil {
		return usageError("--%v", err)
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "newsgraph-eval-merge-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "merge.db")
	}
	st, err := backend.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	if s, err := st.Stats(ctx); err != nil {
		return err
	} else if s.Articles > 0 {
		return usageError("--db %s holds articles already; eval merge needs an empty store", path)
	}
	stages, err := buildStages(stageConfig{SummarySentences: 3, Log: env.Log})
	if err != nil {
		return err
	}
	arts := eval.MergeArticles(groups)
	if *shuffle != 0 {
		r := rand.New(rand.NewPCG(*shuffle, 0))
		r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	}
	items := func(yield func(runner.Item) bool) {
		for _, a := range arts {
			src := "merge-corpus:" + a.URL
			doc, err := ingest.JSONLDocument(src, a.JSONL())
			if !yield(runner.Item{Source: src, URL: a.URL, Doc: doc, Err: err, Kind: runner.KindJSONL}) {
				return
			}
		}
	}
	// Merging depends on what is stored first; the runner stores in the
	// corpus's order whatever the number of workers.
	stats, err := runner.Run(ctx, runner.Config{Store: st, Stages: stages, Log: env.Log}, items)
	if err != nil {
		return err
	}
	if stats.Failed > 0 {
		return fmt.Errorf("eval merge: %d of %d articles failed to ingest", stats.Failed, len(arts))
	}
	if *remerge {
		if _, err := merge.RemergeStore(ctx, st, merge.Options{}, 0); err != nil {
			return err
		}
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	sc, err := eval.ScoreMerge(ctx, st, groups, w)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	eval.WriteMergeScores(env.Stdout, fmt.Sprintf("%s, %s split: %d articles ingested", name, *split, len(arts)), sc)
	return nil
}
