package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// RecordError is a failure of one record of a container (WARC record, JSONL
// line, feed item). The container reader goes on with the next record.
type RecordError struct {
	Source string // "a.warc.gz#<record-id>", "x.jsonl:12"
	Err    error
	// Record and Offset place a WARC record in its file, so that it can
	// be found and cut out: its number (1 the first record; 0 when the
	// error is no record's) and the byte of the file where it starts,
	// or, in a .warc.gz, where the gzip member holding it starts. They
	// are not in Source, which keys the record's failure in the store
	// and must not change when a record is added before it.
	Record int
	Offset int64
	// place says the same in words, for Error: " (record 4 at byte 1834)".
	place string
}

func (e *RecordError) Error() string { return e.Source + ": " + e.Err.Error() + e.place }
func (e *RecordError) Unwrap() error { return e.Err }

// WARC limits.
const (
	DefaultMaxRecordBytes = 16 << 20
	maxWARCHeaderBytes    = 64 << 10
)

// Errors for WARC records.
var (
	ErrWARCTruncated = errors.New("truncated WARC record")
	ErrWARCHeader    = errors.New("malformed WARC record header")
	ErrRecordTooBig  = errors.New("record exceeds the size limit")
	// ErrWARCEmpty is a page record with nothing in it: a response or
	// resource whose block is empty, or an HTML answer with no body (a
	// capture that failed and was written anyway). It was an "EOF" from
	// the HTTP parser or the text checks, which named no cause.
	ErrWARCEmpty = errors.New("empty WARC record")
	// errTooLong is an overlong header line: bad content, sound stream.
	errTooLong = errors.New("too long")
)

// ErrWARCCorrupt is damaged gzip data in a WARC: a bad member in the
// middle of a file is no truncation, and said so it sent the reader
// looking for a file cut short.
var ErrWARCCorrupt = errors.New("corrupt WARC gzip data")

// WARCOptions sets limits for reading WARC files.
type WARCOptions struct {
	// MaxRecordBytes bounds the bytes read of one record (default 16
	// MiB): a larger page is kept cut at it, marked truncated; a larger
	// record of another type is passed over.
	MaxRecordBytes int64
	// Log (nil: nowhere) gets the warnings about records read despite a
	// defect: a last record cut short by the end of the file.
	Log *slog.Logger
}

// WARCReader streams HTML documents out of a WARC or WARC.gz file
// (ISO 28500, WARC 1.0/1.1). Only response (and resource) records that
// carry HTML become documents; request, metadata, warcinfo, revisit and
// non-HTML responses are skipped. Memory use is one record at a time.
//
// Gzip: Common Crawl writes one gzip member per record. Each member is read
// on its own, so a corrupt or truncated member costs that record only: the
// reader resynchronises on the next gzip header.
type WARCReader struct {
	source string
	opts   WARCOptions
	src    *countReader // the file
	gz     *gzip.Reader // nil for an uncompressed WARC
	// member holds the compressed bytes of the current gzip member as
	// the decompressor consumes them, so that when a member turns out
	// truncated the reader can look for the next member inside what the
	// decompressor already swallowed.
	member tapReader
	gzOpen bool          // a member is being read
	rec    *countReader  // the record stream: the file, or the member decompressed
	recBuf *bufio.Reader // reused for each gzip member
	// memberAt is the byte of the file where the current gzip member
	// starts; rec.pos counts from it.
	memberAt int64
	// recordAt is where the current record starts in the record stream
	// (rec.pos when its version line was read).
	recordAt int64
	done     bool
	pending  []error
	// records counts the version lines read, numbering the records that
	// carry no WARC-Record-ID.
	records int
	// members counts the gzip members opened and lastID is the ID of the
	// last record whose header was read: where a member whose header
	// never decompressed sits in the file (it has no ID of its own).
	members int
	lastID  string
	// failed: the last member failed (its error said so), and the bytes
	// up to the next member are its own, skipped without a second word.
	failed bool
	// plainRecord: the record being read was written uncompressed between
	// the gzip members (a tool that appended to a .warc.gz without
	// compressing); it is read from the file as it is, and then the
	// members go on.
	plainRecord bool
	// arc: the file is ARC, not WARC (see arc.go).
	arc bool
	// Skipped counts records that were read but are not HTML documents.
	Skipped int
}

// NewWARCReader reads r, detecting gzip from its first bytes.
func NewWARCReader(r io.Reader, source string, opts WARCOptions) *WARCReader {
	if opts.MaxRecordBytes <= 0 {
		opts.MaxRecordBytes = DefaultMaxRecordBytes
	}
	w := &WARCReader{source: source, opts: opts, src: &countReader{r: bufio.NewReaderSize(r, 64<<10)}}
	if head, _ := w.src.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		w.gz = new(gzip.Reader)
	} else {
		w.rec = w.src
	}
	return w
}

