package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"log/slog"
	"maps"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Feed kinds.
const (
	FeedRSS  = "rss"  // RSS 0.9x / 2.0
	FeedAtom = "atom" // Atom 1.0
	FeedRDF  = "rdf"  // RSS 1.0 (RDF)
	FeedJSON = "json" // JSON Feed 1.0 / 1.1
)

// Limits for hostile feeds. encoding/xml never expands external or custom
// entities (no billion-laughs), so the remaining risks are size and depth:
// they are capped here.
const (
	DefaultMaxFeedBytes = 32 << 20
	DefaultMaxItemBytes = 4 << 20
	maxFeedDepth        = 64
	DefaultMaxFeedItems = 10_000
	defaultMaxElements  = 500_000
)

// Errors the feed parser returns.
var (
	ErrNotFeed      = errors.New("not an RSS, Atom, RDF or JSON feed")
	ErrFeedTooLarge = errors.New("feed exceeds the size limit")
	ErrFeedTooDeep  = errors.New("feed nesting exceeds the depth limit")
	ErrFeedTooBig   = errors.New("feed has too many elements")
)

// FeedOptions sets the parser's limits; zero values take the defaults.
type FeedOptions struct {
	MaxBytes     int64 // whole feed
	MaxItemBytes int   // content of one item; longer content is cut
	MaxItems     int   // items read; the rest are counted in Dropped
	MaxElements  int   // XML elements kept; the feed is Cut there
	// URL is the feed's own address, when it was fetched: its country
	// domain is evidence of the zone of dates written without one.
	URL string
	// Fetched is when the feed was fetched; zero reads it as the time it
	// is parsed. An item dated more than FutureGrace after it is set aside
	// as future (FeedItem.Future).
	Fetched time.Time
}

// FutureGrace is how far after the fetch an item's date may lie and still
// be its publish date: clocks and zones written wrong (a floating time read
// as UTC, a site's clock ahead) put a just-published item some hours
// ahead, as HTML pages' dates are allowed (extract's tooLate).
const FutureGrace = 48 * time.Hour

func (o FeedOptions) withDefaults() FeedOptions {
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxFeedItems
	}
	if o.MaxElements <= 0 {
		o.MaxElements = defaultMaxElements
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxFeedBytes
	}
	if o.MaxItemBytes <= 0 {
		o.MaxItemBytes = DefaultMaxItemBytes
	}
	return o
}

// Feed is a parsed feed of any kind.
type Feed struct {
	Kind     string
	Title    string
	Link     string
	Language string
	Items    []FeedItem
	// Dropped counts items past the cap (MaxItems, not read), BadItems
	// the JSON Feed items that could not be decoded, and Cut says why the
	// feed was read only up to a point (broken XML, too many elements);
	// Entries reports all three.
	Dropped  int
	BadItems []error
	Cut      error
	// Unresolved names the entity references ("lol9" of "&lol9;") that
	// no entity map defines and that were read as nothing: a warning
	// about the feed (LogWarnings), never an error.
	Unresolved []string
	// linkBase is the xml:base in force where Link was read: a site link
	// written relative ("/") resolves against it (see resolveLinks).
	linkBase string
	// stamps are the feed's own dates with a time of day and a zone (the
	// channel's pubDate and lastBuildDate, Atom's updated): with the
	// items' dates, they say which zone the feed writes its clocks in.
	stamps []time.Time
}

// FeedItem is one entry of a feed, whatever its format.
type FeedItem struct {
	ID        string // guid / atom:id / JSON id; may be empty
	Link      string
	Title     string
	Author    string
	Published time.Time // zero when absent or unreadable
	// PublishedSource says what Published is: model.DateFromFeed for a
	// publish date, model.DateFromFeedUpdated for an update time (an Atom
	// entry with only <updated>, a JSON Feed item with only
	// date_modified), which is no earlier than the publish date.
	PublishedSource string
	// PublishedZoneSource says where the zone of Published came from when
	// the feed wrote its time of day without one (model.ZoneFromFeed,
	// ZoneFromLanguage, ZoneFromDomain, ZoneUnknown); empty otherwise.
	PublishedZoneSource string
	// Future is the item's date when it lay more than FutureGrace after
	// the fetch (FeedOptions.Fetched); Published is then zero. Feeds carry
	// scheduled posts and event listings dated ahead, and a channel's
	// lastBuildDate bounds nothing (it is often older than its items).
	// Such a date is not when the text was published: taken as one, it
	// would read the text's "on Monday" from a day not yet come and store
	// its events as future reports. Nor is it clamped to the fetch time,
	// a publish date no one gave: the document goes undated by the feed
	// (its page's own date, else its capture time as a reference date,
	// dates it), and the date set aside travels in its hints
	// ("future_date") so that nothing is lost.
	Future     time.Time
	Content    string // full body (content:encoded, atom:content, content_html/_text)
	IsHTML     bool   // Content is HTML rather than plain text
	Summary    string // description / atom:summary / summary (often HTML)
	Categories []string
	Language   string

	// updated is the item's update time when Published is its publish
	// time: Published is no later, and its zone is the site's.
	updated time.Time
	// linkBase is the xml:base in force where Link was read; refusedLink
	// is a link that is no http(s) URL however resolved ("javascript:",
	// "file:", "mailto:"), taken out of Link (see Feed.resolveLinks).
	linkBase    string
	refusedLink string
	// contentBase and summaryBase are the xml:base in force on the
	// element Content and Summary were read from: the relative href and
	// src in them resolve against it (see resolveContentRefs).
	contentBase, summaryBase string
	// position is the item's place among the feed's items, counted from
	// 1, which names an item with no key ("item-4") even when items
	// before it could not be read.
	position int
}

// SniffFeed reports the feed kind of the first bytes of a file or response,
// or "" when they do not look like a feed.
func SniffFeed(head []byte) string {
	head, _ = WideToUTF8(head)
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if len(h) > 0 && h[0] == '{' {
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return FeedJSON
		}
		return ""
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.Contains(lower, []byte("<rss")):
		return FeedRSS
	case bytes.Contains(lower, []byte("<rdf:rdf")) && bytes.Contains(lower, []byte("purl.org/rss/1.0")):
		return FeedRDF
	case bytes.Contains(lower, []byte("<feed")) && bytes.Contains(lower, []byte("www.w3.org/2005/atom")):
		return FeedAtom
	}
	return ""
}

