package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// BenchmarkAnalyzePeakHeap runs all of analyze's stages on one large text
// of each shape, ordinary prose (growthParagraphs) and a quotation-dense
// text with no full stop (hostileShapes' "speakers"), and reports the
// heap's peak above what it held before, per MB of input:
//
//   - peak-heap-B/B: heap object bytes, live and not yet collected, as
//     sampled every few milliseconds. Resident memory follows it.
//   - peak-live-B/B: the live heap the collector found at its largest,
//     which the collector's headroom does not enter: compare this one
//     between commits.
//
// The 9.9 MB texts of the README figures cost about a hundred times their
// size at the peak; a change to a per-token structure moves these figures.
// Run: go test -run '^$' -bench AnalyzePeakHeap -benchtime 1x -count 2
// ./internal/cli (a minute; one document at a time, so that the peaks are
// its own). The live figure depends on when the collector happened to run:
// it moved by a fifth between two runs of the same code, so compare several.
// At 6e0bf74, before the per-token structures were made smaller:
// prose 92.6/93.5 heap and 29.7/31.3 live, quotes 135/130 heap and
// 52.2/53.4 live; after: prose 83.4/66.9 and 24.7/18.3, quotes 112/112 and
// 42.3/39.7. Measured again on 2026-12-01 with GOMAXPROCS=1 (one machine,
// one sitting): e242b5e, the commit of the README's figures, prose
// 77.3/85.3 heap and 28.9/27.1 live, quotes 106/114 and 39.2/50.4;
// fb85a3a, prose 92.6/111 and 34.0/40.2, quotes 141/134 and 56.7/51.6.
// The growth is spread over the stages (more allocation per byte in nlp,
// resolve, summary and events; model.Entity 120 -> 144 bytes, model.Event
// 280 -> 328), not one structure.
func BenchmarkAnalyzePeakHeap(b *testing.B) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	const size = 2_000_000
	texts := []struct{ name, text string }{
		{"prose", "Report\n\n" + strings.Join(growthParagraphs(b, size), "\n\n") + "\n"},
		{"quotes", hostileQuoteText(hostileShapes[1].format, size/53)}, // "speakers": about 53 bytes a quote at this size
	}
	ctx := context.Background()
	for _, tc := range texts {
		b.Run(fmt.Sprintf("%s/%dKB", tc.name, len(tc.text)/1000), func(b *testing.B) {
			var heap, live uint64
			for b.Loop() {
				doc := &model.Document{Source: tc.name, Raw: []byte(tc.text), Content: tc.text, Format: model.FormatText,
					Charset: "utf-8", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
				runtime.GC()
				s := startHeapSampler()
				if err := pipeline.Run(ctx, all, doc); err != nil {
					b.Fatal(err)
				}
				h, l := s.stop()
				heap, live = max(heap, h), max(live, l)
				runtime.KeepAlive(doc)
			}
			n := float64(len(tc.text))
			b.ReportMetric(float64(heap)/n, "peak-heap-B/B")
			b.ReportMetric(float64(live)/n, "peak-live-B/B")
		})
	}
}

// heapSampler samples the heap until stopped and keeps the largest figures
// above those it started from.
type heapSampler struct {
	stopc, done chan struct{}
	mu          sync.Mutex
	heap, live  uint64
}

func startHeapSampler() *heapSampler {
	s := &heapSampler{stopc: make(chan struct{}), done: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	heap0, live0 := sample[0].Value.Uint64(), sample[1].Value.Uint64()
	read := func() {
		metrics.Read(sample)
		s.mu.Lock()
		s.heap = max(s.heap, sample[0].Value.Uint64()-min(heap0, sample[0].Value.Uint64()))
		s.live = max(s.live, sample[1].Value.Uint64()-min(live0, sample[1].Value.Uint64()))
		s.mu.Unlock()
	}
	go func() {
		defer close(s.done)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-s.stopc:
				runtime.GC() // the live heap at the end, in case no cycle ran at the peak
				read()
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// stop ends sampling and returns the peak heap and live heap above the
// start.
func (s *heapSampler) stop() (heap, live uint64) {
	close(s.stopc)
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heap, s.live
}
