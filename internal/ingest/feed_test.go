package ingest

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

func readFeedFile(t *testing.T, name string) *Feed {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "feeds", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if got := SniffFeed(raw); got != f.Kind {
		t.Errorf("%s: SniffFeed = %q, parsed kind %q", name, got, f.Kind)
	}
	return f
}

func TestParseRSS2(t *testing.T) {
	f := readFeedFile(t, "rss2.xml")
	if f.Kind != FeedRSS || f.Title != "Harbour Desk" || f.Language != "en" || len(f.Items) != 4 {
		t.Fatalf("feed = %+v", f)
	}
	it := f.Items[0]
	if it.ID != "hd-1001" || it.Link != "https://harbour.example/news/port-strike-ends" || it.Author != "Mara Lind" {
		t.Errorf("item 0 = %+v", it)
	}
	want := time.Date(2025, 3, 4, 14, 30, 0, 0, time.UTC) // EST is -0500
	if !it.Published.Equal(want) {
		t.Errorf("published = %v, want %v", it.Published, want)
	}
	if !it.IsHTML || !strings.Contains(it.Content, "nine-day strike") {
		t.Errorf("content = %q", it.Content)
	}
	if strings.Join(it.Categories, "|") != "Labour|Shipping" {
		t.Errorf("categories = %v", it.Categories)
	}
	if got := f.Items[1].Published; !got.Equal(time.Date(2025, 3, 3, 16, 5, 0, 0, time.UTC)) {
		t.Errorf("item 1 published = %v", got)
	}
	// A permalink guid stands in for the missing link; an unreadable date
	// stays zero instead of failing the feed.
	if f.Items[2].Link != "https://harbour.example/news/correction" || !f.Items[2].Published.IsZero() || f.Items[2].Title != "Notice & correction" {
		t.Errorf("item 2 = %+v", f.Items[2])
	}

	es := f.Entries("feed.xml")
	if es[0].Doc == nil || es[0].Doc.Source != "feed.xml#hd-1001" || es[0].Doc.Format != model.FormatHTML {
		t.Fatalf("entry 0 = %+v", es[0])
	}
	d := es[0].Doc
	if d.URL != "https://harbour.example/news/port-strike-ends" || !d.Published.Equal(want) || d.Hints["title"] != it.Title || d.Hints["byline"] != "Mara Lind" || d.Hints["site"] != "Harbour Desk" {
		t.Errorf("doc 0 = %+v hints %v", d, d.Hints)
	}
	if !strings.Contains(d.Content, "<title>Port workers end strike after pay deal</title>") {
		t.Errorf("fragment not wrapped with its title: %q", d.Content)
	}
	// Link-only: fetch later, carrying the item's date and hints.
	if es[1].Link == nil || es[1].Link.URL != "https://harbour.example/news/ferry-timetable" || es[1].Link.Source != "feed.xml#https://harbour.example/news/ferry-timetable" || es[1].Link.Hints["title"] != "Ferry timetable changes" {
		t.Errorf("entry 1 = %+v", es[1])
	}
	// No link, only a description: the description is the document.
	// Its key is its title with a digest of its text: another item of the
	// same title but other text is another item.
	if es[3].Doc == nil || !strings.Contains(es[3].Doc.Content, "A short brief") || !strings.HasPrefix(es[3].Doc.Source, "feed.xml#Brief without link~") {
		t.Errorf("entry 3 = %+v", es[3])
	}
}