// Next returns the next HTML document. It returns io.EOF at the end, and a
// *RecordError for a record that could not be read; the caller may call
// Next again after a *RecordError.
func (w *WARCReader) Next() (*model.Document, error) {
	for {
		if len(w.pending) > 0 {
			err := w.pending[0]
			w.pending = w.pending[1:]
			return nil, err
		}
		if w.done {
			return nil, io.EOF
		}
		if w.gz != nil && !w.gzOpen {
			if err := w.openMember(); err != nil {
				if err == io.EOF {
					w.done = true
					continue
				}
				return nil, err
			}
		}
		doc, err := w.readRecord()
		if w.plainRecord {
			w.endPlainRecord(err)
		}
		if err == io.EOF {
			if w.gz == nil {
				w.done = true
			} else {
				w.closeMember()
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		if doc != nil {
			return doc, nil
		}
	}
}

// openMember starts the next gzip member, skipping garbage before it.
// Garbage that follows a sound member (a record written uncompressed into
// the file, junk from a bad copy) is an error of its own: skipped without
// a word, a page in it was lost and nothing said so.
func (w *WARCReader) openMember() error {
	var skipped int64
	skippedAt := w.src.pos
	afterFailure := w.failed // read before a member opened clears it
	where := fmt.Sprintf("after gzip member %d", w.members)
	if w.lastID != "" {
		where += " (record " + w.lastID + ")"
	}
	defer func() {
		if skipped > 0 && !afterFailure {
			w.pending = append(w.pending, &RecordError{Source: w.source, Offset: skippedAt, place: fmt.Sprintf(" (at byte %d)", skippedAt),
				Err: fmt.Errorf("%w: %d bytes that are not gzip skipped, %s", ErrWARCCorrupt, skipped, where)})
		}
	}()
	for {
		head, err := w.src.Peek(3)
		if len(head) == 0 && err != nil {
			return io.EOF
		}
		if len(head) == 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8 {
			break
		}
		if skipped == 0 && w.plainRecordAhead() {
			// A record written uncompressed: read it as it is (see
			// plainRecord) rather than skip a page.
			w.rec, w.memberAt, w.gzOpen, w.plainRecord = w.src, w.src.pos, true, true
			return nil
		}
		if len(head) < 3 {
			// Trailing bytes too short to be a member.
			w.pending = append(w.pending, &RecordError{Source: w.source, Offset: w.src.pos, place: fmt.Sprintf(" (at byte %d)", w.src.pos),
				Err: fmt.Errorf("%w: %d stray bytes at end of file", ErrWARCTruncated, len(head))})
			_, _ = w.src.Discard(len(head))
			return io.EOF
		}
		// Skip to the next possible gzip header.
		if _, err := w.src.ReadByte(); err != nil {
			return io.EOF
		}
		n, err := w.skipTo([]byte{0x1f, 0x8b, 8})
		skipped += 1 + n
		if err != nil {
			return io.EOF
		}
	}
	at := w.src.pos
	w.member.reset(w.src, int(w.opts.MaxRecordBytes)+1<<20)
	if err := w.gz.Reset(&w.member); err != nil {
		// A bad header: step past its magic and look for the next one.
		_, _ = w.src.Discard(1)
		w.failed = true
		return &RecordError{Source: w.source, Offset: at, place: fmt.Sprintf(" (gzip member at byte %d)", at), Err: fmt.Errorf("gzip member: %w", err)}
	}
	w.gz.Multistream(false)
	if w.recBuf == nil {
		w.recBuf = bufio.NewReaderSize(w.gz, 32<<10)
	} else {
		w.recBuf.Reset(w.gz)
	}
	w.rec = &countReader{r: w.recBuf}
	w.memberAt = at
	w.gzOpen = true
	w.members++
	w.failed = false
	return nil
}

// plainRecordAhead reports that the file goes on, where a gzip member
// should start, with a record written uncompressed (a WARC version line or
// an ARC header line, after blank lines, which it consumes).
func (w *WARCReader) plainRecordAhead() bool {
	head, err := w.src.Peek(maxARCLine + 16)
	i := 0
	for i < len(head) && (head[i] == '\r' || head[i] == '\n') {
		i++
	}
	// In an ARC file, the record's header line (a whole one).
	arcLine := w.arc && arcLineAt(head[i:], err != nil) == 0
	if !bytes.HasPrefix(head[i:], []byte("WARC/")) && !arcLine {
		return false
	}
	_, _ = w.src.Discard(i)
	return true
}

// endPlainRecord goes back to gzip members after a record read
// uncompressed (err is readRecord's). A sound record is logged as read
// despite the defect, and the blank lines that end it are its own; after a
// failed one (its error said so) the bytes up to the next member are
// skipped without a second word.
func (w *WARCReader) endPlainRecord(err error) {
	w.plainRecord = false
	w.closeMember()
	if err != nil && err != io.EOF {
		w.failed = true
		return
	}
	for {
		b, perr := w.src.Peek(1)
		if perr != nil || (b[0] != '\r' && b[0] != '\n') {
			break
		}
		_, _ = w.src.Discard(1)
	}
	if w.opts.Log != nil {
		w.opts.Log.Warn("record not gzipped inside a gzipped WARC or ARC file; read as it is",
			"source", w.source+"#"+w.lastID, "record", w.records, "offset", w.recordAt)
	}
}

// closeMember ends the current member; what follows is the next member.
func (w *WARCReader) closeMember() {
	w.gzOpen = false
	w.rec = nil
}

// skipTo discards bytes of the file until magic is next (or EOF) and
// says how many it discarded.
func (w *WARCReader) skipTo(magic []byte) (int64, error) {
	var n int64
	for {
		buf, err := w.src.Peek(w.src.Size())
		if len(buf) < len(magic) {
			d, _ := w.src.Discard(len(buf))
			if err == nil {
				err = io.EOF
			}
			return n + int64(d), err
		}
		if i := bytes.Index(buf, magic); i >= 0 {
			d, _ := w.src.Discard(i)
			return n + int64(d), nil
		}
		d, _ := w.src.Discard(len(buf) - len(magic) + 1)
		n += int64(d)
	}
}

// streamFailed handles an error from the record stream. For gzip it drops
// the member and puts back what the decompressor read past the member's
// start, so the next Next resynchronises on the following member header
// even when a truncated member ran into it. For plain WARC it skips to the
// next "WARC/" version line.
func (w *WARCReader) streamFailed() {
	if w.plainRecord {
		return // endPlainRecord goes on with the next member
	}
	if w.gz == nil {
		if w.seekVersionLine() != nil {
			w.done = true
		}
		return
	}
	w.closeMember()
	w.failed = true
	buf := w.member.buf
	if w.member.over || len(buf) < 2 {
		return
	}
	if i := bytes.Index(buf[1:], []byte{0x1f, 0x8b, 8}); i >= 0 {
		rest := append([]byte(nil), buf[1+i:]...)
		w.src = &countReader{r: bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest), w.src), 64<<10), pos: w.memberAt + 1 + int64(i)}
	}
}

