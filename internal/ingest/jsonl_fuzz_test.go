package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"strings"
	"testing"
)

func FuzzJSONL(f *testing.F) {
	if b, err := os.ReadFile("testdata/jsonl/articles.jsonl"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"url":"https://x.example/","html":"<p>x</p>","published":"2025-01-01"}`))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"text":"a\u0000b"}` + "\n" + `{"html":"\u0000\ufffd\u0000\ufffd"}` + "\n"))
	zw.Close()
	f.Add(gz.Bytes())
	f.Add([]byte("\x7fELF\x02\x01\n\x00\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		plain := data
		if isGzip(data) {
			// Read as gzip: its lines are the decompressed ones.
			if zr, err := gzip.NewReader(bytes.NewReader(data)); err == nil {
				plain, _ = io.ReadAll(io.LimitReader(zr, 64<<20))
			}
		}
		lines := bytes.Count(plain, []byte("\n")) + 1
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
