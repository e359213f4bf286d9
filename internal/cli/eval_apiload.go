package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// cpuPressure reads the "some avg10" figure of Linux's CPU pressure stall
// information; ok is false where it is not available.
func cpuPressure() (float64, bool) {
	b, err := os.ReadFile("/proc/pressure/cpu")
	if err != nil {
		return 0, false
	}
	for _, f := range strings.Fields(string(b)) {
		if v, found := strings.CutPrefix(f, "avg10="); found {
			p, err := strconv.ParseFloat(v, 64)
			return p, err == nil
		}
	}
	return 0, false
}

// processCPU is the user+system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runEvalAPILoad seeds synthetic events into a SQLite store and drives the
// JSON API over a real loopback listener at a fixed request rate, then
// prints latency quantiles. Only loopback addresses are used; the request
// count is bounded.
func runEvalAPILoad(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval api-load", "eval api-load [--events N] [--rate R] [--requests N] [--db FILE|URL] [--out FILE]")
	events := fs.Int("events", 100_000, "synthetic events to store (skipped when --db already holds events)")
	rate := fs.Float64("rate", 200, "requests per second (open loop)")
	requests := fs.Int("requests", 6000, "requests to send (bounded; 6000 at 200/s is 30 s)")
	dbPath := fs.String("db", "", "store to use: a SQLite file, or a postgres:// URL (default: a temporary SQLite file, removed afterwards); "+
		"seeded unless it holds events")
	out := fs.String("out", "", "write one JSON line per request (path, status, latency_ms)")
	seed := fs.Uint64("seed", 1, "random seed for data and queries")
	cacheTTL := fs.Duration("cache-ttl", 0, "API response cache TTL (0: every request reaches the store)")
	readConns := fs.Int("read-conns", 0, "SQLite read connections (0: the store's default, as serve uses; not for PostgreSQL)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *rate <= 0 || *requests <= 0 || *requests > 1_000_000 || *events < 0 {
		return usageError("--rate and --requests must be positive (requests at most 1,000,000)")
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "newsgraph-load-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "load.db")
	}
	var st store.Store
	var err error
	if backend.IsPostgres(path) {
		if *readConns != 0 {
			return usageError("--read-conns is for SQLite stores")
		}
		st, err = backend.Open(ctx, path)
	} else {
		st, err = sqlite.Open(ctx, path, sqlite.Options{ReadConns: *readConns})
	}
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Events == 0 && *events > 0 {
		start := time.Now()
		if err := api.SeedSynthetic(ctx, st, *events, *seed); err != nil {
			return err
		}
		if stats, err = st.Stats(ctx); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "seeded %d events in %s\n", stats.Events, time.Since(start).Round(time.Millisecond))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := apiLoadServer(ctx, st, env.Log, *cacheTTL)
	go srv.Serve(ln)
	defer srv.Close()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 0}}
	base := "http://" + ln.Addr().String()
	// Warm up caches and connections with a few requests first.
	warm, err := api.LoadPaths(50, int64(stats.Events), *seed+1)
	if err != nil {
		return err
	}
	api.RunLoad(ctx, client, base, warm, *rate)
	paths, err := api.LoadPaths(*requests, int64(stats.Events), *seed+2)
	if err != nil {
		return err
	}
	cpu0 := processCPU()
	res := api.RunLoad(ctx, client, base, paths, *rate)
	cpu := processCPU() - cpu0
	kind := "sqlite"
	if backend.IsPostgres(path) {
		kind = "postgres"
	}
	fmt.Fprintf(env.Stdout, "api-load: %d events in %s, cache-ttl %s, GOMAXPROCS %d, %d requests at %.0f/s over loopback in %s (%.1f req/s achieved), %d errors\n",
		stats.Events, kind, *cacheTTL, runtime.GOMAXPROCS(0), res.Requests, *rate, res.Duration.Round(time.Millisecond), float64(res.Requests)/res.Duration.Seconds(), res.Errors)
	fmt.Fprintf(env.Stdout, "latency: p50 %s  p90 %s  p99 %s  max %s\n",
		res.Quantile(0.50).Round(10*time.Microsecond), res.Quantile(0.90).Round(10*time.Microsecond),
		res.Quantile(0.99).Round(10*time.Microsecond), res.Quantile(1).Round(10*time.Microsecond))
	// CPU time per request does not depend on what else the machine runs,
	// unlike latency; it includes the load generator's own work.
	fmt.Fprintf(env.Stdout, "cpu: %.2f ms per request (process user+sys, server and client), %.2f cores busy on average\n",
		float64(cpu.Microseconds())/1000/float64(max(1, res.Requests)), cpu.Seconds()/res.Duration.Seconds())
	if p, ok := cpuPressure(); ok {
		// Latency on a shared machine measures the queue for the CPU as
		// much as the server: say how contended the CPU was.
		fmt.Fprintf(env.Stdout, "machine: CPU pressure %.0f%% (share of the last 10 s in which runnable tasks waited for a CPU)\n", p)
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		for _, r := range res.Records {
			if err := enc.Encode(r); err != nil {
				f.Close()
				return err
			}
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	if res.Errors > 0 {
		return fmt.Errorf("%d of %d requests failed", res.Errors, res.Requests)
	}
	return nil
}

// apiLoadServer is the server api-load measures: serve's handler (API,
// web UI, metrics, recovery) in serve's http.Server (newHTTPServer), so
// that the figures are those of what serve runs: its timeouts, header
// limit, idle keep-alive and error log, not net/http's defaults. No
// request here ingests, so the ingest timeout is none.
func apiLoadServer(ctx context.Context, st store.Store, log *slog.Logger, cacheTTL time.Duration) *http.Server {
	handler := serveHandler(api.Config{Store: st, Log: log, CacheTTL: cacheTTL})
	return newHTTPServer(ctx, handler, 0, log)
}
