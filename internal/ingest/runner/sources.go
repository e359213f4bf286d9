package runner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/gunzip"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Inputs says what to ingest.
type Inputs struct {
	// Paths are files, folders (walked recursively), URLs or "-".
	Paths []string
	// URLLists are files with one URL per line.
	URLLists []string
	// Feeds are feed URLs polled once with conditional GETs (validators
	// kept in the store).
	Feeds []string
	// Published is a publish date for inputs that carry none.
	Published func(*model.Document)

	MaxBytes int64
	Fetcher  *fetch.Client
	Stdin    io.Reader
	// Log takes warnings about inputs read anyway (a file named .gz that
	// is not gzip); nil discards them.
	Log *slog.Logger
	// FeedStates, when set, keeps the feeds' polling state instead of the
	// store given to Items (a queue publisher keeps it in the queue).
	FeedStates FeedStates
	// FetchLimits bound the fetching of feeds' linked articles and of
	// URLs (a per-feed deadline and fetch cap, a host given up on after
	// failures in a row, fetches per host at once); zero: no limits.
	FetchLimits FetchLimits
	// Guard, when set, applies its limits instead of FetchLimits, with
	// host state that outlives this run (a process that polls feeds again
	// and again shares one; see NewFetchGuard).
	Guard *FetchGuard
	// FeedRetries, when set, keeps the feeds' links whose fetch failed and
	// offers them again on the feed's next polls (see FeedRetries); nil:
	// a failed link waits for the feed to change.
	FeedRetries *FeedRetries
}

// FeedStates keeps feeds' polling state (ETag, Last-Modified) between
// polls.
type FeedStates interface {
	// Feed returns the state of url, or an error (store.ErrNotFound) when
	// there is none.
	Feed(ctx context.Context, url string) (*store.Feed, error)
	PutFeed(ctx context.Context, f store.Feed) error
}

// storeFeeds keeps feed states in a store, as ingest and serve do.
type storeFeeds struct{ st store.Store }

func (s storeFeeds) Feed(ctx context.Context, url string) (*store.Feed, error) {
	return s.st.Feed(ctx, url)
}

func (s storeFeeds) PutFeed(ctx context.Context, f store.Feed) error {
	return s.st.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.PutFeed(ctx, f) })
}

// Plan is the expanded input: the plain files (known up front, so progress
// has a total) and the container inputs read as they stream.
type Plan struct {
	Files      []string // single documents (text, HTML, .gz of either)
	Containers []string // WARC, JSONL, feed files
	URLs       []string // article URLs and "-"
	URLLists   []string
	Feeds      []string
	// EmptyFolders are the folders given that hold no file to read, each
	// with why, so that a wrong folder is reported rather than ingested as
	// nothing at all.
	EmptyFolders []EmptyFolder
}

// EmptyFolder is a folder given as an input in which the walk found no
// article file.
type EmptyFolder struct {
	Path string
	// FolderLinks counts its symbolic links to folders, which the walk
	// does not follow (they can loop).
	FolderLinks int
}

// Error says what was (not) found in the folder.
func (e EmptyFolder) Error() string {
	msg := e.Path + ": no article files in this folder (text, HTML, WARC, JSONL, feeds, URL lists)"
	switch {
	case e.FolderLinks == 1:
		msg += "; its symbolic link to a folder was not followed (give the target instead)"
	case e.FolderLinks > 1:
		msg += fmt.Sprintf("; its %d symbolic links to folders were not followed (give the targets instead)", e.FolderLinks)
	}
	return msg
}

// Total is the number of items known before reading containers (0 when
// containers make it unknown).
func (p *Plan) Total() int {
	if len(p.Containers)+len(p.URLLists)+len(p.Feeds) > 0 {
		return 0
	}
	return len(p.Files) + len(p.URLs)
}

