// Package ingest turns inputs (files, standard input, URLs, and later feeds,
// WARC archives and JSONL) into model.Documents: raw bytes, where they came
// from, their detected format and their content decoded to UTF-8.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/gunzip"
	"github.com/newsgraph/newsgraph/internal/model"
)

// DefaultMaxBytes caps how much of one input is read (files and stdin; URLs
// are capped by the fetch client).
const DefaultMaxBytes = 10 << 20

// ErrTooLarge is returned for an input over the size cap.
var ErrTooLarge = errors.New("input exceeds the size limit")

// Options configures loading.
type Options struct {
	MaxBytes int64         // per input; DefaultMaxBytes when zero
	Fetcher  *fetch.Client // used for http(s) inputs; nil refuses URLs
	Stdin    io.Reader     // read for the input "-"
	Log      *slog.Logger  // warnings about inputs read anyway; nil discards them
}

// CheckHTTPURL returns an error, with the likely URL when the scheme was
// left out ("example.org/rss"), unless s is an absolute http(s) URL with a
// host: for URLs given on the command line (--feed), checked before any
// work starts.
func CheckHTTPURL(s string) error {
	u, err := url.Parse(s)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return nil
	}
	if LooksLikeHost(s) {
		return fmt.Errorf("%q is not an http(s) URL (https://%s?)", s, s)
	}
	return fmt.Errorf("%q is not an http(s) URL", s)
}