func TestParseAtom(t *testing.T) {
	f := readFeedFile(t, "atom.xml")
	if f.Kind != FeedAtom || f.Title != "Ridgeline Courier" || f.Link != "https://ridgeline.example/" || len(f.Items) != 3 {
		t.Fatalf("feed = %+v", f)
	}
	it := f.Items[0]
	if it.Title != "Council approves river bridge" || it.Link != "https://ridgeline.example/2025/bridge" || it.Author != "Ines Varga" || it.Language != "en" {
		t.Errorf("entry 0 = %+v", it)
	}
	if !it.Published.Equal(time.Date(2025, 3, 5, 6, 15, 0, 0, time.UTC)) {
		t.Errorf("published = %v (want the published, not the updated date)", it.Published)
	}
	if !it.IsHTML || !strings.Contains(it.Content, "<p>Work starts in <b>June</b>.</p>") {
		t.Errorf("xhtml content = %q", it.Content)
	}
	if len(it.Categories) != 1 || it.Categories[0] != "Local news" {
		t.Errorf("categories = %v", it.Categories)
	}
	if f.Items[1].Content != "" || f.Items[1].Summary != "The pass road closes for repairs." {
		t.Errorf("entry 1 = %+v", f.Items[1])
	}
	// Only an update time, without a zone: it is marked as an update
	// time and placed in the zone the feed's other dates are written in
	// (entry 0's +02:00).
	if it1 := f.Items[1]; !it1.Published.Equal(time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)) ||
		it1.PublishedSource != model.DateFromFeedUpdated || it1.PublishedZoneSource != model.ZoneFromFeed {
		t.Errorf("entry 1 published = %v from %q (zone %q)", it1.Published, it1.PublishedSource, it1.PublishedZoneSource)
	}
	if it.PublishedSource != model.DateFromFeed || it.PublishedZoneSource != "" {
		t.Errorf("entry 0 published from %q (zone %q)", it.PublishedSource, it.PublishedZoneSource)
	}
	es := f.Entries("atom.xml")
	if es[1].Link == nil || es[2].Doc == nil || es[2].Doc.Format != model.FormatText {
		t.Fatalf("entries = %+v", es)
	}
	if !strings.HasPrefix(es[2].Doc.Content, "Plain text entry\n\nSnow is expected") {
		t.Errorf("text doc content = %q", es[2].Doc.Content)
	}
}

