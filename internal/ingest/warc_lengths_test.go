package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// withContentLength rewrites a record's own Content-Length (the first in
// it; an HTTP response's comes after) to n plus delta.
func withContentLength(t *testing.T, rec []byte, delta int) []byte {
	t.Helper()
	i := bytes.Index(rec, []byte("Content-Length: "))
	j := i + bytes.Index(rec[i:], []byte("\r\n"))
	var n int
	if _, err := fmt.Sscanf(string(rec[i+len("Content-Length: "):j]), "%d", &n); err != nil {
		t.Fatal(err)
	}
	return bytes.Join([][]byte{rec[:i], []byte(fmt.Sprintf("Content-Length: %d", n+delta)), rec[j:]}, nil)
}

// A request or metadata record's block is length-checked as a page's is:
// skipped unchecked, one whose Content-Length was too long swallowed the
// response after it, and one too short left the reader inside it.
func TestWARCSkippedRecordLengthChecked(t *testing.T) {
	recs := testWARCRecords()
	for _, skipped := range []struct {
		name string
		rec  []byte
	}{{"request", recs[1]}, {"metadata", recs[7]}, {"warcinfo", recs[0]}} {
		for _, delta := range []int{+40, +len(recs[2]) / 2, -5} {
			lying := withContentLength(t, skipped.rec, delta)
			plain := bytes.Join([][]byte{lying, recs[2], recs[6]}, nil)
			for name, data := range map[string][]byte{"plain": plain, "gzip-single": gzipMembers([][]byte{plain})} {
				t.Run(fmt.Sprintf("%s %+d %s", skipped.name, delta, name), func(t *testing.T) {
					res := readAllWARC(t, data)
					got := strings.Join(res.sources, "|")
					if len(res.sources) != 2 || !strings.Contains(got, "rec-1") || !strings.Contains(got, "rec-5") {
						t.Errorf("docs %v errs %v: the pages after the bad %s record were lost", res.sources, res.errs, skipped.name)
					}
					if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCHeader) {
						t.Errorf("errs %v, want one ErrWARCHeader for the %s record", res.errs, skipped.name)
					}
				})
			}
		}
	}
	// Near miss: the same records with true lengths give no error.
	res := readAllWARC(t, bytes.Join([][]byte{recs[0], recs[1], recs[7], recs[2]}, nil))
	if len(res.sources) != 1 || len(res.errs) != 0 {
		t.Errorf("true lengths: docs %v errs %v", res.sources, res.errs)
	}
}

// A record cut short without its separator, the next record's version line
// glued onto its last bytes, costs itself only: the reader finds the glued
// record whether the cut record's Content-Length runs past it (the version
// line is inside the block read) or stops short of it (found by the skip to
// the next record).
func TestWARCGluedRecord(t *testing.T) {
	recs := testWARCRecords()
	bad := recs[3] // rec-2, HTML, its separator taken off below
	bad = bad[:len(bad)-len("\r\n\r\n")]
	cuts := []struct {
		name  string
		cut   int // bytes cut off the end of the block
		delta int // change to the Content-Length
	}{
		{"length runs into the glued record", 30, 0},
		{"length stops short of the glued record", 30, -60},
		{"length runs past the end of the file", 30, +5000},
	}
	for _, c := range cuts {
		short := withContentLength(t, bad[:len(bad)-c.cut], c.delta)
		plain := bytes.Join([][]byte{recs[2], short, recs[6], recs[2]}, nil)
		for name, data := range map[string][]byte{"plain": plain, "gzip-single": gzipMembers([][]byte{plain})} {
			t.Run(c.name+" "+name, func(t *testing.T) {
				res := readAllWARC(t, data)
				got := strings.Join(res.sources, "|")
				if strings.Count(got, "rec-1") != 2 || strings.Count(got, "rec-5") != 1 || strings.Contains(got, "rec-2") {
					t.Errorf("docs %v errs %v, want rec-1, rec-5, rec-1", res.sources, res.errs)
				}
				if len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "rec-2") {
					t.Errorf("errs %v, want one, for rec-2", res.errs)
				}
			})
		}
	}
}

// A page record with nothing in it is a named error (ErrWARCEmpty), not
// the HTTP parser's bare EOF, and costs only itself; an empty answer that
// is no page (204 No Content) is skipped without one.
func TestWARCEmptyRecord(t *testing.T) {
	recs := testWARCRecords()
	tests := []struct {
		name    string
		rec     []byte
		wantErr bool
	}{
		{"response with an empty block", warcRecord("response", "e-1", "https://d.example/e", nil), true},
		{"resource with blank lines only", bytes.Replace(warcRecord("resource", "e-2", "https://d.example/r", []byte("\r\n\r\n")),
			[]byte("application/http; msgtype=response"), []byte("text/html"), 1), true},
		{"HTML answer with no body", warcRecord("response", "e-3", "https://d.example/b", httpResponse("200 OK", "text/html; charset=utf-8", nil)), true},
		{"no content answer", warcRecord("response", "e-4", "https://d.example/n", []byte("HTTP/1.1 204 No Content\r\n\r\n")), false},
	}
	for _, tt := range tests {
		plain := bytes.Join([][]byte{recs[2], tt.rec, recs[6]}, nil)
		for name, data := range map[string][]byte{"plain": plain, "gzip-members": gzipMembers([][]byte{recs[2], tt.rec, recs[6]})} {
			t.Run(tt.name+" "+name, func(t *testing.T) {
				res := readAllWARC(t, data)
				if len(res.sources) != 2 {
					t.Errorf("docs %v, want rec-1 and rec-5", res.sources)
				}
				switch {
				case !tt.wantErr && len(res.errs) != 0:
					t.Errorf("errs %v, want none", res.errs)
				case tt.wantErr && (len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCEmpty)):
					t.Errorf("errs %v, want one ErrWARCEmpty", res.errs)
				}
			})
		}
	}
}

// A record that is no page with a Content-Length over the size limit is
// passed over up to the next version line, not by its length: a wrong one
// ("99999999999...") discarded every record after it, in a plain WARC and
// in one gzipped whole. An honest big one is skipped as before, without
// an error.
func TestWARCBigSkippedRecordLengthNotTrusted(t *testing.T) {
	recs := testWARCRecords()
	for _, rec := range [][]byte{recs[0], recs[1], recs[7]} {
		lying := bytes.Replace(rec, []byte("Content-Length: "), []byte("Content-Length: 99999999999"), 1)
		plain := bytes.Join([][]byte{recs[2], lying, recs[3], recs[6]}, nil)
		for name, data := range map[string][]byte{"plain": plain, "gzip-single": gzipMembers([][]byte{plain})} {
			res := readAllWARC(t, data)
			if len(res.sources) != 3 || len(res.errs) != 0 {
				t.Errorf("%s: docs %v errs %v, want the three pages and no error", name, res.sources, res.errs)
			}
		}
	}
	// Near miss: an honest metadata record over the limit.
	big := warcRecord("metadata", "meta-big", "https://a.example/one", bytes.Repeat([]byte("outlink: https://a.example/x\r\n"), 2000))
	var pages []byte
	for doc, err := range WARCDocuments(bytes.NewReader(bytes.Join([][]byte{big, recs[2]}, nil)), "c.warc", WARCOptions{MaxRecordBytes: 4096}) {
		if err != nil {
			t.Errorf("honest big metadata record: %v", err)
			continue
		}
		pages = append(pages, doc.Source...)
	}
	if !bytes.Contains(pages, []byte("rec-1")) {
		t.Errorf("the page after an honest big record was lost: %s", pages)
	}
}
