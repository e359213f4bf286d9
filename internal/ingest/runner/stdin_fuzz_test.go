package runner

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// FuzzStdinItems feeds arbitrary bytes to ingest's standard input, whose
// kind (a WARC, JSON lines, a JSON array, a feed, gzip of any of them, or
// one document) is sniffed from its bytes: whatever arrives, every item is
// a document or an error naming standard input, none panics, and the
// items are bounded by the input (a reader that makes no progress would
// yield for ever).
func FuzzStdinItems(f *testing.F) {
	gz := func(s string) []byte { return gzipBytes(f, []byte(s)) }
	jsonl := `{"url":"https://a.example/1","text":"The ferry resumed its timetable on Monday."}` + "\n" + `{"url":"https://a.example/2","title":"broken` + "\n"
	warc := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:s-1>\r\nWARC-Target-URI: https://w.example/1\r\n" +
		"Content-Type: application/http; msgtype=response\r\nContent-Length: 86\r\n\r\n" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>The ferry resumed.</p></body></html>\r\n\r\n"
	for _, s := range []string{
		"The ferry resumed its winter timetable on Monday, the harbour board said.\n",
		"<html><body><article><p>The ferry resumed.</p></article></body></html>",
		jsonl,
		"\ufeff" + strings.ReplaceAll(jsonl, "\n", "\r\n"),
		`[{"url":"https://a.example/1","text":"The ferry resumed."},{"text":"x"}]`,
		"{\n  \"url\": \"https://a.example/1\",\n  \"text\": \"The ferry resumed.\"\n}\n",
		`[{"url":`,
		warc,
		`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>The ferry resumed.</description></item></channel></rss>`,
		"\x89PNG\r\n\x1a\n\x00\x00",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Add(gz(jsonl))
	f.Add(gz(warc))
	f.Add(gz(jsonl)[:20])
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx := context.Background()
		in := Inputs{Paths: []string{"-"}, Stdin: bytes.NewReader(data), MaxBytes: 1 << 16}
		plan, err := Expand(in)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for it := range plan.Items(ctx, in, nil) {
			n++
			if n > len(data)+2 {
				t.Fatalf("%d items from %d bytes: not making progress", n, len(data))
			}
			if !strings.HasPrefix(it.Source, "-") {
				t.Errorf("item source %q does not name standard input", it.Source)
			}
			err := it.Err
			if err == nil && it.Doc == nil && it.Load != nil {
				var doc any
				doc, err = it.Load(ctx)
				if err == nil && doc == nil {
					t.Errorf("%s: no document and no error", it.Source)
				}
			}
			if err != nil && !strings.HasPrefix(err.Error(), "-") && !strings.Contains(err.Error(), "standard input") {
				t.Errorf("%s: error %q does not name standard input", it.Source, err)
			}
		}
	})
}
