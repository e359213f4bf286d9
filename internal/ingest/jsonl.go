package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/gunzip"
	"github.com/newsgraph/newsgraph/internal/model"
)

// DefaultMaxLineBytes caps one JSONL line (one article).
const DefaultMaxLineBytes = 8 << 20

// ErrLineTooLong is a JSONL line over the cap; the reader skips it.
var ErrLineTooLong = errors.New("line exceeds the size limit")

// JSONLArticle is one line of a JSONL input. Only url and one of text/html
// are needed; the rest are hints. Unknown fields are ignored.
type JSONLArticle struct {
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
	Published string          `json:"published"`
	Source    string          `json:"source"` // the outlet ("Northern Wire"), like site
	Site      string          `json:"site"`
	Byline    string          `json:"byline"`
	Author    string          `json:"author"`
	Language  string          `json:"language"`
	Tags      json.RawMessage `json:"tags"` // ["a","b"] or "a, b"
}

// JSONLOptions sets limits for reading JSONL.
type JSONLOptions struct {
	MaxLineBytes int
}

// JSONLDocuments reads one article per line and yields its document, or
// (nil, *RecordError) for a line that is not a usable article; the lines
// after it are still read. Blank lines are skipped. Each document's source
// is source + ":" + line number.
func JSONLDocuments(r io.Reader, source string, opts JSONLOptions) iter.Seq2[*model.Document, error] {
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = DefaultMaxLineBytes
	}
	return func(yield func(*model.Document, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(4096)
		if err := gunzip.HeaderError(head); err != nil {
			yield(nil, &RecordError{Source: source, Err: err})
			return
		}
		if isGzip(head) {
			// Gzip without a .gz name (a download saved as served): read
			// as gzip, as WARC files are, not as lines of compressed
			// bytes, each an error of its own.
			zr, err := gunzip.NewReader(br, nil)
			if err != nil {
				yield(nil, &RecordError{Source: source, Err: gzipError(err)})
				return
			}
			defer zr.Close()
			br = bufio.NewReaderSize(zr, 64<<10)
			head, _ = br.Peek(4096)
		}
		// A byte-order mark (Windows tools write one) is no part of the
		// first line; UTF-16 and UTF-32 files are read as UTF-8.
		enc, _, n := bomEncoding(head)
		if enc == nil {
			enc, _ = utf16NoBOM(head)
		}
		// JSON holds no raw control bytes, so a binary file under a
		// .jsonl name (an executable, an image, an archive) is one error
		// for the file, not one per stretch between its newline bytes (an
		// ELF gave 146). A known signature decides before the zero bytes
		// are read as UTF-16.
		if kind := binaryMagic(head); kind != "" {
			yield(nil, &RecordError{Source: source, Err: fmt.Errorf("%w (%s)", ErrBinary, kind)})
			return
		}
		// A file that opens with a JSON object is JSON lines, though its
		// first 4 KB hold control bytes: a run of NULs a crash left in
		// a short log, or one corrupt record, is that line's error, and
		// the articles around it are kept (the whole file was refused).
		if enc == nil && !opensJSONObject(head[n:]) && looksBinary(head) {
			yield(nil, &RecordError{Source: source, Err: fmt.Errorf("%w (control bytes)", ErrBinary)})
			return
		}
		if n > 0 {
			_, _ = br.Discard(n)
		}
		if enc != nil && enc != unicode.UTF8 {
			br = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 64<<10)
		}
		for lineNo := 1; ; lineNo++ {
			line, tooLong, err := readJSONLLine(br, opts.MaxLineBytes)
			src := source + ":" + strconv.Itoa(lineNo)
			if err != nil && err != io.EOF {
				// The stream broke inside this line (a gzip file cut
				// short): one error for it, not a JSON error and then
				// the read error under the same name.
				if errors.Is(err, io.ErrUnexpectedEOF) {
					// "read: unexpected EOF" alone left the reader to
					// guess that the file, not the line, is broken.
					// The gzip reader's own word for it would say so
					// twice.
					if errors.Is(err, gunzip.ErrTruncated) {
						err = io.ErrUnexpectedEOF
					}
					err = fmt.Errorf("file cut short inside this line (a truncated copy or download): %w", err)
				}
				yield(nil, &RecordError{Source: src, Err: fmt.Errorf("read: %w", err)})
				return
			}
			if tooLong {
				if !yield(nil, &RecordError{Source: src, Err: fmt.Errorf("%w (%d bytes)", ErrLineTooLong, opts.MaxLineBytes)}) {
					return
				}
			} else if len(strings.TrimSpace(string(line))) > 0 {
				doc, derr := JSONLDocument(src, line)
				if derr != nil {
					if !yield(nil, &RecordError{Source: src, Err: derr}) {
						return
					}
				} else if !yield(doc, nil) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// opensJSONObject reports whether b's first byte other than white space
// is the '{' that opens a JSONL file's first record.
func opensJSONObject(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// readJSONLLine returns the next line without its newline. A line over max
// is consumed and reported as tooLong without being kept in memory.
func readJSONLLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+1 { // +1: the newline itself
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			line = nil
		}
		return []byte(strings.TrimRight(string(line), "\r\n")), tooLong, e
	}
}

// jsonLineError words a line's decoding error for the person who wrote the
// file: valid JSON of the wrong shape says what it is ("an array", "a
// number") and a field of the wrong type names the field, where the
// decoder's text named Go types ("cannot unmarshal array into Go value of
// type ingest.JSONLArticle").
func jsonLineError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("not a JSON object but %s", jsonValueKind(te.Value))
		}
		return fmt.Errorf("field %q is %s, want a string", te.Field, jsonValueKind(te.Value))
	}
	return fmt.Errorf("not a JSON object: %w", err)
}