func TestParseRDFLatin1(t *testing.T) {
	f := readFeedFile(t, "rdf.xml")
	if f.Kind != FeedRDF || f.Title != "Valley Notes" || f.Language != "fr" || len(f.Items) != 1 {
		t.Fatalf("feed = %+v", f)
	}
	it := f.Items[0]
	if it.Title != "Marché ouvert le dimanche" || it.ID != "https://valley.example/a1" || it.Author != "J. Roux" {
		t.Errorf("item = %+v", it)
	}
	if !it.Published.Equal(time.Date(2025, 2, 28, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("published = %v", it.Published)
	}
}

func TestParseJSONFeed(t *testing.T) {
	f := readFeedFile(t, "feed.json")
	if f.Kind != FeedJSON || len(f.Items) != 3 {
		t.Fatalf("feed = %+v", f)
	}
	if f.Items[0].Author != "Tomas Beck" || !f.Items[0].IsHTML || f.Items[1].ID != "78" {
		t.Errorf("items = %+v", f.Items)
	}
	es := f.Entries("feed.json")
	if es[0].Doc == nil || es[1].Link == nil || es[2].Doc == nil {
		t.Fatalf("entries = %+v", es)
	}
	if es[0].Doc.Hints["tags"] != "weather, infrastructure" || !es[0].Doc.Published.Equal(time.Date(2025, 3, 7, 21, 0, 0, 0, time.UTC)) {
		t.Errorf("doc 0 = %+v", es[0].Doc)
	}
}

func TestHostileFeeds(t *testing.T) {
	// Entities are never expanded: neither the internal "billion laughs"
	// nor the external file reference.
	f := readFeedFile(t, "bomb.xml")
	if len(f.Title) > 100 || strings.Contains(f.Items[0].Title, "root:") {
		t.Errorf("entities expanded: title %d bytes, item title %q", len(f.Title), f.Items[0].Title)
	}
	raw, _ := os.ReadFile("testdata/feeds/deep.xml")
	if _, err := ParseFeed(bytes.NewReader(raw), FeedOptions{}); !errors.Is(err, ErrFeedTooDeep) {
		t.Errorf("deep feed: err = %v, want ErrFeedTooDeep", err)
	}
	big := "<rss><channel><item><title>big</title><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">" + strings.Repeat("é", 3000) + "</content:encoded></item></channel></rss>"
	f, err := ParseFeed(strings.NewReader(big), FeedOptions{MaxItemBytes: 1001})
	if err != nil {
		t.Fatal(err)
	}
	if c := f.Items[0].Content; len(c) > 1001 || !strings.HasSuffix(c, "é") {
		t.Errorf("capped content: %d bytes, valid end %v", len(c), strings.HasSuffix(c, "é"))
	}
	if _, err := ParseFeed(strings.NewReader(big), FeedOptions{MaxBytes: 100}); !errors.Is(err, ErrFeedTooLarge) {
		t.Errorf("size cap: err = %v", err)
	}
	for _, bad := range []string{"", "<html><body>hi</body></html>", "{\"a\":1}", "\x00\x01\x02"} {
		if _, err := ParseFeed(strings.NewReader(bad), FeedOptions{}); !errors.Is(err, ErrNotFeed) {
			t.Errorf("ParseFeed(%q) err = %v, want ErrNotFeed", bad, err)
		}
	}
	// A feed cut off mid-item keeps the items before the cut.
	rss, _ := os.ReadFile("testdata/feeds/rss2.xml")
	cut := rss[:bytes.Index(rss, []byte("<title>Brief without link"))]
	f, err = ParseFeed(bytes.NewReader(cut), FeedOptions{})
	if err != nil || len(f.Items) < 3 {
		t.Errorf("truncated feed: %v, %d items", err, len(f.Items))
	}
}

// feedDateUTC is parseFeedDate with a floating clock read as UTC: what a
// feed date becomes when the feed gives no evidence of its zone.
func feedDateUTC(s string) (time.Time, bool) {
	t, ok := parseFeedDate(s)
	if ok && t.Location() == clockzone.Floating {
		t = t.In(time.UTC)
	}
	return t, ok
}

func TestParseFeedDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Tue, 04 Mar 2025 09:30:00 GMT", utc(2025, 3, 4, 9, 30, 0)},
		{"Tue, 4 Mar 2025 09:30:00 +0000", utc(2025, 3, 4, 9, 30, 0)},
		{"Tue, 04 Mar 2025 09:30 EST", utc(2025, 3, 4, 14, 30, 0)},
		{"04 Mar 2025 09:30:00 PDT", utc(2025, 3, 4, 16, 30, 0)},
		{"Tuesday, 04 Mar 2025 09:30:00 +05:30", utc(2025, 3, 4, 4, 0, 0)},
		{"Tue, 04 MAR 2025 09:30:00 UT", utc(2025, 3, 4, 9, 30, 0)},
		{"Tue, 04 Mar 25 09:30:00 +0000", utc(2025, 3, 4, 9, 30, 0)},
		{"Tue, 04 Sept 2025 09:30:00 +0000 (UTC)", utc(2025, 9, 4, 9, 30, 0)},
		{"2025-03-04T09:30:00Z", utc(2025, 3, 4, 9, 30, 0)},
		{"2025-03-04T09:30:00.123+01:00", time.Date(2025, 3, 4, 8, 30, 0, 123e6, time.UTC)},
		{"2025-03-04T09:30:00", utc(2025, 3, 4, 9, 30, 0)},
		{"2025-03-04 09:30:00", utc(2025, 3, 4, 9, 30, 0)},
		{"2025-03-04", utc(2025, 3, 4, 0, 0, 0)},
		{"March 4, 2025", utc(2025, 3, 4, 0, 0, 0)},
		{"4th March 2025", utc(2025, 3, 4, 0, 0, 0)},
		{"Mar 4 2025 09:30:00 GMT+0200", utc(2025, 3, 4, 7, 30, 0)},
		{"2025/03/04", utc(2025, 3, 4, 0, 0, 0)},
	}
	for _, tt := range tests {
		got, ok := feedDateUTC(tt.in)
		if !ok || !got.Equal(tt.want) {
			t.Errorf("feedDateUTC(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "0000-00-00", "0001-01-01T00:00:00Z", "Tue, 32 Mar 2025 09:30:00 GMT", "2025-13-01", strings.Repeat("9", 100)} {
		if got, ok := feedDateUTC(bad); ok {
			t.Errorf("feedDateUTC(%q) = %v, want failure", bad, got)
		}
	}
}

func TestFeedPollerConditional(t *testing.T) {
	rss, err := os.ReadFile("testdata/feeds/rss2.xml")
	if err != nil {
		t.Fatal(err)
	}
	var body atomic.Value
	body.Store(rss)
	var hits, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		b := body.Load().([]byte)
		etag := `"v` + string(rune('0'+len(b)%10)) + `"`
		if r.Header.Get("If-None-Match") == etag {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(b)
	}))
	defer srv.Close()
	p := NewFeedPoller(fetch.New(fetch.Config{AllowPrivate: true, Timeout: 5 * time.Second}), FeedOptions{})
	ctx := context.Background()

	r1, err := p.Poll(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if r1.NotModified || len(r1.New) != 4 {
		t.Fatalf("first poll: notModified=%v new=%d", r1.NotModified, len(r1.New))
	}
	r2, err := p.Poll(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !r2.NotModified || len(r2.New) != 0 || notModified.Load() != 1 {
		t.Fatalf("second poll: notModified=%v new=%d 304s=%d", r2.NotModified, len(r2.New), notModified.Load())
	}
	// The feed gains an item: only that one is new.
	more := bytes.Replace(rss, []byte("<item>"), []byte("<item><title>Fresh</title><guid>hd-2000</guid><description>x</description></item><item>"), 1)
	body.Store(more)
	r3, err := p.Poll(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(r3.New) != 1 || r3.New[0].Doc == nil || r3.New[0].Doc.Source != srv.URL+"#hd-2000" {
		t.Fatalf("third poll: %+v", r3.New)
	}
	st := p.State(srv.URL)
	if st.Validators.ETag == "" || !st.Seen["hd-2000"] || len(st.Seen) != 5 {
		t.Errorf("state = %+v", st)
	}

	// Watch with a cancelled context returns promptly after one round.
	ctx2, cancel := context.WithCancel(ctx)
	rounds := 0
	err = p.Watch(ctx2, []string{srv.URL}, time.Hour, func(string, *PollResult, error) { rounds++; cancel() })
	if !errors.Is(err, context.Canceled) || rounds != 1 {
		t.Errorf("watch: err=%v rounds=%d", err, rounds)
	}
}

func TestFeedLinkFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><head><title>Ferry timetable</title></head><body><p>Summer sailings start earlier.</p></body></html>"))
	}))
	defer srv.Close()
	c := fetch.New(fetch.Config{AllowPrivate: true, Timeout: 5 * time.Second})
	pub := time.Date(2025, 3, 3, 16, 5, 0, 0, time.UTC)
	l := &FeedLink{Source: "feed.xml#x", URL: srv.URL + "/ferry", Published: pub, Hints: map[string]string{"title": "Ferry timetable changes"}}
	doc, err := l.Fetch(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "feed.xml#x" || doc.URL != srv.URL+"/ferry" || !doc.Published.Equal(pub) || doc.Hints["title"] != "Ferry timetable changes" || doc.Format != model.FormatHTML {
		t.Errorf("doc = %+v", doc)
	}
	l.URL = srv.URL + "/missing"
	if _, err := l.Fetch(context.Background(), c); err == nil || !strings.Contains(err.Error(), "feed.xml#x") {
		t.Errorf("missing page: err = %v", err)
	}
	// A poll of something that is not a feed is an error, not a panic.
	p := NewFeedPoller(c, FeedOptions{})
	if _, err := p.Poll(context.Background(), srv.URL+"/ferry"); !errors.Is(err, ErrNotFeed) {
		t.Errorf("poll of an HTML page: err = %v", err)
	}
}

