package cli

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// hostileQuoteText is a text with no full stop holding n distinct
// quotations of five words: the shape of a broken or hostile document in
// which every stage meets thousands of quotes and no sentence end.
func hostileQuoteText(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, `"w%d said x%d y%d z%d v%d"`, i, i, i, i, i)
	}
	b.WriteByte('\n')
	return b.String()
}

// BenchmarkStagesHostileQuotes runs analyze's stages, one at a time, on
// that text at a few sizes and reports each stage's time per quote: a stage
// whose figure grows with n is superlinear. Run with -benchtime 1x; the
// largest size takes seconds.
func BenchmarkStagesHostileQuotes(b *testing.B) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range []int{1000, 3000, 10000} {
		text := hostileQuoteText(n)
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			spent := make([]time.Duration, len(all))
			for b.Loop() {
				doc := &model.Document{Source: "hostile", Raw: []byte(text), Content: text, Format: model.FormatText, Charset: "utf-8",
					Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
				for i, s := range all {
					t0 := time.Now()
					if err := s.Process(ctx, doc); err != nil {
						b.Fatalf("%s: %v", s.Name(), err)
					}
					spent[i] += time.Since(t0)
				}
			}
			for i, s := range all {
				b.ReportMetric(float64(spent[i].Microseconds())/float64(b.N)/float64(n), s.Name()+"-µs/quote")
			}
		})
	}
}
