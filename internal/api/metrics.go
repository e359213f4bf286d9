package api

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Metrics is a small Prometheus registry written by hand: request counters
// by route, method and status, a latency histogram by route, in-flight
// requests, store row counts, and any counters other packages add. It
// writes the text exposition format (version 0.0.4).
type Metrics struct {
	mu       sync.Mutex
	requests map[reqKey]uint64
	latency  map[string]*histogram
	counters map[string]*counter
	inFlight atomic.Int64
	stats    atomic.Pointer[store.Stats]
	funcs    map[string]funcMetric
}

type funcMetric struct {
	help string
	fn   func() uint64
}

type reqKey struct{ route, method, code string }

type counter struct {
	help string
	v    atomic.Uint64
}

// latencyBuckets are upper bounds in seconds.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; last is +Inf
	sum    float64
	n      uint64
}

// NewMetrics returns an empty registry.
func NewMetrics() *Metrics {
	return &Metrics{requests: map[reqKey]uint64{}, latency: map[string]*histogram{}, counters: map[string]*counter{}, funcs: map[string]funcMetric{}}
}

// Counter returns (creating) a counter named name, for packages outside the
// API (ingest totals, failures). name must be a valid metric name.
func (m *Metrics) Counter(name, help string) *atomic.Uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.counters[name]
	if !ok {
		c = &counter{help: help}
		m.counters[name] = c
	}
	return &c.v
}

// gauge registers a counter whose value is read from fn at scrape time.
func (m *Metrics) gauge(name, help string, fn func() uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.funcs[name] = funcMetric{help, fn}
}

// SetStoreStats records the store's row counts (exported as gauges).
func (m *Metrics) SetStoreStats(st store.Stats) { m.stats.Store(&st) }

// Observe records one finished request.
func (m *Metrics) Observe(route, method string, code int, d time.Duration) {
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, method, strconv.Itoa(code)}]++
	h, ok := m.latency[route]
	if !ok {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// Middleware counts and times every request. The route label is the
// ServeMux pattern that matched (so /api/events/7 and /api/events/8 share
// one series), or "other" for unmatched paths.
func (m *Metrics) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.inFlight.Add(1)
		defer m.inFlight.Add(-1)
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "other"
		} else if _, p, ok := strings.Cut(route, " "); ok {
			route = p // the method is its own label
		}
		method := r.Method
		switch method {
		case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, http.MethodPatch:
		default:
			method = "other"
		}
		m.Observe(route, method, sw.code, time.Since(start))
	})
}

type statusWriter struct {
	http.ResponseWriter
	code        int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wroteHeader = true
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ServeHTTP writes the exposition.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.WriteTo(w)
}

// WriteTo writes all metrics in the Prometheus text format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	m.mu.Lock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		return strings.Compare(a.route+"\x00"+a.method+"\x00"+a.code, b.route+"\x00"+b.method+"\x00"+b.code)
	})
	b.WriteString("# HELP newsgraph_http_requests_total HTTP requests by route, method and status code.\n# TYPE newsgraph_http_requests_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "newsgraph_http_requests_total{route=%s,method=%s,code=%s} %d\n", quote(k.route), quote(k.method), quote(k.code), m.requests[k])
	}
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	b.WriteString("# HELP newsgraph_http_request_duration_seconds HTTP request latency by route.\n# TYPE newsgraph_http_request_duration_seconds histogram\n")
	for _, r := range routes {
		h := m.latency[r]
		var cum uint64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "newsgraph_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", quote(r), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		cum += h.counts[len(latencyBuckets)]
		fmt.Fprintf(&b, "newsgraph_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", quote(r), cum)
		fmt.Fprintf(&b, "newsgraph_http_request_duration_seconds_sum{route=%s} %s\n", quote(r), strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(&b, "newsgraph_http_request_duration_seconds_count{route=%s} %d\n", quote(r), h.n)
	}
	names := make([]string, 0, len(m.counters))
	for n := range m.counters {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		c := m.counters[n]
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", n, c.help, n, n, c.v.Load())
	}
	fnames := make([]string, 0, len(m.funcs))
	for n := range m.funcs {
		fnames = append(fnames, n)
	}
	slices.Sort(fnames)
	funcs := make([]funcMetric, len(fnames))
	for i, n := range fnames {
		funcs[i] = m.funcs[n]
	}
	m.mu.Unlock()
	for i, n := range fnames {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", n, funcs[i].help, n, n, funcs[i].fn())
	}
	fmt.Fprintf(&b, "# HELP newsgraph_http_in_flight_requests Requests being served.\n# TYPE newsgraph_http_in_flight_requests gauge\nnewsgraph_http_in_flight_requests %d\n", m.inFlight.Load())
	if st := m.stats.Load(); st != nil {
		b.WriteString("# HELP newsgraph_store_rows Rows in the store by kind (as of the last health check or scrape).\n# TYPE newsgraph_store_rows gauge\n")
		for _, kv := range []struct {
			k string
			v int
		}{{"articles", st.Articles}, {"duplicates", st.Duplicates}, {"events", st.Events}, {"event_mentions", st.Mentions}, {"actors", st.Actors}, {"failures", st.Failures}} {
			fmt.Fprintf(&b, "newsgraph_store_rows{kind=%q} %d\n", kv.k, kv.v)
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// quote writes a label value with Prometheus escaping (\\, \", \n).
func quote(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
	return `"` + s + `"`
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