// Items with neither id nor link and the same title are told apart by
// their text; the same item twice keeps one key.
func TestItemKeyWithoutIDOrLink(t *testing.T) {
	a := FeedItem{Title: "Live updates", Content: "First update."}
	b := FeedItem{Title: "Live updates", Content: "Second update."}
	if a.ItemKey() == b.ItemKey() || a.ItemKey() != (&FeedItem{Title: "Live updates", Content: "First update."}).ItemKey() {
		t.Errorf("keys %q %q", a.ItemKey(), b.ItemKey())
	}
	if k := (&FeedItem{ID: "x", Title: "Live updates"}).ItemKey(); k != "x" {
		t.Errorf("id key %q", k)
	}
}

// One JSON Feed item with a field of the wrong type costs that item only
// (its url or content: tags and authors of the wrong shape cost nothing,
// TestJSONFeedLenientFields); items past the cap are reported, not dropped
// in silence.
func TestFeedBadAndExcessItems(t *testing.T) {
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
		{"id":"1","url":"https://a.example/1","content_text":"First item body."},
		{"id":"2","url":7,"content_text":"Bad url."},
		{"id":"3","url":"https://a.example/3","content_text":"Third item body."}]}`
	f, err := ParseFeed(strings.NewReader(jf), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	es := f.Entries("f.json")
	var docs, errs int
	for _, e := range es {
		switch {
		case e.Doc != nil:
			docs++
		case e.Err != nil:
			errs++
			var re *RecordError
			if !errors.As(e.Err, &re) || re.Source != "f.json#item-2" {
				t.Errorf("error %v does not name item 2 as its source", e.Err)
			}
		}
	}
	if docs != 2 || errs != 1 {
		t.Errorf("JSON Feed: %d docs, %d errors; want 2 and 1", docs, errs)
	}

	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Big</title>`)
	for i := range DefaultMaxFeedItems + 5 {
		fmt.Fprintf(&b, `<item><guid>g%d</guid><link>https://a.example/%d</link></item>`, i, i)
	}
	b.WriteString(`</channel></rss>`)
	f, err = ParseFeed(strings.NewReader(b.String()), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	es = f.Entries("big.xml")
	last := es[len(es)-1]
	if len(f.Items) != DefaultMaxFeedItems || f.Dropped != 5 || last.Err == nil || !errors.Is(last.Err, ErrFeedTooBig) {
		t.Errorf("items %d dropped %d last entry %+v", len(f.Items), f.Dropped, last)
	}
}

