package keywords

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// BenchmarkExtract ranks the example article's keyphrases (sentences split
// once, outside the loop, as the nlp stage would have done).
func BenchmarkExtract(b *testing.B) {
	dir := shared.DataDir()
	if dir == "" {
		b.Skip("shared data not found; skipping")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "..", "examples", "newsweek-2021-07-30-xi-kim.txt"))
	if err != nil {
		b.Skipf("example not found: %v", err)
	}
	a := &model.Article{Text: string(raw)}
	a.Sentences = segment.Sentences(a.Text)
	x := New(Config{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(a)
	}
}
