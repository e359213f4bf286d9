package events_test

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/analysis/analysistest"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// BenchmarkEventsStageHeap measures the memory of the events stage alone
// on a long article that the stages before it have analysed once, outside
// the timing: a megabyte of the probe sentences (written for this
// repository), four to a paragraph. Besides -benchmem's bytes allocated
// per coding it reports peak-live-B/B, the live heap the collector found
// at its largest while the stage ran, above what the analysed article held
// before, per byte of text. The collector runs at GOGC=10 meanwhile so
// that its samples of the live heap are many and close to the true peak.
// Run (a minute; take it when the machine is quiet):
//
//	GOMAXPROCS=1 go test -run '^$' -bench EventsStageHeap -benchmem -benchtime 3x ./internal/events
//
// On 2026-12-02 (8,923 entities and 1,981 dates; the machine busy), when
// the coder copied each sentence's entities and dates into maps held for
// the whole article: 101.7-101.8 MB allocated per coding, peak live 34.4
// and 46.9 B/B; reading them in place (bysentence.go): 97.9 MB, 31.3 B/B.
// The live figure moves with the collector's timing more than that change
// moves it; the allocation is steady.
func BenchmarkEventsStageHeap(b *testing.B) {
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/probes.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	for _, line := range strings.Split(string(raw), "\n") {
		if s, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(s, "#") {
			sents = append(sents, strings.TrimSpace(s))
		}
	}
	const size = 1_000_000
	var text strings.Builder
	text.WriteString("Report\n\n")
	for i := 0; text.Len() < size; i += 4 {
		for k := range 4 {
			text.WriteString(sents[(i+k)%len(sents)])
			text.WriteByte(' ')
		}
		text.WriteString("\n\n")
	}
	ctx := context.Background()
	doc, err := analysistest.Document(ctx, text.String(), time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		b.Fatal(err)
	}
	last := len(stages) - 1
	if stages[last].Name() != "events" {
		b.Fatalf("the last stage is %q, not events", stages[last].Name())
	}
	if err := pipeline.Run(ctx, stages[:last], doc); err != nil {
		b.Fatal(err)
	}
	a := doc.Article
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	var live uint64
	b.ResetTimer()
	for b.Loop() {
		a.Events = nil
		runtime.GC()
		s := startLiveSampler()
		if err := stages[last].Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
		live = max(live, s.stop())
	}
	b.ReportMetric(float64(live)/float64(len(a.Text)), "peak-live-B/B")
	b.ReportMetric(float64(len(a.Entities)), "entities")
	b.ReportMetric(float64(len(a.Dates)), "dates")
}

// liveSampler keeps the largest live heap the collector reports above the
// one it started from.
type liveSampler struct {
	stopc, done chan struct{}
	mu          sync.Mutex
	live        uint64
}

func startLiveSampler() *liveSampler {
	s := &liveSampler{stopc: make(chan struct{}), done: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	live0 := sample[0].Value.Uint64()
	read := func() {
		metrics.Read(sample)
		v := sample[0].Value.Uint64()
		s.mu.Lock()
		s.live = max(s.live, v-min(live0, v))
		s.mu.Unlock()
	}
	go func() {
		defer close(s.done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-s.stopc:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *liveSampler) stop() uint64 {
	close(s.stopc)
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.live
}
