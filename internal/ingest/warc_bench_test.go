package ingest

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkWARCDocuments measures reading a crawl of 200 pages of about
// 20 KB (run with GOMAXPROCS=1; figures taken while others compile are
// low): plain, one gzip member per record as Common Crawl writes, the
// file gzipped whole, and per-record members with every tenth record
// damaged, where the reader resynchronises.
func BenchmarkWARCDocuments(b *testing.B) {
	var recs [][]byte
	para := bytes.Repeat([]byte("<p>The council met on Tuesday to discuss the harbour budget and the ferry timetable.</p>\n"), 220)
	for i := range 200 {
		page := append([]byte(fmt.Sprintf("<html><head><title>Page %d</title></head><body><article>", i)), para...)
		page = append(page, "</article></body></html>"...)
		recs = append(recs, warcRecord("request", fmt.Sprintf("q-%d", i), fmt.Sprintf("https://news.example/%d", i), []byte("GET / HTTP/1.1\r\n\r\n")),
			warcRecord("response", fmt.Sprintf("r-%d", i), fmt.Sprintf("https://news.example/%d", i), httpResponse("200 OK", "text/html; charset=utf-8", page)))
	}
	damaged := make([][]byte, len(recs))
	for i, r := range recs {
		m := gzipMembers([][]byte{r})
		if i%20 == 1 {
			m = m[:len(m)/2]
		}
		damaged[i] = m
	}
	inputs := []struct {
		name string
		data []byte
	}{
		{"plain", bytes.Join(recs, nil)},
		{"gzip members", gzipMembers(recs)},
		{"gzip whole", gzipMembers([][]byte{bytes.Join(recs, nil)})},
		{"gzip members damaged", bytes.Join(damaged, nil)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				docs := 0
				for doc, err := range WARCDocuments(bytes.NewReader(in.data), "bench.warc", WARCOptions{}) {
					if err == nil && doc != nil {
						docs++
					}
				}
				if docs < 180 {
					b.Fatalf("%d documents, want at least 180", docs)
				}
			}
		})
	}
}
