package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// A news database's text export of several articles (LexisNexis, Nexis
// Uni and their like) is one file: Nexis Uni ends each document with a
// line "End of Document"; LexisNexis Academic opens each with a line "1 of
// 3 DOCUMENTS". Read whole, the file was one article of every story's
// text, its events and quotes those of all the stories under the first
// one's title and date.

// exportEnd is Nexis Uni's line after each document.
const exportEnd = "end of document"

// exportHead is LexisNexis Academic's line before each document: its
// number and the export's count.
var exportHead = regexp.MustCompile(`(?i)^(\d{1,6}) of (\d{1,6}) documents?$`)

// LooksLikeExport reports text that holds a line of a multi-document
// export (an "End of Document" line, a "1 of 3 DOCUMENTS" line): ingest
// reads the whole of such a file to split it (SplitExport). A file's
// first 64 KB tell, as its first document's end is in them.
func LooksLikeExport(head string) bool {
	for line := range strings.Lines(head) {
		t := strings.TrimSpace(line)
		if strings.EqualFold(t, exportEnd) || exportHead.MatchString(t) {
			return true
		}
	}
	return false
}

// SplitExport cuts the text of a multi-document export into its
// documents' texts, the marker lines left out, in order; nil when the
// text holds fewer than two documents so marked, and is then read as one
// article as before. Headers numbered out of order ("2 of 3" before "1
// of 3", or with another count) are not an export's, nor is a single "End
// of Document" line, which a story may quote. What comes before the first
// numbered header (an export's cover page: the search, the date it ran)
// is no document and goes; what follows the last "End of Document" goes
// too unless it is more than blank.
func SplitExport(text string) []string {
	if parts := splitNumbered(text); parts != nil {
		return parts
	}
	return splitEnded(text)
}

// splitNumbered cuts at LexisNexis Academic's "N of M DOCUMENTS" lines,
// numbered 1, 2, 3 ... of one count.
func splitNumbered(text string) []string {
	var parts []string
	var b strings.Builder
	next, total := 1, ""
	inDoc := false
	for line := range strings.Lines(text) {
		t := strings.TrimSpace(line)
		if m := exportHead.FindStringSubmatch(t); m != nil {
			n, _ := strconv.Atoi(m[1])
			if n == next && (total == "" || m[2] == total) {
				if inDoc {
					parts = appendPart(parts, b.String())
				}
				b.Reset()
				inDoc, total = true, m[2]
				next++
				continue
			}
		}
		if inDoc {
			b.WriteString(line)
		}
	}
	if inDoc {
		parts = appendPart(parts, b.String())
	}
	if next <= 2 || len(parts) < 2 {
		return nil
	}
	return parts
}

// splitEnded cuts after Nexis Uni's "End of Document" lines.
func splitEnded(text string) []string {
	var parts []string
	var b strings.Builder
	ends := 0
	for line := range strings.Lines(text) {
		if strings.EqualFold(strings.TrimSpace(line), exportEnd) {
			parts = appendPart(parts, b.String())
			b.Reset()
			ends++
			continue
		}
		b.WriteString(line)
	}
	parts = appendPart(parts, b.String())
	if ends < 2 || len(parts) < 2 {
		return nil
	}
	return parts
}

// appendPart adds a document's text unless it is blank.
func appendPart(parts []string, s string) []string {
	if strings.TrimSpace(s) == "" {
		return parts
	}
	return append(parts, s)
}
