package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// warcRecord writes one WARC record with the given type, headers and block.
func warcRecord(typ, id, target string, block []byte, extra ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n", typ, id)
	if target != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", target)
	}
	ct := "application/http; msgtype=response"
	if typ == "warcinfo" || typ == "metadata" {
		ct = "application/warc-fields"
	}
	if typ == "request" {
		ct = "application/http; msgtype=request"
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", ct)
	for _, h := range extra {
		b.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(status, ctype string, body []byte, extra ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n", status, ctype, len(body))
	for _, h := range extra {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// testWARCRecords is a small crawl: warcinfo, a request, two HTML pages (one
// in windows-1252 declared in the header), a PDF, a 404, a gzip-encoded
// page and metadata.
func testWARCRecords() [][]byte {
	page := func(title string) []byte {
		return []byte("<html><head><title>" + title + "</title></head><body><article><p>" + title + " body text.</p></article></body></html>")
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page("Compressed page"))
	zw.Close()
	return [][]byte{
		warcRecord("warcinfo", "info-0", "", []byte("software: newsgraph-test\r\n")),
		warcRecord("request", "req-1", "https://a.example/one", []byte("GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n")),
		warcRecord("response", "rec-1", "https://a.example/one", httpResponse("200 OK", "text/html; charset=utf-8", page("First page"))),
		warcRecord("response", "rec-2", "https://b.example/two", httpResponse("200 OK", "text/html; charset=windows-1252", append(page("Second page"), []byte("caf\xe9")...))),
		warcRecord("response", "rec-3", "https://a.example/doc.pdf", httpResponse("200 OK", "application/pdf", []byte("%PDF-1.4 ..."))),
		warcRecord("response", "rec-4", "https://a.example/missing", httpResponse("404 Not Found", "text/html", page("Not found"))),
		warcRecord("response", "rec-5", "https://c.example/gz", httpResponse("200 OK", "text/html", gz.Bytes(), "Content-Encoding: gzip")),
		warcRecord("metadata", "meta-6", "https://a.example/one", []byte("fetchTimeMs: 12\r\n")),
	}
}

// gzipMembers compresses each record as its own gzip member, as Common
// Crawl does.
func gzipMembers(recs [][]byte) []byte {
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

type warcResult struct {
	sources []string
	errs    []error
}

func readAllWARC(t *testing.T, data []byte) warcResult {
	t.Helper()
	var res warcResult
	for doc, err := range WARCDocuments(bytes.NewReader(data), "crawl.warc.gz", WARCOptions{MaxRecordBytes: 1 << 20}) {
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("error is not a *RecordError: %v", err)
			}
			res.errs = append(res.errs, err)
			continue
		}
		res.sources = append(res.sources, doc.Source+" "+doc.URL)
	}
	return res
}

func TestWARCPlainAndGzip(t *testing.T) {
	recs := testWARCRecords()
	plain := bytes.Join(recs, nil)
	want := "crawl.warc.gz#urn:uuid:rec-1 https://a.example/one|crawl.warc.gz#urn:uuid:rec-2 https://b.example/two|crawl.warc.gz#urn:uuid:rec-5 https://c.example/gz"
	for name, data := range map[string][]byte{"plain": plain, "gzip-members": gzipMembers(recs), "gzip-single": gzipMembers([][]byte{plain})} {
		res := readAllWARC(t, data)
		if got := strings.Join(res.sources, "|"); got != want || len(res.errs) != 0 {
			t.Errorf("%s: docs %q errs %v\nwant %q", name, got, res.errs, want)
		}
	}
	// Charset from the HTTP header reaches the document; the body is read.
	w := NewWARCReader(bytes.NewReader(plain), "x.warc", WARCOptions{})
	var docs, ctypes []string
	for {
		d, err := w.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if d.ContentType == "" || d.Format != "html" || d.Hints["crawled"] != "2025-03-04T10:00:00Z" {
			t.Errorf("doc %s: ctype %q format %q hints %v", d.Source, d.ContentType, d.Format, d.Hints)
		}
		docs = append(docs, d.Content)
		ctypes = append(ctypes, d.ContentType)
	}
	// The HTTP header's charset is what Prepare decodes with.
	if ctypes[1] != "text/html; charset=windows-1252" || !strings.Contains(docs[1], "Second page body text") || !strings.Contains(docs[1], "café") {
		t.Errorf("second doc: ctype %q content %q", ctypes[1], docs[1])
	}
	if !strings.Contains(docs[2], "Compressed page body text") {
		t.Errorf("Content-Encoding gzip not decoded: %q", docs[2])
	}
	if w.Skipped != 5 {
		t.Errorf("skipped = %d, want 5 (warcinfo, request, pdf, 404, metadata)", w.Skipped)
	}
}

func TestWARCTruncatedAndCorrupt(t *testing.T) {
	recs := testWARCRecords()
	members := make([][]byte, len(recs))
	for i, r := range recs {
		members[i] = gzipMembers([][]byte{r})
	}
	// A corrupt member in the middle (rec-2): one error, the rest read.
	bad := append([]byte(nil), members[3]...)
	for i := 20; i < len(bad)-10; i++ {
		bad[i] ^= 0x5a
	}
	var corrupt []byte
	for i, m := range members {
		if i == 3 {
			m = bad
		}
		corrupt = append(corrupt, m...)
	}
	res := readAllWARC(t, corrupt)
	if len(res.sources) != 2 || len(res.errs) == 0 {
		t.Errorf("corrupt member: docs %v errs %v", res.sources, res.errs)
	}
	// Truncated gzip at the end, in the last HTML record: the earlier
	// records are read, the cut one is an error.
	all := bytes.Join(members[:7], nil)
	cut := all[:len(all)-len(members[6])/2]
	res = readAllWARC(t, cut)
	if len(res.sources) != 2 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCTruncated) {
		t.Errorf("truncated gzip: docs %v errs %v", res.sources, res.errs)
	}
	// A plain WARC whose last record is cut short by the end of the
	// file, in its HTML: the page that arrived is kept (flagged
	// truncated, see TestWARCLastRecordCutKeepsPage).
	plain := bytes.Join(recs[:3], nil)
	res = readAllWARC(t, plain[:len(plain)-40])
	if len(res.sources) != 1 || len(res.errs) != 0 || !strings.Contains(res.sources[0], "rec-1") {
		t.Errorf("truncated plain: docs %v errs %v", res.sources, res.errs)
	}
	// Garbage between plain records: one error, then resynchronised.
	withJunk := bytes.Join([][]byte{recs[2], []byte("junk line\r\nmore junk\r\n"), recs[3]}, nil)
	res = readAllWARC(t, withJunk)
	if len(res.sources) != 2 || len(res.errs) != 1 {
		t.Errorf("junk: docs %v errs %v", res.sources, res.errs)
	}
	// A page over the size cap is kept as far as the cap (see
	// TestWARCPageOverLimitKeptCut), and the record after it is read.
	huge := warcRecord("response", "huge", "https://a.example/huge", httpResponse("200 OK", "text/html", bytes.Repeat([]byte("x"), 2<<20)))
	res = readAllWARC(t, bytes.Join([][]byte{huge, recs[2]}, nil))
	if len(res.sources) != 2 || len(res.errs) != 0 || !strings.Contains(res.sources[1], "rec-1") {
		t.Errorf("huge: docs %v errs %v", res.sources, res.errs)
	}
}

// One bad record loses that record only: a wrong or absurd Content-Length in
// a plain WARC, a gzip member cut in half so that its decompressor runs
// into the next member.
func TestWARCBadRecordLosesOnlyItself(t *testing.T) {
	recs := testWARCRecords()
	page := recs[2] // rec-1, HTML
	// The record's own Content-Length is the first in it (the HTTP
	// response's comes after).
	withLength := func(cl string) []byte {
		i := bytes.Index(recs[3], []byte("Content-Length: "))
		j := i + bytes.Index(recs[3][i:], []byte("\r\n"))
		return bytes.Join([][]byte{recs[3][:i], []byte("Content-Length: " + cl), recs[3][j:]}, nil)
	}
	for _, cl := range []string{"abc", "-5", "999999999999"} {
		bad := withLength(cl)
		if bytes.Equal(bad, recs[3]) {
			t.Fatalf("Content-Length %s not set", cl)
		}
		res := readAllWARC(t, bytes.Join([][]byte{page, bad, recs[6]}, nil))
		if len(res.sources) != 2 || len(res.errs) != 1 || !strings.Contains(res.sources[1], "rec-5") {
			t.Errorf("Content-Length %s: docs %v errs %v", cl, res.sources, res.errs)
		}
	}
	members := [][]byte{gzipMembers(recs[2:3]), gzipMembers(recs[3:4]), gzipMembers(recs[6:7])}
	members[1] = members[1][:len(members[1])/2]
	res := readAllWARC(t, bytes.Join(members, nil))
	if len(res.sources) != 2 || len(res.errs) != 1 || !strings.Contains(res.sources[1], "rec-5") {
		t.Errorf("truncated member: docs %v errs %v", res.sources, res.errs)
	}
}

// A Content-Length that lies costs its own record only, in a plain WARC
// and in one gzipped as a single member (where the records that follow
// are in the same stream): too long, it runs into the next record (or
// past the end of the file) and that record is read again; too short,
// the reader skips to the next version line.
func TestWARCWrongLength(t *testing.T) {
	recs := testWARCRecords()
	bad := recs[3] // rec-2, HTML
	i := bytes.Index(bad, []byte("Content-Length: "))
	j := i + bytes.Index(bad[i:], []byte("\r\n"))
	n, _ := strconv.Atoi(string(bad[i+len("Content-Length: ") : j]))
	// +len(recs[6]): too long by exactly the next record, so the block
	// still ends at a record boundary.
	for _, delta := range []int{+7, +300, len(recs[6]), +100000, -60, -1} {
		lying := bytes.Join([][]byte{bad[:i], []byte(fmt.Sprintf("Content-Length: %d", n+delta)), bad[j:]}, nil)
		plain := bytes.Join([][]byte{recs[2], lying, recs[6], recs[2]}, nil)
		for name, data := range map[string][]byte{"plain": plain, "gzip-single": gzipMembers([][]byte{plain})} {
			res := readAllWARC(t, data)
			got := strings.Join(res.sources, "|")
			if len(res.sources) != 3 || !strings.Contains(got, "rec-5") || strings.Contains(got, "rec-2") ||
				len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "rec-2") {
				t.Errorf("Content-Length %+d, %s: docs %v errs %v", delta, name, res.sources, res.errs)
			}
		}
	}
	// Every wrong length from 0 to past the next record: no other record
	// is lost or doubled. (1-4 bytes too long takes in part of the
	// separator only, which leaves the record sound.)
	if !testing.Short() {
		for cl := 0; cl < n+len(recs[6])+64; cl++ {
			if cl == n {
				continue
			}
			lying := bytes.Join([][]byte{bad[:i], []byte(fmt.Sprintf("Content-Length: %d", cl)), bad[j:]}, nil)
			res := readAllWARC(t, bytes.Join([][]byte{recs[2], lying, recs[6], recs[2]}, nil))
			got := strings.Join(res.sources, "|")
			if strings.Count(got, "rec-1") != 2 || strings.Count(got, "rec-5") != 1 || strings.Contains(got, "rec-2") && (cl < n || cl > n+4) {
				t.Errorf("Content-Length %d (true %d): docs %v errs %v", cl, n, res.sources, res.errs)
			}
		}
	}
	// A correct record followed by junk after its separator is read; the
	// junk is the error.
	res := readAllWARC(t, bytes.Join([][]byte{recs[2], []byte("junk\r\n"), recs[3]}, nil))
	if len(res.sources) != 2 || len(res.errs) != 1 {
		t.Errorf("junk after a record: docs %v errs %v", res.sources, res.errs)
	}
}

// TestWARCFixture reads the committed tiny WARC.gz (written by
// TestWriteWARCFixture with -update-warc) so the reader is also checked
// against bytes that did not come from this test run's helper.
func TestWARCFixture(t *testing.T) {
	path := filepath.Join("testdata", "warc", "tiny.warc.gz")
	if os.Getenv("UPDATE_WARC_FIXTURE") != "" {
		if err := os.WriteFile(path, gzipMembers(testWARCRecords()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res := readAllWARC(t, data)
	if len(res.sources) != 3 || len(res.errs) != 0 {
		t.Errorf("fixture: docs %v errs %v", res.sources, res.errs)
	}
}

// A page's WARC-Target-URI is its URL: WARC 1.0's angle brackets are no
// part of it, and one that is no http(s) URL ("javascript:...", a file path)
// is the record's error, as a JSONL url is, not the URL stored. Records that
// are no page keep their odd targets (dns:, urn:) and are skipped.
func TestWARCTargetURI(t *testing.T) {
	page := []byte("<html><head><title>Quay reopens</title></head><body><p>The quay reopened on Friday.</p></body></html>")
	ok := httpResponse("200 OK", "text/html", page)
	recs := [][]byte{
		warcRecord("response", "r1", "<https://quay.example/1>", ok),
		warcRecord("response", "r2", "javascript:alert(1)", ok),
		warcRecord("response", "r3", "file:///etc/passwd", ok),
		warcRecord("response", "r4", "dns:quay.example", httpResponse("200 OK", "text/dns", []byte("quay.example. 300 IN A 192.0.2.1"))),
		warcRecord("response", "r5", "", ok),
		warcRecord("response", "r6", "https://quay.example/6", ok),
	}
	res := readAllWARC(t, bytes.Join(recs, nil))
	want := "crawl.warc.gz#urn:uuid:r1 https://quay.example/1|crawl.warc.gz#urn:uuid:r5 |crawl.warc.gz#urn:uuid:r6 https://quay.example/6"
	if got := strings.Join(res.sources, "|"); got != want {
		t.Errorf("docs %q, want %q", got, want)
	}
	var errs []string
	for _, err := range res.errs {
		errs = append(errs, err.Error())
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "#urn:uuid:r2: WARC-Target-URI: \"javascript:alert(1)\" is not an http(s) URL") ||
		!strings.Contains(errs[1], "#urn:uuid:r3: WARC-Target-URI") {
		t.Errorf("errors %q, want r2's and r3's targets named", errs)
	}
}

// Records without a WARC-Record-ID (which some tools leave out) each get
// a source of their own, numbered by their place in the file: the store
// keys failures by source, so a shared "crawl.warc.gz#" let one record's
// success clear another's failure. A record's error names its source
// once, not twice.
func TestWARCRecordsWithoutID(t *testing.T) {
	dropID := func(rec []byte) []byte {
		i := bytes.Index(rec, []byte("WARC-Record-ID: "))
		j := i + bytes.Index(rec[i:], []byte("\r\n")) + 2
		return bytes.Join([][]byte{rec[:i], rec[j:]}, nil)
	}
	recs := testWARCRecords()
	page := func(title string) []byte {
		return []byte("<html><head><title>" + title + "</title></head><body><p>" + title + " body text.</p></body></html>")
	}
	binary := httpResponse("200 OK", "text/html", bytes.Repeat([]byte{0, 1, 2, 3}, 2048))
	plain := bytes.Join([][]byte{
		dropID(recs[0]), // warcinfo: record-1, skipped
		dropID(warcRecord("response", "x", "https://a.example/one", httpResponse("200 OK", "text/html", page("First page")))),
		dropID(warcRecord("response", "x", "https://a.example/bin", binary)),
		dropID(warcRecord("response", "x", "https://a.example/two", httpResponse("200 OK", "text/html", page("Second page")))),
		dropID(warcRecord("response", "x", "https://a.example/bin2", binary)),
	}, nil)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", plain},
		{"gzip members", gzipMembers([][]byte{plain})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := readAllWARC(t, tc.data)
			wantDocs := []string{"crawl.warc.gz#record-2 https://a.example/one", "crawl.warc.gz#record-4 https://a.example/two"}
			if strings.Join(res.sources, "|") != strings.Join(wantDocs, "|") {
				t.Errorf("docs %q, want %q", res.sources, wantDocs)
			}
			if len(res.errs) != 2 {
				t.Fatalf("errors %v, want 2", res.errs)
			}
			for i, want := range []string{"crawl.warc.gz#record-3: ", "crawl.warc.gz#record-5: "} {
				msg := res.errs[i].Error()
				if !strings.HasPrefix(msg, want) || strings.Count(msg, "crawl.warc.gz") != 1 || !errors.Is(res.errs[i], ErrBinary) {
					t.Errorf("error %d = %q, want %q once, then ErrBinary", i, msg, want)
				}
			}
		})
	}
}
