package cli

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// hostileShapes are texts with no full stop holding n quotations (the
// shapes of internal/nlp/quotes' benchmark): a broken or hostile document
// in which every stage meets thousands of quotes and no sentence end. The
// format is one quote, %[1]d its number.
var hostileShapes = []struct{ name, format string }{
	{"bare", `"w%[1]d said x%[1]d y%[1]d z%[1]d"`},
	{"speakers", `Kim%[1]d said "w%[1]d x%[1]d y%[1]d z%[1]d v%[1]d" and`},
	{"reports", `the minister said that the w%[1]d plan "would x%[1]d y%[1]d z%[1]d v%[1]d" and`},
	{"fragments", `officials said the x%[1]d was "w%[1]d" and Kim%[1]d told reporters "a b c d e" in an interview and`},
}

func hostileQuoteText(format string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, format, i)
	}
	b.WriteByte('\n')
	return b.String()
}

// BenchmarkStagesHostileQuotes runs analyze's stages, one at a time, on
// those texts at a few sizes and reports each stage's time per quote: a
// stage whose figure grows with n is superlinear. Run with -benchtime 1x;
// the largest size takes seconds.
func BenchmarkStagesHostileQuotes(b *testing.B) {
	all, err := buildStages(stageConfig{SummarySentences: 3})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, shape := range hostileShapes {
		for _, n := range []int{1000, 3000, 10000} {
			text := hostileQuoteText(shape.format, n)
			b.Run(fmt.Sprintf("%s/quotes=%d", shape.name, n), func(b *testing.B) {
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
}
