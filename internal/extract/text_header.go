package extract

import (
	"mime"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text often arrives with a block of "Label: value" lines on top: an
// e-mail or a mailing-list post saved as text ("From:", "To:", "Subject:",
// "Date:"), or a CMS's or a news database's text export ("Title:",
// "Author:", "Published:", "Keywords:"). Hard-wrap detection would glue
// those lines into one paragraph, and "Subject: ..." or "Title: ..." would
// come out as a title with its label. rewriteHeaderBlock turns such a block
// into the units the classifier already reads, each a paragraph of its own:
// the title alone, "By" and the author, the date line with its label, and
// "Tags:" with the list; transport fields ("To:", "Message-ID:",
// "Content-Type:", "X-Mailer:") are dropped. Text without such a block is
// returned unchanged.

type headerField int

const (
	fieldDrop headerField = iota + 1
	fieldTitle
	fieldAuthor
	fieldDate
	fieldTags
	fieldKeep // read by the classifier as written: an update stamp
)

// headerLabels are the labels a header block is made of, lower-cased. Any
// other label with a hyphen in it ("Thread-Topic", "Content-Language") is a
// transport field too; a label without one that is not listed here ("Q:",
// "KIM:", "Kenya: Ruto signs bill") ends the block: a transcript or a
// headline, not a header.
var headerLabels = map[string]headerField{
	"title": fieldTitle, "headline": fieldTitle, "subject": fieldTitle, "titel": fieldTitle, "titre": fieldTitle,
	"título": fieldTitle, "titolo": fieldTitle,
	"author": fieldAuthor, "authors": fieldAuthor, "by": fieldAuthor, "byline": fieldAuthor, "from": fieldAuthor,
	"writer": fieldAuthor, "reporter": fieldAuthor, "autor": fieldAuthor, "auteur": fieldAuthor,
	"date": fieldDate, "published": fieldDate, "publication date": fieldDate, "date published": fieldDate,
	"pubdate": fieldDate, "posted": fieldDate, "sent": fieldDate, "datum": fieldDate, "fecha": fieldDate,
	"tags": fieldTags, "keywords": fieldTags, "topics": fieldTags, "categories": fieldTags,
	"to": fieldDrop, "cc": fieldDrop, "bcc": fieldDrop, "sender": fieldDrop, "received": fieldDrop,
	"references": fieldDrop, "newsgroups": fieldDrop, "organization": fieldDrop, "organisation": fieldDrop,
	"lines": fieldDrop, "url": fieldDrop, "link": fieldDrop, "source": fieldDrop, "section": fieldDrop,
	"length": fieldDrop, "language": fieldDrop, "copyright": fieldDrop, "path": fieldDrop, "xref": fieldDrop,
	"importance": fieldDrop, "status": fieldDrop, "updated": fieldKeep, "modified": fieldKeep, "last updated": fieldKeep,
}

// maxHeaderLines bounds the block: a header longer than this is no header
// (and a huge input is not scanned line by line for one).
const maxHeaderLines = 40

func rewriteHeaderBlock(content string) string {
	rest := content
	type field struct {
		kind  headerField
		label string
		value string
	}
	var fields []field
	known := 0
	for len(fields) <= maxHeaderLines {
		line, after, found := strings.Cut(rest, "\n")
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			if len(fields) == 0 && found {
				rest = after
				continue
			}
			// A blank line ends a mail header; a database export puts one
			// between its fields, so the block goes on when the next
			// non-blank line is a listed label.
			next := strings.TrimLeft(after, " \t\r\n")
			nl, _, _ := strings.Cut(next, "\n")
			if k, _, _ := headerLine(nl); !found || k == 0 || len(fields) == 0 {
				break
			}
			rest = after
			continue
		}
		if len(fields) > 0 && (line[0] == ' ' || line[0] == '\t') {
			// A folded header line (RFC 5322) continues the field above.
			fields[len(fields)-1].value += " " + strings.TrimSpace(line)
			rest = after
			if !found {
				rest = ""
				break
			}
			continue
		}
		kind, label, value := headerLine(line)
		if kind == 0 {
			break
		}
		if kind != fieldDrop {
			known++
		}
		fields = append(fields, field{kind, label, value})
		rest = after
		if !found {
			rest = ""
			break
		}
	}
	// Two fields make a block; one is enough when it names the title
	// ("Title: ..." above the text), never a lone "Date:" or "From:"
	// line, which the classifier reads as it is.
	if known == 0 || len(fields) < 2 && fields[0].kind != fieldTitle || len(fields) > maxHeaderLines {
		return content
	}
	// Title first, as the classifier takes the first headline-shaped unit
	// for it; then the author, the date and the tags.
	var units [fieldKeep + 1]string
	var keep []string
	for _, f := range fields {
		if f.value == "" {
			continue
		}
		switch f.kind {
		case fieldTitle, fieldTags:
			if units[f.kind] == "" {
				units[f.kind] = decodeHeaderWords(f.value)
			}
		case fieldAuthor:
			if units[f.kind] == "" {
				units[f.kind] = headerAuthor(f.value)
			}
		case fieldDate:
			if units[f.kind] == "" {
				units[f.kind] = f.value
			}
		case fieldKeep:
			keep = append(keep, f.label+": "+f.value)
		}
	}
	var b strings.Builder
	add := func(prefix, v string) {
		if v != "" {
			b.WriteString(prefix + v + "\n\n")
		}
	}
	add("", stripReplyPrefix(units[fieldTitle]))
	add("By ", units[fieldAuthor])
	// The label the classifier reads a mail's date under, whatever the
	// export called it ("Sent:", "Posted:", "Datum:").
	add("Date: ", units[fieldDate])
	for _, k := range keep {
		add("", k)
	}
	add("Tags: ", units[fieldTags])
	b.WriteString(rest)
	return b.String()
}

