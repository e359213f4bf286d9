package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzFeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "feeds", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(bytes.NewReader(data), FeedOptions{MaxBytes: 1 << 20, MaxItemBytes: 4096})
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
