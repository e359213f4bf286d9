package runner

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

// BenchPages loads the article-extraction-benchmark pages (html/*.html.gz,
// gunzipped) with their URLs from ground-truth.json, sorted by id.
func BenchPages(dir string) ([]BenchPage, error) {
	urls := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json")); err == nil {
		var gt map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			return nil, fmt.Errorf("ground-truth.json: %w", err)
		}
		for id, v := range gt {
			urls[id] = v.URL
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no html/*.html.gz under %s", dir)
	}
	sort.Strings(files)
	pages := make([]BenchPage, 0, len(files))
	for _, f := range files {
		raw, _, err := readFile(context.Background(), f, 64<<20, nil)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		u := urls[id]
		if u == "" {
			u = "https://bench.invalid/" + id
		}
		pages = append(pages, BenchPage{ID: id, URL: u, Raw: raw})
	}
	return pages, nil
}

// BenchPage is one benchmark page.
type BenchPage struct {
	ID  string
	URL string
	Raw []byte
}

// RepeatItems yields n documents cycling through pages. Copy k of a page
// gets a distinct URL (?newsgraph-copy=k) and distinct bytes (a trailing
// comment), so every document is new to the store and runs the whole
// pipeline; the copies are then linked as syndicated duplicates, as a
// wire story carried by many sites would be.
func RepeatItems(pages []BenchPage, n int) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for i := 0; i < n; i++ {
			p := pages[i%len(pages)]
			k := i / len(pages)
			u := p.URL
			if k > 0 {
				sep := "?"
				if strings.Contains(u, "?") {
					sep = "&"
				}
				u += sep + "newsgraph-copy=" + strconv.Itoa(k)
			}
			src := p.ID + ".html.gz#" + strconv.Itoa(k)
			it := Item{Source: src, URL: u, Load: func(ctx context.Context) (*model.Document, error) {
				raw := p.Raw
				if k > 0 {
					raw = bytes.Join([][]byte{p.Raw, []byte("\n<!-- newsgraph benchmark copy " + strconv.Itoa(k) + " -->\n")}, nil)
				}
				return ingest.FromBytes(src, u, "text/html; charset=utf-8", raw)
			}}
			if !yield(it) {
				return
			}
		}
	}
}

// MemStats are a run's memory figures.
type MemStats struct {
	PeakRSS      int64 `json:"peak_rss_bytes"`       // VmHWM: the process's resident high-water mark
	PeakGoMemory int64 `json:"peak_go_memory_bytes"` // largest sampled Go runtime total (heap, stacks, metadata)
}

// MemSampler samples the Go runtime's memory total until stopped.
type MemSampler struct {
	mu   sync.Mutex
	peak uint64
	stop chan struct{}
	done chan struct{}
}

// StartMemSampler samples every interval.
func StartMemSampler(interval time.Duration) *MemSampler {
	s := &MemSampler{stop: make(chan struct{}), done: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	read := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			s.mu.Lock()
			s.peak = max(s.peak, sample[0].Value.Uint64())
			s.mu.Unlock()
		}
	}
	go func() {
		defer close(s.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			read()
			select {
			case <-s.stop:
				read()
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Stop ends sampling and returns the figures.
func (s *MemSampler) Stop() MemStats {
	close(s.stop)
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	return MemStats{PeakRSS: vmHWM(), PeakGoMemory: int64(s.peak)}
}

// vmHWM reads the resident-set high-water mark from /proc (0 elsewhere).
func vmHWM() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) >= 1 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// Cores is the parallelism a rate is divided by.
func Cores() int { return runtime.GOMAXPROCS(0) }