// jsonValueKind names the kind of JSON value the decoder's
// UnmarshalTypeError.Value gives ("array", "number", "bool", ...).
func jsonValueKind(v string) string {
	switch {
	case v == "array":
		return "an array"
	case v == "object":
		return "an object"
	case v == "string":
		return "a string"
	case v == "bool":
		return "true or false"
	case strings.HasPrefix(v, "number"):
		return "a number"
	}
	return v
}

// JSONLDocument builds a document from one JSONL line. A published field
// that is no date is dropped and noted on the document
// (model.HintUnreadablePublished), not an error: the line is still an
// article. Callers that answer a client (the API) check it with ReadDate
// first.
func JSONLDocument(source string, line []byte) (*model.Document, error) {
	var a JSONLArticle
	if err := json.Unmarshal(line, &a); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "published" {
			if fixed, ok := epochPublished(line); ok {
				line, err = fixed, json.Unmarshal(fixed, &a)
			}
		}
		if err != nil {
			return nil, jsonLineError(err)
		}
	}
	if bytes.Equal(bytes.TrimSpace(line), []byte("null")) {
		// null decodes into the struct as nothing at all: it is no
		// object, not an object that lacks its text.
		return nil, errors.New("not a JSON object but null")
	}
	body, isHTML := a.HTML, true
	if strings.TrimSpace(body) == "" {
		body, isHTML = a.Text, false
	}
	if strings.TrimSpace(body) == "" || a.URL == "" || a.Title == "" || a.Published == "" {
		if al := readJSONLAliases(line); strings.TrimSpace(body) == "" && al.body != "" {
			body, isHTML = al.body, sniffFormat(al.body, "") == model.FormatHTML
			a.URL, a.Title, a.Published = firstNonEmpty(a.URL, al.url), firstNonEmpty(a.Title, al.title), firstNonEmpty(a.Published, al.published)
		}
	}
	if strings.TrimSpace(body) == "" {
		return nil, errors.New("no text or html field")
	}
	if u := strings.TrimSpace(a.URL); u != "" {
		// The url is the article's identity and its link in the web UI
		// and GDELT's SOURCEURL: "javascript:..." or "not a url" was
		// stored as given (POST /api/articles already refused them).
		if err := CheckHTTPURL(u); err != nil {
			return nil, fmt.Errorf("url: %w", err)
		}
	}
	doc, err := contentDocument(source, strings.TrimSpace(a.URL), strings.TrimSpace(a.Title), body, isHTML)
	if err != nil {
		return nil, err
	}
	hints := map[string]string{}
	if a.Published != "" {
		t, ok := parseFeedDate(a.Published)
		if !ok {
			// As a feed's item with a bad date is: the article is kept
			// and its date left unknown (relative dates then read against
			// what else there is). Rejecting the line lost the article
			// for a field the rest of it does not need. The hint travels
			// with the document (through a queue too) and extract notes
			// it in the article's incomplete.
			hints[model.HintUnreadablePublished] = a.Published
		} else {
			// A time of day written without a zone is placed by the record's
			// own evidence, as a page's or a feed's is: read as UTC, a Seoul
			// outlet's "2024-03-05 15:24" was nine hours late. The record's
			// only timestamp is this one, so its language and its URL's
			// country domain are the evidence there is.
			doc.Published, doc.PublishedZoneSource = clockzone.Place(t, clockzone.Evidence{
				Locales: []string{a.Language},
				URLs:    []string{strings.TrimSpace(a.URL)},
			})
		}
	}
	setHint(hints, "title", a.Title)
	setHint(hints, "byline", firstNonEmpty(a.Byline, a.Author))
	setHint(hints, "site", firstNonEmpty(a.Site, a.Source))
	setHint(hints, "language", a.Language)
	if tags := jsonlTags(a.Tags); tags != "" {
		hints["tags"] = tags
	}
	doc.Hints = hints
	return doc, nil
}

