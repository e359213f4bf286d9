package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkText measures the plain-text extractor over the fixtures (run with
// GOMAXPROCS=1; figures taken while others compile are low).
func BenchmarkText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	var docs []string
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(raw))
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := Text(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