// IsFeedDocument reports bytes that are a feed document rather than an
// article: a feed's root in the first 4 KiB (SniffFeed) with the feed's own
// markup first (an XML declaration, a comment, the root element, or a JSON
// Feed's object). An HTML page that mentions or embeds a feed is no feed.
func IsFeedDocument(head []byte) bool {
	head, _ = WideToUTF8(head[:min(len(head), 4096)])
	if SniffFeed(head) == "" {
		return false
	}
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	lower := bytes.ToLower(h[:min(len(h), 16)])
	for _, p := range []string{"<?xml", "<!--", "<rss", "<feed", "<rdf:rdf", "{"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// WideToUTF8 turns a UTF-16 or UTF-32 feed (or the head of a stream) (a byte-order mark, or the zero
// bytes of UTF-16 without one) into UTF-8, reporting whether it did. The XML
// decoder reads only ASCII-compatible bytes, so such a feed was not
// recognised and its raw XML was analysed as the text of one article. A head
// cut mid-character (SniffFeed's) loses that character only.
func WideToUTF8(b []byte) ([]byte, bool) {
	enc, _, n := bomEncoding(b)
	if enc == nil {
		enc, _ = utf16NoBOM(b)
	}
	if enc == nil || enc == unicode.UTF8 {
		return b, false
	}
	body := b[n:]
	if n == 4 {
		body = body[:len(body)&^3]
	} else {
		body = body[:len(body)&^1]
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return b, false
	}
	return out, true
}

// ParseFeed reads an RSS 2.0, Atom, RSS 1.0 (RDF) or JSON Feed document.
// Items whose dates cannot be read keep a zero Published; an item never
// makes the whole feed fail.
func ParseFeed(r io.Reader, opts FeedOptions) (*Feed, error) {
	opts = opts.withDefaults()
	raw, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read feed: %w", err)
	}
	if int64(len(raw)) > opts.MaxBytes {
		return nil, fmt.Errorf("%w (%d bytes)", ErrFeedTooLarge, opts.MaxBytes)
	}
	raw, wide := WideToUTF8(raw)
	trimmed := bytes.TrimLeft(raw, "\xef\xbb\xbf \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return parseJSONFeed(trimmed, opts)
	}
	if !wide {
		raw, wide = feedToUTF8(raw)
	}
	raw = dropXMLControls(raw)
	tree, err := parseXMLTree(raw, opts, wide)
	if err != nil {
		return nil, err
	}
	root := tree.root
	var f *Feed
	switch {
	case root.local == "rss" || (root.local == "channel" && root.space == ""):
		f = parseRSS(root, opts)
	case root.local == "feed" && root.space == nsAtom:
		f = parseAtom(root, opts)
	case root.local == "RDF":
		f = parseRDF(root, opts)
	default:
		return nil, fmt.Errorf("%w: root element <%s>", ErrNotFeed, root.local)
	}
	f.Dropped += tree.skipped
	f.Cut = tree.cut
	f.Unresolved = tree.unresolved
	f.resolveLinks(opts.URL, opts.MaxItemBytes)
	f.placeDates(opts.URL)
	f.setAsideFuture(opts.Fetched)
	return f, nil
}

// setAsideFuture moves the dates of items dated more than FutureGrace
// after fetched (zero: now) to FeedItem.Future (see there why).
func (f *Feed) setAsideFuture(fetched time.Time) {
	if fetched.IsZero() {
		fetched = time.Now()
	}
	limit := fetched.Add(FutureGrace)
	for i := range f.Items {
		it := &f.Items[i]
		if !it.Published.IsZero() && it.Published.After(limit) {
			it.Future = it.Published
			it.Published, it.PublishedSource, it.PublishedZoneSource = time.Time{}, "", ""
		}
	}
}

// Namespaces the parser understands.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsRSS1    = "http://purl.org/rss/1.0/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

// xnode is an element with its mixed content kept in document order, so that
// Atom's inline XHTML content can be written back out as HTML.
type xnode struct {
	space, local string
	attrs        []xml.Attr
	parts        []xpart
	// base is the element's xml:base as its ancestors' make it (relative
	// when none of them is absolute), against which its links resolve.
	base string
}

type xpart struct {
	text  string
	child *xnode
}

func (n *xnode) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// text returns the concatenated character data of n and its descendants.
func (n *xnode) text() string {
	var b strings.Builder
	n.writeText(&b)
	return unwrapEscapedCDATA(strings.TrimSpace(b.String()))
}

// unwrapEscapedCDATA is the text of an element whose CDATA section a feed
// escaped ("&lt;![CDATA[Egypt raised fuel prices ...]]&gt;", a template
// that wraps what it already escaped): read, it is the section's markers
// around the text, which HTML then takes for a bogus comment, and the
// whole description was lost. Only text that is such sections whole is
// unwrapped: a CDATA section cannot hold "]]>", so the markers are all
// section bounds.
func unwrapEscapedCDATA(t string) string {
	const open, end = "<![CDATA[", "]]>"
	if !strings.HasPrefix(t, open) || !strings.HasSuffix(t, end) {
		return t
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(t, open, ""), end, ""))
}

func (n *xnode) writeText(b *strings.Builder) {
	for _, p := range n.parts {
		if p.child != nil {
			p.child.writeText(b)
		} else {
			b.WriteString(p.text)
		}
	}
}

// innerHTML writes n's content back out as markup (for type="xhtml").
func (n *xnode) innerHTML() string {
	var b strings.Builder
	for _, p := range n.parts {
		if p.child != nil {
			p.child.writeHTML(&b)
		} else {
			b.WriteString(html.EscapeString(p.text))
		}
	}
	return strings.TrimSpace(b.String())
}

func (n *xnode) writeHTML(b *strings.Builder) {
	b.WriteString("<" + n.local)
	for _, a := range n.attrs {
		if a.Name.Space != "" && a.Name.Space != "xmlns" {
			continue
		}
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
			continue
		}
		v := a.Value
		if refAttrs[strings.ToLower(a.Name.Local)] && looksLikeURL(n.base) {
			// The xml:base in force here, which an element inside the
			// content may set for itself (a gallery hosted elsewhere),
			// is lost once the markup is written out as HTML: resolve
			// against it now. Relative bases are left to
			// resolveContentRefs.
			if bu, err := url.Parse(n.base); err == nil {
				v = resolveRefAttr(bu, a.Name.Local, v)
			}
		}
		b.WriteString(" " + a.Name.Local + `="` + html.EscapeString(v) + `"`)
	}
	b.WriteString(">")
	if isVoidElement(n.local) && len(n.parts) == 0 {
		// XHTML's <br/> written back as "<br></br>": an HTML parser
		// reads "</br>" as a second <br>, which broke a paragraph in
		// two. A void element has no end tag in HTML.
		return
	}
	for _, p := range n.parts {
		if p.child != nil {
			p.child.writeHTML(b)
		} else {
			b.WriteString(html.EscapeString(p.text))
		}
	}
	b.WriteString("</" + n.local + ">")
}

// children returns the direct children with the given local name (any
// namespace when space is "*").
func (n *xnode) children(space, local string) []*xnode {
	var out []*xnode
	for _, p := range n.parts {
		if c := p.child; c != nil && c.local == local && (space == "*" || c.space == space) {
			out = append(out, c)
		}
	}
	return out
}

func (n *xnode) child(space, local string) *xnode {
	for _, p := range n.parts {
		if c := p.child; c != nil && c.local == local && (space == "*" || c.space == space) {
			return c
		}
	}
	return nil
}

func (n *xnode) childText(space, local string) string {
	if c := n.child(space, local); c != nil {
		return c.text()
	}
	return ""
}

