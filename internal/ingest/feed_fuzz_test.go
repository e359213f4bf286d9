package ingest

import (
	"bytes"
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
		}
	})
}
