package timex

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// BenchmarkDates times Dates alone on articles written for this repository
// (segmented outside the timed loop), so that a rule's cost shows without
// the rest of the pipeline. Run: go test -run '^$' -bench Dates -cpu 1
// ./internal/nlp/timex
func BenchmarkDates(b *testing.B) {
	paths := []string{
		"../../../examples/seoul-tokyo-talks.txt",
		"../testdata/fixture-summit.txt",
		"../../events/testdata/wire.txt",
		"../../events/testdata/feature.txt",
	}
	type article struct {
		text  string
		sents []model.Sentence
	}
	var arts []article
	sentences := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a := article{text: string(raw), sents: segment.Sentences(string(raw))}
		sentences += len(a.sents)
		arts = append(arts, a)
	}
	ref := time.Date(2021, 7, 28, 12, 0, 0, 0, time.UTC)
	ctx := context.Background()
	var dst []model.TimeExpr
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			var err error
			if dst, err = Dates(ctx, a.text, a.sents, ref, dst[:0]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