// xtree is a parsed feed document: its root, the items skipped past the
// item cap, and why it was read only up to a point (nil when whole).
type xtree struct {
	root       *xnode
	skipped    int
	cut        error
	unresolved []string
}

// unresolvedEntities returns, once each and in order, the names of the
// entity references in the document's markup that neither XML nor HTML
// defines. CDATA sections, comments and the DOCTYPE are skipped: nothing
// in them is expanded, so their "&name;" is text or declaration, not a
// reference left unresolved.
func unresolvedEntities(raw []byte) []string {
	var names []string
	seen := map[string]bool{}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '<':
			for _, sk := range [...][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<!DOCTYPE", "]>"}} {
				if !bytes.HasPrefix(raw[i:], []byte(sk[0])) {
					continue
				}
				end := sk[1]
				if sk[0] == "<!DOCTYPE" {
					// Without an internal subset it ends at the first '>'.
					if gt, br := bytes.IndexByte(raw[i:], '>'), bytes.IndexByte(raw[i:], '['); br < 0 || (gt >= 0 && gt < br) {
						end = ">"
					}
				}
				j := bytes.Index(raw[i+len(sk[0]):], []byte(end))
				if j < 0 {
					return names
				}
				i += len(sk[0]) + j + len(end) - 1
				break
			}
		case '&':
			j := i + 1
			for j < len(raw) && j-i <= 64 && isEntityNameByte(raw[j], j == i+1) {
				j++
			}
			if j == i+1 || j >= len(raw) || raw[j] != ';' {
				continue
			}
			n := string(raw[i+1 : j])
			if _, ok := xml.HTMLEntity[n]; ok || seen[n] || n == "amp" || n == "lt" || n == "gt" || n == "apos" || n == "quot" {
				continue
			}
			seen[n] = true
			names = append(names, n)
			i = j
		}
	}
	return names
}

// isEntityNameByte reports an ASCII byte an XML name may hold (first: at
// its start). Names with other letters are rare enough to leave as they are.
func isEntityNameByte(c byte, first bool) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_', c == ':':
		return true
	case '0' <= c && c <= '9', c == '-', c == '.':
		return !first
	}
	return false
}

// isItem reports whether an element at this depth is a feed item: RSS
// <item> in <channel>, RSS 1.0 <item> and Atom <entry> under the root.
func isItem(local string, depth int) bool {
	return depth <= 2 && (local == "item" || local == "entry")
}

func parseXMLTree(raw []byte, opts FeedOptions, transcoded bool) (xtree, error) {
	d := xml.NewDecoder(bytes.NewReader(raw))
	// Lenient like browsers and feed readers: unknown entities stay as
	// text, HTML named entities are known. Neither expands recursively.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var t xtree
	if names := unresolvedEntities(raw); len(names) > 0 {
		// A reference no entity map knows (one the refused DTD declared,
		// "&lol9;", or a typo) would stay in the text as "&lol9;" and be
		// stored in titles and bodies: it reads as nothing instead, and
		// the feed says which names it dropped (Feed.Unresolved).
		ents := make(map[string]string, len(xml.HTMLEntity)+len(names))
		maps.Copy(ents, xml.HTMLEntity)
		for _, n := range names {
			ents[n] = ""
		}
		d.Entity = ents
		t.unresolved = names
	}
	d.CharsetReader = charset.NewReaderLabel
	if transcoded {
		// The bytes are UTF-8 already; the declaration still names the
		// file's encoding ("UTF-16"), which must not be decoded again.
		d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	}
	var stack []*xnode
	nodes, items := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if t.root != nil && len(stack) == 0 {
				break // trailing garbage after the root element
			}
			if t.root != nil {
				// A truncated feed still has usable items before the cut.
				t.cut = fmt.Errorf("broken XML: %v", err)
				return t, nil
			}
			return t, fmt.Errorf("%w: %v", ErrNotFeed, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if isItem(tok.Name.Local, len(stack)) {
				if items >= opts.MaxItems {
					// Past the item cap: count it, build nothing.
					t.skipped++
					if err := d.Skip(); err != nil {
						t.cut = fmt.Errorf("broken XML: %v", err)
						return t, nil
					}
					continue
				}
				items++
			}
			nodes++
			if nodes > opts.MaxElements {
				if t.root == nil {
					return t, ErrFeedTooBig
				}
				// Keep the items read so far; the one being read is
				// incomplete.
				dropOpenItem(stack)
				t.cut = fmt.Errorf("%w: stopped at %d elements", ErrFeedTooBig, opts.MaxElements)
				return t, nil
			}
			if len(stack) >= maxFeedDepth {
				return t, ErrFeedTooDeep
			}
			n := &xnode{space: tok.Name.Space, local: tok.Name.Local, attrs: tok.Copy().Attr}
			if len(stack) > 0 {
				n.base = stack[len(stack)-1].base
			}
			for _, a := range n.attrs {
				if a.Name.Local == "base" && (a.Name.Space == nsXML || a.Name.Space == "xml") {
					n.base = resolveRef(n.base, a.Value)
				}
			}
			if len(stack) == 0 {
				if t.root != nil {
					return t, nil // a second root: stop at the first
				}
				t.root = n
			} else {
				p := stack[len(stack)-1]
				p.parts = append(p.parts, xpart{child: n})
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.parts = append(p.parts, xpart{text: string(tok)})
			}
		}
	}
	if t.root == nil {
		return t, ErrNotFeed
	}
	return t, nil
}

// dropOpenItem removes the item still open on the stack (the last child
// of its parent) when parsing stops inside it.
func dropOpenItem(stack []*xnode) {
	for i := 1; i < len(stack); i++ {
		if isItem(stack[i].local, i) {
			p := stack[i-1]
			if k := len(p.parts) - 1; k >= 0 && p.parts[k].child == stack[i] {
				p.parts = p.parts[:k]
			}
			return
		}
	}
}

func parseRSS(root *xnode, opts FeedOptions) *Feed {
	ch := root
	if root.local == "rss" {
		ch = root.child("*", "channel")
		if ch == nil {
			return &Feed{Kind: FeedRSS}
		}
	}
	f := &Feed{
		Kind:     FeedRSS,
		Title:    ch.childText("", "title"),
		Link:     ch.childText("", "link"),
		Language: ch.childText("", "language"),
		stamps:   zonedDates(ch.childText("", "pubDate"), ch.childText("", "lastBuildDate"), ch.childText(nsDC, "date")),
		linkBase: ch.base,
	}
	if l := ch.child("", "link"); l != nil {
		f.linkBase = l.base
	}
	for _, it := range ch.children("*", "item") {
		if len(f.Items) >= opts.MaxItems {
			f.Dropped++
			continue
		}
		f.Items = append(f.Items, rssItem(it, opts))
	}
	return f
}

