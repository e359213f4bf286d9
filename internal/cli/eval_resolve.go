package cli

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// runEvalResolve scores actor resolution on GUM's wikification.
func runEvalResolve(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval resolve", "eval resolve [--data DIR] [--split train|dev|test|all] [--genres LIST] [--out FILE]")
	sel := gumSelectionFlags(fs)
	out := fs.String("out", "", "write each scored entity and each missed gold mention as JSONL to FILE")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	docs, err := sel.load()
	if err != nil {
		return err
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
	eval.WriteResolveScores(env.Stdout, fmt.Sprintf("GUM wikification, %s (%s; each document read against its creation date)", sel, mode), sc)
	return nil
}
