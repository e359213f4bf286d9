package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// arcRecord writes one ARC record: version 1's five-field header line, or
// version 2's ten fields, then the block and the newline that ends it.
func arcRecord(v2 bool, url, date, ctype string, block []byte) []byte {
	var b bytes.Buffer
	if v2 {
		fmt.Fprintf(&b, "%s 192.0.2.7 %s %s 200 ABCDEF0123 - 1234 crawl-00001.arc %d\n", url, date, ctype, len(block))
	} else {
		fmt.Fprintf(&b, "%s 192.0.2.7 %s %s %d\n", url, date, ctype, len(block))
	}
	b.Write(block)
	b.WriteString("\n")
	return b.Bytes()
}

// testARCRecords is a small ARC crawl: the file header, two HTML pages, a
// DNS lookup, a 404 and an image.
func testARCRecords(v2 bool) [][]byte {
	page := func(title, text string) []byte {
		return httpResponse("200 OK", "text/html; charset=utf-8", []byte("<html><head><title>"+title+"</title></head><body><article><p>"+text+"</p></article></body></html>"))
	}
	desc := []byte("1 0 Harbour Archive\nURL IP-address Archive-date Content-type Archive-length\n")
	if v2 {
		desc = []byte("2 0 Harbour Archive\nURL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length\n")
	}
	return [][]byte{
		arcRecord(v2, "filedesc://crawl-00001.arc", "20040512093000", "text/plain", desc),
		arcRecord(v2, "http://port.example/gdansk", "20040512093105", "text/html", page("Gdansk harbour reopens", "The harbour in Gdansk reopened on Monday after a week of storms.")),
		arcRecord(v2, "dns:port.example", "20040512093106", "text/dns", []byte("20040512093106\nport.example. 3600 IN A 192.0.2.7\n")),
		arcRecord(v2, "http://port.example/missing", "20040512093107", "text/html", httpResponse("404 Not Found", "text/html", []byte("<p>gone</p>"))),
		arcRecord(v2, "http://port.example/crane.jpg", "20040512093108", "image/jpeg", httpResponse("200 OK", "image/jpeg", []byte("\xff\xd8\xff\xe0 jpeg bytes"))),
		arcRecord(v2, "http://port.example/riga", "20040512093109", "text/html", page("Riga ferry resumes", "Ferries between Riga and Stockholm resumed on Tuesday.")),
	}
}

// An ARC file (the format before WARC) is read as a WARC is: its HTML
// pages become documents, with the record's URL and capture date, plain or
// one gzip member per record, version 1 or 2 header lines; the file
// header, DNS lookups, error pages and images are skipped. It was read as
// WARC, and failed whole on its first line.
func TestARCFile(t *testing.T) {
	for _, v2 := range []bool{false, true} {
		recs := testARCRecords(v2)
		plain := bytes.Join(recs, nil)
		for name, data := range map[string][]byte{"plain": plain, "gzip members": gzipMembers(recs), "gzip whole": gzipMembers([][]byte{plain})} {
			t.Run(fmt.Sprintf("v2=%v %s", v2, name), func(t *testing.T) {
				var urls []string
				for doc, err := range WARCDocuments(bytes.NewReader(data), "crawl-00001.arc", WARCOptions{}) {
					if err != nil {
						t.Errorf("error %v", err)
						continue
					}
					urls = append(urls, doc.URL)
					if want := time.Date(2004, 5, 12, 9, 31, 0, 0, time.UTC); doc.Captured.Before(want) || doc.Captured.After(want.Add(time.Minute)) {
						t.Errorf("%s: captured %v, want the ARC date", doc.URL, doc.Captured)
					}
					if !strings.HasPrefix(doc.Source, "crawl-00001.arc#record-") {
						t.Errorf("source %q: want the record's number", doc.Source)
					}
				}
				if got := strings.Join(urls, " "); got != "http://port.example/gdansk http://port.example/riga" {
					t.Errorf("pages %q, want gdansk and riga", got)
				}
			})
		}
	}
}

