package ingest

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ARC, the Internet Archive's format before WARC, is read by the WARC
// reader (a .arc or .arc.gz file; the gzip layout, one member per record,
// is the same). A file is ARC when its first record is the ARC file
// header, a "filedesc://" record. Each record is one header line, "URL
// IP-address Archive-date Content-type Archive-length" (version 1) or
// with five more fields before the length (version 2), then the block of
// that many bytes, then a newline; the block of an http(s) record is the
// HTTP response, headers and all, as a WARC response record's. A .arc file
// was read as WARC and failed whole on its first line, every page in it
// lost.

// maxARCLine bounds an ARC header line (a URL and a few short fields).
const maxARCLine = 8 << 10

// arcLine is the parsed header line of an ARC record.
type arcLine struct {
	url, ctype string
	date       time.Time // zero when unreadable
	length     int64
}

// parseARCLine reads an ARC record's header line. A line is one only
// when it has 5 or 10 fields, its URL has a scheme, its date is 14 (or
// 12) digits and its length a number: a line of an HTML page or of HTTP
// headers is none.
func parseARCLine(line string) (arcLine, bool) {
	if len(line) > maxARCLine {
		return arcLine{}, false
	}
	f := strings.Fields(line)
	if len(f) != 5 && len(f) != 10 {
		return arcLine{}, false
	}
	scheme, _, ok := strings.Cut(f[0], ":")
	if !ok || scheme == "" || strings.ContainsAny(scheme, "<>\"'") {
		return arcLine{}, false
	}
	date := f[2]
	if (len(date) != 14 && len(date) != 12) || strings.Trim(date, "0123456789") != "" {
		return arcLine{}, false
	}
	n, err := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err != nil || n < 0 {
		return arcLine{}, false
	}
	l := arcLine{url: f[0], ctype: f[3], length: n}
	layout := "20060102150405"[:len(date)]
	if t, err := time.Parse(layout, date); err == nil {
		l.date = t
	}
	return l, true
}

// arcHeader turns an ARC record's header line into the WARC header fields
// the record reader uses, or nil when the line is no ARC header (or the
// file is no ARC file: its first record decides).
func (w *WARCReader) arcHeader(line string) http.Header {
	if w.records == 0 && strings.HasPrefix(line, "filedesc://") {
		w.arc = true
	}
	if !w.arc {
		return nil
	}
	l, ok := parseARCLine(line)
	if !ok {
		return nil
	}
	h := http.Header{}
	h.Set("Content-Length", strconv.FormatInt(l.length, 10))
	h.Set("WARC-Target-URI", l.url)
	if !l.date.IsZero() {
		h.Set("WARC-Date", l.date.Format(time.RFC3339))
	}
	lower := strings.ToLower(l.url)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		// The block is the HTTP response (status line, headers, body),
		// or in some crawls the body alone (arcBodyOnly).
		h.Set("WARC-Type", "response")
		h.Set("Content-Type", "application/http; msgtype=response")
		h.Set(arcContentType, l.ctype)
	} else {
		// The file header (filedesc:), DNS lookups (dns:) and the like
		// hold no page.
		h.Set("WARC-Type", "arc-"+strings.SplitN(lower, ":", 2)[0])
	}
	return h
}

// arcContentType is the header field, no WARC one, that keeps the media
// type an ARC header line gives its record, for a block that is the body
// alone (arcBodyOnly).
const arcContentType = "Arc-Content-Type"

// arcBodyOnly turns the header fields of an ARC http(s) record whose block
// is the page with no HTTP status line and headers (as some crawlers wrote
// them) into those of a WARC resource record, typed by the ARC header
// line: read as an HTTP response, the page failed as a malformed one. An
// ARC type that is no media type ("no-type", "-") leaves the type to be
// sniffed from the bytes.
func arcBodyOnly(hdr http.Header, block []byte) {
	head := bytes.TrimLeft(block[:min(len(block), 64)], " \t\r\n")
	if len(head) >= 5 && strings.EqualFold(string(head[:5]), "HTTP/") {
		return
	}
	ctype := hdr.Get(arcContentType)
	if !strings.Contains(ctype, "/") {
		ctype = ""
	}
	hdr.Set("WARC-Type", "resource")
	hdr.Set("Content-Type", ctype)
}

// arcLineAt is the offset in buf of the first line that is an ARC record's
// header line (a whole one: its newline is in buf, or final says buf ends
// the stream), or -1.
func arcLineAt(buf []byte, final bool) int {
	for i := 0; i < len(buf); {
		j := bytes.IndexByte(buf[i:], '\n')
		end := i + j
		if j < 0 {
			if !final {
				return -1
			}
			end = len(buf)
		}
		if _, ok := parseARCLine(strings.TrimRight(string(buf[i:end]), "\r")); ok {
			return i
		}
		if j < 0 {
			return -1
		}
		i = end + 1
	}
	return -1
}

// arcRecordStart is the offset of an ARC header line that begins a line
// inside b (not at its start, which is the block's own), or -1.
func arcRecordStart(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return -1
	}
	if j := arcLineAt(b[i+1:], false); j >= 0 {
		return i + 1 + j
	}
	return -1
}