// tapReader reads from r and keeps a copy of what it returned, up to max
// bytes (over reports that more was read).
type tapReader struct {
	r    *countReader
	buf  []byte
	max  int
	over bool
}

func (t *tapReader) reset(r *countReader, max int) {
	t.r, t.buf, t.max, t.over = r, t.buf[:0], max, false
}

func (t *tapReader) keep(p []byte) {
	if t.over {
		return
	}
	if len(t.buf)+len(p) > t.max {
		t.over = true
		return
	}
	t.buf = append(t.buf, p...)
}

func (t *tapReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.keep(p[:n])
	return n, err
}

// ReadByte lets the decompressor read byte by byte from the file without a
// buffer of its own, so it never takes bytes past its member unseen.
func (t *tapReader) ReadByte() (byte, error) {
	b, err := t.r.ReadByte()
	if err == nil && !t.over {
		if len(t.buf) < t.max {
			t.buf = append(t.buf, b)
		} else {
			t.over = true
		}
	}
	return b, err
}

// readRecord reads one record from the current stream. It returns (nil,
// nil) for a record that is skipped and io.EOF at the clean end of the
// stream.
func (w *WARCReader) readRecord() (*model.Document, error) {
	// Records are separated by CRLF CRLF; tolerate any run of blank lines.
	var version string
	for {
		w.recordAt = w.rec.pos
		line, err := readLine(w.rec, maxWARCHeaderBytes)
		if err != nil {
			if err == io.EOF && line == "" {
				return nil, io.EOF
			}
			rerr := w.streamErr(fmt.Errorf("%w: %v%s", w.streamFault(err), streamErr(err), w.memberPlace()))
			w.streamFailed()
			return nil, rerr
		}
		if line != "" {
			version = line
			break
		}
	}
	if !strings.HasPrefix(version, "WARC/") {
		if hdr := w.arcHeader(version); hdr != nil {
			w.records++
			return w.readBlock(hdr)
		}
		// Garbage where a record should begin: skip to the next version
		// line (in a gzip member too: a WARC gzipped as one member holds
		// every record, and the stream itself is sound).
		want := "WARC/ version line"
		if w.arc {
			want = "ARC record header line"
		}
		err := w.streamErr(fmt.Errorf("%w: expected %s, got %.40q", ErrWARCHeader, want, version))
		w.resync()
		return nil, err
	}
	w.records++
	hdr, err := readHeaders(w.rec, maxWARCHeaderBytes)
	if err != nil {
		kind := error(ErrWARCHeader)
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			kind = ErrWARCTruncated
			w.streamFailed()
		} else if gzipFault(err) {
			kind = w.streamFault(err)
			w.streamFailed()
		} else if errors.Is(err, errTooLong) {
			w.resync() // an overlong header: the stream is sound
		} else {
			w.streamFailed()
		}
		return nil, w.recordErr(w.source, fmt.Errorf("%w: headers: %v", kind, streamErr(err)))
	}
	return w.readBlock(hdr)
}

