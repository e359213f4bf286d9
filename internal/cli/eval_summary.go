package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
	"github.com/newsgraph/newsgraph/internal/nlp/summary"
)

// runEvalSummary scores extractive summaries against GUM's human
// summaries, with the lead-3 baselines beside.
func runEvalSummary(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval summary", "eval summary [--data DIR] [--genres LIST] [--sentences N] [--out FILE] [--tokens auto|pipeline|gold]")
	data := fs.String("data", "", "GUM directory with dep/ (default: shared data gum)")
	genres := fs.String("genres", "", "comma-separated GUM genres (default: all in dep/)")
	n := fs.Int("sentences", summary.DefaultSentences, "sentences in each summary")
	out := fs.String("out", "", "write per-document summaries and scores as JSONL to FILE")
	tokens := gumTokensFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, "gum")
	if err != nil {
		return err
	}
	var gs []string
	if *genres != "" {
		gs = strings.Split(*genres, ",")
	}
	docs, err := eval.LoadGUM(dir, gs...)
	if err != nil {
		return err
	}
	fq, err := quotes.New()
	if err != nil {
		return err
	}
	kx := keywords.New(keywords.Config{})
	sm := summary.New(summary.Config{Sentences: *n})
	analyze, mode, err := gumAnalyzer(*tokens, func(ctx context.Context, a *model.Article) error {
		a.Quotes = fq.Find(a)
		a.Keywords = kx.Extract(a)
		return nil
	})
	if err != nil {
		return err
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	sc, err := eval.EvalSummary(ctx, docs, eval.SummaryFuncs{
		Analyze:  analyze,
		Summary:  sm.Summarize,
		LeadBody: func(a *model.Article) string { return strings.Join(summary.Lead(a, *n), " ") },
	}, w)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "GUM summaries (%s tokens, %d sentences)\n", mode, *n)
	eval.WriteSummaryScores(env.Stdout, sc)
	return nil
}
