package cli

import (
	"context"
	"fmt"
	"sort"
)

// evalCommands lists the `eval` subcommands, one per stage. Add new ones here.
func evalCommands() map[string]command {
	return map[string]command{
		"ner":      {"ner", "named-entity tags against a CoNLL/IOB file (P/R/F1 per type, tokens/s)", runEvalNER},
		"api-load": {"api-load", "JSON API latency over N synthetic events at a fixed request rate on loopback (p50/p90/p99)", runEvalAPILoad},
		"events":   {"events", "event coder on the PLOVER gold and PETRARCH-2 validation records (P/R/F1, agreement, sentences/s)", runEvalEvents},
		"extract":  {"extract", "HTML main-content extraction on the article-extraction-benchmark", runEvalExtract},
		"ingest":   {"ingest", "whole ingest (pipeline, merging, SQLite) on the benchmark pages repeated to N documents: docs/s, peak memory", runEvalIngest},
		"quotes":   {"quotes", "quote spans and speakers on GUM news and interviews", runEvalQuotes},
		"keywords": {"keywords", "keyphrases on 500N-KPCrowd and Inspec (F@5/10/15, stemmed exact match)", runEvalKeywords},
		"resolve":  {"resolve", "actor resolution against GUM's Wikipedia links (precision of resolved entities, recall of named mentions)", runEvalResolve},
		"timex":    {"timex", "date detection and normalisation on GUM's <date> markup (span P/R/F1, value accuracy)", runEvalTimex},
		"merge":    {"merge", "cross-article event merging on a corpus written for the repository (pairwise and B-cubed P/R/F1 of same-event reports)", runEvalMerge},
		"summary":  {"summary", "extractive summaries against GUM's human summaries (ROUGE-1/2/L, lead-3 beside)", runEvalSummary},
	}
}

func runEval(ctx context.Context, env Env, args []string) error {
	subs := evalCommands()
	if len(args) == 0 || isHelpArg(args[0]) {
		// Asked for, the list goes to standard output; without a stage it
		// is a mistake, on standard error.
		w := env.Stdout
		if len(args) == 0 {
			w = env.Stderr
		}
		fmt.Fprintln(w, "Usage: newsgraph eval <stage> [flags]\n\nStages:")
		names := make([]string, 0, len(subs))
		for n := range subs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(w, "  %-10s %s\n", n, subs[n].summary)
		}
		fmt.Fprintln(w, "\nRun 'newsgraph eval <stage> -h' for a stage's flags.")
		if len(args) == 0 {
			return usageError("eval needs a stage")
		}
		return nil
	}
	c, ok := subs[args[0]]
	if !ok {
		return usageError("unknown eval stage %q (newsgraph eval -h lists them)", args[0])
	}
	return c.run(ctx, env, args[1:])
}