// readBlock reads the block of the record whose header fields are hdr
// (read from a WARC record, or made from an ARC header line) and makes its
// document, as readRecord.
func (w *WARCReader) readBlock(hdr http.Header) (*model.Document, error) {
	id := strings.Trim(hdr.Get("WARC-Record-ID"), "<> ")
	if id == "" {
		// The ID is mandatory, but some tools leave it out. Records share
		// their source with no ID ("a.warc#"), and the store keys failures
		// by source: one record's success cleared another's failure, and
		// two failures were one row. Number the record in the file
		// instead, as feed items without a key are ("#item-3"), which a
		// rerun over the same file numbers alike.
		id = "record-" + strconv.Itoa(w.records)
	}
	w.lastID = id
	src := w.source + "#" + id
	n, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		w.resync()
		return nil, w.recordErr(src, fmt.Errorf("%w: bad Content-Length %q", ErrWARCHeader, hdr.Get("Content-Length")))
	}
	typ := strings.ToLower(hdr.Get("WARC-Type"))
	wantBlock := typ == "response" || typ == "resource"
	if n > w.opts.MaxRecordBytes {
		if wantBlock {
			return w.readOverLimit(src, typ, hdr, n)
		}
		// A big record of a type that is never read (a conversion, a
		// metadata dump) is passed over unread, up to the next version
		// line: its length is not trusted either, as a wrong one
		// ("999999999999") discarded every record after it.
		w.resync()
		w.Skipped++
		return nil, nil
	}
	// Every record's block is read and its length checked, not only the
	// pages': a request or metadata record whose Content-Length was too
	// long, skipped unchecked, swallowed the response after it.
	block := make([]byte, n)
	if got, err := io.ReadFull(w.rec, block); err != nil {
		// A Content-Length past the end of the file (or member) may have
		// run over the records that follow: read those again.
		// (A broken gzip stream fails again after what is put back.)
		if next := w.nextStartIn(block[:got]); next >= 0 {
			w.unread(block[next:got])
			return nil, w.recordErr(src, fmt.Errorf("%w: Content-Length %d runs into the next record", ErrWARCHeader, n))
		}
		w.streamFailed()
		cut := w.recordErr(src, fmt.Errorf("%w: block has %d of %d bytes: %v", w.streamFault(err), got, n, streamErr(err)))
		if wantBlock && w.atFileEnd() {
			if doc := w.cutDocument(src, typ, hdr, block[:got], n); doc != nil {
				return doc, nil
			}
		}
		return nil, cut
	}
	end, sep := w.atRecordEnd()
	if !end {
		// The block does not end where a record ends. When the next
		// record begins inside it (its version line may straddle the
		// block's end), the Content-Length is too long: read that record
		// again. Without the separator, it is too short: skip to the next
		// version line. A separator and then junk is a sound record with
		// junk after it, the next read's error.
		peek, _ := w.rec.Peek(64)
		if next := w.nextStartIn(append(block[:n:n], peek...)); next >= 0 && next < len(block) {
			w.unread(block[next:])
			return nil, w.recordErr(src, fmt.Errorf("%w: Content-Length %d runs into the next record", ErrWARCHeader, n))
		}
		if !sep {
			w.resync()
			return nil, w.recordErr(src, fmt.Errorf("%w: Content-Length %d ends inside the record", ErrWARCHeader, n))
		}
	} else if next := overrunHTTP(block); next >= 0 && !w.arc {
		// Too long by exactly the records that follow: the HTTP message
		// ends, by its own Content-Length, before a record begins.
		w.unread(block[next:])
		return nil, w.recordErr(src, fmt.Errorf("%w: Content-Length %d runs into the next record", ErrWARCHeader, n))
	}
	if !wantBlock {
		w.Skipped++
		return nil, nil
	}
	if len(bytes.TrimSpace(block)) == 0 {
		return nil, w.recordErr(src, fmt.Errorf("%w: %s record with no content", ErrWARCEmpty, typ))
	}
	typ = w.blockType(typ, hdr, block)
	target := warcTarget(hdr)
	doc, skip, err := warcDocument(src, target, typ, hdr, block, w.opts.MaxRecordBytes)
	if err != nil {
		if !end {
			// A length that ended at a blank line inside the record:
			// what follows is the rest of it, not a record.
			w.resync()
		}
		return nil, w.recordErr(src, err)
	}
	if skip {
		w.Skipped++
		return nil, nil
	}
	return doc, nil
}

// atFileEnd reports that the file ended where the current record was cut
// short: nothing is left to read, and for gzip the decompressor ran into
// no member after its own (a member cut in the middle of the file, whose
// decompressor read on into the next member's bytes, gives no such
// guarantee about what it returned).
func (w *WARCReader) atFileEnd() bool {
	if w.gz != nil && !w.plainRecord {
		if w.member.over || (len(w.member.buf) > 1 && bytes.Contains(w.member.buf[1:], []byte{0x1f, 0x8b, 8})) {
			return false
		}
	}
	_, err := w.src.Peek(1)
	return err != nil
}

// cutDocument keeps the page of a last record that the end of the file cut
// short (a crawl or a copy that stopped early): the HTTP headers and part
// of the HTML arrived, and that part is read as a page whose crawler cut
// its payload (WARC-Truncated) is, flagged as cut
// (model.HintTruncated, shown in the article's Incomplete) and logged as a
// warning. It returns nil when nothing usable arrived (the headers cut,
// no body, not an HTML page), and the record's error then stands.
func (w *WARCReader) cutDocument(src, typ string, hdr http.Header, block []byte, want int64) *model.Document {
	if len(bytes.TrimSpace(block)) == 0 {
		return nil
	}
	typ = w.blockType(typ, hdr, block)
	target := warcTarget(hdr)
	doc, skip, err := warcDocument(src, target, typ, hdr, block, w.opts.MaxRecordBytes)
	if err != nil || skip || doc == nil || len(bytes.TrimSpace(doc.Raw)) == 0 {
		return nil
	}
	note := fmt.Sprintf("WARC record cut short by the end of the file: %d of its %d bytes arrived", len(block), want)
	if doc.Hints == nil {
		doc.Hints = map[string]string{}
	}
	doc.Hints[model.HintTruncated] = note
	if w.opts.Log != nil {
		w.opts.Log.Warn("last WARC record cut short by the end of the file; its page is kept as far as it arrived",
			"source", src, "bytes", len(block), "want", want)
	}
	return doc
}