// Kinds of file, by name.
func containerKind(path string) string {
	name := strings.ToLower(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	switch {
	case strings.HasSuffix(name, ".warc"), strings.HasSuffix(name, ".arc"):
		return "warc"
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		return "jsonl"
	case strings.HasSuffix(name, ".urls"):
		return "urls"
	case strings.HasSuffix(name, ".rss"), strings.HasSuffix(name, ".atom"), strings.HasSuffix(name, ".xml"),
		strings.HasSuffix(name, ".rdf"), strings.HasSuffix(name, ".json"):
		return "feed?" // a feed if it sniffs like one
	}
	return ""
}

// IsContainer reports a local path that holds many documents (a WARC, JSONL
// or feed file, by name), which Plan.Items reads record by record.
func IsContainer(path string) bool {
	k := containerKind(path)
	return k != "" && k != "urls"
}

// ingestible reports whether a file found in a folder walk is worth reading:
// hidden files and obvious non-articles are left alone.
func ingestible(path string) bool {
	base := filepath.Base(path)
	if strings.HasPrefix(base, ".") {
		return false
	}
	name := strings.TrimSuffix(strings.ToLower(base), ".gz")
	// A folder's own papers (its README, licence, notice, changelog, data
	// source note) describe the folder; they are no articles, and reading
	// them as articles puts licence text among the stories. Named on the
	// command line, such a file is still read.
	stem := name
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	switch stem {
	case "readme", "license", "licence", "notice", "changelog", "changes", "copying", "source", "authors", "contributing":
		return false
	}
	for _, ext := range []string{".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".warc", ".arc", ".jsonl", ".ndjson",
		".urls", ".rss", ".atom", ".xml", ".rdf", ".json"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return !strings.Contains(name, ".") // extensionless text files
}

// skipSpecial warns, naming the path, that a folder walk left out a file
// that is no regular file (a named pipe, socket or device) though its name
// would have been read: the walk never opens one (a pipe with no writer
// blocks for ever), and a story the user put there should not vanish
// without a word. Names the walk passes over anyway (hidden ones, no
// article extension) stay silent, as regular files of those names do. A
// pipe named on the command line is still read (ingest.OpenInput).
func skipSpecial(log *slog.Logger, path string, mode fs.FileMode) {
	if log == nil || !ingestible(path) {
		return
	}
	log.Warn("skipped: a "+ingest.FileKind(mode)+", not a regular file (name it on its own to read it)", "source", path)
}

// Expand walks folders and sorts inputs into a Plan. A path that does not
// exist is an error (a typo should not become a silent empty ingest).
func Expand(in Inputs) (*Plan, error) {
	p := &Plan{URLLists: in.URLLists, Feeds: in.Feeds}
	add := func(path string) {
		switch containerKind(path) {
		case "":
			p.Files = append(p.Files, path)
		case "urls":
			p.URLLists = append(p.URLLists, path)
		default:
			p.Containers = append(p.Containers, path)
		}
	}
	for _, arg := range in.Paths {
		if arg == "-" || ingest.IsURL(arg) {
			p.URLs = append(p.URLs, arg)
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			// A missing or unreadable path fails as an item of the batch
			// (its read reports why); the other inputs are still ingested.
			p.Files = append(p.Files, arg)
			continue
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		var found []string
		folderLinks := 0
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable entry fails as an item of its own; the
				// rest of the folder is still walked.
				found = append(found, path)
				return nil
			}
			if d.IsDir() {
				if path != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case d.Type().IsRegular():
			case d.Type()&fs.ModeSymlink != 0:
				// A link to a file is that file (folders of links are
				// common); a dangling link fails as an item of its own.
				// Links to folders are not followed: they can loop.
				if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
					if st.IsDir() {
						folderLinks++
					} else {
						skipSpecial(in.Log, path, st.Mode())
					}
					return nil
				}
			default:
				// A pipe, socket or device: never opened (a pipe with no
				// writer would block for ever), but not dropped silently.
				skipSpecial(in.Log, path, d.Type())
				return nil
			}
			if ingestible(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", arg, err)
		}
		if len(found) == 0 {
			p.EmptyFolders = append(p.EmptyFolders, EmptyFolder{Path: arg, FolderLinks: folderLinks})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return p, nil
}

// Ref names an input that a worker reads itself: a file path or an http(s)
// URL, with what the document gets from its context once loaded.
type Ref struct {
	// Location is the file path or URL to read.
	Location string `json:"location"`
	// Published is set on the loaded document (a feed item's date, else
	// --published); zero for none.
	Published time.Time `json:"published,omitzero"`
	// PublishedSource says who supplied Published (model.DateFromFeed or DateFromFeedUpdated;
	// empty for --published), as model.Document.PublishedSource.
	PublishedSource string `json:"published_source,omitempty"`
	// PublishedZoneSource is model.Document.PublishedZoneSource: where the
	// zone of a feed date written without one came from.
	PublishedZoneSource string `json:"published_zone_source,omitempty"`
	// Hints are set on the loaded document (a feed item's title, tags).
	Hints map[string]string `json:"hints,omitempty"`
}

// LoadOptions are what reading a Ref needs.
type LoadOptions struct {
	MaxBytes int64         // per input; ingest.DefaultMaxBytes when zero
	Fetcher  *fetch.Client // nil refuses URLs
	Log      *slog.Logger  // warnings (see Inputs.Log); nil discards them
	// Guard applies fetch limits to the URLs read (Items: Inputs.Guard or
	// Inputs.FetchLimits for the run; a queue worker: its process's);
	// nil for none.
	Guard *FetchGuard
	// LastFetch says no fetch again follows this one (a queue worker's
	// last delivery of a message, past its --fetch-retries): a feed
	// link's failure that may pass then falls back to the feed's
	// description as a lasting one does (Ref.Load), rather than lose the
	// item.
	LastFetch bool
}

// Load reads the input the way a local ingest does (*.gz files are
// gunzipped, URLs fetched) and names the document source.
func (r *Ref) Load(ctx context.Context, source string, opts LoadOptions) (*model.Document, error) {
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = ingest.DefaultMaxBytes
	}
	var doc *model.Document
	if ingest.IsURL(r.Location) {
		if opts.Fetcher == nil {
			err := fmt.Errorf("%s: fetching URLs is not enabled here", r.Location)
			if d := r.describe(source, err, opts.Log); d != nil {
				return d, nil
			}
			return nil, err
		}
		d, err := ingest.Load(ctx, r.Location, ingest.Options{MaxBytes: maxBytes, Fetcher: opts.Fetcher, Log: opts.Log})
		if err != nil {
			if source != r.Location {
				err = fmt.Errorf("%s: %w", source, err)
			}
			// A failure that would come again (a 404, no article, a
			// page too large) loses the item unless its feed said
			// enough of it; one that may pass is fetched again (by
			// the feed's next polls, a worker's next delivery), and
			// the feed's links fall back when given up
			// (describeWhenLost).
			if (opts.LastFetch || !passing(err)) && ctx.Err() == nil {
				if d := r.describe(source, err, opts.Log); d != nil {
					return d, nil
				}
			}
			return nil, err
		}
		doc = d
	} else {
		raw, cut, err := readFile(ctx, r.Location, maxBytes, opts.Log)
		if err != nil {
			return nil, err
		}
		// Gzip bytes under another name are decompressed up to the
		// same limit as a .gz file's (and analyze's), not the default.
		doc = &model.Document{Source: source, Raw: raw}
		if err := ingest.PrepareLogged(doc, maxBytes, opts.Log, source); err != nil {
			return nil, fmt.Errorf("%s: %w", source, err)
		}
		if cut != 0 {
			ingest.MarkOverLimit(doc, maxBytes, cut, opts.Log)
		}
		// As analyze does (ingest.Load): a file's modification time dates
		// its relative dates when the text gives no publish date; never a
		// publish date.
		if st, err := os.Stat(r.Location); err == nil && st.Mode().IsRegular() && !st.ModTime().IsZero() {
			doc.Captured, doc.CapturedSource = st.ModTime().UTC(), model.DateFileModified
		}
	}
	doc.Source = source
	if doc.Published.IsZero() {
		doc.Published, doc.PublishedSource, doc.PublishedZoneSource = r.Published, r.PublishedSource, r.PublishedZoneSource
	}
	if r.Hints != nil {
		hints := ingest.WithoutFeedText(r.Hints)
		// The mark of a page read only as far as the size limit is the
		// document's own, kept with the link's hints.
		if note := doc.Hints[model.HintTruncated]; note != "" {
			hints = maps.Clone(hints)
			hints[model.HintTruncated] = note
		}
		doc.Hints = hints
	}
	return doc, nil
}

// describe is the document of a feed link whose article could not be
// fetched (cause), from the feed's own description that its hints carry
// (ingest.DescriptionDocument), dated as the fetched article would have
// been, with a warning logged; nil when the feed gave none.
func (r *Ref) describe(source string, cause error, log *slog.Logger) *model.Document {
	doc := ingest.DescriptionDocument(source, r.Location, r.Hints, cause)
	if doc == nil {
		return nil
	}
	doc.Published, doc.PublishedSource, doc.PublishedZoneSource = r.Published, r.PublishedSource, r.PublishedZoneSource
	if log != nil {
		log.Warn("linked article could not be fetched; stored from the feed's description, marked incomplete",
			"source", source, "url", r.Location, "err", cause)
	}
	return doc
}

// describeWhenLost makes a feed link's item fall back to the feed's
// description (Ref.describe) when its fetch failed for a reason that may
// pass and nothing will fetch it again: with no retries for the feed, or
// once they are given up. A link kept to be fetched again (retryPending),
// or one a fetch limit stopped before any fetch (offered again by the next
// poll), fails as before: its article may still come.
func describeWhenLost(it Item, log *slog.Logger) Item {
	if it.Load == nil || it.Ref == nil || it.Ref.Hints[ingest.HintFeedText] == "" {
		return it
	}
	load, ref, source := it.Load, it.Ref, it.Source
	it.Load = func(ctx context.Context) (*model.Document, error) {
		doc, err := load(ctx)
		var pending *retryPending
		if err == nil || ctx.Err() != nil || errors.Is(err, ErrNotFetched) || errors.As(err, &pending) {
			return doc, err
		}
		if d := ref.describe(source, err, log); d != nil {
			return d, nil
		}
		return doc, err
	}
	return it
}

// Items streams the plan's items: plain files and URLs first (loaded by
// the workers), then the containers record by record.
func (p *Plan) Items(ctx context.Context, in Inputs, st store.Store) iter.Seq[Item] {
	maxBytes := in.MaxBytes
	if maxBytes <= 0 {
		maxBytes = ingest.DefaultMaxBytes
	}
	withDate := func(doc *model.Document) *model.Document {
		if doc != nil && in.Published != nil {
			in.Published(doc)
		}
		return doc
	}
	// dated is the date a document read later gets when it carries none:
	// what withDate would give it.
	dated := func(t time.Time) time.Time {
		if in.Published == nil || !t.IsZero() {
			return t
		}
		d := &model.Document{}
		in.Published(d)
		return d.Published
	}
	guard := in.Guard
	if guard == nil {
		guard = newFetchGuard(in.FetchLimits)
	}
	lopts := LoadOptions{MaxBytes: maxBytes, Fetcher: in.Fetcher, Log: in.Log, Guard: guard}
	refItem := func(kind, source string, ref *Ref) Item {
		return Item{Source: source, Kind: kind, Ref: ref, Load: func(ctx context.Context) (*model.Document, error) {
			return ref.Load(ctx, source, lopts)
		}}
	}
	return func(yield func(Item) bool) {
		for _, f := range p.Files {
			// A news database's export of several articles is read as
			// its articles, not as one.
			if handled, more := exportItems(ctx, f, lopts, maxBytes, withDate, yield); handled {
				if !more {
					return
				}
				continue
			}
			it := refItem(KindFile, f, &Ref{Location: f, Published: dated(time.Time{})})
			it.URL = merge.Identity(&model.Document{Source: f})
			if !yield(it) {
				return
			}
		}
		opts := ingest.Options{MaxBytes: maxBytes, Fetcher: in.Fetcher, Stdin: in.Stdin, Log: in.Log}
		for _, u := range p.URLs {
			if u == "-" {
				if !stdinItems(ctx, in.Stdin, opts, maxBytes, lopts, withDate, dated, yield) {
					return
				}
				continue
			}
			it := refItem(KindURL, u, &Ref{Location: u, Published: dated(time.Time{})})
			it.URL = u
			it.Load = lopts.Guard.guard(u, u, nil, it.Load)
			if !yield(it) {
				return
			}
		}
		for _, c := range p.Containers {
			if !containerItems(ctx, c, maxBytes, lopts, withDate, dated, yield) {
				return
			}
		}
		for _, l := range p.URLLists {
			if !urlListItems(ctx, l, lopts, dated, yield) {
				return
			}
		}
		var states FeedStates = in.FeedStates
		if states == nil && st != nil {
			states = storeFeeds{st}
		}
		for _, f := range p.Feeds {
			if !feedItems(ctx, f, lopts, states, in.FeedRetries, withDate, dated, yield) {
				return
			}
		}
	}
}

// readFile reads a file, gunzipping *.gz, under the size cap. A file over
// it is read as far as the cap (ingest.MarkOverLimit): cut is then its
// size (-1 when not known: a .gz file's decompressed size, a pipe's), 0
// for a file read whole.
func readFile(ctx context.Context, path string, maxBytes int64, log *slog.Logger) (raw []byte, cut int64, err error) {
	f, err := openMaybeGz(ctx, path, true, log)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	raw, err = io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		if ctx.Err() != nil {
			err = ctx.Err() // the read ended because the run was stopped
		}
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(raw)) > maxBytes {
		cut = -1
		if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() && !strings.HasSuffix(strings.ToLower(path), ".gz") {
			cut = st.Size()
		}
		return ingest.CutAt(raw, maxBytes), cut, nil
	}
	return raw, 0, nil
}

// openMaybeGz opens a file, gunzipping *.gz unless decompress is false (WARC,
// whose reader handles per-record gzip members itself). A file named .gz
// that does not start as gzip does (a misnamed or already decompressed
// file) is read as it is, with a warning, as analyze reads it: refusing it
// would lose an input that is probably fine.
func openMaybeGz(ctx context.Context, path string, decompress bool, log *slog.Logger) (io.ReadCloser, error) {
	f, err := ingest.OpenInput(ctx, path)
	if err != nil {
		return nil, err
	}
	if !decompress || !strings.HasSuffix(strings.ToLower(path), ".gz") {
		return f, nil
	}
	br := bufio.NewReader(f)
	head, _ := br.Peek(3)
	if err := gunzip.HeaderError(head); err != nil {
		// Gzip's magic bytes with a damaged header: no misnamed file
		// to read as it is, and not "binary" either.
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !gunzip.IsMember(head) {
		if log != nil {
			log.Warn("file named .gz is not gzip-compressed; reading it as it is", "source", path)
		}
		return struct {
			io.Reader
			io.Closer
		}{br, f}, nil
	}
	gz, err := gunzip.NewReader(br, func() {
		if log != nil {
			log.Warn("bytes after the end of the gzip data ignored (trailing garbage)", "source", path)
		}
	})
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{gz, f}, nil
}

// errNoRecords is a container file that holds no record at all (an empty
// or all-blank file, a WARC of only request or metadata records, a feed
// without items): reported, so that an input never vanishes without a word.
var errNoRecords = errors.New("no records")

// errNotFeedFile is a file named as a feed (.xml, .json, .rss...) that is
// neither a feed nor an HTML page.
var errNotFeedFile = fmt.Errorf("%w, nor an HTML page: not read as an article (JSON lines are read from a .jsonl file)", ingest.ErrNotFeed)

func containerItems(ctx context.Context, path string, maxBytes int64, lopts LoadOptions, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	n := 0
	counted := func(it Item) bool { n++; return yield(it) }
	ok := containerRecords(ctx, path, maxBytes, lopts, withDate, dated, counted)
	if ok && n == 0 && ctx.Err() == nil {
		kind, what := KindFeed, "no feed item"
		switch containerKind(path) {
		case "warc":
			kind, what = KindWARC, "no HTML response or resource record"
		case "jsonl":
			kind, what = KindJSONL, "no JSON line"
		}
		return yield(Item{Source: path, Kind: kind, Err: fmt.Errorf("%s: %w: the file holds %s", path, errNoRecords, what)})
	}
	return ok
}

func containerRecords(ctx context.Context, path string, maxBytes int64, lopts LoadOptions, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	kind := containerKind(path)
	switch kind {
	case "warc":
		kind = KindWARC
	case "jsonl":
		kind = KindJSONL
	default:
		kind = KindFeed
	}
	// WARC's reader handles gzip members itself (a corrupt one costs its
	// record only); the others read the file gunzipped.
	f, err := openMaybeGz(ctx, path, kind != KindWARC, lopts.Log)
	if err != nil {
		return yield(Item{Source: path, Kind: kind, Err: err})
	}
	defer f.Close()
	var r io.Reader = f
	if kind == KindJSONL {
		if r, err = jsonlStream(f, maxBytes); err != nil {
			return yield(Item{Source: path, Kind: kind, Err: fmt.Errorf("%s: %w", path, err)})
		}
	}
	return streamRecords(ctx, kind, path, r, maxBytes, lopts, withDate, dated, yield)
}

// jsonlStream prepares a .jsonl file for the line reader. JSON that is not
// one object per line, an array of articles (as exports write them) or
// objects pretty-printed over lines (one, or several after one another as
// jq prints them), is read whole and made into lines, as
// standard input is: read line by line, each of its lines was an error of
// its own and none of its articles was read. A first line that is a whole
// JSON value, even a broken one, is JSON lines; and what does not parse
// whole (a file over the size cap, an unreadable stream) is read line by
// line as it comes, so that no good line is lost. A broken array is one
// error, as on standard input.
func jsonlStream(r io.Reader, maxBytes int64) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b, 8}) {
		// Gzip without a .gz name: the line reader decompresses it,
		// and so must the look at its first line.
		if plain := gunzipHead(head); !opensJSONArray(plain) && !firstLineOpen(plain) {
			return br, nil
		}
		gz, err := gunzip.NewReader(br, nil)
		if err != nil {
			return br, nil // the line reader names the corrupt gzip
		}
		br = bufio.NewReaderSize(gz, 64<<10)
		head, _ = br.Peek(4096)
	}
	array := opensJSONArray(head)
	if !array && !firstLineOpen(head) {
		return br, nil
	}
	raw, err := io.ReadAll(io.LimitReader(br, maxBytes+1))
	if err != nil {
		return io.MultiReader(bytes.NewReader(raw), errReader{err}), nil
	}
	if int64(len(raw)) > maxBytes {
		return io.MultiReader(bytes.NewReader(raw), br), nil
	}
	lines, err := jsonAsLines(raw)
	switch {
	case err == nil:
		return lines, nil
	case array:
		return nil, fmt.Errorf("%w: %w", errBadJSONArrayFile, err)
	}
	return bytes.NewReader(raw), nil
}

