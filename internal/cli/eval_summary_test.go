package cli

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// BenchmarkQuotesKeywordsSummaryShare runs the whole analysis pipeline on
// the example article and reports what the quotes, keywords and summary
// stages add to the time of the other stages (ns/op is the whole
// pipeline). Run with GOMAXPROCS=1 on a quiet machine for stable figures.
func BenchmarkQuotesKeywordsSummaryShare(b *testing.B) {
	raw := []byte(shared.Example(b))
	stages, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	mine := map[string]bool{"quotes": true, "keywords": true, "summary": true}
	ctx := context.Background()
	var own, rest time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := &model.Document{Source: "example", Raw: raw, Content: string(raw), Format: model.FormatText, Charset: "utf-8"}
		for _, s := range stages {
			t0 := time.Now()
			if err := s.Process(ctx, doc); err != nil {
				b.Fatalf("%s: %v", s.Name(), err)
			}
			if mine[s.Name()] {
				own += time.Since(t0)
			} else {
				rest += time.Since(t0)
			}
		}
	}
	if rest > 0 {
		b.ReportMetric(float64(own)/float64(rest)*100, "%added")
		b.ReportMetric(float64(own.Nanoseconds())/float64(b.N), "ns-qks/op")
	}
}
