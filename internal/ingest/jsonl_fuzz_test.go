package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func FuzzJSONL(f *testing.F) {
	if b, err := os.ReadFile("testdata/jsonl/articles.jsonl"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"url":"https://x.example/","html":"<p>x</p>","published":"2025-01-01"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		for doc, err := range JSONLDocuments(bytes.NewReader(data), "f.jsonl", JSONLOptions{MaxLineBytes: 4096}) {
			n++
			if n > lines {
				t.Fatalf("%d results for %d lines", n, lines)
			}
			if err == nil && !strings.HasPrefix(doc.Source, "f.jsonl:") {
				t.Fatalf("source %q", doc.Source)
			}
		}
	})
}
