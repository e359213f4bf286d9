package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "feeds", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	// Items dated ahead of the fetch (set aside as Future), one with only
	// an update time.
	f.Add([]byte(`<rss version="2.0"><channel><title>V</title><lastBuildDate>Mon, 04 Mar 2024 18:00:00 +0000</lastBuildDate>` +
		`<item><title>A</title><description>x</description><pubDate>Tue, 12 Mar 2024 09:30:00</pubDate></item>` +
		`<item><title>B</title><description>y</description><pubDate>Fri, 01 Jan 2100 00:00:00 +1400</pubDate></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"z","date_modified":"2099-12-31T23:59:59-12:00"}]}`))
	// Relative links under xml:base, links of other schemes, markup in
	// titles, JSON Feed fields of the wrong shape and items that are no
	// objects.
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://q.example/news/"><title>Q</title>` +
		`<entry xml:base="a/"><id>1</id><title type="html">&lt;b&gt;One&lt;/b&gt;</title><link href="../x.html"/><content type="text">Quay</content></entry>` +
		`<entry><id>2</id><title>Two</title><link href="javascript:alert(1)"/></entry></feed>`))
	f.Add([]byte(`<rss version="2.0"><channel><title>R</title><link>https://r.example/</link><item><title>&lt;script&gt;x&lt;/script&gt;&lt;em&gt;T&lt;/em&gt;</title><link>/p/1</link></item><item><link>file:///etc/passwd</link><description>d</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[null,"s",7,{"url":"rel/1","content_text":"a","tags":"x, y","authors":"Desk","author":{"name":3}}]}`))
	fetched := time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(bytes.NewReader(data), FeedOptions{MaxBytes: 1 << 20, MaxItemBytes: 4096, Fetched: fetched})
		if err != nil {
			return
		}
		if len(feed.Items) > DefaultMaxFeedItems {
			t.Fatalf("%d items over the cap", len(feed.Items))
		}
		entries := feed.Entries("f.xml")
		if len(entries) < len(feed.Items) {
			t.Fatalf("%d entries for %d items", len(entries), len(feed.Items))
		}
		for i, e := range entries {
			if i >= len(feed.Items) {
				// Problems follow the items: bad items, items past the
				// cap, a feed cut short. Each is an error.
				if e.Err == nil || e.Doc != nil || e.Link != nil {
					t.Fatalf("problem entry %d is not an error: %+v", i, e)
				}
				continue
			}
			it := feed.Items[i]
			if it.Published.After(fetched.Add(FutureGrace)) || !it.Future.IsZero() && !it.Published.IsZero() {
				t.Fatalf("item %d dated %v (future %v) after the fetch %v", i, it.Published, it.Future, fetched)
			}
			if len(it.Content) > 4096 || len(it.Summary) > 4096 {
				t.Fatalf("item %d content %d / summary %d bytes over the cap", i, len(it.Content), len(it.Summary))
			}
			if (e.Doc == nil) == (e.Link == nil) && e.Err == nil {
				t.Fatalf("entry %d is neither document, link nor error: %+v", i, e)
			}
			if e.Doc != nil && !utf8.ValidString(e.Doc.Content) {
				t.Fatalf("entry %d content is not valid UTF-8", i)
			}
			// A URL taken from a feed is an absolute http(s) URL or none.
			if e.Doc != nil && e.Doc.URL != "" && !looksLikeURL(e.Doc.URL) {
				t.Fatalf("entry %d document URL %q", i, e.Doc.URL)
			}
			if e.Link != nil && !looksLikeURL(e.Link.URL) {
				t.Fatalf("entry %d link %q", i, e.Link.URL)
			}
			// A link's description, when it keeps one, makes a document
			// that does not carry it as a hint.
			if e.Link != nil && e.Link.Hints[HintFeedText] != "" {
				d := DescriptionDocument(e.Link.Source, e.Link.URL, e.Link.Hints, errors.New("404"))
				if d != nil && d.Hints[HintFeedText] != "" {
					t.Fatalf("entry %d: description document keeps the description as a hint", i)
				}
			}
		}
	})
}
