package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/shared"
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
	in, err := openDataFile(*conll)
	if err != nil {
		return fmt.Errorf("--conll: %w", err)
	}
	*conll = in.Name()
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

// openDataFile opens an evaluation file named on the command line. A
// relative name that is not found from the working directory is looked up
// in the shared data folder too, as the README writes it ("--conll
// conll2003/eng.testa", run from the repository).
func openDataFile(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || filepath.IsAbs(name) {
		return f, err
	}
	d := shared.DataDir()
	if d == "" {
		return nil, err
	}
	f, err2 := os.Open(filepath.Join(d, name))
	if err2 != nil {
		return nil, fmt.Errorf("%w (nor in the shared data folder %s)", err, d)
	}
	return f, nil
}