// A feed of 100 times the item cap (100,000 items made 500,000 elements
// and failed whole) gives its first items and counts the rest; one whose items carry
// so many elements that the element cap comes first gives the items read
// whole before it, and says it was cut. So does a feed cut mid-XML.
func TestFeedCaps(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Huge</title>`)
	opts := FeedOptions{MaxItems: 100, MaxElements: 5000}
	for i := range 10_000 {
		fmt.Fprintf(&b, `<item><title>T%d</title><guid>g%d</guid><link>https://a.example/%d</link><category>a</category></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	f, err := ParseFeed(strings.NewReader(b.String()), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 100 || f.Dropped != 9_900 || f.Cut != nil {
		t.Errorf("100k items: items %d dropped %d cut %v", len(f.Items), f.Dropped, f.Cut)
	}

	b.Reset()
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Wide</title>`)
	perEntry := 20
	for i := range opts.MaxElements/perEntry + 10 {
		fmt.Fprintf(&b, `<entry><id>urn:%d</id><link href="https://a.example/%d"/>`, i, i)
		for range perEntry {
			b.WriteString(`<category term="x"/>`)
		}
		b.WriteString(`</entry>`)
	}
	b.WriteString(`</feed>`)
	opts.MaxItems = 1000
	f, err = ParseFeed(strings.NewReader(b.String()), opts)
	if err != nil {
		t.Fatal(err)
	}
	n := len(f.Items)
	if n == 0 || n >= opts.MaxElements/perEntry || !errors.Is(f.Cut, ErrFeedTooBig) || len(f.Items[n-1].Categories) != perEntry {
		t.Errorf("element cap: items %d cut %v (the last item must be whole)", n, f.Cut)
	}
	if es := f.Entries("wide.atom"); es[len(es)-1].Err == nil || !strings.Contains(es[len(es)-1].Err.Error(), "read only up to item") {
		t.Errorf("element cap not reported: %+v", es[len(es)-1])
	}

	f, err = ParseFeed(strings.NewReader(`<rss version="2.0"><channel><item><guid>a</guid><link>https://a.example/1</link></item><item><guid>b</gu`), FeedOptions{})
	if err != nil || len(f.Items) == 0 || f.Cut == nil {
		t.Errorf("truncated XML: %+v, %v", f, err)
	}
}

