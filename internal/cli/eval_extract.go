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
		Extract: func(html, pageURL string) (eval.ExtractOutput, error) {
			a, err := extract.HTML(html, pageURL)
			if err != nil {
				return eval.ExtractOutput{}, err
			}
			return eval.ExtractOutput{Body: strings.Join(a.Paragraphs, "\n\n"), Published: a.Published, PublishedSource: a.PublishedSource, Byline: a.Byline}, nil
		},
		URLDate: extract.DateFromURL,
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
	pct := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return 100 * float64(n) / float64(of)
	}
	mc := rep.Meta
	fmt.Fprintf(env.Stdout, "published  %d/%d pages dated (%.1f%%), %d of them by their URL alone\n", mc.Dated, rep.Docs, pct(mc.Dated, rep.Docs), mc.DatedURL)
	fmt.Fprintf(env.Stdout, "url date   %d pages carry a date in their URL: %d agree within a day, %d differ, %d undated\n",
		mc.URLDated, mc.URLAgree, mc.URLDiffer, mc.URLMissed)
	if len(mc.Differ) > 0 {
		fmt.Fprintf(env.Stdout, "differ     %s\n", strings.Join(mc.Differ, " "))
	}
	fmt.Fprintf(env.Stdout, "byline     %d/%d pages (%.1f%%)\n", mc.Bylined, rep.Docs, pct(mc.Bylined, rep.Docs))
	if rep.CPU > 0 {
		fmt.Fprintf(env.Stdout, "cpu speed  %.1f docs/s per CPU second (%.2fs CPU; unaffected by other load on the machine)\n",
			rep.DocsPerCPUSecond(), rep.CPU.Seconds())
	}
	return nil
}