// A bad ARC record costs itself only: a length too long or too short, a
// header line cut, junk between records; the last record cut short by the
// end of the file keeps its page, flagged. A file that does not begin with
// the ARC file header is not read as ARC: its lines are WARC garbage, one
// error.
func TestARCBadRecordLosesOnlyItself(t *testing.T) {
	recs := testARCRecords(false)
	lying := func(delta int) []byte {
		r := recs[1]
		nl := bytes.IndexByte(r, '\n')
		f := strings.Fields(string(r[:nl]))
		var n int
		fmt.Sscanf(f[4], "%d", &n)
		f[4] = fmt.Sprint(n + delta)
		return append([]byte(strings.Join(f, " ")+"\n"), r[nl+1:]...)
	}
	tests := []struct {
		name  string
		parts [][]byte
	}{
		{"length too long", [][]byte{recs[0], lying(+40), recs[5]}},
		{"length far too long", [][]byte{recs[0], lying(+5000), recs[5]}},
		{"length too short", [][]byte{recs[0], lying(-40), recs[5]}},
		{"junk between records", [][]byte{recs[0], []byte("junk line\n"), recs[5]}},
		{"header line cut", [][]byte{recs[0], recs[1][:30], []byte("\n"), recs[5]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readAllWARC(t, bytes.Join(tt.parts, nil))
			if len(res.sources) != 1 || !strings.Contains(res.sources[0], "riga") {
				t.Errorf("docs %v, want riga", res.sources)
			}
			if len(res.errs) != 1 {
				t.Errorf("errs %v, want one", res.errs)
			}
		})
	}
	cut := bytes.Join([][]byte{recs[0], recs[5], recs[1][:len(recs[1])-40]}, nil)
	res := readAllWARC(t, cut)
	if len(res.sources) != 2 || len(res.errs) != 0 {
		t.Errorf("last record cut: docs %v errs %v, want both pages kept", res.sources, res.errs)
	}
	notARC := bytes.Join(recs[1:], nil)
	res = readAllWARC(t, notARC)
	if len(res.sources) != 0 || len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCHeader) {
		t.Errorf("no file header: docs %v errs %v, want one WARC header error", res.sources, res.errs)
	}
}

// parseARCLine takes header lines of both versions and refuses the lines
// of a page or of HTTP headers.
func TestParseARCLine(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
		n    int64
	}{
		{"http://a.example/x 192.0.2.1 20040512093105 text/html 1234", true, 1234},
		{"http://a.example/x 192.0.2.1 200405120931 text/html 12", true, 12},
		{"https://a.example/x 192.0.2.1 20040512093105 text/html 200 ABC - 99 f.arc 77", true, 77},
		{"filedesc://f.arc 0.0.0.0 20040512093000 text/plain 76", true, 76},
		{"URL IP-address Archive-date Content-type Archive-length", false, 0},
		{"Content-Type: text/html; charset=utf-8", false, 0},
		{"<p>The harbour reopened on 20040512093105 at noon 5</p>", false, 0},
		{"http://a.example/x 192.0.2.1 2004-05-12 text/html 1234", false, 0},
		{"http://a.example/x 192.0.2.1 20040512093105 text/html -3", false, 0},
	}
	for _, tt := range tests {
		l, ok := parseARCLine(tt.line)
		if ok != tt.ok || (ok && l.length != tt.n) {
			t.Errorf("parseARCLine(%q) = %+v, %v; want ok %v length %d", tt.line, l, ok, tt.ok, tt.n)
		}
	}
}

// An ARC record written uncompressed between the gzip members of a
// .arc.gz is read as it is, as a WARC record is in a .warc.gz.
func TestARCUncompressedRecordInGzip(t *testing.T) {
	recs := testARCRecords(false)
	data := bytes.Join([][]byte{gzipMembers(recs[:2]), recs[5], gzipMembers(recs[1:2])}, nil)
	res := readAllWARC(t, data)
	if len(res.sources) != 3 || !strings.Contains(res.sources[1], "riga") || len(res.errs) != 0 {
		t.Errorf("docs %v errs %v, want gdansk, riga (uncompressed), gdansk", res.sources, res.errs)
	}
}