func rssItem(it *xnode, opts FeedOptions) FeedItem {
	item := FeedItem{
		ID:       it.childText("*", "guid"),
		Link:     it.childText("", "link"),
		Title:    markupTitle(it.childText("", "title")),
		linkBase: it.base,
	}
	if l := it.child("", "link"); l != nil {
		item.linkBase = l.base
	}
	if item.Link == "" {
		if g := it.child("*", "guid"); g != nil && !strings.EqualFold(g.attr("isPermaLink"), "false") && looksLikeURL(item.ID) {
			item.Link = item.ID
		}
	}
	if item.Link == "" {
		item.Link, item.linkBase = atomLinkBase(it)
	}
	item.Author = firstNonEmpty(it.childText(nsDC, "creator"), it.childText("", "author"))
	item.setDate([]string{it.childText("", "pubDate"), it.childText(nsDC, "date"), it.childText(nsAtom, "published")}, it.childText(nsAtom, "updated"))
	if c := it.child(nsContent, "encoded"); c != nil {
		item.Content, item.IsHTML = capText(c.text(), opts.MaxItemBytes), true
		item.contentBase = c.base
	}
	if d := it.child("", "description"); d != nil {
		item.Summary, item.summaryBase = capText(d.text(), opts.MaxItemBytes), d.base
	}
	item.mediaText(it, opts)
	for _, c := range it.children("", "category") {
		if t := c.text(); t != "" {
			item.Categories = append(item.Categories, t)
		}
	}
	for _, c := range it.children(nsDC, "subject") {
		if t := c.text(); t != "" {
			item.Categories = append(item.Categories, t)
		}
	}
	item.Language = it.childText(nsDC, "language")
	return item
}

// isMediaRSS reports the Media RSS namespace ("http://search.yahoo.com/mrss/",
// written with or without its final slash).
func isMediaRSS(space string) bool {
	return strings.TrimSuffix(space, "/") == "http://search.yahoo.com/mrss"
}

// mediaChild is it's Media RSS child named local, else the one in its
// media:group: both describe the item itself (a video's title and
// description), where a media:content's describe one picture or clip
// (a caption), which is never the item's text.
func mediaChild(it *xnode, local string) *xnode {
	var group *xnode
	for _, p := range it.parts {
		c := p.child
		if c == nil || !isMediaRSS(c.space) {
			continue
		}
		if c.local == local && c.text() != "" {
			return c
		}
		if c.local == "group" && group == nil {
			group = c
		}
	}
	if group != nil {
		for _, p := range group.parts {
			if c := p.child; c != nil && isMediaRSS(c.space) && c.local == local && c.text() != "" {
				return c
			}
		}
	}
	return nil
}

// mediaText fills the title and summary an RSS item lacks from its Media
// RSS media:title and media:description (on the item or its media:group):
// a video or podcast feed's item often has nothing else, and with no link
// either it failed as "item has neither content nor a link". A plain-text
// media:description (type "plain", the default) is escaped and its line
// breaks kept, since a summary is read as HTML.
func (item *FeedItem) mediaText(it *xnode, opts FeedOptions) {
	if item.Title == "" {
		if t := mediaChild(it, "title"); t != nil {
			item.Title = t.text()
			if strings.EqualFold(t.attr("type"), "html") {
				item.Title = htmlToText(item.Title)
			}
		}
	}
	if item.Summary != "" || item.Content != "" {
		return
	}
	d := mediaChild(it, "description")
	if d == nil {
		return
	}
	text := d.text()
	if !strings.EqualFold(d.attr("type"), "html") {
		text = strings.ReplaceAll(html.EscapeString(text), "\n", "<br>\n")
	}
	item.Summary, item.summaryBase = capText(text, opts.MaxItemBytes), d.base
}

func parseRDF(root *xnode, opts FeedOptions) *Feed {
	f := &Feed{Kind: FeedRDF}
	if ch := root.child("*", "channel"); ch != nil {
		f.Title = ch.childText("*", "title")
		f.Link = ch.childText("*", "link")
		if l := ch.child("*", "link"); l != nil {
			f.linkBase = l.base
		}
		f.Language = ch.childText(nsDC, "language")
		f.stamps = zonedDates(ch.childText(nsDC, "date"))
	}
	// RSS 1.0 items are siblings of the channel, not its children.
	for _, it := range root.children("*", "item") {
		if len(f.Items) >= opts.MaxItems {
			f.Dropped++
			continue
		}
		item := FeedItem{
			ID:       it.attr("about"),
			Link:     it.childText("*", "link"),
			Title:    markupTitle(it.childText("*", "title")),
			linkBase: it.base,
		}
		if l := it.child("*", "link"); l != nil {
			item.linkBase = l.base
		}
		item.Author = it.childText(nsDC, "creator")
		item.setDate([]string{it.childText(nsDC, "date")}, "")
		if c := it.child(nsContent, "encoded"); c != nil {
			item.Content, item.IsHTML = capText(c.text(), opts.MaxItemBytes), true
			item.contentBase = c.base
		}
		if d := it.child("*", "description"); d != nil {
			item.Summary, item.summaryBase = capText(d.text(), opts.MaxItemBytes), d.base
		}
		for _, c := range it.children(nsDC, "subject") {
			if t := c.text(); t != "" {
				item.Categories = append(item.Categories, t)
			}
		}
		f.Items = append(f.Items, item)
	}
	return f
}

func parseAtom(root *xnode, opts FeedOptions) *Feed {
	f := &Feed{
		Kind:     FeedAtom,
		Title:    root.childText(nsAtom, "title"),
		Language: root.attr("lang"),
		stamps:   zonedDates(root.childText(nsAtom, "updated")),
	}
	f.Link, f.linkBase = atomLinkBase(root)
	for _, e := range root.children(nsAtom, "entry") {
		if len(f.Items) >= opts.MaxItems {
			f.Dropped++
			continue
		}
		item := FeedItem{
			ID:       e.childText(nsAtom, "id"),
			Title:    atomText(e.child(nsAtom, "title")),
			Language: firstNonEmpty(e.attr("lang"), f.Language),
		}
		item.Link, item.linkBase = atomLinkBase(e)
		if a := e.child(nsAtom, "author"); a != nil {
			item.Author = a.childText(nsAtom, "name")
		}
		// dc:date, where an Atom feed adds it, is the publish date as
		// Dublin Core writes it: read before the update time.
		item.setDate([]string{e.childText(nsAtom, "published"), e.childText(nsDC, "date")}, e.childText(nsAtom, "updated"))
		if c := e.child(nsAtom, "content"); c != nil && c.attr("src") == "" {
			item.Content, item.IsHTML = atomContent(c)
			item.Content = capText(item.Content, opts.MaxItemBytes)
			item.contentBase = c.base
		}
		if s := e.child(nsAtom, "summary"); s != nil {
			item.Summary, _ = atomContent(s)
			item.Summary = capText(item.Summary, opts.MaxItemBytes)
			item.summaryBase = s.base
		}
		for _, c := range e.children(nsAtom, "category") {
			if t := firstNonEmpty(c.attr("label"), c.attr("term")); t != "" {
				item.Categories = append(item.Categories, t)
			}
		}
		f.Items = append(f.Items, item)
	}
	return f
}