// readOverLimit reads a page record whose Content-Length n is over the
// size limit: its first MaxRecordBytes are kept as a document marked cut
// (model.HintTruncated) with a warning, as a page cut by the end of the
// file is, rather than the whole page lost; the rest is skipped up to the
// next record's version line, as the length may be wrong
// ("999999999999"). A record whose next one begins within the bytes read
// has a wrong length, and fails as such; the records after it are read.
func (w *WARCReader) readOverLimit(src, typ string, hdr http.Header, n int64) (*model.Document, error) {
	limit := w.opts.MaxRecordBytes
	tooBig := w.recordErr(src, fmt.Errorf("%w: %d bytes, limit %d", ErrRecordTooBig, n, limit))
	head := make([]byte, limit)
	got, err := io.ReadFull(w.rec, head)
	head = head[:got]
	if next := w.nextStartIn(head); next >= 0 {
		w.unread(head[next:])
		return nil, w.recordErr(src, fmt.Errorf("%w: Content-Length %d runs into the next record", ErrWARCHeader, n))
	}
	if err != nil {
		// The file ended first: the length was wrong, or the file is
		// cut; either way the record is read as far as it goes.
		w.streamFailed()
		cut := w.recordErr(src, fmt.Errorf("%w: block has %d of %d bytes: %v", w.streamFault(err), got, n, streamErr(err)))
		if w.atFileEnd() {
			if doc := w.cutDocument(src, typ, hdr, head, n); doc != nil {
				return doc, nil
			}
		}
		return nil, cut
	}
	w.resync()
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, tooBig
	}
	doc, skip, derr := warcDocument(src, warcTarget(hdr), w.blockType(typ, hdr, head), hdr, head, limit)
	switch {
	case derr != nil:
		return nil, w.recordErr(src, errors.Join(tooBig.Err, derr))
	case skip:
		w.Skipped++
		return nil, nil
	}
	if doc.Hints == nil {
		doc.Hints = map[string]string{}
	}
	doc.Hints[model.HintTruncated] = fmt.Sprintf("WARC record over the size limit: its first %d of %d bytes were read", limit, n)
	if w.opts.Log != nil {
		w.opts.Log.Warn("WARC record over the size limit; its page is kept as far as the limit", "source", src, "bytes", n, "limit", limit)
	}
	return doc, nil
}

// blockType is the record type a block is read as: typ, but for an ARC
// page with no HTTP headers, a resource (arcBodyOnly).
func (w *WARCReader) blockType(typ string, hdr http.Header, block []byte) string {
	if !w.arc {
		return typ
	}
	arcBodyOnly(hdr, block)
	return strings.ToLower(hdr.Get("WARC-Type"))
}

// warcTarget is the record's WARC-Target-URI. WARC 1.0 wrote it in angle
// brackets ("<https://...>"), as some crawlers still do; they are no part
// of it.
func warcTarget(hdr http.Header) string {
	target := strings.TrimSpace(hdr.Get("WARC-Target-URI"))
	if strings.HasPrefix(target, "<") && strings.HasSuffix(target, ">") {
		target = strings.TrimSpace(target[1 : len(target)-1])
	}
	return target
}

// seekVersionLine skips to the next record's version line, leaving it
// unread: a "WARC/" at the start of a line, or a version line glued onto
// the end of the line before it ("...</html>WARC/1.1"), as a record whose
// block is shorter than its Content-Length and lacks its separator leaves
// it; skipped line by line, that record was lost with the bad one. It
// returns nil when it found one, io.EOF at the clean end of the stream (or
// gzip member), else the stream's error.
func (w *WARCReader) seekVersionLine() error {
	for {
		buf, err := w.rec.Peek(w.rec.Size())
		at := versionLineAt
		if w.arc {
			at = arcLineAt
		}
		if i := at(buf, err != nil); i >= 0 {
			_, _ = w.rec.Discard(i)
			return nil
		}
		if len(buf) == 0 || err != nil {
			_, _ = w.rec.Discard(len(buf))
			if err == nil || err == bufio.ErrBufferFull {
				err = io.EOF
			}
			return err
		}
		// Keep a tail in which a version line may begin, with the
		// header line that shows a glued one is a record.
		tail := versionLineTail
		if w.arc {
			tail = maxARCLine
		}
		_, _ = w.rec.Discard(max(1, len(buf)-tail))
	}
}

// versionLineTail is how much of the buffer seekVersionLine keeps when it
// found no version line: enough for one and the header line after it.
const versionLineTail = 256

// gluedVersionLine is a record's start that follows other bytes on its
// line: a WARC 1.x version line and then a header field.
var gluedVersionLine = regexp.MustCompile(`WARC/1\.[01]\r?\n[A-Za-z][A-Za-z0-9-]*:`)

// versionLineAt is the offset in buf of the first record start, or -1. A
// match in the last versionLineTail bytes counts only at the end of the
// stream (final): more bytes may be needed to see the header line.
func versionLineAt(buf []byte, final bool) int {
	limit := len(buf)
	if !final {
		limit = max(0, len(buf)-versionLineTail)
	}
	lineStart := -1
	for i := 0; i < len(buf); {
		if bytes.HasPrefix(buf[i:], []byte("WARC/")) {
			lineStart = i
			break
		}
		j := bytes.IndexByte(buf[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	glued := -1
	if loc := gluedVersionLine.FindIndex(buf); loc != nil {
		glued = loc[0]
	}
	best := lineStart
	if glued >= 0 && (best < 0 || glued < best) {
		best = glued
	}
	if best < 0 || (best >= limit && best != lineStart) {
		return -1
	}
	return best
}

// resync skips past a record that cannot be trusted to the next version
// line. At the end of a gzip member the next member follows; a broken
// stream is dropped as streamFailed does.
func (w *WARCReader) resync() {
	if w.plainRecord {
		// Between gzip members the next record is a member, not a
		// version line: endPlainRecord skips to it.
		return
	}
	switch err := w.seekVersionLine(); {
	case err == nil:
	case w.gz == nil:
		w.done = true
	case err == io.EOF:
		w.closeMember()
	default:
		w.streamFailed()
	}
}

// unread puts b back in front of the record stream.
func (w *WARCReader) unread(b []byte) {
	rest := append([]byte(nil), b...)
	w.rec = &countReader{r: bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest), w.rec), 32<<10), pos: w.rec.pos - int64(len(rest))}
	if w.plainRecord {
		// The record stream is the file: what follows the record is
		// read from it (as gzip members, or another plain record).
		w.src = w.rec
	}
}

