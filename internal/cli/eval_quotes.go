package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// runEvalQuotes scores quote spans and speakers on GUM's news and
// interview documents.
func runEvalQuotes(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval quotes", "eval quotes [--data DIR] [--out FILE] [--tokens auto|pipeline|gold]")
	data := fs.String("data", "", "GUM directory with dep/ and xml/ (default: shared data gum)")
	out := fs.String("out", "", "write per-quote gold/predicted spans and speakers as JSONL to FILE")
	tokens := gumTokensFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, "gum")
	if err != nil {
		return err
	}
	docs, err := eval.LoadGUM(dir, "news", "interview")
	if err != nil {
		return err
	}
	fq, err := quotes.New()
	if err != nil {
		return err
	}
	analyze, mode, err := gumAnalyzer(*tokens, func(ctx context.Context, a *model.Article) error {
		a.Quotes = fq.Find(a)
		return nil
	})
	if err != nil {
		return err
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	all, marked, err := eval.EvalQuotes(ctx, docs, analyze, w)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "GUM news+interview documents with quote markup (%s tokens)\n", mode)
	eval.WriteQuoteScores(env.Stdout, marked)
	fmt.Fprintf(env.Stdout, "\nall GUM news+interview documents (some quotations there are not marked)\n")
	eval.WriteQuoteScores(env.Stdout, all)
	return nil
}

// errNoSharedData says where the evals looked for their data.
func errNoSharedData() error {
	return usageError("--data is required: no shared data found ($%s, or ../shared/data beside the go.mod above the working directory)", shared.EnvVar)
}

// dataDir returns an eval's data directory: --data when given, else the
// set's directory in the shared data.
func dataDir(data, set string) (string, error) {
	if data != "" {
		return data, nil
	}
	d := shared.DataDir()
	if d == "" {
		return "", errNoSharedData()
	}
	return filepath.Join(d, set), nil
}

// gumTokensFlag defines --tokens for the evals that read GUM, which has
// gold sentences and tags to compare the pipeline's against.
func gumTokensFlag(fs *flag.FlagSet) *string {
	return fs.String("tokens", "auto", "pipeline: run the nlp stages on the text; gold: GUM's sentences and tags; auto: pipeline when an nlp stage is wired")
}

// preStages returns the wired stages that come before quotes, keywords and
// summary (tokenizer, tagger, resolver, timex), or none in gold mode.
// mode is auto, pipeline or gold; the mode used is returned.
func preStages(mode string) ([]pipeline.Stage, string, error) {
	switch mode {
	case "gold":
		return nil, mode, nil
	case "auto", "pipeline":
	default:
		return nil, "", usageError("--tokens: want auto, pipeline or gold, got %q", mode)
	}
	stages, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		return nil, "", err
	}
	var pre []pipeline.Stage
	hasNLP := false
	for _, s := range stages {
		switch s.Name() {
		case "extract", "events", "quotes", "keywords", "summary":
			continue
		case "nlp":
			hasNLP = true
		}
		pre = append(pre, s)
	}
	if !hasNLP {
		if mode == "pipeline" {
			return nil, "", usageError("--tokens pipeline: no nlp stage is wired in this build")
		}
		return nil, "gold", nil
	}
	return pre, "pipeline", nil
}

// runPre runs the pre-stages on an article built outside extract.
func runPre(ctx context.Context, pre []pipeline.Stage, a *model.Article) error {
	if len(pre) == 0 {
		return nil
	}
	doc := &model.Document{Source: a.Source, Content: a.Text, Format: model.FormatText, Article: a}
	return pipeline.Run(ctx, pre, doc)
}

// gumAnalyzer returns how a GUM document is analysed for an eval: with the
// wired nlp stages (tokenizer, tagger, resolver) on its text, or with GUM's
// own sentences and tags; then finish runs on the article.
func gumAnalyzer(mode string, finish func(context.Context, *model.Article) error) (func(context.Context, *eval.GUMDoc) (*model.Article, error), string, error) {
	pre, mode, err := preStages(mode)
	if err != nil {
		return nil, "", err
	}
	return func(ctx context.Context, d *eval.GUMDoc) (*model.Article, error) {
		var a *model.Article
		if mode == "gold" {
			a = d.GoldArticle()
		} else {
			a = d.Article()
			if err := runPre(ctx, pre, a); err != nil {
				return nil, err
			}
		}
		return a, finish(ctx, a)
	}, mode, nil
}

// openOut opens --out for buffered writing; with no file it returns nil.
func openOut(path string) (io.Writer, func() error, error) {
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriter(f)
	return w, func() error {
		if err := w.Flush(); err != nil {
			f.Close()
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return f.Close()
	}, nil
}