// errBadJSONArrayFile is a .jsonl file that opens a JSON array of objects
// and is no valid JSON.
var errBadJSONArrayFile = errors.New("the file opens a JSON array but is not valid JSON (articles are read from a JSON array of objects or from JSON lines, one object per line)")

// firstLineOpen reports a stream that opens with a JSON object left open at
// the end of its first line: one object pretty-printed over many lines
// ("{" alone, or its first field and a comma). A first line cut off by the
// end of head, or one that is broken rather than unfinished, is not.
func firstLineOpen(head []byte) bool {
	head, _ = ingest.WideToUTF8(head)
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	i := bytes.IndexByte(head, '\n')
	if i < 0 || len(head) == 0 || head[0] != '{' {
		return false
	}
	var v json.RawMessage
	err := json.NewDecoder(bytes.NewReader(head[:i])).Decode(&v)
	return errors.Is(err, io.ErrUnexpectedEOF)
}

// errReader is a stream that fails with err, after what came before it.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// streamRecords reads the records of one container stream of the given kind
// (KindWARC, KindJSONL or KindFeed), named path.
func streamRecords(ctx context.Context, kind, path string, r io.Reader, maxBytes int64, lopts LoadOptions, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	fail := func(err error) bool { return yield(Item{Source: path, Kind: kind, Err: err}) }
	switch kind {
	case KindWARC:
		w := ingest.NewWARCReader(r, path, ingest.WARCOptions{MaxRecordBytes: maxBytes, Log: lopts.Log})
		for ctx.Err() == nil {
			doc, err := w.Next()
			if errors.Is(err, io.EOF) {
				return true
			}
			var re *ingest.RecordError
			if err != nil && !errors.As(err, &re) {
				return fail(err)
			}
			if !yield(docItem(kind, path, withDate(doc), err)) {
				return false
			}
		}
		return false
	case KindJSONL:
		ol, _ := r.(*objectLines)
		for doc, err := range ingest.JSONLDocuments(r, path, ingest.JSONLOptions{MaxLineBytes: int(min(maxBytes, 1<<30))}) {
			if ol != nil && err != nil {
				err = ol.brokenError(path, err)
			}
			if !yield(docItem(kind, path, withDate(doc), err)) {
				return false
			}
		}
		return true
	default: // feed?
		raw, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
		if err != nil {
			return fail(fmt.Errorf("%s: %w", path, err))
		}
		if int64(len(raw)) > maxBytes {
			return fail(fmt.Errorf("%s: %w (more than the limit of %d bytes)", path, ingest.ErrTooLarge, maxBytes))
		}
		if ingest.SniffFeed(raw[:min(len(raw), 4096)]) == "" {
			// Not a feed after all. An XHTML page (or HTML under a feed's
			// name) is the page it is; other XML or JSON (a settings
			// file, an API's answer) is no article, and its markup was
			// analysed as one's text.
			doc, err := ingest.FromBytes(path, "", "", raw)
			if err == nil && doc.Format != model.FormatHTML || errors.Is(err, ingest.ErrJSON) || errors.Is(err, ingest.ErrXML) {
				doc, err = nil, fmt.Errorf("%s: %w", path, errNotFeedFile)
			}
			return yield(docItem(KindFile, path, withDate(doc), err))
		}
		feed, err := ingest.ParseFeed(bytes.NewReader(raw), ingest.FeedOptions{})
		if err != nil {
			return fail(fmt.Errorf("%s: %w", path, err))
		}
		feed.LogWarnings(lopts.Log, path)
		// A feed file is read again by the next run, which offers the
		// links its budget stopped again: nothing to forget.
		fb := lopts.Guard.feed(nil)
		for _, e := range feed.Entries(path) {
			if !yield(describeWhenLost(entryItem(e, lopts, fb, withDate, dated), lopts.Log)) {
				return false
			}
		}
		return true
	}
}

