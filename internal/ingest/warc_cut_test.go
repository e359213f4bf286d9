package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// cutPage is an article long enough that a cut lands inside its text,
// varied enough that gzip does not squeeze it into a few bytes (a cut
// halfway through a compressed member then lands in the page too).
func cutPage(title string) []byte {
	words := strings.Fields("treasury revenue budget minister port council vote tariff loan rail grain harbour court senate union strike fuel price export import")
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	b.WriteString("<p>NAIROBI (Example Wire) - Kenya's treasury said on Tuesday that revenue rose, minister Joseph Mwangi told reporters.</p>")
	x := uint32(len(title))
	for i := 0; i < 60; i++ {
		b.WriteString("<p>")
		for j := 0; j < 12; j++ {
			x = x*1664525 + 1013904223
			b.WriteString(words[x>>27%uint32(len(words))] + " ")
		}
		b.WriteString("</p>")
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// resourceRecord is a resource record holding an HTML page as it is.
func resourceRecord(id, target string, page []byte) []byte {
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-03-04T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, target, len(page), page))
}

type cutResult struct {
	docs []*model.Document
	errs []error
	log  string
}

func readCutWARC(t *testing.T, data []byte) cutResult {
	t.Helper()
	var res cutResult
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, nil))
	for doc, err := range WARCDocuments(bytes.NewReader(data), "cut.warc", WARCOptions{MaxRecordBytes: 1 << 20, Log: log}) {
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("error is not a *RecordError: %v", err)
			}
			res.errs = append(res.errs, err)
			continue
		}
		res.docs = append(res.docs, doc)
	}
	res.log = logBuf.String()
	return res
}

// A last record cut short by the end of the file (its Content-Length
// runs past EOF: a crawl or a copy that stopped early) keeps the page
// that arrived, flagged truncated (model.HintTruncated) and logged as a
// warning, in a plain WARC and in one gzipped per record or as one member.
// Before, it gave only "truncated WARC record: block has N of M bytes".
func TestWARCLastRecordCutKeepsPage(t *testing.T) {
	good := warcRecord("response", "ok-1", "https://wire.example.ke/a", httpResponse("200 OK", "text/html; charset=utf-8", cutPage("Treasury revenue")))
	long := warcRecord("response", "cut-2", "https://wire.example.ke/b", httpResponse("200 OK", "text/html; charset=utf-8", cutPage("Kenya budget talks")))
	res := resourceRecord("cut-3", "https://wire.example.ke/c", cutPage("Port of Mombasa"))
	// Cut in the middle of the HTML: the headers and the first half of
	// the page arrived.
	half := func(rec []byte) []byte { return rec[:len(rec)/2] }
	tests := []struct {
		name string
		data []byte
	}{
		{"plain, response cut in its HTML", append(append([]byte(nil), good...), half(long)...)},
		{"plain, resource cut in its HTML", append(append([]byte(nil), good...), half(res)...)},
		{"gzip per record, last member cut", gzipCut(gzipMembers([][]byte{good}), gzipMembers([][]byte{long}))},
		// One member holding both records, cut off in the second.
		{"gzip single member, cut", func() []byte {
			both := gzipMembers([][]byte{append(append([]byte(nil), good...), long...)})
			return both[:len(both)*3/4]
		}()},
	}
	for _, tt := range tests {
		r := readCutWARC(t, tt.data)
		if len(r.docs) != 2 || len(r.errs) != 0 {
			t.Errorf("%s: %d docs, errs %v, want 2 docs", tt.name, len(r.docs), r.errs)
			continue
		}
		first, last := r.docs[0], r.docs[1]
		if first.Hints[model.HintTruncated] != "" {
			t.Errorf("%s: the whole record is flagged truncated", tt.name)
		}
		if !strings.Contains(last.Hints[model.HintTruncated], "cut short by the end of the file") {
			t.Errorf("%s: hints %v, want the cut flagged", tt.name, last.Hints)
		}
		if !strings.Contains(last.Content, "NAIROBI (Example Wire)") || last.Format != model.FormatHTML || last.URL == "" {
			t.Errorf("%s: cut page %q (format %v, url %q)", tt.name, last.Content[:min(len(last.Content), 200)], last.Format, last.URL)
		}
		if !strings.Contains(r.log, "cut short by the end of the file") || !strings.Contains(r.log, "cut.warc#urn:uuid:cut-") {
			t.Errorf("%s: log %q, want a warning naming the record", tt.name, r.log)
		}
	}
}