func jsonlTags(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return strings.Join(list, ", ")
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// ReadDate reads a date as a JSONL published field or a feed's date is
// read (RFC 3339, RFC 1123, ISO dates and their common variants).
func ReadDate(s string) (time.Time, bool) {
	return parseFeedDate(s)
}

// jsonlAlias is what a line gives under the names other exporters use for
// the fields JSONLArticle reads, for a line whose own names give no text:
// schema.org's NewsArticle (headline, articleBody, datePublished), the
// news-please crawler's output (maintext, date_publish) and the common
// body, content, link and date. Such a line was "no text or html field",
// though its article was there. Only string values count; the first name
// listed that has one wins.
type jsonlAlias struct{ title, body, url, published string }

// jsonlAliasNames lists, per field, the names read in that order.
var jsonlAliasNames = struct{ title, body, url, published []string }{
	title:     []string{"headline"},
	body:      []string{"articleBody", "maintext", "body", "content"},
	url:       []string{"link"},
	published: []string{"datePublished", "date_publish", "date"},
}

func readJSONLAliases(line []byte) jsonlAlias {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return jsonlAlias{}
	}
	first := func(names []string) string {
		for _, n := range names {
			var v string
			if json.Unmarshal(m[n], &v) == nil && strings.TrimSpace(v) != "" {
				return v
			}
		}
		return ""
	}
	return jsonlAlias{title: first(jsonlAliasNames.title), body: first(jsonlAliasNames.body),
		url: first(jsonlAliasNames.url), published: first(jsonlAliasNames.published)}
}

// epochPublished rewrites a line whose published is a number of seconds or
// milliseconds since 1970 (a database's or a search index's timestamp) as
// the same time in RFC 3339, so that the line is read: the number made the
// whole line an error, though a published that is no date costs the
// article only its date. A number that is no plausible time (before 1973,
// after 2286) is left, and the line fails as before.
func epochPublished(line []byte) ([]byte, bool) {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return nil, false
	}
	var n float64
	if json.Unmarshal(m["published"], &n) != nil {
		return nil, false
	}
	var t time.Time
	switch {
	case n >= 1e8 && n < 1e10:
		t = time.Unix(int64(n), 0)
	case n >= 1e11 && n < 1e13:
		t = time.UnixMilli(int64(n))
	default:
		return nil, false
	}
	m["published"], _ = json.Marshal(t.UTC().Format(time.RFC3339))
	out, err := json.Marshal(m)
	return out, err == nil
}