// stdinItems reads standard input. What is piped in is read as its bytes
// say, since it has no file name to go by: a WARC (plain or gzip), a feed or
// JSON lines are many documents, as the same file named by its extension
// would be; anything else is one document. Each used to be one document,
// so a WARC piped in became one "article" of record headers and every
// record's text.
func stdinItems(ctx context.Context, stdin io.Reader, opts ingest.Options, maxBytes int64, lopts LoadOptions, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	const name = "-"
	single := func(r io.Reader) bool {
		o := opts
		o.Stdin = r
		return yield(Item{Source: name, Kind: KindStdin, Load: func(ctx context.Context) (*model.Document, error) {
			doc, err := ingest.Load(ctx, name, o)
			return withDate(doc), err
		}})
	}
	if stdin == nil {
		return single(nil)
	}
	br := bufio.NewReaderSize(stdin, 64<<10)
	head, _ := br.Peek(4096)
	gzipped := bytes.HasPrefix(head, []byte{0x1f, 0x8b, 8})
	plain := head
	if gzipped {
		plain = gunzipHead(head)
	}
	kind := sniffContainer(plain)
	// JSON that is not one object per line: a JSON array (of articles,
	// as exports write them) or one object spread over lines
	// (pretty-printed). Read whole, its objects become the lines of a
	// JSON lines stream; line by line, each line of a pretty-printed
	// object was an error of its own and an array was analysed as text.
	wholeJSON := kind == KindJSONL && !firstLineComplete(plain) || kind == "" && opensJSONArray(plain)
	if wholeJSON {
		kind = KindJSONL
	}
	var src io.Reader = br
	switch {
	case kind == "":
		return single(br) // gzip or not, its read decodes it
	case gzipped && kind != KindWARC: // the WARC reader reads gzip members itself
		gz, err := gunzip.NewReader(br, nil)
		if err != nil {
			return yield(Item{Source: name, Kind: kind, Err: fmt.Errorf("%s: %w", name, err)})
		}
		src = gz
	}
	if wholeJSON {
		raw, err := io.ReadAll(io.LimitReader(src, maxBytes+1))
		if err != nil {
			return yield(Item{Source: name, Kind: kind, Err: fmt.Errorf("%s: %w", name, err)})
		}
		if int64(len(raw)) > maxBytes {
			return yield(Item{Source: name, Kind: kind, Err: fmt.Errorf("%s: %w (more than %d bytes)", name, ingest.ErrTooLarge, maxBytes)})
		}
		lines, err := jsonAsLines(raw)
		switch {
		case err == nil:
			src = lines
		case opensJSONArray(plain):
			// "[{" opens no prose: a broken array is named as such,
			// not analysed as one article's text.
			return yield(Item{Source: name, Kind: kind, Err: fmt.Errorf("%s: %w: %w", name, errBadJSONArray, err)})
		default:
			src = bytes.NewReader(raw) // the JSON lines reader names the bad lines
		}
	}
	n := 0
	counted := func(it Item) bool { n++; return yield(it) }
	ok := streamRecords(ctx, kind, name, src, maxBytes, lopts, withDate, dated, counted)
	if ok && n == 0 && ctx.Err() == nil {
		return yield(Item{Source: name, Kind: kind, Err: fmt.Errorf("%s: %w: standard input holds a %s with no document", name, errNoRecords, kind)})
	}
	return ok
}

