package ingest

import (
	"bytes"
	"os"
	"testing"
)

func FuzzWARC(f *testing.F) {
	recs := testWARCRecords()
	f.Add(bytes.Join(recs, nil))
	f.Add(gzipMembers(recs[:3]))
	if b, err := os.ReadFile("testdata/warc/tiny.warc.gz"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxRec = 64 << 10
		n := 0
		for doc, err := range WARCDocuments(bytes.NewReader(data), "f.warc", WARCOptions{MaxRecordBytes: maxRec}) {
			n++
			if n > len(data)+10 {
				t.Fatalf("more results (%d) than input bytes: not making progress", n)
			}
			if err != nil {
				continue
			}
			if int64(len(doc.Raw)) > maxRec {
				t.Fatalf("document of %d bytes over the record cap", len(doc.Raw))
			}
		}
	})
}
