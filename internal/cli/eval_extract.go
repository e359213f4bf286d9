package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// runEvalExtract scores HTML main-content extraction on the
// article-extraction-benchmark.
func runEvalExtract(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval extract", "eval extract [--data DIR] [--out FILE] [--limit N]")
	data := fs.String("data", "", "benchmark directory with ground-truth.json and html/ (default: shared data article-extraction-benchmark)")
	out := fs.String("out", "", "write per-page predictions and scores as JSONL to FILE")
	limit := fs.Int("limit", 0, "score only the first N pages in id order (0: all)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, "article-extraction-benchmark")
	if err != nil {
		return err
	}
	cfg := eval.ExtractBenchConfig{
		Dir:   dir,
		Limit: *limit,
		Extract: func(html, pageURL string) (string, error) {
			a, err := extract.HTML(html, pageURL)
			if err != nil {
				return "", err
			}
			return strings.Join(a.Paragraphs, "\n\n"), nil
		},
	}
	var outFile *os.File
	var outBuf *bufio.Writer
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		outFile, outBuf = f, bufio.NewWriter(f)
		enc := json.NewEncoder(outBuf)
		enc.SetEscapeHTML(false)
		cfg.OnDoc = func(r eval.ExtractDocResult) error { return enc.Encode(r) }
	}
	rep, err := eval.RunExtractBenchmark(ctx, cfg)
	if err != nil {
		return err
	}
	if outFile != nil {
		// Finish the predictions file before printing, so it is complete
		// even if standard output is closed early.
		if err := outBuf.Flush(); err != nil {
			return fmt.Errorf("writing %s: %w", *out, err)
		}
		if err := outFile.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", *out, err)
		}
	}
	fmt.Fprintf(env.Stdout, "docs       %d (errors %d)\n", rep.Docs, rep.Errors)
	fmt.Fprintf(env.Stdout, "precision  %.4f\nrecall     %.4f\nF1         %.4f\naccuracy   %.4f\n",
		rep.Precision, rep.Recall, rep.F1, rep.Accuracy)
	fmt.Fprintf(env.Stdout, "speed      %.1f docs/s, %.1f MB/s wall clock on one core (GOMAXPROCS=1; HTML parsing + extraction only, disk read and gunzip excluded; %.2fs for %d docs)\n",
		rep.DocsPerSecond(), float64(rep.Bytes)/1e6/rep.Elapsed.Seconds(), rep.Elapsed.Seconds(), rep.Docs)
	if rep.CPU > 0 {
		fmt.Fprintf(env.Stdout, "cpu speed  %.1f docs/s per CPU second (%.2fs CPU; unaffected by other load on the machine)\n",
			rep.DocsPerCPUSecond(), rep.CPU.Seconds())
	}
	return nil
}
