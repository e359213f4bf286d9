package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/store/backend"
)

// runEvalIngest measures the whole ingest (pipeline, merging, writes to
// SQLite or PostgreSQL) on the article-extraction-benchmark pages, repeated
// with distinct URLs to any number of documents.
func runEvalIngest(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval ingest", "eval ingest [--data DIR] [--docs N] [--db FILE|URL] [--out FILE]")
	data := fs.String("data", "", "benchmark directory with html/*.html.gz (default: shared data article-extraction-benchmark)")
	docs := fs.Int("docs", 0, "documents to ingest, cycling through the pages with distinct URLs (default: each page once)")
	repeat := fs.Int("repeat", 0, "alternatively: ingest every page this many times")
	db := fs.String("db", "", "store to ingest into: a SQLite file, or a postgres:// URL (default: a temporary SQLite file, removed afterwards); "+
		"give an empty one: documents it holds already are skipped")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	batch := fs.Int("batch", 64, "documents per write transaction")
	out := fs.String("out", "", "write each document's outcome (stored, duplicate, skipped, failed) as JSONL to FILE")
	format := fs.String("format", "text", "report format: text or json")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to FILE")
	joinConfidence := joinConfidenceFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkJoinConfidence(*joinConfidence); err != nil {
		return err
	}
	dir, err := dataDir(*data, "article-extraction-benchmark")
	if err != nil {
		return err
	}
	pages, err := runner.BenchPages(dir)
	if err != nil {
		return err
	}
	n := len(pages)
	switch {
	case *docs > 0:
		n = *docs
	case *repeat > 0:
		n = *repeat * len(pages)
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "newsgraph-eval-ingest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "eval.db")
	}
	stages, err := buildStages(stageConfig{SummarySentences: 3, Log: env.Log})
	if err != nil {
		return err
	}
	st, err := backend.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	cfg := runner.Config{Store: st, Stages: stages, Workers: *workers, BatchSize: *batch, Log: env.Log,
		Merge: merge.Options{JoinConfidence: *joinConfidence}}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		defer w.Flush()
		enc := json.NewEncoder(w)
		cfg.OnItem = func(source, outcome string, err error) {
			rec := map[string]string{"source": source, "outcome": outcome}
			if err != nil {
				rec["error"] = err.Error()
			}
			enc.Encode(rec)
		}
	}
	bar := newProgress(env, "auto", n)
	cfg.Progress = bar.update
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	cpu0 := cpuTime()
	mem := runner.StartMemSampler(50 * time.Millisecond)
	stats, err := runner.Run(ctx, cfg, runner.RepeatItems(pages, n))
	m := mem.Stop()
	cpuUsed := cpuTime() - cpu0
	bar.finish()
	if err != nil {
		return err
	}
	ss, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	var dbSize int64 // a PostgreSQL store's size is the server's (0 here)
	pg := backend.IsPostgres(path)
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil && !pg {
			dbSize += fi.Size()
		}
	}
	cores := runner.Cores()
	rep := struct {
		Docs           int     `json:"docs"`
		Pages          int     `json:"distinct_pages"`
		Seconds        float64 `json:"seconds"`
		DocsPerSecond  float64 `json:"docs_per_second"`
		GOMAXPROCS     int     `json:"gomaxprocs"`
		DocsPerSecCore float64 `json:"docs_per_second_per_core"`
		CPUSeconds     float64 `json:"cpu_seconds"`
		DocsPerCPUSec  float64 `json:"docs_per_cpu_second"`
		runner.Stats
		runner.MemStats
		StoredEvents   int    `json:"stored_events"`
		StoredMentions int    `json:"stored_event_mentions"`
		DBBytes        int64  `json:"db_bytes"`
		Backend        string `json:"backend"`
	}{
		Docs: n, Pages: len(pages), Seconds: stats.Elapsed.Seconds(), DocsPerSecond: rate(stats.Items, stats.Elapsed),
		GOMAXPROCS: cores, Stats: stats, MemStats: m, StoredEvents: ss.Events, StoredMentions: ss.Mentions, DBBytes: dbSize,
		Backend: "sqlite",
	}
	if pg {
		rep.Backend = "postgres"
	}
	rep.DocsPerSecCore = rep.DocsPerSecond / float64(cores)
	rep.CPUSeconds = cpuUsed.Seconds()
	if cpuUsed > 0 {
		rep.DocsPerCPUSec = float64(stats.Items) / cpuUsed.Seconds()
	}
	if *format == "json" {
		return json.NewEncoder(env.Stdout).Encode(rep)
	}
	w := env.Stdout
	fmt.Fprintf(w, "ingest: %d documents (%d distinct pages) into %s in %.1f s\n", n, len(pages), rep.Backend, rep.Seconds)
	fmt.Fprintf(w, "  %.1f docs/s with GOMAXPROCS=%d: %.1f docs/s per core (wall clock; low when other jobs share the cores)\n", rep.DocsPerSecond, cores, rep.DocsPerSecCore)
	fmt.Fprintf(w, "  %.1f CPU seconds: %.1f docs per CPU second (what one uncontended core would do)\n", rep.CPUSeconds, rep.DocsPerCPUSec)
	if pg {
		fmt.Fprintf(w, "  (CPU of this process only: the PostgreSQL server's is not counted)\n")
	}
	fmt.Fprintf(w, "  stored %d (%d syndicated copies), skipped %d, failed %d; %d events (%s), %d event mentions\n",
		stats.Stored, stats.Duplicates, stats.Skipped, stats.Failed, ss.Events, joinedReports(stats.Merged), ss.Mentions)
	if pg {
		fmt.Fprintf(w, "  peak RSS %.1f MiB, peak Go memory %.1f MiB (this process)\n",
			float64(m.PeakRSS)/(1<<20), float64(m.PeakGoMemory)/(1<<20))
		return nil
	}
	fmt.Fprintf(w, "  peak RSS %.1f MiB, peak Go memory %.1f MiB, database %.1f MiB\n",
		float64(m.PeakRSS)/(1<<20), float64(m.PeakGoMemory)/(1<<20), float64(dbSize)/(1<<20))
	return nil
}

// cpuTime is the process's user plus system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
