package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

// runEvalKeywords scores keyphrases on 500N-KPCrowd (and Inspec) with
// stemmed exact match, as published.
func runEvalKeywords(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval keywords", "eval keywords [--data DIR] [--set NAME] [--split dev|test|all] [--out FILE] [--tokens auto|pipeline|gold] [--ceiling]")
	data := fs.String("data", "", "directory with 500N-KPCrowd-v1.1.zip and Inspec.zip (default: shared data keyphrase_eval)")
	set := fs.String("set", "kpcrowd", "data set: kpcrowd, inspec or all")
	split := fs.String("split", "all", "documents: dev (even positions in ID order; tune on these), test (odd positions; report these) or all")
	out := fs.String("out", "", "write per-document predictions and matches as JSONL to FILE")
	tokens := fs.String("tokens", "auto", "pipeline: run the wired nlp stages; gold: no tagger, the fallback segmenter (the data sets have no gold tags); auto: pipeline when an nlp stage is wired")
	ceiling := fs.Bool("ceiling", false, "diagnostic: also fit a ranker on each half of the set's own gold and score it on the other half (how far reweighting the same candidates and evidence could go; never shipped)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, "keyphrase_eval")
	if err != nil {
		return err
	}
	var sets [][2]string
	switch *set {
	case "kpcrowd":
		sets = [][2]string{{"500N-KPCrowd", "500N-KPCrowd-v1.1.zip"}}
	case "inspec":
		sets = [][2]string{{"Inspec", "Inspec.zip"}}
	case "all":
		sets = [][2]string{{"500N-KPCrowd", "500N-KPCrowd-v1.1.zip"}, {"Inspec", "Inspec.zip"}}
	default:
		return usageError("--set: want kpcrowd, inspec or all, got %q", *set)
	}
	pre, mode, err := preStages(*tokens)
	if err != nil {
		return err
	}
	if mode == "gold" {
		mode = "untagged: fallback segmenter, no nlp stage"
	}
	x := keywords.New(keywords.Config{N: 15})
	extract := func(ctx context.Context, a *model.Article) ([]model.Keyword, error) {
		if err := runPre(ctx, pre, a); err != nil {
			return nil, err
		}
		return x.Extract(a), nil
	}
	w, closeOut, err := openOut(*out)
	if err != nil {
		return err
	}
	defer closeOut()
	for _, s := range sets {
		docs, err := eval.LoadKeyphraseZip(filepath.Join(dir, s[1]))
		if err != nil {
			return err
		}
		if docs, err = eval.SplitKeyphraseDocs(docs, *split); err != nil {
			return usageError("--%v", err)
		}
		sc, err := eval.EvalKeyphrases(ctx, docs, extract, w)
		if err != nil {
			return err
		}
		eval.WriteKeyphraseScores(env.Stdout, fmt.Sprintf("%s %s (%s; stemmed exact match, macro-average)", s[0], *split, mode), sc)
		if *ceiling {
			c, err := eval.EvalKeyphraseCeiling(ctx, docs, func(ctx context.Context, a *model.Article) ([]keywords.Signal, error) {
				if err := runPre(ctx, pre, a); err != nil {
					return nil, err
				}
				return x.Signals(a), nil
			})
			if err != nil {
				return err
			}
			eval.WriteKeyphraseCeiling(env.Stdout, s[0], c)
		}
	}
	return closeOut()
}