// TestWideFeeds: a feed in UTF-16 (with or without a byte-order mark, as
// Windows tools write them) or UTF-32 is a feed, sniffed and parsed as the
// UTF-8 one is; it was taken for no feed and its XML analysed as one article.
func TestWideFeeds(t *testing.T) {
	const feed = `<?xml version="1.0" encoding="%s"?><rss version="2.0"><channel><title>Wide</title>` +
		`<item><title>Zürich talks</title><link>https://wide.example/a</link><description>Talks in Zürich went on.</description></item></channel></rss>`
	utf16 := func(s string, order binary.AppendByteOrder, bom bool) []byte {
		var out []byte
		if bom {
			out = order.AppendUint16(out, 0xFEFF)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			out = order.AppendUint16(out, u)
		}
		return out
	}
	utf32 := func(s string) []byte {
		out := binary.LittleEndian.AppendUint32(nil, 0xFEFF)
		for _, r := range s {
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
		return out
	}
	for name, raw := range map[string][]byte{
		"utf-16le bom":    utf16(fmt.Sprintf(feed, "UTF-16"), binary.LittleEndian, true),
		"utf-16be bom":    utf16(fmt.Sprintf(feed, "UTF-16"), binary.BigEndian, true),
		"utf-16le no bom": utf16(fmt.Sprintf(feed, "UTF-16LE"), binary.LittleEndian, false),
		"utf-32le bom":    utf32(fmt.Sprintf(feed, "UTF-32")),
	} {
		if k := SniffFeed(raw[:min(len(raw), 4095)]); k != FeedRSS {
			t.Errorf("%s: SniffFeed = %q, want %q", name, k, FeedRSS)
		}
		f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if f.Title != "Wide" || len(f.Items) != 1 || f.Items[0].Title != "Zürich talks" {
			t.Errorf("%s: feed %q, items %+v", name, f.Title, f.Items)
		}
	}
}

// Item links are absolute http(s) URLs: a relative link resolves against
// the xml:base in force on it, that against the feed's address when it was
// fetched, else the site's link; a link of another scheme is taken out (an
// item with content keeps its article, one without is an error that names
// the link).
func TestFeedLinksResolved(t *testing.T) {
	atomFeed := `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://quay.example/news/"><title>Q</title><id>urn:q</id>
<link rel="alternate" href="https://quay.example/"/>
<entry xml:base="harbour/"><id>urn:q:1</id><title>One</title><link href="crane-rails.html"/><content type="html">&lt;p&gt;The quay reopened on Friday after repairs.&lt;/p&gt;</content></entry>
<entry><id>urn:q:2</id><title>Two</title><link href="../archive/2.html"/><content type="text">The berth closed for dredging.</content></entry>
<entry><id>urn:q:3</id><title>Three</title><link href="https://other.example/3"/><content type="text">A third story on the pier.</content></entry>
<entry><id>urn:q:4</id><title>Four</title><link href="javascript:alert(1)"/><content type="text">A fourth story on the pier.</content></entry>
<entry><id>urn:q:5</id><title>Five</title><link href="file:///etc/passwd"/></entry>
</feed>`
	rss := `<rss version="2.0"><channel><title>R</title><link>https://pier.example/</link>
<item><guid>r1</guid><title>One</title><link>/local/1</link></item>
<item><guid>r2</guid><title>Two</title><link>www.pier.example/2</link></item>
</channel></rss>`
	tests := []struct {
		name, feed, url string
		want            []string // per entry: the document's URL, "fetch <url>" or "!<error part>"
	}{
		{"atom xml:base", atomFeed, "", []string{"https://quay.example/news/harbour/crane-rails.html", "https://quay.example/archive/2.html",
			"https://other.example/3", "", `!link "file:///etc/passwd" is not an http(s) URL`}},
		{"rss against the site", rss, "", []string{"fetch https://pier.example/local/1", `!link "www.pier.example/2" is not an http(s) URL`}},
		{"rss against the feed's address", rss, "https://feeds.pier.example/rss/main.xml", []string{"fetch https://feeds.pier.example/local/1", `!link "www.pier.example/2" is not`}},
	}
	for _, tt := range tests {
		f, err := ParseFeed(strings.NewReader(tt.feed), FeedOptions{URL: tt.url})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, e := range f.Entries("q.xml") {
			switch {
			case e.Err != nil:
				got = append(got, "!"+e.Err.Error())
			case e.Link != nil:
				got = append(got, "fetch "+e.Link.URL)
			default:
				got = append(got, e.Doc.URL)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: entries %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if w := tt.want[i]; got[i] != w && !(strings.HasPrefix(w, "!") && strings.HasPrefix(got[i], "!") && strings.Contains(got[i], w[1:])) {
				t.Errorf("%s: entry %d = %q, want %q", tt.name, i+1, got[i], w)
			}
		}
	}
}

// Credentials in a feed's links, or in the feed address the user typed and
// a relative link inherits, are never stored, fetched with or shown: the
// entry's URL, source and errors carry none.
func TestFeedLinksLoseCredentials(t *testing.T) {
	rss := `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>R</title><link>https://pier.example/</link>
<item><guid>r1</guid><title>One</title><link>https://editor:s3cret@pier.example/news/1</link></item>
<item><guid>r2</guid><title>Two</title><link>/news/2</link></item>
<item><guid>r3</guid><title>Three</title><link>ftp://editor:s3cret@pier.example/3</link></item>
<item><title>Four</title><link>https://editor@pier.example/news/4?id=4#top</link></item>
<item><guid>r5</guid><title>Five</title><link>https://editor:s3cret@pier.example/news/5</link><content:encoded>&lt;p&gt;The ferry resumed service on Monday after the strike ended.&lt;/p&gt;</content:encoded></item>
</channel></rss>`
	const feedURL = "https://reader:hunter2@feeds.pier.example/rss.xml"
	f, err := ParseFeed(strings.NewReader(rss), FeedOptions{URL: feedURL})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"fetch https://pier.example/news/1",
		"fetch https://feeds.pier.example/news/2",
		`!link "ftp://pier.example/3" is not an http(s) URL`,
		"fetch https://pier.example/news/4?id=4#top",
		"https://pier.example/news/5",
	}
	entries := f.Entries(feedURL)
	if len(entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(entries), len(want))
	}
	for i, e := range entries {
		var got, source string
		switch {
		case e.Err != nil:
			got = "!" + e.Err.Error()
		case e.Link != nil:
			got, source = "fetch "+e.Link.URL, e.Link.Source
		default:
			got, source = e.Doc.URL, e.Doc.Source
		}
		if w := want[i]; got != w && !(strings.HasPrefix(w, "!") && strings.Contains(got, w[1:])) {
			t.Errorf("entry %d = %q, want %q", i+1, got, w)
		}
		for _, secret := range []string{"s3cret", "hunter2", "editor@", "reader"} {
			if strings.Contains(got, secret) || strings.Contains(source, secret) {
				t.Errorf("entry %d shows credentials: %q (source %q)", i+1, got, source)
			}
		}
		if source != "" && !strings.HasPrefix(source, "https://feeds.pier.example/rss.xml#") {
			t.Errorf("entry %d source %q, want the feed's address without credentials", i+1, source)
		}
	}
}

