package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// runEvalResolve scores actor resolution on GUM's wikification.
func runEvalResolve(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval resolve", "eval resolve [--data DIR] [--split train|dev|test|all] [--genres LIST] [--out FILE]")
	data := fs.String("data", "", "GUM directory with dep/ and splits.md (default: shared data gum)")
	split := fs.String("split", "all", "GUM's own split: train (tune on these), dev, test or all")
	genres := fs.String("genres", "", "comma-separated GUM genres (default: all in dep/: academic, bio, court, interview, news, voyage)")
	out := fs.String("out", "", "write each scored entity and each missed gold mention as JSONL to FILE")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, "gum")
	if err != nil {
		return err
	}
	docs, err := eval.LoadGUM(dir, genreList(*genres)...)
	if err != nil {
		return err
	}
	splits, err := eval.GUMSplits(filepath.Join(dir, "splits.md"))
	if err != nil {
		return err
	}
	if docs, err = eval.FilterGUMSplit(docs, splits, *split); err != nil {
		return usageError("--%v", err)
	}
	k, err := kb.Load()
	if err != nil {
		return err
	}
	analyze, mode, err := gumAnalyzer("pipeline", func(context.Context, *model.Article) error { return nil })
	if err != nil {
		return err
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	sc, err := eval.EvalResolve(ctx, docs, k, analyze, w)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	eval.WriteResolveScores(env.Stdout, fmt.Sprintf("GUM wikification, %s split%s (%s; each document read against its creation date)", *split, genreNote(*genres), mode), sc)
	return nil
}
