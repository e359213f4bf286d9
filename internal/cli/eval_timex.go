package cli

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
)

// runEvalTimex scores date detection and normalisation on GUM's <date>
// markup, each document read against its creation date.
func runEvalTimex(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval timex", "eval timex [--data DIR] [--split train|dev|test|all] [--genres LIST] [--out FILE] [--tokens auto|pipeline|gold]")
	sel := gumSelectionFlags(fs)
	out := fs.String("out", "", "write each gold date with what was predicted over it, and each unmatched prediction, as JSONL to FILE")
	tokens := gumTokensFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	docs, err := sel.load()
	if err != nil {
		return err
	}
	stage := timex.NewStage()
	analyze, mode, err := gumAnalyzer(*tokens, func(ctx context.Context, a *model.Article) error {
		// With gold tokens no wired stage has run; with the pipeline the
		// dates are made again from the same sentences.
		return stage.Process(ctx, &model.Document{Article: a})
	})
	if err != nil {
		return err
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	sc, err := eval.EvalTimex(ctx, docs, analyze, w)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	eval.WriteTimexScores(env.Stdout, fmt.Sprintf("GUM <date> markup, %s (%s tokens; anchor: each document's creation date)", sel, mode), sc)
	return nil
}

// gumSelection is which GUM documents an eval reads: --data, --split and
// --genres, shared by the evals scored on GUM's own splits.
type gumSelection struct{ data, split, genres *string }

func gumSelectionFlags(fs *flag.FlagSet) gumSelection {
	return gumSelection{
		data:   fs.String("data", "", "GUM directory with dep/ and splits.md (default: shared data gum)"),
		split:  fs.String("split", "all", "GUM's own split: train (tune on these), dev, test or all"),
		genres: fs.String("genres", "", "comma-separated GUM genres (default: all in dep/: academic, bio, court, interview, news, voyage)"),
	}
}

// load reads the selected documents.
func (g gumSelection) load() ([]*eval.GUMDoc, error) {
	dir, err := dataDir(*g.data, "gum")
	if err != nil {
		return nil, err
	}
	var genres []string
	if *g.genres != "" {
		genres = strings.Split(*g.genres, ",")
	}
	docs, err := eval.LoadGUM(dir, genres...)
	if err != nil {
		return nil, err
	}
	splits, err := eval.GUMSplits(filepath.Join(dir, "splits.md"))
	if err != nil {
		return nil, err
	}
	if docs, err = eval.FilterGUMSplit(docs, splits, *g.split); err != nil {
		return nil, usageError("--%v", err)
	}
	return docs, nil
}

// String names the selection in an eval's heading: "test split, genres news".
func (g gumSelection) String() string {
	if *g.genres == "" {
		return *g.split + " split"
	}
	return *g.split + " split, genres " + *g.genres
}
