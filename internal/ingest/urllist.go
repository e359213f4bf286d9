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
		br := bufio.NewReaderSize(r, 64<<10)
		for lineNo := 1; ; lineNo++ {
			// An overlong line (no URL is 64 KB) is reported and skipped;
			// it does not end the list.
			raw, tooLong, rerr := readJSONLLine(br, maxURLLineBytes)
			src := source + ":" + strconv.Itoa(lineNo)
			line := strings.TrimSpace(string(raw))
			switch {
			case tooLong:
				if !yield(URLListEntry{Source: src}, &RecordError{Source: src, Err: fmt.Errorf("line longer than %d bytes", maxURLLineBytes)}) {
					return
				}
			case line == "" || strings.HasPrefix(line, "#"):
			default:
				if f := strings.Fields(line); len(f) > 0 {
					line = f[0]
				}
				u, err := url.Parse(line)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					hint := ""
					if LooksLikeHost(line) {
						hint = " (https://" + line + "?)"
					}
					if !yield(URLListEntry{Source: src}, &RecordError{Source: src, Err: fmt.Errorf("not an http(s) URL: %.80q%s", line, hint)}) {
						return
					}
				} else if !yield(URLListEntry{Source: src, URL: u.String()}, nil) {
					return
				}
			}
			if rerr == io.EOF {
				return
			}
			if rerr != nil {
				yield(URLListEntry{Source: source}, &RecordError{Source: source, Err: rerr})
				return
			}
		}
	}
}

// maxURLLineBytes caps a line of a URL list.
const maxURLLineBytes = 64 << 10
