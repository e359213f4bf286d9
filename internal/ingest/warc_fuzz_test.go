package ingest

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

func FuzzWARC(f *testing.F) {
	recs := testWARCRecords()
	f.Add(bytes.Join(recs, nil))
	f.Add(gzipMembers(recs[:3]))
	// A Content-Length too long and one too short, plain and gzipped as
	// one member: the reader puts back what a long block swallowed.
	for _, cl := range []string{"Content-Length: 900", "Content-Length: 20"} {
		lying := bytes.Replace(recs[3], []byte("Content-Length: "), []byte(cl+"\r\nX-Old-Length: "), 1)
		plain := bytes.Join([][]byte{recs[2], lying, recs[6]}, nil)
		f.Add(plain)
		f.Add(gzipMembers([][]byte{plain}))
	}
	// A last record cut short by the end of the file, plain and gzipped
	// (its page is kept, flagged truncated), and one marked WARC-Truncated.
	cut := bytes.Join([][]byte{recs[2], recs[3][:len(recs[3])-60]}, nil)
	f.Add(cut)
	f.Add(gzipMembers([][]byte{bytes.Join(recs[2:4], nil)})[:len(gzipMembers([][]byte{bytes.Join(recs[2:4], nil)}))-30])
	f.Add(warcRecord("response", "t-1", "https://a.example/t", httpResponse("200 OK", "text/html", []byte("<p>cut</p>")), "WARC-Truncated: length"))
	// A request record whose length runs into the page after it, a
	// record glued onto a short one, and an empty page record.
	f.Add(bytes.Join([][]byte{bytes.Replace(recs[1], []byte("Content-Length: "), []byte("Content-Length: 1"), 1), recs[2]}, nil))
	f.Add(bytes.Join([][]byte{recs[2][:len(recs[2])-30], recs[6]}, nil))
	f.Add(bytes.Join([][]byte{warcRecord("response", "e-1", "https://a.example/e", nil), recs[2]}, nil))
	// A record written uncompressed between gzip members, sound and with
	// a length that runs into the member after it.
	f.Add(bytes.Join([][]byte{gzipMembers(recs[2:3]), recs[3], gzipMembers(recs[6:7])}, nil))
	f.Add(bytes.Join([][]byte{gzipMembers(recs[2:3]), bytes.Replace(recs[3], []byte("Content-Length: "), []byte("Content-Length: 9"), 1), gzipMembers(recs[6:7])}, nil))
	// ARC, plain and one gzip member per record.
	arc := testARCRecords(false)
	f.Add(bytes.Join(arc, nil))
	f.Add(gzipMembers(testARCRecords(true)))
	// A page over the size limit (kept cut at it), alone and before
	// another record, plain and gzipped; a length over the limit that
	// runs into the next record; an ARC page with no HTTP headers.
	big := warcRecord("response", "big-1", "https://a.example/big", httpResponse("200 OK", "text/html", bytes.Repeat([]byte("<p>Quay works go on.</p>"), 3000)))
	f.Add(bytes.Join([][]byte{big, recs[2]}, nil))
	f.Add(gzipMembers([][]byte{big, recs[2]}))
	f.Add(bytes.Join([][]byte{bytes.Replace(recs[3], []byte("Content-Length: "), []byte("Content-Length: 99"), 1), recs[2]}, nil))
	f.Add(bytes.Join([][]byte{arc[0], arcRecord(false, "http://port.example/bare", "20040512093110", "text/html", []byte("<html><body><p>Bare page.</p></body></html>"))}, nil))
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
				// The place given is in the file.
				var re *RecordError
				if errors.As(err, &re) && (re.Offset < 0 || re.Offset > int64(len(data))) {
					t.Fatalf("%v: offset %d outside the file of %d bytes", err, re.Offset, len(data))
				}
				continue
			}
			if int64(len(doc.Raw)) > maxRec {
				t.Fatalf("document of %d bytes over the record cap", len(doc.Raw))
			}
		}
	})
}