// IsURL reports whether src names a URL rather than a file path.
func IsURL(src string) bool {
	i := strings.Index(src, "://")
	if i <= 0 {
		return false
	}
	for _, r := range src[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// ExplainMissing adds what a newcomer needs to a file that cannot be opened
// because it is not there: a name like "example.com/news/story" or
// "www.example.org" was most likely meant as a URL without its scheme
// (read as a file path, it fails with a bare "no such file"), and a
// symbolic link whose target is gone says so. Other errors pass unchanged.
func ExplainMissing(src string, err error) error {
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if fi, lerr := os.Lstat(src); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		target, _ := os.Readlink(src)
		return fmt.Errorf("%w (a symbolic link to %s, which does not exist)", err, target)
	}
	if LooksLikeHost(src) {
		return fmt.Errorf("%w (for a web page, give the whole URL: https://%s)", err, src)
	}
	return err
}

// LooksLikeHost reports a name whose first segment reads as a web host
// (a URL written without its scheme):
// "www." and a name, or a dotted name with a letters-only last label before
// a slash ("example.com/x", "bbc.co.uk/news"). "story.txt" alone is a file.
func LooksLikeHost(src string) bool {
	host, _, hasPath := strings.Cut(src, "/")
	if strings.ContainsAny(host, " \\:") || !strings.Contains(host, ".") {
		return false
	}
	if strings.HasPrefix(strings.ToLower(host), "www.") && len(host) > 4 {
		return true
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if !hasPath || len(tld) < 2 {
		return false
	}
	for _, r := range tld {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// Load reads one input named on the command line: "-" for standard input, a
// URL, or a file path. The returned document is decoded and its format
// detected.
func Load(ctx context.Context, src string, opts Options) (*model.Document, error) {
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	doc := &model.Document{Source: src}
	// cut is the whole length of an input read only as far as cutLimit
	// bytes (-1: not known), 0 for one read whole. The limit is maxBytes
	// but for a page, which the fetcher cut at its own.
	var cut int64
	cutLimit := maxBytes
	switch {
	case src == "-":
		if opts.Stdin == nil {
			return nil, fmt.Errorf("read standard input: no input stream")
		}
		raw, over, err := readCapped(opts.Stdin, maxBytes)
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		if over {
			cut = -1
		}
		doc.Raw = raw
	case IsURL(src):
		if opts.Fetcher == nil {
			return nil, fmt.Errorf("%s: fetching URLs is not enabled here", fetch.StripUserinfo(src))
		}
		resp, err := opts.Fetcher.Get(ctx, src)
		if err != nil {
			if errors.Is(err, fetch.ErrTooLarge) {
				// One size error for every kind of input, worded once.
				return nil, tooLargeError{err}
			}
			return nil, err
		}
		doc.URL = resp.URL
		doc.Raw = resp.Body
		doc.ContentType = resp.ContentType
		if resp.Cut {
			doc.Raw, cut, cutLimit = trimPartialRune(resp.Body), -1, int64(len(resp.Body))
		}
		stampFetched(doc, resp.Header, time.Now())
	default:
		f, err := OpenInput(ctx, src)
		if err != nil {
			return nil, ExplainMissing(src, err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", src)
		}
		raw, over, err := readCapped(f, maxBytes)
		if over {
			cut = -1
			if st.Mode().IsRegular() {
				cut = st.Size()
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				err = ctx.Err() // the read ended because the run was stopped
			}
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		doc.Raw = raw
		// A file carries no capture time but its own: it was written no
		// earlier than the article was published, which dates relative
		// dates when the text gives no publish date. Never a publish date.
		if mt := st.ModTime(); !mt.IsZero() {
			doc.Captured, doc.CapturedSource = mt.UTC(), model.DateFileModified
		}
		// Gzip is recognised by its bytes (PrepareLimit); a name that
		// promises it wrongly is worth a word, as ingest gives.
		// Gzip's magic bytes with a damaged header are no misnamed
		// file: prepareLimit says the header is corrupt.
		if strings.HasSuffix(strings.ToLower(src), ".gz") && !isGzip(raw) && gunzip.HeaderError(raw) == nil && opts.Log != nil {
			opts.Log.Warn("file named .gz is not gzip-compressed; reading it as it is", "source", src)
		}
	}
	// Stray NULs dropped and undecodable bytes replaced, not refused:
	// they stand for no character, but a file that has them was damaged
	// somewhere, and the warning says so.
	if err := PrepareLogged(doc, maxBytes, opts.Log, fetch.StripUserinfo(src)); err != nil {
		return nil, fmt.Errorf("%s: %w", fetch.StripUserinfo(src), err)
	}
	if cut != 0 {
		MarkOverLimit(doc, cutLimit, cut, opts.Log)
	}
	return doc, nil
}

// FromBytes builds a prepared document from bytes already in memory (feed
// items, WARC records, JSONL lines, HTTP uploads).
func FromBytes(source, url, contentType string, raw []byte) (*model.Document, error) {
	doc := &model.Document{Source: source, URL: url, ContentType: contentType, Raw: raw}
	if err := Prepare(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return doc, nil
}

// tooLargeError is a fetch.ErrTooLarge that is also ErrTooLarge, so that
// callers test one error for every kind of input, with the fetch's own
// text: wrapping it in ErrTooLarge's said "input exceeds the size limit:
// ... response exceeds the size limit" twice over.
type tooLargeError struct{ err error }

func (e tooLargeError) Error() string   { return e.err.Error() }
func (e tooLargeError) Unwrap() []error { return []error{ErrTooLarge, e.err} }

func readCapped(r io.Reader, maxBytes int64) (raw []byte, over bool, err error) {
	raw, err = io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, false, err
	}
	if int64(len(raw)) > maxBytes {
		// Kept as far as the limit (MarkOverLimit), not refused.
		return CutAt(raw, maxBytes), true, nil
	}
	return raw, false, nil
}

// stampFetched records when a document was fetched and the Last-Modified
// its server gave, which date it when the page gives no publish date (see
// model.Document.Captured).
func stampFetched(doc *model.Document, h http.Header, at time.Time) {
	doc.Captured = at.UTC()
	doc.LastModified = lastModified(h)
}

// lastModified reads an HTTP Last-Modified header; zero when absent or
// unreadable.
func lastModified(h http.Header) time.Time {
	v := h.Get("Last-Modified")
	if v == "" {
		return time.Time{}
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// InputFile is a file opened by OpenInput.
type InputFile struct {
	*os.File
	stop func() bool // unties the file from the context
}

// Close closes the file.
func (f *InputFile) Close() error {
	if f.stop != nil {
		f.stop()
	}
	return f.File.Close()
}

// OpenInput opens a file named as an input so that cancelling ctx (Ctrl-C,
// SIGTERM) ends a wait on it. A regular file opens as os.Open opens it. A
// named pipe (mkfifo, or bash's <(...)) blocks in open until a writer
// comes and in read until it writes or leaves; without a writer the run
// waited for ever, deaf to the signal that asked it to stop. Its open now
// waits in a goroutine that ctx abandons, and its reads end when ctx is
// cancelled (a pipe is read through the runtime's poller, which closing
// the file wakes). Devices are read the same way, under the size cap.
func OpenInput(ctx context.Context, path string) (*InputFile, error) {
	st, err := os.Stat(path)
	if err != nil || st.Mode().IsRegular() || st.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		return &InputFile{File: f}, nil
	}
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		done <- opened{f, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, o.err
		}
		return &InputFile{File: o.f, stop: context.AfterFunc(ctx, func() { o.f.Close() })}, nil
	case <-ctx.Done():
		go func() {
			// The writer may come after all: close what it opened.
			if o := <-done; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, fmt.Errorf("open %s: %w (waiting for a writer to the %s)", path, ctx.Err(), FileKind(st.Mode()))
	}
}

// FileKind names a file that is not a regular one ("named pipe",
// "socket", "device").
func FileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "file"
}
