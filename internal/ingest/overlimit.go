package ingest

import (
	"fmt"
	"log/slog"
	"maps"

	"github.com/newsgraph/newsgraph/internal/model"
)

// One policy for an input over the size limit, whatever it came from (a
// file, standard input, a fetched page, a WARC record): its first limit
// bytes are read as the document, marked cut (model.HintTruncated, which
// the article's Incomplete shows) and warned about, not refused. An
// article's text comes early in its page, and what a page has past 10 MB
// is scripts, inline images or comments; a file that long is a dump or a
// log, whose beginning is still worth reading and whose cut the warning
// names. Containers are not cut: a feed over the limit is refused (its XML
// cut short is no item list), and each record of a WARC or line of a JSONL
// file meets the limit on its own.

// MarkOverLimit marks doc as read only as far as the size limit: limit
// bytes of total (0 when the whole length is not known, as on standard
// input or a page sent without a length), and warns on log (nil: no
// warning). It copies doc.Hints before it writes, as they may be a feed
// link's or a queue message's.
func MarkOverLimit(doc *model.Document, limit, total int64, log *slog.Logger) {
	note := fmt.Sprintf("input over the size limit: its first %d bytes were read", limit)
	if total > limit {
		note = fmt.Sprintf("input over the size limit: its first %d of %d bytes were read", limit, total)
	}
	hints := maps.Clone(doc.Hints)
	if hints == nil {
		hints = map[string]string{}
	}
	hints[model.HintTruncated] = note
	doc.Hints = hints
	if log != nil {
		args := []any{"source", doc.Source, "limit", limit}
		if total > limit {
			args = append(args, "bytes", total)
		}
		log.Warn("input over the size limit; read as far as the limit, marked cut", args...)
	}
}

// CutAt is the first limit bytes of raw, less a UTF-8 character the cut
// split (its first bytes would decode to a replacement character).
func CutAt(raw []byte, limit int64) []byte {
	return trimPartialRune(raw[:limit])
}
