package cli

import (
	"context"
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
	data := fs.String("data", "", "GUM directory with dep/ and splits.md (default: shared data gum)")
	split := fs.String("split", "all", "GUM's own split: train (tune on these), dev, test or all")
	genres := fs.String("genres", "", "comma-separated GUM genres (default: all in dep/: academic, bio, court, interview, news, voyage)")
	out := fs.String("out", "", "write each gold date with what was predicted over it, and each unmatched prediction, as JSONL to FILE")
	tokens := gumTokensFlag(fs)
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
	eval.WriteTimexScores(env.Stdout, fmt.Sprintf("GUM <date> markup, %s split%s (%s tokens; anchor: each document's creation date)", *split, genreNote(*genres), mode), sc)
	return nil
}

// genreList splits --genres; empty means every genre.
func genreList(genres string) []string {
	if genres == "" {
		return nil
	}
	return strings.Split(genres, ",")
}

func genreNote(genres string) string {
	if genres == "" {
		return ""
	}
	return ", genres " + genres
}