func TestResolveRef(t *testing.T) {
	tests := []struct{ base, ref, want string }{
		{"https://a.example/news/", "x.html", "https://a.example/news/x.html"},
		{"https://a.example/news/", "../y", "https://a.example/y"},
		{"https://a.example/news/", "//b.example/z", "https://b.example/z"},
		{"https://a.example/news/", "https://c.example/", "https://c.example/"},
		{"", "x.html", "x.html"},
		{"sub/", "x.html", "sub/x.html"},
		{"news/sub/", "../x.html", "news/sub/../x.html"}, // cleaned against an absolute base
		{"https://a.example/feeds/", "news/sub/../x.html", "https://a.example/feeds/news/x.html"},
		{"https://a.example/", "www.b.example/story", "www.b.example/story"}, // a host without its scheme: no path of a.example
		{"https://a.example/", "javascript:alert(1)", "javascript:alert(1)"},
	}
	for _, tt := range tests {
		if got := resolveRef(tt.base, tt.ref); got != tt.want {
			t.Errorf("resolveRef(%q, %q) = %q, want %q", tt.base, tt.ref, got, tt.want)
		}
	}
}

// A title that carries HTML markup (escaped into an RSS title, or a JSON
// Feed title) is the text it shows, script content dropped; a title with
// angle brackets that are no HTML tags stays as written.
func TestFeedMarkupTitles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<b>Breaking:</b> quay reopens", "Breaking: quay reopens"},
		{"<script>alert(1)</script><b onmouseover=x>Quay</b> reopens", "Quay reopens"},
		{"Quay reopens<br>berth closes", "Quay reopens berth closes"},
		{"U.S.<sup>1</sup> tariffs", "U.S.1 tariffs"},
		{"Fish &amp; chips", "Fish &amp; chips"}, // no tag: as the parser gave it
		{"If x <y and y> z", "If x <y and y> z"},
		{"Plain headline", "Plain headline"},
	}
	for _, tt := range tests {
		if got := markupTitle(tt.in); got != tt.want {
			t.Errorf("markupTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	rss := `<rss version="2.0"><channel><title>R</title>
<item><guid>r1</guid><title>&lt;script&gt;alert(1)&lt;/script&gt;&lt;em&gt;Quay&lt;/em&gt; reopens</title><description>The quay reopened on Friday.</description></item>
</channel></rss>`
	f, err := ParseFeed(strings.NewReader(rss), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Items[0].Title; got != "Quay reopens" {
		t.Errorf("RSS title %q, want %q", got, "Quay reopens")
	}
}

// JSON Feed items: tags, author and authors of the wrong shape are read as
// far as they go and cost no article; an item that is no object (null, a
// string) is an error named by its place in the feed.
func TestJSONFeedLenientFields(t *testing.T) {
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
		{"id":"1","url":"https://j.example/1","content_text":"The quay reopened.","tags":"harbour, repairs","authors":"Port Desk"},
		null,
		{"url":"https://j.example/3","content_text":"The berth closed.","tags":[1,"dredging"],"author":{"name":7},"authors":[{"name":"Ana Ruiz"}]},
		"a string",
		{"content_text":"An item with neither id nor link."}]}`
	f, err := ParseFeed(strings.NewReader(jf), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range f.Entries("j.json") {
		if e.Err != nil {
			var re *RecordError
			errors.As(e.Err, &re)
			got = append(got, "!"+re.Source)
			continue
		}
		got = append(got, e.Doc.Source+" tags="+e.Doc.Hints["tags"]+" byline="+e.Doc.Hints["byline"])
	}
	want := []string{
		"j.json#1 tags=harbour, repairs byline=Port Desk",
		"j.json#https://j.example/3 tags=dredging byline=Ana Ruiz",
		"j.json#item-5 tags= byline=",
		"!j.json#item-2",
		"!j.json#item-4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