// gzipCut joins members and cuts the last one in half.
func gzipCut(whole, last []byte) []byte {
	return append(append([]byte(nil), whole...), last[:len(last)/2]...)
}

// Near misses: nothing usable arrived (the cut lands in the HTTP headers,
// right after the WARC headers, or the record is no HTML page), or the cut
// member is followed by another (its decompressor read into that member's
// bytes): the record stays an error and nothing is logged.
func TestWARCLastRecordCutNothingUsable(t *testing.T) {
	good := warcRecord("response", "ok-1", "https://wire.example.ph/a", httpResponse("200 OK", "text/html", cutPage("Manila port")))
	long := warcRecord("response", "cut-2", "https://wire.example.ph/b", httpResponse("200 OK", "text/html", cutPage("Senate vote")))
	pdf := warcRecord("response", "cut-3", "https://wire.example.ph/c.pdf", httpResponse("200 OK", "application/pdf", bytes.Repeat([]byte("%PDF-1.4 0000 "), 200)))
	notFound := warcRecord("response", "cut-4", "https://wire.example.ph/gone", httpResponse("404 Not Found", "text/html", cutPage("Not found")))
	inHTTPHeaders := bytes.Index(long, []byte("Content-Type: text/html")) + 10
	afterWARCHeaders := bytes.Index(long, []byte("HTTP/1.1"))
	tests := []struct {
		name  string
		data  []byte
		docs  int
		nerrs int
	}{
		{"cut inside the HTTP headers", append(append([]byte(nil), good...), long[:inHTTPHeaders]...), 1, 1},
		{"cut right after the WARC headers", append(append([]byte(nil), good...), long[:afterWARCHeaders]...), 1, 1},
		{"cut pdf", append(append([]byte(nil), good...), pdf[:len(pdf)/2]...), 1, 1},
		{"cut 404 page", append(append([]byte(nil), good...), notFound[:len(notFound)/2]...), 1, 1},
		{"cut member in the middle of the file", bytes.Join([][]byte{gzipMembers([][]byte{good}), gzipCut(nil, gzipMembers([][]byte{long})), gzipMembers([][]byte{good})}, nil), 2, 1},
	}
	for _, tt := range tests {
		r := readCutWARC(t, tt.data)
		if len(r.docs) != tt.docs || len(r.errs) != tt.nerrs {
			t.Errorf("%s: %d docs, errs %v, want %d docs and %d errors", tt.name, len(r.docs), r.errs, tt.docs, tt.nerrs)
			continue
		}
		if !errors.Is(r.errs[0], ErrWARCTruncated) {
			t.Errorf("%s: error %v, want ErrWARCTruncated", tt.name, r.errs[0])
		}
		for _, d := range r.docs {
			if d.Hints[model.HintTruncated] != "" {
				t.Errorf("%s: %s flagged truncated", tt.name, d.Source)
			}
		}
		if strings.Contains(r.log, "cut short") {
			t.Errorf("%s: log %q", tt.name, r.log)
		}
	}
}

// A payload the crawler cut and marked WARC-Truncated is kept, as before,
// and now flagged as a cut one is.
func TestWARCTruncatedHeaderFlagged(t *testing.T) {
	page := cutPage("Lagos traffic")
	rec := warcRecord("response", "t-1", "https://wire.example.ng/a", httpResponse("200 OK", "text/html", page), "WARC-Truncated: length")
	plain := warcRecord("response", "t-2", "https://wire.example.ng/b", httpResponse("200 OK", "text/html", page))
	r := readCutWARC(t, append(rec, plain...))
	if len(r.docs) != 2 || len(r.errs) != 0 {
		t.Fatalf("%d docs, errs %v", len(r.docs), r.errs)
	}
	if v := r.docs[0].Hints[model.HintTruncated]; !strings.Contains(v, "truncated by the crawler (length)") {
		t.Errorf("WARC-Truncated record hints %v", r.docs[0].Hints)
	}
	if r.docs[0].Hints["crawled"] == "" {
		t.Errorf("crawl date lost: %v", r.docs[0].Hints)
	}
	if v := r.docs[1].Hints[model.HintTruncated]; v != "" {
		t.Errorf("whole record flagged %q", v)
	}
}
