package ingest

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"
)

// Items with neither id nor usable link and no text, under one title, are
// told apart by their refused link and their date (they all had the key
// "<title>~811c9dc5", the digest of nothing, and all but the first were
// dropped as seen); the same feed read again gives the same keys; items
// with text keep the key they always had; and items alike in everything
// still share one.
func TestItemKeyOfTextlessItems(t *testing.T) {
	const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Authority notices</title>
<item><title>Shipping notice</title><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Shipping notice</title><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Shipping notice</title><link>javascript:openNotice(7)</link></item>
<item><title>Shipping notice</title><link>javascript:openNotice(8)</link></item>
<item><title>Shipping notice</title><pubDate>Tue, 03 Mar 2026 10:00:00 +0200</pubDate></item>
<item><title>Ferry timetable</title><description>Winter sailings resume.</description><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`
	keys := func() []string {
		f, err := ParseFeed(strings.NewReader(feed), FeedOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for i := range f.Items {
			out = append(out, f.Items[i].ItemKey())
		}
		return out
	}
	k := keys()
	if len(k) != 6 {
		t.Fatalf("keys %q, want six", k)
	}
	for i := 0; i < 4; i++ {
		for j := i + 1; j < 4; j++ {
			if k[i] == k[j] {
				t.Errorf("items %d and %d share the key %q", i+1, j+1, k[i])
			}
		}
		if !strings.HasPrefix(k[i], "Shipping notice~") || strings.HasSuffix(k[i], "~811c9dc5") {
			t.Errorf("item %d: key %q, want the title and a digest of more than nothing", i+1, k[i])
		}
	}
	// 10:00 at +02:00 is 08:00 GMT of item 2: the same instant, the same item.
	if k[4] != k[1] {
		t.Errorf("one date in two zones: keys %q and %q", k[4], k[1])
	}
	if again := keys(); strings.Join(again, "|") != strings.Join(k, "|") {
		t.Errorf("read again: keys %q, were %q", again, k)
	}
	// An item with text keeps its key: the title and the digest of its text.
	h := fnv.New32a()
	h.Write([]byte("Winter sailings resume."))
	if want := fmt.Sprintf("Ferry timetable~%08x", h.Sum32()); k[5] != want {
		t.Errorf("item with text: key %q, want %q as before", k[5], want)
	}
	// Nothing but a title: nothing tells such items apart.
	if a, b := (&FeedItem{Title: "Shipping notice"}).ItemKey(), (&FeedItem{Title: "Shipping notice"}).ItemKey(); a != b || a != "Shipping notice~811c9dc5" {
		t.Errorf("title-only items: keys %q and %q", a, b)
	}
}
