package cli

import (
	"context"
	"fmt"
	"os"
	"runtime"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/nlp"
)

// runEvalNER scores the NER tagger on a CoNLL or UNER iob2 file.
func runEvalNER(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval ner", "eval ner --conll FILE [--out FILE]")
	conll := fs.String("conll", "", "CoNLL (IOB1/IOB2, 2 or 4 columns) or UNER iob2 file")
	out := fs.String("out", "", "write token, gold and predicted tags as CoNLL columns")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *conll == "" {
		return usageError("eval ner needs --conll FILE")
	}
	an, err := nlp.Load()
	if err != nil {
		return err
	}
	in, err := os.Open(*conll)
	if err != nil {
		return err
	}
	defer in.Close()
	var w *os.File
	if *out != "" {
		if w, err = os.Create(*out); err != nil {
			return err
		}
		defer w.Close()
	}
	// Speed is reported for one core.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var res eval.NERResult
	if w != nil {
		res, err = eval.EvalNER(in, an.TagDocument, w)
	} else {
		res, err = eval.EvalNER(in, an.TagDocument, nil)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "NER on %s (predictions mapped GPE->LOC, NORP->MISC)\n", *conll)
	fmt.Fprint(env.Stdout, res.Report())
	if w != nil {
		return w.Close()
	}
	return ctx.Err()
}