// atRecordEnd reads what follows a block: end is true when it is what
// ends a record (blank lines, then the next version line or the end of the
// stream or member), sep when at least the blank-line separator is there.
// Peeking neither consumes nor fails: a broken stream shows at the next
// read.
func (w *WARCReader) atRecordEnd() (end, sep bool) {
	if w.arc {
		return w.atARCRecordEnd()
	}
	head, _ := w.rec.Peek(16)
	rest, newlines := skipLineEnds(head)
	sep = newlines >= 2
	switch {
	case len(rest) == 0:
		return true, sep
	case w.plainRecord && bytes.HasPrefix(rest, gzipMagic):
		// A record read uncompressed ends where a gzip member starts.
		return true, sep
	case len(rest) >= 5:
		return string(rest[:5]) == "WARC/", sep
	}
	return strings.HasPrefix("WARC/", string(rest)) && len(head) < 16, sep
}

// skipLineEnds returns head after its leading CRs and LFs, and how many
// LFs (line ends) it passed.
func skipLineEnds(head []byte) (rest []byte, newlines int) {
	i := 0
	for i < len(head) && (head[i] == '\r' || head[i] == '\n') {
		if head[i] == '\n' {
			newlines++
		}
		i++
	}
	return head[i:], newlines
}

// atARCRecordEnd is atRecordEnd for ARC: a record ends with a newline (the
// separator), then the next record's header line or the end of the stream.
func (w *WARCReader) atARCRecordEnd() (end, sep bool) {
	head, err := w.rec.Peek(maxARCLine + 16)
	rest, newlines := skipLineEnds(head)
	sep = newlines >= 1
	if len(rest) == 0 || (w.plainRecord && bytes.HasPrefix(rest, gzipMagic)) {
		return true, sep
	}
	return arcLineAt(rest, err != nil) == 0, sep
}

// recordStart finds a record boundary inside a block: a version line at
// the start of a line after a blank line.
var recordStart = regexp.MustCompile(`\n\r?\nWARC/1\.[01]\r?\n`)

// overrunHTTP finds a record that begins after the end of the HTTP message
// in a response block, as the message's own Content-Length places it, or
// returns -1. Only a version line there counts: an HTTP Content-Length
// that is itself wrong (rewritten payloads) is common and harmless.
func overrunHTTP(block []byte) int {
	if !bytes.HasPrefix(block, []byte("HTTP/")) {
		return -1
	}
	head := block[:min(len(block), maxWARCHeaderBytes)]
	end := bytes.Index(head, []byte("\r\n\r\n"))
	if end < 0 {
		return -1
	}
	body := end + 4
	for _, line := range bytes.Split(head[:end], []byte("\r\n")) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok || !bytes.EqualFold(bytes.TrimSpace(k), []byte("Content-Length")) {
			continue
		}
		cl, err := strconv.Atoi(string(bytes.TrimSpace(v)))
		if err != nil || cl < 0 || body+cl >= len(block) {
			return -1
		}
		if next := nextRecordStart(block[body+cl:]); next >= 0 {
			return body + cl + next
		}
		return -1
	}
	return -1
}

// nextRecordStart is the offset of the next record's version line inside
// b, or -1.
func nextRecordStart(b []byte) int {
	loc := recordStart.FindIndex(b)
	if loc == nil {
		return -1
	}
	return loc[0] + bytes.Index(b[loc[0]:loc[1]], []byte("WARC/"))
}

// nextRecordStartGlued is nextRecordStart for a block whose length is
// known to be wrong, where a version line glued onto the end of the real
// block (no blank line before it) is a record start too. Not used where
// the length may be right: a page about the WARC format may quote one.
func nextRecordStartGlued(b []byte) int {
	next := nextRecordStart(b)
	if loc := gluedVersionLine.FindIndex(b); loc != nil && (next < 0 || loc[0] < next) {
		return loc[0]
	}
	return next
}

// nextStartIn is nextRecordStartGlued for the current stream: between
// gzip members (a record read uncompressed) a member's header starts the
// next record too.
func (w *WARCReader) nextStartIn(b []byte) int {
	next := nextRecordStartGlued(b)
	if w.arc {
		next = arcRecordStart(b)
	}
	if w.plainRecord {
		if i := bytes.Index(b, gzipMagic); i >= 0 && (next < 0 || i < next) {
			return i
		}
	}
	return next
}

// gzipMagic starts a gzip member (ID1, ID2, CM deflate).
var gzipMagic = []byte{0x1f, 0x8b, 8}

func streamErr(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// streamFault says what broke the record stream: ErrWARCCorrupt for
// damaged gzip data (a bad checksum, bytes that do not inflate),
// ErrWARCTruncated for a stream that ended early. A member cut short in
// the middle of the file fails as corrupt data, its decompressor reading
// on into the next member's header: what it consumed holds that header,
// and it is truncated.
func (w *WARCReader) streamFault(err error) error {
	if !gzipFault(err) {
		return ErrWARCTruncated
	}
	if w.gz != nil && !w.member.over && len(w.member.buf) > 1 && bytes.Contains(w.member.buf[1:], []byte{0x1f, 0x8b, 8}) {
		return ErrWARCTruncated
	}
	return ErrWARCCorrupt
}

// gzipFault reports an error of damaged gzip data.
func gzipFault(err error) bool {
	var corrupt flate.CorruptInputError
	return errors.As(err, &corrupt) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)
}