// headerLine splits "Label: value" and says what the label is; 0 when the
// line is no header line.
func headerLine(line string) (headerField, string, string) {
	label, value, ok := strings.Cut(line, ":")
	if !ok || label == "" || len(label) > 30 || label != strings.TrimSpace(label) {
		return 0, "", ""
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsLetter(r) {
		return 0, "", ""
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && r != '-' && r != ' ' {
			return 0, "", ""
		}
	}
	value = strings.TrimSpace(value)
	if k, ok := headerLabels[strings.ToLower(label)]; ok {
		return k, label, value
	}
	if strings.Contains(label, "-") && !strings.Contains(label, " ") {
		return fieldDrop, label, value
	}
	return 0, "", ""
}

// decodeHeaderWords decodes RFC 2047 encoded words ("=?UTF-8?B?...?=") a
// mail client writes non-ASCII subjects and names in.
func decodeHeaderWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	d, err := new(mime.WordDecoder).DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// headerAuthor is the name in an author or From field: `"Jane Doe"
// <jane@example.org>` and `jane@example.org (Jane Doe)` give Jane Doe; a
// bare address names no one.
func headerAuthor(v string) string {
	v = decodeHeaderWords(v)
	if strings.Contains(v, "@") {
		if a, err := mail.ParseAddress(v); err == nil {
			return strings.TrimSpace(a.Name)
		}
		if i := strings.IndexByte(v, '<'); i > 0 {
			return strings.Trim(strings.TrimSpace(v[:i]), `"'`)
		}
		return ""
	}
	return strings.TrimSpace(v)
}

// stripReplyPrefix drops a mail subject's "Re:", "Fwd:" and "FW:" marks.
func stripReplyPrefix(s string) string {
	for {
		t := strings.TrimSpace(s)
		l := strings.ToLower(t)
		cut := false
		for _, p := range []string{"re:", "fwd:", "fw:", "aw:", "wg:", "tr:"} {
			if strings.HasPrefix(l, p) {
				t, cut = t[len(p):], true
				break
			}
		}
		if !cut {
			return strings.TrimSpace(t)
		}
		s = t
	}
}