// sniffContainer names the container kind of a stream's first bytes, or ""
// for a single document: a feed (ingest.IsFeedDocument: not an HTML page
// that mentions one), a WARC record header (or an ARC file's), or a JSON
// object (JSON lines).
func sniffContainer(head []byte) string {
	if ingest.IsFeedDocument(head) {
		return KindFeed
	}
	head, _ = ingest.WideToUTF8(head) // UTF-16 JSON lines are read as such
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")), bytes.HasPrefix(h, []byte("filedesc://")):
		// A WARC record, or the file header that starts an ARC file
		// (read by the WARC reader).
		return KindWARC
	case len(h) > 0 && h[0] == '{':
		return KindJSONL
	}
	return ""
}

// firstLineComplete reports whether the first line of a stream that opens
// with "{" is a JSON value of its own, as in JSON lines; a line cut off by
// the end of head counts as complete (a long first line).
func firstLineComplete(head []byte) bool {
	head, _ = ingest.WideToUTF8(head)
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	i := bytes.IndexByte(head, '\n')
	if i < 0 {
		return true
	}
	return json.Valid(head[:i])
}

// opensJSONArray reports a stream whose first bytes open a JSON array of
// objects ("[" then "{" or "]").
func opensJSONArray(head []byte) bool {
	head, _ = ingest.WideToUTF8(head)
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if len(h) == 0 || h[0] != '[' {
		return false
	}
	h = bytes.TrimLeft(h[1:], " \t\r\n")
	return len(h) > 0 && (h[0] == '{' || h[0] == ']')
}