// recordErr is err of the current record, named src, placed in the file
// (see RecordError.Record). In a .warc.gz the place is the gzip member's,
// and the record's in the member's data when it is not the first there (a
// file gzipped whole is one member).
func (w *WARCReader) recordErr(src string, err error) *RecordError {
	e := &RecordError{Source: src, Err: err, Record: w.records}
	var kind errPlace
	kind, e.Offset = w.errPlace()
	switch kind {
	case inPlainFile:
		e.place = fmt.Sprintf(" (record %d at byte %d)", e.Record, e.Offset)
	case atMemberStart:
		e.place = fmt.Sprintf(" (record %d, gzip member %d at byte %d)", e.Record, w.members, e.Offset)
	default:
		e.place = fmt.Sprintf(" (record %d at byte %d of the data of gzip member %d at byte %d)", e.Record, w.recordAt, w.members, e.Offset)
	}
	return e
}

// errPlace is how an error tells where in the file it arose.
type errPlace int

const (
	// inPlainFile: at a byte of the file (a plain WARC, or a plain record
	// between gzip members).
	inPlainFile errPlace = iota
	// atMemberStart: at the start of a gzip member's data, named by the
	// member's byte in the file.
	atMemberStart
	// inMember: further into a gzip member's data (a file gzipped whole
	// is one member), named by the member's byte and the byte in its data.
	inMember
)

// errPlace says how recordErr and streamErr place an error, and the byte
// of the file they give as its RecordError.Offset: where the record (or
// stray bytes) starts in a plain stream, else where its gzip member does.
func (w *WARCReader) errPlace() (errPlace, int64) {
	switch {
	case w.gz == nil || w.plainRecord:
		return inPlainFile, w.recordAt
	case w.recordAt == 0:
		return atMemberStart, w.memberAt
	default:
		return inMember, w.memberAt
	}
}

// streamErr is err of bytes that are no record (they do not begin with a
// version line, or the stream broke before one was read), placed where
// they start, after the records read so far. In a .warc.gz the message
// already names the member (memberPlace) and this adds where it is.
func (w *WARCReader) streamErr(err error) *RecordError {
	e := &RecordError{Source: w.source, Err: err}
	var kind errPlace
	kind, e.Offset = w.errPlace()
	switch kind {
	case inPlainFile:
		e.place = fmt.Sprintf(" (at byte %d, after record %d)", e.Offset, w.records)
	case atMemberStart:
		e.place = fmt.Sprintf(" (at byte %d)", e.Offset)
	default:
		e.place = fmt.Sprintf(" (at byte %d of the data of the member at byte %d)", w.recordAt, e.Offset)
	}
	return e
}

// countReader is a bufio.Reader that counts the bytes read out of it, the
// position in its stream that errors give. Only the methods the reader
// uses are offered, so none can read past the count.
type countReader struct {
	r   *bufio.Reader
	pos int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.pos += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.pos++
	}
	return b, err
}

func (c *countReader) ReadSlice(delim byte) ([]byte, error) {
	b, err := c.r.ReadSlice(delim)
	c.pos += int64(len(b))
	return b, err
}

func (c *countReader) Discard(n int) (int, error) {
	d, err := c.r.Discard(n)
	c.pos += int64(d)
	return d, err
}

func (c *countReader) Peek(n int) ([]byte, error) { return c.r.Peek(n) }
func (c *countReader) Size() int                  { return c.r.Size() }

// memberPlace names where the current gzip member sits, for an error of a
// record whose header did not decompress and so has no ID to name it:
// " (gzip member 6, after record <urn:uuid:...>)". Empty for plain WARC.
func (w *WARCReader) memberPlace() string {
	if w.gz == nil || w.members == 0 {
		return ""
	}
	if w.lastID == "" {
		return fmt.Sprintf(" (gzip member %d)", w.members)
	}
	return fmt.Sprintf(" (gzip member %d, after record %s)", w.members, w.lastID)
}

