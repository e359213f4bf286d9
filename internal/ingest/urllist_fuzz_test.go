package ingest

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"
)

// FuzzURLList: every line of a URL list is a URL, an error naming the line,
// or skipped; the list is read to its end and nothing but http(s) comes out.
func FuzzURLList(f *testing.F) {
	f.Add([]byte("# list\nhttps://a.example/x\n\n http://b.example/y\ttitle\nftp://c/z\nnot a url\n"))
	f.Add([]byte("https://a.example/1\r\n" + strings.Repeat("x", 70<<10) + "\nhttps://a.example/3"))
	f.Add([]byte("\xff\xfe h\x00t\x00t\x00p\x00\nhttps://[::1]:80/\nhttp://%zz/\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		for e, err := range URLList(bytes.NewReader(data), "l") {
			n++
			if n > lines {
				t.Fatalf("%d results for %d lines", n, lines)
			}
			if !strings.HasPrefix(e.Source, "l") {
				t.Fatalf("source %q", e.Source)
			}
			if err != nil {
				continue
			}
			u, perr := url.Parse(e.URL)
			if perr != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
				t.Fatalf("line gave %q, not an http(s) URL", e.URL)
			}
		}
	})
}

// FuzzFeedDate: a feed's date string either parses to a time between 1900
// and 2200 or is refused; nothing panics, and a parsed date is stable when
// written out and read again.
func FuzzFeedDate(f *testing.F) {
	for _, s := range []string{"Mon, 02 Jan 2006 15:04:05 -0700", "Sat 07 Sep 2002 00:00:01 GMT", "2025-03-10T09:40:00+09:00",
		"2025-03-10", "Tue, 10 Jun 2003 04:00:00 +0000 (UTC)", "March 10, 2025", "10 Mar 2025 09:40 EST", "0000-00-00", ",,,", "Mon", "(x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, ok := feedDateUTC(s)
		if !ok {
			if !tm.IsZero() {
				t.Fatalf("%q: refused but gave %v", s, tm)
			}
			return
		}
		if y := tm.Year(); y < 1900 || y > 2200 {
			t.Fatalf("%q: year %d outside 1900-2200", s, y)
		}
		again, ok := feedDateUTC(tm.Format(time.RFC3339))
		if !ok || !again.Equal(tm) {
			t.Fatalf("%q -> %v -> %v, %v", s, tm, again, ok)
		}
	})
}
