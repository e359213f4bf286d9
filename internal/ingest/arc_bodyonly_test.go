package ingest

import (
	"bytes"
	"strings"
	"testing"
)

// An ARC record whose block is the page alone, with no HTTP status line
// or headers (as some crawlers wrote their ARC files), is read as the
// page, typed by its ARC header line (sniffed when that gives no media
// type), in plain and gzipped files; an image written so is skipped, not
// an error, and a record with HTTP headers is read as before.
func TestARCRecordWithoutHTTPHeaders(t *testing.T) {
	desc := []byte("1 0 Delta Archive\nURL IP-address Archive-date Content-type Archive-length\n")
	html := func(title, text string) []byte {
		return []byte("<html><head><title>" + title + "</title></head><body><article><p>" + text + "</p></article></body></html>")
	}
	recs := [][]byte{
		arcRecord(false, "filedesc://delta-00002.arc", "20030911081500", "text/plain", desc),
		arcRecord(false, "http://delta.example/rotterdam", "20030911081601", "text/html", html("Rotterdam dredging", "Dredging of the Rotterdam channel resumed on Thursday, the port said.")),
		arcRecord(false, "http://delta.example/antwerp", "20030911081602", "no-type", html("Antwerp strike", "Pilots at Antwerp ended a two-day strike on Wednesday.")),
		arcRecord(false, "http://delta.example/buoy.gif", "20030911081603", "image/gif", []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;")),
		arcRecord(false, "http://delta.example/hamburg", "20030911081604", "text/html", httpResponse("200 OK", "text/html", html("Hamburg cranes", "Hamburg ordered six new cranes on Friday."))),
	}
	plain := bytes.Join(recs, nil)
	for name, data := range map[string][]byte{"plain": plain, "gzip members": gzipMembers(recs)} {
		var got []string
		for doc, err := range WARCDocuments(bytes.NewReader(data), "delta-00002.arc", WARCOptions{}) {
			if err != nil {
				t.Errorf("%s: error %v", name, err)
				continue
			}
			got = append(got, doc.URL)
			if doc.Captured.Year() != 2003 {
				t.Errorf("%s: %s captured %v; want the ARC date", name, doc.URL, doc.Captured)
			}
			if doc.URL == "http://delta.example/rotterdam" && !strings.Contains(doc.Content, "Rotterdam channel") {
				t.Errorf("%s: rotterdam content %q; want the page", name, doc.Content)
			}
		}
		if want := "http://delta.example/rotterdam http://delta.example/antwerp http://delta.example/hamburg"; strings.Join(got, " ") != want {
			t.Errorf("%s: pages %q; want %q", name, strings.Join(got, " "), want)
		}
	}
}