// warcDocument turns a record block into a document. skip is true for
// records that are fine but not HTML articles.
func warcDocument(src, target, typ string, hdr http.Header, block []byte, maxBytes int64) (doc *model.Document, skip bool, err error) {
	var ctype string
	var body []byte
	var modified time.Time
	if typ == "resource" {
		ctype, body = hdr.Get("Content-Type"), block
	} else {
		if !strings.HasPrefix(strings.ToLower(hdr.Get("Content-Type")), "application/http") {
			return nil, true, nil
		}
		blockReader := bytes.NewReader(block)
		br := bufio.NewReader(blockReader)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			return nil, false, fmt.Errorf("HTTP response: %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, true, nil
		}
		// Where the payload starts in the block: what the header
		// parsing left unread.
		payload := block[len(block)-blockReader.Len()-br.Buffered():]
		ctype = resp.Header.Get("Content-Type")
		modified = lastModified(resp.Header)
		// A payload cut by the crawler (WARC-Truncated) is still worth
		// reading: keep what arrived.
		body, err = io.ReadAll(io.LimitReader(resp.Body, maxBytes))
		if err != nil && len(body) == 0 {
			if !isChunked(resp.TransferEncoding) || looksBinary(payload) {
				return nil, false, fmt.Errorf("HTTP body: %w", err)
			}
			// "Transfer-Encoding: chunked" over a payload with no
			// chunk framing (its first line is no chunk size): the
			// archiving tool stored the body it had already
			// dechunked and kept the header. The record was lost
			// with "unexpected EOF"; its payload is the body.
			body = payload[:min(len(payload), int(maxBytes))]
		}
		body, err = decodeContentEncoding(resp.Header.Get("Content-Encoding"), body, maxBytes)
		if err != nil {
			return nil, false, err
		}
	}
	if !isHTMLType(ctype, body) {
		return nil, true, nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, false, fmt.Errorf("%w: an HTML answer with no body", ErrWARCEmpty)
	}
	if target != "" {
		// The target is the article's identity and its link in the web
		// UI and GDELT's SOURCEURL: "javascript:..." or "file:///etc/passwd"
		// was stored as given. Refused as a JSONL url is.
		if err := CheckHTTPURL(target); err != nil {
			return nil, false, fmt.Errorf("WARC-Target-URI: %w", err)
		}
	}
	// Not FromBytes: its error starts with the source, which the
	// caller's RecordError already names ("a.warc#r: a.warc#r: ...").
	doc = &model.Document{Source: src, URL: target, ContentType: ctype, Raw: body}
	if err := Prepare(doc); err != nil {
		return nil, false, err
	}
	if doc.Format != model.FormatHTML {
		doc.Format = model.FormatHTML
	}
	doc.LastModified = modified
	if why := strings.TrimSpace(hdr.Get("WARC-Truncated")); why != "" {
		// The crawler stopped reading the payload (ISO 28500: "length",
		// "time", "disconnect", "unspecified"): the page is kept, and
		// flagged as cut as a record cut by the end of the file is.
		doc.Hints = map[string]string{model.HintTruncated: fmt.Sprintf("WARC payload truncated by the crawler (%.40s)", why)}
	}
	if d := hdr.Get("WARC-Date"); d != "" {
		if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
			// The crawl date is not the publish date: it is the capture
			// time, which dates the page only when nothing else does.
			if doc.Hints == nil {
				doc.Hints = map[string]string{}
			}
			doc.Hints["crawled"] = t.UTC().Format(time.RFC3339)
			doc.Captured = t.UTC()
		}
	}
	return doc, false, nil
}

// isHTMLType decides from the declared media type, sniffing only when none
// was declared.
func isHTMLType(ctype string, body []byte) bool {
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ctype, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// isChunked reports a chunked transfer coding among an HTTP message's.
func isChunked(codings []string) bool {
	for _, c := range codings {
		if strings.EqualFold(strings.TrimSpace(c), "chunked") {
			return true
		}
	}
	return false
}

// decodeContentEncoding undoes the payload's Content-Encoding. Archiving
// tools often store the body they already decoded and keep the header
// ("Content-Encoding: gzip" over plain HTML): a body that the declared
// coding cannot decode and that is text, not compressed bytes, is taken
// as it is. Compressed data is never text (its bytes spread over every
// value, controls included), so a body that really is compressed and
// broken still fails.
func decodeContentEncoding(enc string, body []byte, maxBytes int64) ([]byte, error) {
	out, err := decodeCoding(enc, body, maxBytes)
	if err != nil && !errors.Is(err, ErrRecordTooBig) && len(body) > 0 && !looksBinary(body) {
		return body, nil
	}
	return out, err
}

func decodeCoding(enc string, body []byte, maxBytes int64) ([]byte, error) {
	var r io.ReadCloser
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("Content-Encoding gzip: %w", err)
		}
		r = zr
	case "deflate":
		// HTTP's "deflate" is the zlib format (RFC 9110 8.4.1.2);
		// some servers send the raw deflate stream instead. The zlib
		// header (CM 8, a check over its two bytes) tells them apart.
		if len(body) >= 2 && body[0]&0x0f == 8 && (uint(body[0])<<8|uint(body[1]))%31 == 0 {
			zr, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				return nil, fmt.Errorf("Content-Encoding deflate: %w", err)
			}
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(body))
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if int64(len(out)) > maxBytes {
		return nil, fmt.Errorf("%w: decoded body over %d bytes", ErrRecordTooBig, maxBytes)
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("Content-Encoding %s: %w", enc, err)
	}
	return out, nil
}

// readLine reads one CRLF- or LF-terminated line of at most max bytes.
func readLine(r *countReader, max int) (string, error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		b = append(b, chunk...)
		if len(b) > max {
			return "", fmt.Errorf("%w: line longer than %d bytes", errTooLong, max)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && len(b) > 0 {
				return string(b), io.ErrUnexpectedEOF
			}
			return string(b), err
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
}

// readHeaders reads "Name: value" lines up to a blank line.
func readHeaders(r *countReader, max int) (http.Header, error) {
	h := http.Header{}
	total := 0
	for {
		line, err := readLine(r, max)
		if err != nil {
			return nil, err
		}
		total += len(line)
		if total > max {
			return nil, fmt.Errorf("%w: headers longer than %d bytes", errTooLong, max)
		}
		if line == "" {
			return h, nil
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue // tolerate a stray line, as WARC readers do
		}
		h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
}

// WARCDocuments iterates over the HTML documents of a WARC or WARC.gz
// stream, yielding (nil, *RecordError) for each bad record and going on.
func WARCDocuments(r io.Reader, source string, opts WARCOptions) iter.Seq2[*model.Document, error] {
	return func(yield func(*model.Document, error) bool) {
		w := NewWARCReader(r, source, opts)
		for {
			doc, err := w.Next()
			if err == io.EOF {
				return
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}

// IsWARCName reports whether a file name looks like a WARC archive.
func IsWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}