// jsonAsLines turns one JSON object, several written one after another,
// or an array of them, into JSON lines: one compact value per line, in
// order; an error when raw is an array that does not parse or none of
// these. Of objects one after another, a broken one is a line of its own
// that the line reader reports as broken, with where it is in the file,
// and the objects after it are still read: one bad record in jq's output
// lost every good one, as the file was then read line by line.
func jsonAsLines(raw []byte) (*objectLines, error) {
	raw, _ = ingest.WideToUTF8(raw)
	raw = bytes.TrimLeft(raw, "\xef\xbb\xbf")
	t := bytes.TrimSpace(raw)
	lead := len(raw) - len(bytes.TrimLeft(raw, " \t\r\n"))
	lineAt := func(off int) int { return 1 + bytes.Count(raw[:lead+off], []byte("\n")) }
	var out bytes.Buffer
	ol := &objectLines{}
	if len(t) > 0 && t[0] == '{' {
		// One object, or several one after another, each over many
		// lines, as jq prints them without -c: read one by one, where
		// the whole failed as one value and every line of it was an
		// error of its own.
		for pos, n := 0, 1; ; n++ {
			pos += len(t[pos:]) - len(bytes.TrimLeft(t[pos:], " \t\r\n"))
			if pos >= len(t) {
				break
			}
			dec := json.NewDecoder(bytes.NewReader(t[pos:]))
			var v json.RawMessage
			err := dec.Decode(&v)
			if err == nil {
				if err := json.Compact(&out, v); err != nil {
					return nil, err
				}
				out.WriteByte('\n')
				pos += int(dec.InputOffset())
				continue
			}
			// Go on at the next object that opens a line, as jq
			// starts each; none: the rest of the file is the broken
			// object.
			end := len(t)
			if k := bytes.Index(t[pos+1:], []byte("\n{")); k >= 0 {
				end = pos + 1 + k + 1
			}
			errLine := lineAt(pos + int(dec.InputOffset()))
			var se *json.SyntaxError
			if errors.As(err, &se) {
				errLine = lineAt(pos + int(se.Offset))
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				errLine = lineAt(end - 1)
			}
			if ol.broken == nil {
				ol.broken = map[int]error{}
			}
			ol.broken[n] = fmt.Errorf("%w: object %d, lines %d-%d of the file, broken at line %d: %w", errBrokenJSONObject, n, lineAt(pos), max(lineAt(end-1), lineAt(pos)), min(errLine, lineAt(end-1)), err)
			// An object left open is an error for the line reader;
			// brokenError puts the words above in its place.
			out.WriteString("{\n")
			pos = end
		}
		ol.Reader = bytes.NewReader(out.Bytes())
		return ol, nil
	}
	var values []json.RawMessage
	if err := json.Unmarshal(t, &values); err != nil {
		return nil, err
	}
	for _, v := range values {
		if err := json.Compact(&out, v); err != nil {
			return nil, err
		}
		out.WriteByte('\n')
	}
	ol.Reader = bytes.NewReader(out.Bytes())
	return ol, nil
}

