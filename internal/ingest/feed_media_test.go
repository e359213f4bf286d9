package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An RSS item with no link and no title or description of its own, but a
// Media RSS media:title and media:description on the item or in its
// media:group (video and podcast feeds), is read from those: it failed as
// "item has neither content nor a link". A media:content's caption
// describes one picture, not the item, and is still no text of it.
func TestRSSMediaTextItems(t *testing.T) {
	const head = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Video desk</title>`
	tests := []struct {
		name, item     string
		title, summary string // want; summary "" means the entry is an error
	}{
		{"item-level media title and description",
			`<item><guid isPermaLink="false">v1</guid><media:title>Nepal floods: villages cut off</media:title>` +
				`<media:description>KATHMANDU - Floods cut off 40 villages on Tuesday, official Sita Gurung said.</media:description></item>`,
			"Nepal floods: villages cut off", "KATHMANDU - Floods cut off 40 villages on Tuesday, official Sita Gurung said."},
		{"media:group variant, html description",
			`<item><guid isPermaLink="false">v2</guid><media:group><media:title>Chile miners rescued</media:title>` +
				`<media:description type="html">&lt;p&gt;SANTIAGO - Rescuers freed six miners on Sunday, engineer Pablo Vera said.&lt;/p&gt;</media:description>` +
				`<media:content url="https://video.example.cl/v2.mp4"/></media:group></item>`,
			"Chile miners rescued", "<p>SANTIAGO - Rescuers freed six miners on Sunday, engineer Pablo Vera said.</p>"},
		{"namespace without its final slash; plain text escaped",
			`<item xmlns:m="http://search.yahoo.com/mrss"><m:title>Kenya tea prices</m:title>` +
				"<m:description>NAIROBI - Tea prices rose 5% &amp; exports &lt;b&gt; fell on Friday.\nBuyers held back.</m:description></item>",
			"Kenya tea prices", "NAIROBI - Tea prices rose 5% &amp; exports &lt;b&gt; fell on Friday.<br>\nBuyers held back."},
		// Near misses: the item's own title and description win; a
		// caption inside media:content stays out; a media:title alone
		// gives no text.
		{"own title and description win",
			`<item><title>Ghana budget vote</title><description>ACCRA - Parliament passed the budget.</description>` +
				`<media:title>Photo of parliament</media:title><media:description>A view of the chamber.</media:description></item>`,
			"Ghana budget vote", "ACCRA - Parliament passed the budget."},
		{"media:content caption is not the item's text",
			`<item><guid isPermaLink="false">v5</guid><media:content url="https://img.example/a.jpg"><media:title>Harbour</media:title>` +
				`<media:description>Boats in the harbour at dawn.</media:description></media:content></item>`,
			"", ""},
		{"media:title alone",
			`<item><guid isPermaLink="false">v6</guid><media:title>Untitled clip</media:title></item>`,
			"Untitled clip", ""},
	}
	for _, tt := range tests {
		f, err := ParseFeed(strings.NewReader(head+tt.item+`</channel></rss>`), FeedOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(f.Items) != 1 {
			t.Fatalf("%s: %d items", tt.name, len(f.Items))
		}
		it := f.Items[0]
		if it.Title != tt.title || it.Summary != tt.summary {
			t.Errorf("%s: title %q summary %q, want %q %q", tt.name, it.Title, it.Summary, tt.title, tt.summary)
		}
		e := f.Entry("v.xml", 0)
		switch {
		case tt.summary == "" && e.Err == nil:
			t.Errorf("%s: entry %+v, want the no-content error", tt.name, e)
		case tt.summary != "" && (e.Doc == nil || !strings.Contains(string(e.Doc.Raw), tt.title)):
			t.Errorf("%s: entry %+v (err %v), want a document titled %q", tt.name, e.Doc, e.Err, tt.title)
		}
	}
}

// The fixture of media-only items (also a FuzzFeed seed): two documents
// and one error, the caption-only item; one bad item never stops a feed.
func TestRSSMediaOnlyFixture(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "feeds", "rss-media-only.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{URL: "https://video.example.cl/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	entries := f.Entries("rss-media-only.xml")
	if len(entries) != 3 || entries[0].Doc == nil || entries[1].Doc == nil || entries[2].Err == nil {
		t.Fatalf("entries %+v", entries)
	}
	if f.Link != "https://video.example.cl/" {
		t.Errorf("site link %q", f.Link)
	}
	if !strings.Contains(string(entries[1].Doc.Raw), `src="https://video.example.cl/mina.jpg"`) {
		t.Errorf("item 2 raw %s", entries[1].Doc.Raw)
	}
}