// atomContent returns an Atom text construct's content and whether it is
// HTML.
func atomContent(n *xnode) (string, bool) {
	switch strings.ToLower(n.attr("type")) {
	case "html", "text/html":
		return n.text(), true
	case "xhtml", "application/xhtml+xml":
		if div := n.child("*", "div"); div != nil {
			return div.innerHTML(), true
		}
		return n.innerHTML(), true
	default:
		return n.text(), false
	}
}

func atomText(n *xnode) string {
	if n == nil {
		return ""
	}
	s, isHTML := atomContent(n)
	if isHTML {
		return htmlToText(s)
	}
	return s
}

// atomLinkBase picks an entry's (or the feed's) alternate link
// (rel="alternate" or no rel), with the xml:base in force on the link.
func atomLinkBase(n *xnode) (href, base string) {
	var first *xnode
	for _, l := range n.children(nsAtom, "link") {
		if l.attr("href") == "" {
			continue
		}
		rel := l.attr("rel")
		if rel == "" || rel == "alternate" {
			return l.attr("href"), l.base
		}
		if first == nil && rel != "self" && rel != "enclosure" && rel != "replies" {
			first = l
		}
	}
	if first == nil {
		return "", ""
	}
	return first.attr("href"), first.base
}

// jsonFeed is JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1).
type jsonFeed struct {
	Version     string            `json:"version"`
	Title       string            `json:"title"`
	HomePageURL string            `json:"home_page_url"`
	Language    string            `json:"language"`
	Items       []json.RawMessage `json:"items"` // each decoded on its own: one bad item costs itself
}