// objectLines is JSON made into JSON lines (jsonAsLines), with the errors
// of the objects that did not parse, by line (object) number.
type objectLines struct {
	*bytes.Reader
	broken map[int]error
}

// brokenError is err, the line reader's error for a line of path, or the
// broken object's own error when the line stands for one.
func (ol *objectLines) brokenError(path string, err error) error {
	var re *ingest.RecordError
	if len(ol.broken) == 0 || !errors.As(err, &re) {
		return err
	}
	n, cerr := strconv.Atoi(strings.TrimPrefix(re.Source, path+":"))
	if cerr != nil || ol.broken[n] == nil {
		return err
	}
	return &ingest.RecordError{Source: re.Source, Err: ol.broken[n]}
}

// errBrokenJSONObject is one of several JSON objects written one after
// another that does not parse; the others are read.
var errBrokenJSONObject = errors.New("broken JSON object (the objects around it are read)")

// errBadJSONArray is standard input that opens a JSON array of objects
// and is no valid JSON.
var errBadJSONArray = errors.New("standard input opens a JSON array but is not valid JSON (articles are read from a JSON array of objects or from JSON lines, one object per line)")

// gunzipHead is what the first bytes of a gzip stream decompress to, as far
// as they go.
func gunzipHead(head []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(io.LimitReader(zr, 4096))
	return out
}

func docItem(kind, container string, doc *model.Document, err error) Item {
	if err != nil {
		src := container
		var re *ingest.RecordError
		if errors.As(err, &re) && re.Source != "" {
			src = re.Source
		}
		return Item{Source: src, Kind: kind, Err: err}
	}
	return Item{Source: doc.Source, Kind: kind, Doc: doc}
}

// entryItem turns a feed entry into an item: full-content entries carry
// their document, link entries are fetched by a worker under the feed's
// budget fb (nil: none).
func entryItem(e ingest.FeedEntry, lopts LoadOptions, fb *feedBudget, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time) Item {
	switch {
	case e.Err != nil:
		return Item{Err: e.Err, Kind: KindFeed, Source: errSource(e.Err)}
	case e.Doc != nil:
		return Item{Source: e.Doc.Source, Kind: KindFeed, Doc: withDate(e.Doc)}
	}
	link := e.Link
	ref := &Ref{Location: link.URL, Published: dated(link.Published), Hints: link.Hints}
	if !link.Published.IsZero() {
		ref.PublishedSource, ref.PublishedZoneSource = link.PublishedSource, link.PublishedZoneSource
		if ref.PublishedSource == "" {
			ref.PublishedSource = model.DateFromFeed
		}
	}
	return Item{Source: link.Source, Kind: KindFeed, URL: link.URL, Ref: ref, Load: lopts.Guard.guard(link.Source, link.URL, fb, func(ctx context.Context) (*model.Document, error) {
		return ref.Load(ctx, link.Source, lopts)
	})}
}

func errSource(err error) string {
	var re *ingest.RecordError
	if errors.As(err, &re) {
		return re.Source
	}
	s := err.Error()
	if i := strings.Index(s, ": "); i > 0 {
		return s[:i]
	}
	return s
}

func urlListItems(ctx context.Context, path string, lopts LoadOptions, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	f, err := openMaybeGz(ctx, path, true, lopts.Log)
	if err != nil {
		return yield(Item{Source: path, Kind: KindURL, Err: err})
	}
	defer f.Close()
	for e, err := range ingest.URLList(f, path) {
		if ctx.Err() != nil {
			return false
		}
		if err != nil {
			if !yield(Item{Source: e.Source, Kind: KindURL, Err: err}) {
				return false
			}
			continue
		}
		u := e.URL
		ref := &Ref{Location: u, Published: dated(time.Time{})}
		if !yield(Item{Source: u, Kind: KindURL, URL: u, Ref: ref, Load: lopts.Guard.guard(u, u, nil, func(ctx context.Context) (*model.Document, error) {
			return ref.Load(ctx, u, lopts)
		})}) {
			return false
		}
	}
	return true
}

