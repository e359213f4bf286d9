package ingest

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"net/url"
	"strconv"
	"strings"
)

// URLListEntry is one URL of a URL list, or the error for a line that is not
// a URL.
type URLListEntry struct {
	Source string // "list.txt:3"
	URL    string
}

// URLList reads a list of URLs, one per line. Blank lines and lines starting
// with # are skipped; anything after the URL on a line (a tab-separated
// title, a comment) is ignored. A line that is not an http(s) URL yields a
// *RecordError and the rest is still read.
func URLList(r io.Reader, source string) iter.Seq2[URLListEntry, error] {
	return func(yield func(URLListEntry, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for lineNo := 1; sc.Scan(); lineNo++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			src := source + ":" + strconv.Itoa(lineNo)
			if f := strings.Fields(line); len(f) > 0 {
				line = f[0]
			}
			u, err := url.Parse(line)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				if !yield(URLListEntry{Source: src}, &RecordError{Source: src, Err: fmt.Errorf("not an http(s) URL: %.80q", line)}) {
					return
				}
				continue
			}
			if !yield(URLListEntry{Source: src, URL: u.String()}, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(URLListEntry{Source: source}, &RecordError{Source: source, Err: err})
		}
	}
}