// jsonFeedItem is one item of a JSON Feed.
type jsonFeedItem struct {
	ID            json.RawMessage `json:"id"` // a string by the spec, a number in the wild
	URL           string          `json:"url"`
	ExternalURL   string          `json:"external_url"`
	Title         string          `json:"title"`
	ContentHTML   string          `json:"content_html"`
	ContentText   string          `json:"content_text"`
	Summary       string          `json:"summary"`
	DatePublished string          `json:"date_published"`
	DateModified  string          `json:"date_modified"`
	// Author, authors and tags describe the item; one of the wrong
	// shape ("tags": "a, b", "authors": "Desk") is read as far as it
	// goes, never the reason an item's article is lost.
	Author   json.RawMessage `json:"author"`
	Authors  json.RawMessage `json:"authors"`
	Tags     json.RawMessage `json:"tags"`
	Language string          `json:"language"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

func parseJSONFeed(raw []byte, opts FeedOptions) (*Feed, error) {
	var jf jsonFeed
	if err := json.Unmarshal(raw, &jf); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotFeed, err)
	}
	if !strings.Contains(jf.Version, "jsonfeed.org/version") {
		return nil, fmt.Errorf("%w: no JSON Feed version", ErrNotFeed)
	}
	f := &Feed{Kind: FeedJSON, Title: jf.Title, Link: jf.HomePageURL, Language: jf.Language}
	for i, rawItem := range jf.Items {
		if len(f.Items) >= opts.MaxItems {
			f.Dropped++
			continue
		}
		var it jsonFeedItem
		if t := bytes.TrimSpace(rawItem); len(t) == 0 || t[0] != '{' {
			// null, a string, a number: no item at all (null decoded
			// into an empty item, which was then named by its place
			// among the items that did decode).
			f.BadItems = append(f.BadItems, &RecordError{Source: fmt.Sprintf("item-%d", i+1), Err: fmt.Errorf("item is %.20s, not an object", t)})
			continue
		}
		if err := json.Unmarshal(rawItem, &it); err != nil {
			f.BadItems = append(f.BadItems, &RecordError{Source: fmt.Sprintf("item-%d", i+1), Err: err})
			continue
		}
		item := FeedItem{
			ID:         jsonID(it.ID),
			Link:       firstNonEmpty(it.URL, it.ExternalURL),
			Title:      markupTitle(strings.TrimSpace(it.Title)),
			position:   i + 1,
			Summary:    capText(it.Summary, opts.MaxItemBytes),
			Categories: jsonStrings(it.Tags),
			Language:   firstNonEmpty(it.Language, jf.Language),
		}
		item.setDate([]string{it.DatePublished}, it.DateModified)
		switch {
		case it.ContentHTML != "":
			item.Content, item.IsHTML = capText(it.ContentHTML, opts.MaxItemBytes), true
		case it.ContentText != "":
			item.Content = capText(it.ContentText, opts.MaxItemBytes)
		}
		item.Author = jsonAuthorName(it.Author)
		if name := jsonAuthorName(it.Authors); name != "" {
			item.Author = name
		}
		f.Items = append(f.Items, item)
	}
	f.resolveLinks(opts.URL, opts.MaxItemBytes)
	f.placeDates(opts.URL)
	f.setAsideFuture(opts.Fetched)
	return f, nil
}

// jsonStrings reads a list of strings given as an array (its strings), or
// as one string of comma-separated values; anything else gives none.
func jsonStrings(raw json.RawMessage) []string {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return nil
		}
		list = nil
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				b, _ := json.Marshal(part)
				list = append(list, b)
			}
		}
	}
	var out []string
	for _, v := range list {
		var s string
		if json.Unmarshal(v, &s) == nil && strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// jsonAuthorName is the first author's name of a JSON Feed author object
// or authors array (a string is taken as the name).
func jsonAuthorName(raw json.RawMessage) string {
	var one jsonAuthor
	if json.Unmarshal(raw, &one) == nil {
		return strings.TrimSpace(one.Name)
	}
	var many []json.RawMessage
	if json.Unmarshal(raw, &many) == nil {
		for _, a := range many {
			if name := jsonAuthorName(a); name != "" {
				return name
			}
		}
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return ""
}

func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// FeedEntry is what one feed item becomes: a document ready for the
// pipeline when the item carries its full text, or a link to fetch.
type FeedEntry struct {
	Doc  *model.Document // set for items with full content
	Link *FeedLink       // set for link-only items
	Err  error           // the item could not be turned into either
}

// FeedLink is a feed item whose article must be fetched. Its hints and date
// are applied to the fetched document.
type FeedLink struct {
	Source    string // "feed.xml#<guid>"
	URL       string
	Published time.Time
	// PublishedSource and PublishedZoneSource are the item's
	// (FeedItem.PublishedSource, PublishedZoneSource).
	PublishedSource     string
	PublishedZoneSource string
	Hints               map[string]string
}

// Fetch downloads the linked article and prepares it as a document.
func (l *FeedLink) Fetch(ctx context.Context, c *fetch.Client) (*model.Document, error) {
	resp, err := c.Get(ctx, l.URL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", l.Source, err)
	}
	body := resp.Body
	if resp.Cut {
		body = trimPartialRune(body)
	}
	doc, err := FromBytes(l.Source, resp.URL, resp.ContentType, body)
	if err != nil {
		return nil, err
	}
	setFeedDate(doc, l.Published, l.PublishedSource, l.PublishedZoneSource)
	doc.Hints = WithoutFeedText(l.Hints)
	if resp.Cut {
		MarkOverLimit(doc, int64(len(resp.Body)), 0, nil)
	}
	stampFetched(doc, resp.Header, time.Now())
	return doc, nil
}

// ItemKey is the identity used to name an item and to remember that it was
// seen: its id, else its link, else its title with a digest of its text
// (items with neither id nor link may share a title: "Live updates").
// An item with no text either is told apart by what else it carries: the
// link refused as no http(s) URL and its date. Without them every such
// item of a title had one key (the digest of nothing, "~811c9dc5"), and
// all but the first were dropped as seen. Both stay the same when the
// item is fetched again (its place in the feed does not: new items push
// it down), and an item with text keeps the key it always had.
func (it *FeedItem) ItemKey() string {
	if k := firstNonEmpty(it.ID, it.Link); k != "" {
		return k
	}
	if it.Title == "" {
		return ""
	}
	h := fnv.New32a()
	h.Write([]byte(it.Content))
	h.Write([]byte(it.Summary))
	if it.Content == "" && it.Summary == "" {
		for _, extra := range []string{it.refusedLink, feedKeyDate(it.Published), feedKeyDate(it.Future)} {
			if extra != "" {
				// The NUL keeps "a"+"bc" apart from "ab"+"c".
				h.Write([]byte{0})
				h.Write([]byte(extra))
			}
		}
	}
	return fmt.Sprintf("%s~%08x", strings.TrimSpace(it.Title), h.Sum32())
}

// feedKeyDate writes a date for ItemKey: the instant, so that one item
// keeps its key whatever zone it is read in; "" for none.
func feedKeyDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// LogWarnings reports to log (nil: nowhere) what was read from the feed
// named source despite a defect: the entity references dropped.
func (f *Feed) LogWarnings(log *slog.Logger, source string) {
	if log == nil || len(f.Unresolved) == 0 {
		return
	}
	log.Warn("feed has entity references nothing defines; read them as nothing",
		"source", fetch.StripUserinfo(source), "entities", strings.Join(f.Unresolved[:min(len(f.Unresolved), 10)], ", "))
}

// Entries turns the feed's items into documents or links. source names the
// feed (a path or URL); each entry's source is source + "#" + item key.
func (f *Feed) Entries(source string) []FeedEntry {
	out := make([]FeedEntry, 0, len(f.Items))
	for i := range f.Items {
		out = append(out, f.Entry(source, i))
	}
	return append(out, f.Problems(source)...)
}

// Problems reports, as entries with an error, the items the feed could not
// give: those past the item cap and JSON Feed items that did not decode.
func (f *Feed) Problems(source string) []FeedEntry {
	var out []FeedEntry
	for _, err := range f.BadItems {
		// Each bad item is a failure of its own ("f.json#item-3"), so the
		// store keeps one row per item, not one for the feed.
		src := source
		var re *RecordError
		if errors.As(err, &re) {
			src, err = source+"#"+re.Source, re.Err
		}
		out = append(out, FeedEntry{Err: &RecordError{Source: src, Err: err}})
	}
	if f.Dropped > 0 {
		out = append(out, FeedEntry{Err: fmt.Errorf("%s: %w: %d items after the first %d were not read", source, ErrFeedTooBig, f.Dropped, len(f.Items))})
	}
	if f.Cut != nil {
		out = append(out, FeedEntry{Err: fmt.Errorf("%s: feed read only up to item %d: %w", source, len(f.Items), f.Cut)})
	}
	return out
}

// Entry turns item i into a document (full content, or a summary when there
// is no link to fetch) or a link to fetch.
func (f *Feed) Entry(source string, i int) FeedEntry {
	it := &f.Items[i]
	key := it.ItemKey()
	if key == "" {
		n := it.position
		if n == 0 {
			n = i + 1
		}
		key = "item-" + strconv.Itoa(n)
	}
	// The feed's own address may carry the user's credentials; the
	// entry's source is stored and shown, they are not.
	src := fetch.StripUserinfo(source) + "#" + fetch.StripUserinfo(key)
	hints := map[string]string{}
	setHint(hints, "title", it.Title)
	setHint(hints, "byline", it.Author)
	setHint(hints, "language", firstNonEmpty(it.Language, f.Language))
	setHint(hints, "site", f.Title)
	if !it.Future.IsZero() {
		hints["future_date"] = it.Future.Format(time.RFC3339)
	}
	if len(it.Categories) > 0 {
		hints["tags"] = strings.Join(it.Categories, ", ")
	}
	body, isHTML := it.Content, it.IsHTML
	if body == "" && !looksLikeURL(it.Link) {
		// No full text and nothing to fetch: the summary is all there is.
		body, isHTML = it.Summary, true
	}
	if body == "" {
		if it.refusedLink != "" {
			return FeedEntry{Err: fmt.Errorf("%s: item has no content, and its link %q is not an http(s) URL", src, it.refusedLink)}
		}
		if !looksLikeURL(it.Link) {
			return FeedEntry{Err: fmt.Errorf("%s: item has neither content nor a link", src)}
		}
		setFeedText(hints, it.Summary)
		return FeedEntry{Link: &FeedLink{Source: src, URL: it.Link, Published: it.Published,
			PublishedSource: it.PublishedSource, PublishedZoneSource: it.PublishedZoneSource, Hints: hints}}
	}
	doc, err := contentDocument(src, it.Link, it.Title, body, isHTML)
	if err != nil {
		return FeedEntry{Err: fmt.Errorf("%s: %w", src, err)}
	}
	setFeedDate(doc, it.Published, it.PublishedSource, it.PublishedZoneSource)
	doc.Hints = hints
	return FeedEntry{Doc: doc}
}

// contentDocument builds a document from an item body that arrived inside a
// container (feed, JSONL). HTML fragments are wrapped in a minimal page so
// the title travels with the body; text gets the title as its first line,
// which is how the text extractor reads a title.
func contentDocument(source, url, title, body string, isHTML bool) (*model.Document, error) {
	// The body and title are decoded strings already (a JSON string, XML
	// text), UTF-8 by construction. A NUL in them is no character of an
	// article (XML forbids it, HTML parsing drops it), and its zero bytes
	// made the charset sniffer take the UTF-8 for UTF-16: an HTML field
	// of NULs and U+FFFD was stored as an article of Hangul mojibake.
	body, title = strings.ReplaceAll(body, "\x00", ""), strings.ReplaceAll(title, "\x00", "")
	var raw, ctype string
	if isHTML {
		if !strings.Contains(strings.ToLower(body[:min(len(body), 512)]), "<html") {
			body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) +
				"</title></head><body><article>" + "<h1>" + html.EscapeString(title) + "</h1>" + body + "</article></body></html>"
		}
		raw, ctype = body, "text/html; charset=utf-8"
	} else {
		if title != "" && !strings.HasPrefix(strings.TrimSpace(body), title) {
			body = title + "\n\n" + body
		}
		raw, ctype = body, "text/plain; charset=utf-8"
	}
	// The error does not name the source: the caller's record error
	// does (a JSONL line's was "x.jsonl:3: x.jsonl:3: input looks ...").
	doc := &model.Document{Source: source, URL: url, ContentType: ctype, Raw: []byte(raw)}
	if err := Prepare(doc); err != nil {
		return nil, err
	}
	if isHTML {
		// The container said it is HTML; a fragment has no <html> for a
		// sniffer to see.
		doc.Format = model.FormatHTML
	}
	return doc, nil
}

// setFeedDate gives the document a feed item's date and says what it is
// (a publish date unless the item said otherwise) and where its zone came
// from.
func setFeedDate(doc *model.Document, t time.Time, source, zoneSource string) {
	doc.Published = t
	if t.IsZero() {
		return
	}
	if source == "" {
		source = model.DateFromFeed
	}
	doc.PublishedSource, doc.PublishedZoneSource = source, zoneSource
}

func setHint(h map[string]string, k, v string) {
	if v = strings.TrimSpace(v); v != "" {
		h[k] = v
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// setDate sets the item's date: the first of its publish dates that
// reads, else its update time, marked as such (model.DateFromFeedUpdated).
// A time of day written without a zone is left floating for placeDates.
func (it *FeedItem) setDate(published []string, updated string) {
	up, upOK := parseFeedDate(updated)
	for _, v := range published {
		if t, ok := parseFeedDate(v); ok {
			it.Published, it.PublishedSource = t, model.DateFromFeed
			if upOK {
				it.updated = up
			}
			return
		}
	}
	if upOK {
		it.Published, it.PublishedSource = up, model.DateFromFeedUpdated
	}
}

// zonedDates are those of vs that read with a time of day and a zone.
func zonedDates(vs ...string) []time.Time {
	var out []time.Time
	for _, v := range vs {
		if t, ok := parseFeedDate(v); ok && isZonedClock(t) {
			out = append(out, t)
		}
	}
	return out
}

// isZonedClock reports a time written with a time of day and a zone: not
// floating, and not a bare date (midnight UTC, which says nothing of the
// site's clock).
func isZonedClock(t time.Time) bool {
	if t.IsZero() || t.Location() == clockzone.Floating {
		return false
	}
	h, m, sec := t.Clock()
	_, off := t.Zone()
	return h != 0 || m != 0 || sec != 0 || off != 0
}

// placeDates puts the items' times of day written without a zone into the
// zone the feed's own evidence gives, as a page's are placed
// (clockzone.Place): the item's update time and the feed's other dates
// with an offset, the item's and the feed's language (<language>,
// xml:lang), the country domain of the item's link, the feed's address
// and its site. feedURL is the feed's address when known.
func (f *Feed) placeDates(feedURL string) {
	var stamps []time.Time
	for i := range f.Items {
		it := &f.Items[i]
		for _, t := range []time.Time{it.Published, it.updated} {
			if isZonedClock(t) {
				stamps = append(stamps, t)
			}
		}
	}
	stamps = append(stamps, f.stamps...)
	for i := range f.Items {
		it := &f.Items[i]
		if it.Published.Location() != clockzone.Floating {
			continue
		}
		ev := clockzone.Evidence{
			Locales:    []string{it.Language, f.Language},
			URLs:       []string{it.Link, feedURL, f.Link},
			OffsetsAre: model.ZoneFromFeed,
		}
		if isZonedClock(it.updated) {
			// The item's own update time first: its zone is the one the
			// site wrote this item's times in, and the publish time is
			// no later.
			ev.Offsets = append(ev.Offsets, it.updated)
			ev.Modified = []time.Time{it.updated}
		}
		ev.Offsets = append(ev.Offsets, stamps...)
		it.Published, it.PublishedZoneSource = clockzone.Place(it.Published, ev)
	}
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// capText cuts s to at most n bytes on a UTF-8 boundary.
func capText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !isRuneStart(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) > 0 {
		s = s[:len(s)-1] // drop the (possibly incomplete) last rune
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// htmlToText is the text a short HTML string (a title) shows: its tags
// and the content of script and style elements dropped, entities decoded.
func htmlToText(s string) string { return htmlText(s, false) }

// htmlText is htmlToText, and without the text of links (<a> elements)
// when noLinks is set: what a description says of its own, not the
// headlines and outlet names it links to.
func htmlText(s string, noLinks bool) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skip, links := 0, 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case xhtml.TextToken:
			if skip == 0 && (links == 0 || !noLinks) {
				b.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
			tt := z.Token()
			switch {
			case isHiddenElement(tt.Data) && tt.Type == xhtml.StartTagToken:
				skip++
			case isHiddenElement(tt.Data) && tt.Type == xhtml.EndTagToken && skip > 0:
				skip--
			case tt.DataAtom == atom.A && tt.Type == xhtml.StartTagToken:
				links++
			case tt.DataAtom == atom.A && tt.Type == xhtml.EndTagToken && links > 0:
				links--
			}
			if tt.DataAtom == atom.Br || isBlockAtom(tt.DataAtom) {
				b.WriteByte(' ') // a line or block break parts words; <b>, <em> do not
			}
		}
	}
}

func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Td, atom.Th, atom.Tr, atom.Blockquote, atom.Hr:
		return true
	}
	return false
}

// isVoidElement names the HTML elements that have no content and no end
// tag.
func isVoidElement(name string) bool {
	switch strings.ToLower(name) {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// isHiddenElement names the elements whose content is no text a reader
// sees.
func isHiddenElement(name string) bool {
	return name == "script" || name == "style" || name == "noscript" || name == "template"
}

// resolveRef resolves ref against base as a browser resolves a link;
// either may be relative. An unparsable one, and a reference whose first
// segment reads as a host without a scheme ("www.example.com/story",
// no path of the site), is left as it is.
func resolveRef(base, ref string) string {
	ref = strings.TrimSpace(ref)
	base = strings.TrimSpace(base)
	if base == "" || ref == "" || LooksLikeHost(ref) {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if !b.IsAbs() {
		// Both relative (an xml:base "section/" under none): joined as
		// paths, to be resolved against an absolute base later; Go's
		// ResolveReference would root the path ("/section/x.html").
		if r.IsAbs() || strings.HasPrefix(ref, "/") {
			return ref
		}
		return base[:strings.LastIndexByte(base, '/')+1] + ref
	}
	return b.ResolveReference(r).String()
}

// resolveLinks makes every item's link an absolute http(s) URL. A relative
// link ("story-1.html", "/news/2", "../a") resolves against the xml:base
// in force on it (Atom and RSS feeds set one on the feed or the entry),
// that base against the feed's own address when it was fetched, else
// against the site's link the feed gives: stored as written, it named no
// page and could not be fetched. A link of any other scheme
// ("javascript:...", "file:///etc/passwd", "mailto:") is no article's
// address and is taken out, kept in refusedLink to say so: the item's
// content, if it has any, is still read. User names and passwords are
// taken out of every link (see fetch.StripUserinfo).
func (f *Feed) resolveLinks(feedURL string, maxItemBytes int) {
	f.resolveSiteLink(feedURL)
	site := ""
	if looksLikeURL(f.Link) {
		site = f.Link
	}
	fallback := firstNonEmpty(feedURL, site)
	defer f.resolveContentRefs(fallback, maxItemBytes)
	for i := range f.Items {
		it := &f.Items[i]
		if it.Link == "" {
			continue
		}
		base := fallback
		if it.linkBase != "" {
			base = resolveRef(fallback, it.linkBase)
		}
		link := resolveRef(base, it.Link)
		u, err := url.Parse(link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			it.refusedLink, it.Link = fetch.StripUserinfo(it.Link), ""
			continue
		}
		if u.User != nil {
			// Credentials in a link someone else wrote (or inherited from
			// the feed address the user typed) are not ours to store,
			// show or send: the article is fetched without them.
			u.User = nil
			link = u.String()
		}
		it.Link = link
	}
}

// resolveSiteLink makes the feed's own link (the site's address) absolute
// as an item's is: a channel <link> or an Atom feed's <link href="/"/>
// written relative resolves against the xml:base in force on it, that
// against the feed's address. Kept as written, "/" named no site, and the
// items' relative links, which fall back on the site's address, stayed
// relative too. A link of another scheme ("javascript:") is taken out; one
// nothing makes absolute (a relative link in a feed read from a file with
// no absolute xml:base) stays as written, which no one takes for a URL.
func (f *Feed) resolveSiteLink(feedURL string) {
	if f.Link == "" {
		return
	}
	base := feedURL
	if f.linkBase != "" {
		base = resolveRef(feedURL, f.linkBase)
	}
	u, err := url.Parse(resolveRef(base, f.Link))
	switch {
	case err != nil:
		return
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host != "" {
			u.User = nil
			f.Link = u.String()
		}
	case u.Scheme != "":
		f.Link = ""
	}
}

// resolveContentRefs makes the relative href, src, srcset and poster
// attributes in the items' HTML content and summaries absolute. They
// resolve, as the Atom and XML Base specifications say, against the
// xml:base in force on the element the HTML came in (made absolute
// against fallback, the feed's address or else its site); without one
// against the item's own link, the page the HTML was cut from, else
// against fallback. Stored as written ("foto.jpg", "/img/a.jpg",
// "../b.html"), they named nothing once the HTML was read away from the
// feed. References that are already absolute, fragments ("#note") and
// other schemes ("mailto:", "data:") are left as they are; so is all of
// an item's HTML when nothing makes its base absolute, and all of it
// when the absolute URLs would take it past maxItemBytes (a long xml:base
// times many links): an item's text stays within the cap it was read to.
func (f *Feed) resolveContentRefs(fallback string, maxItemBytes int) {
	for i := range f.Items {
		it := &f.Items[i]
		if it.IsHTML && it.Content != "" {
			it.Content = absolutizeHTMLUpTo(it.Content, it.contentRefBase(it.contentBase, fallback), maxItemBytes)
		}
		if it.Summary != "" {
			// Entry reads a summary as HTML.
			it.Summary = absolutizeHTMLUpTo(it.Summary, it.contentRefBase(it.summaryBase, fallback), maxItemBytes)
		}
	}
}

// contentRefBase is the absolute base the references in an item's HTML
// resolve against (see resolveContentRefs), or "" when there is none.
func (it *FeedItem) contentRefBase(xmlBase, fallback string) string {
	base := ""
	switch {
	case xmlBase != "":
		base = resolveRef(fallback, xmlBase)
	case looksLikeURL(it.Link):
		base = it.Link
	default:
		base = fallback
	}
	if u, err := url.Parse(base); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return base
}

// refAttrs are the HTML attributes that hold a URL a reader follows or a
// page loads (srcset holds a list of them).
var refAttrs = map[string]bool{"href": true, "src": true, "srcset": true, "poster": true}

// absolutizeHTML rewrites the relative URLs of s's refAttrs against base
// (absolute, or "" to leave s as it is). Only the tags it changes are
// written anew; the rest of s, text and other markup, is copied byte for
// byte.
func absolutizeHTML(s, base string) string {
	return absolutizeHTMLUpTo(s, base, 0)
}

// absolutizeHTMLUpTo is absolutizeHTML giving s back as it is when the
// result would be longer than max bytes (0: no limit).
func absolutizeHTMLUpTo(s, base string, max int) string {
	if base == "" {
		return s
	}
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "href") && !strings.Contains(lower, "src") && !strings.Contains(lower, "poster") {
		return s
	}
	b, err := url.Parse(base)
	if err != nil {
		return s
	}
	var out strings.Builder
	changed := false
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
			out.Write(raw)
			continue
		}
		tok := z.Token()
		edited := false
		for k, a := range tok.Attr {
			if a.Namespace != "" || !refAttrs[strings.ToLower(a.Key)] {
				continue
			}
			v := resolveRefAttr(b, a.Key, a.Val)
			if v != a.Val {
				tok.Attr[k].Val, edited = v, true
			}
		}
		if !edited {
			out.Write(raw)
			continue
		}
		changed = true
		out.WriteString(tok.String())
		if max > 0 && out.Len() > max {
			return s
		}
	}
	if !changed || (max > 0 && out.Len() > max) {
		return s
	}
	return out.String()
}

// resolveRefAttr resolves one attribute's value against base: each URL
// of a srcset list ("a.jpg 1x, b.jpg 2x"), the whole value otherwise.
func resolveRefAttr(base *url.URL, key, val string) string {
	if !strings.EqualFold(key, "srcset") {
		return resolveContentRef(base, val)
	}
	parts := strings.Split(val, ",")
	changed := false
	for i, p := range parts {
		fields := strings.Fields(p)
		if len(fields) == 0 {
			continue
		}
		if r := resolveContentRef(base, fields[0]); r != fields[0] {
			fields[0], changed = r, true
			parts[i] = strings.Join(fields, " ")
		}
	}
	if !changed {
		return val
	}
	return strings.Join(parts, ",")
}

// resolveContentRef resolves a relative reference against base; an
// absolute one (any scheme), a fragment, an empty value or one that does
// not parse is returned as it is.
func resolveContentRef(base *url.URL, ref string) string {
	r := strings.TrimSpace(ref)
	if r == "" || strings.HasPrefix(r, "#") || LooksLikeHost(r) {
		return ref
	}
	u, err := url.Parse(r)
	if err != nil || u.Scheme != "" {
		return ref
	}
	return base.ResolveReference(u).String()
}

// titleTagRe finds what may be an HTML tag in a title: "<b>", "</em>",
// "<script ...>".
var titleTagRe = regexp.MustCompile(`</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>`)

// markupTitle reads a title that carries HTML markup as the text it shows.
// RSS titles are plain text by the specification, but feeds escape HTML
// into them ("&lt;b&gt;Breaking:&lt;/b&gt; ..."), which the XML parser
// turns back into tags that were stored as the headline. Only real HTML
// element names count as tags, so "x <y and y> z" stays as written.
func markupTitle(s string) string {
	for _, m := range titleTagRe.FindAllStringSubmatch(s, -1) {
		if atom.Lookup([]byte(strings.ToLower(m[1]))) != 0 {
			return htmlToText(s)
		}
	}
	return s
}