// feedItems polls one feed once, sending the validators the store kept
// from the last poll, and stores the new ones.
func feedItems(ctx context.Context, url string, lopts LoadOptions, st FeedStates, retries *FeedRetries, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	// shown names the feed in items, errors and logs: the address the
	// user typed may carry credentials ("https://user:pass@host/feed"),
	// which are used to fetch it and never shown (as its entries' sources).
	shown := fetch.StripUserinfo(url)
	c := lopts.Fetcher
	if c == nil {
		return yield(Item{Source: shown, Kind: KindFeed, Err: fmt.Errorf("%s: fetching URLs is not enabled here", shown)})
	}
	if st == nil {
		return yield(Item{Source: shown, Kind: KindFeed, Err: fmt.Errorf("%s: no store for the feed's polling state", shown)})
	}
	if err := retries.load(ctx, url); err != nil && lopts.Log != nil {
		// This run fetches again only the links it fails itself.
		lopts.Log.Warn("could not read the feed's links to fetch again", "source", fetch.StripUserinfo(url), "err", err)
	}
	p := ingest.NewFeedPoller(c, ingest.FeedOptions{})
	prev, err := st.Feed(ctx, url)
	if err == nil {
		p.SetState(url, ingest.FeedState{Validators: fetch.Validators{ETag: prev.ETag, LastModified: prev.LastModified}})
	} else {
		prev = &store.Feed{}
	}
	res, err := p.Poll(ctx, url)
	state := p.State(url)
	rec := store.Feed{URL: url, Title: prev.Title, ETag: state.Validators.ETag, LastModified: state.Validators.LastModified, LastPolled: state.LastPoll}
	if err != nil {
		rec.LastError = err.Error()
	} else if res.Feed != nil {
		rec.Title = res.Feed.Title
		res.Feed.LogWarnings(lopts.Log, url)
	}
	if werr := st.PutFeed(ctx, rec); werr != nil {
		return yield(Item{Source: shown, Kind: KindFeed, Err: werr})
	}
	if err != nil {
		if !yield(Item{Source: shown, Kind: KindFeed, Err: err}) {
			return false
		}
		// The links that failed before are fetched from their own
		// hosts, which may answer though the feed's does not.
		return retryItems(ctx, url, nil, lopts, retries, nil, withDate, dated, yield)
	}
	// A link the budget stops must be offered again by the next poll,
	// which the validators just stored would answer with 304 Not
	// Modified: the feed forgets them (and is read whole next time; the
	// links already stored are skipped by their URLs).
	fb := lopts.Guard.feed(func() {
		forget := rec
		forget.ETag, forget.LastModified = "", ""
		if err := st.PutFeed(context.WithoutCancel(ctx), forget); err != nil && lopts.Log != nil {
			lopts.Log.Warn("could not clear the feed's validators; links not fetched wait for the feed to change", "source", fetch.StripUserinfo(url), "err", err)
		}
	})
	// The links that failed before come first: they waited longest, and
	// their fetches again are bounded, so they cannot crowd out the new
	// links for long.
	if !retryItems(ctx, url, res.New, lopts, retries, fb, withDate, dated, yield) {
		return false
	}
	for _, e := range res.New {
		if !yield(describeWhenLost(retries.watch(url, e, retries.fresh(url, e), entryItem(e, lopts, fb, withDate, dated)), lopts.Log)) {
			return false
		}
	}
	return true
}

// retryItems offers again the feed's links whose fetch failed on an earlier
// poll and whose wait is over, except those the feed offered anew (fresh).
func retryItems(ctx context.Context, url string, fresh []ingest.FeedEntry, lopts LoadOptions, retries *FeedRetries, fb *feedBudget, withDate func(*model.Document) *model.Document, dated func(time.Time) time.Time, yield func(Item) bool) bool {
	due, changes := retries.due(url, fresh)
	retries.persistAll(ctx, url, changes)
	if len(due) > 0 && lopts.Log != nil {
		lopts.Log.Info("fetching again links of the feed that failed", "source", fetch.StripUserinfo(url), "links", len(due))
	}
	for _, p := range due {
		if ctx.Err() != nil {
			return false
		}
		if !yield(describeWhenLost(retries.watch(url, p.entry, p.attempts, entryItem(p.entry, lopts, fb, withDate, dated)), lopts.Log)) {
			return false
		}
	}
	return true
}

// errNoBodyText is the cause a feed link's description gives for standing
// in for a page that was fetched but held no article text.
var errNoBodyText = errors.New("the linked page was fetched but held no article text (a paywall, or a page of no prose)")

// errLessThanFeed is the cause a feed link's description gives for standing
// in for a page that held less text than the description itself.
var errLessThanFeed = errors.New("the linked page held less text than the feed's description of it (a paywall's teaser, a page cut short)")

// noBody reports a document whose extraction found no body text: a title
// and nothing under it (extract.NoBodyText).
func noBody(doc *model.Document) bool {
	if doc == nil || doc.Article == nil {
		return false
	}
	for _, f := range doc.Article.Incomplete {
		if f.Stage == "extract" && f.Error == extract.NoBodyText {
			return true
		}
	}
	return false
}

// describeBodyless is the feed's description of it (Ref.describe) in place
// of doc, the page fetched for it, when the page held no article text:
// extraction found none (err is extract.ErrNoContent) or only a title
// (noBody), or body text shorter than the description's (shortOfFeed). It
// is nil when it is no feed link with a description, when doc is that
// description already, or when the page had the text.
func describeBodyless(it Item, doc *model.Document, err error, log *slog.Logger) *model.Document {
	if it.Ref == nil || it.Ref.Hints[ingest.HintFeedText] == "" || doc == nil || ingest.IsDescriptionDocument(doc) {
		return nil
	}
	var cause error
	switch {
	case err != nil && errors.Is(err, extract.ErrNoContent), err == nil && noBody(doc):
		cause = errNoBodyText
	case err == nil && shortOfFeed(doc, it.Ref.Hints):
		cause = errLessThanFeed
	default:
		return nil
	}
	source := it.Source
	if source == "" {
		source = doc.Source
	}
	return it.Ref.describe(source, cause, log)
}

// shortOfFeed reports a page whose extracted body text is shorter than the
// feed's description of it: a feed's description is a teaser or the whole
// story, never more than the article, so a page that says less is not the
// article (a paywall shows a line and a subscribe box; a page built by
// scripts shows its captions).
func shortOfFeed(doc *model.Document, hints map[string]string) bool {
	if doc.Article == nil {
		return false
	}
	return utf8.RuneCountInString(doc.Article.Text) < ingest.FeedTextChars(hints)
}
