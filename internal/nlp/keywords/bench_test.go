package keywords

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// BenchmarkExtract ranks the example article's keyphrases (sentences split
// once, outside the loop, as the nlp stage would have done).
func BenchmarkExtract(b *testing.B) {
	a := &model.Article{Text: shared.Example(b)}
	a.Sentences = segment.Sentences(a.Text)
	x := New(Config{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(a)
	}
}
