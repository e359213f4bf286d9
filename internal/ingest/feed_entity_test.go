package ingest

import (
	"bytes"
	"log/slog"
	"slices"
	"strings"
	"testing"
)

// TestFeedUnresolvedEntities: references that no entity map defines (the
// ones a refused DTD declared, typos) are read as nothing in every text
// field, named in Feed.Unresolved and logged as a warning naming the feed;
// the feed itself is read. Text in CDATA is not expanded and stays.
func TestFeedUnresolvedEntities(t *testing.T) {
	const dtd = `<!DOCTYPE rss [<!ENTITY a0 "ha"><!ENTITY a1 "&a0;&a0;&a0;"><!ENTITY a9 "&a1;&a1;&a1;">]>`
	tests := []struct {
		name        string
		feed        string
		wantTitle   string // feed title
		wantItem    string // first item's title
		wantSummary string // first item's summary (substring)
		wantNames   []string
	}{
		{
			name: "declared in refused DTD",
			feed: `<?xml version="1.0"?>` + dtd + `<rss version="2.0"><channel><title>Harbour &a9;desk</title>
<item><title>Port board &a9;approves dredging &amp; berth plan</title><link>https://example.org/p1</link>
<description>The board voted 7-2.&a1;</description></item></channel></rss>`,
			wantTitle: "Harbour desk", wantItem: "Port board approves dredging & berth plan",
			wantSummary: "The board voted 7-2.", wantNames: []string{"a9", "a1"},
		},
		{
			name: "undeclared name in atom",
			feed: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>City &bogus;wire</title>
<entry><title>Mayor signs budget&bogus;</title><link href="https://example.org/b1"/><id>b1</id><summary>Text &eacute;t&eacute;.</summary></entry></feed>`,
			wantTitle: "City wire", wantItem: "Mayor signs budget", wantSummary: "Text été.", wantNames: []string{"bogus"},
		},
		{
			name: "CDATA and HTML entities are no references left unresolved",
			feed: `<?xml version="1.0"?><rss version="2.0"><channel><title>Rail &amp; road</title>
<!-- &comment; --><item><title>Strike ends &ndash; trains run</title><link>https://example.org/r1</link>
<description><![CDATA[<p>Union &custom; deal</p>]]></description></item></channel></rss>`,
			wantTitle: "Rail & road", wantItem: "Strike ends – trains run", wantSummary: "&custom;",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFeed(strings.NewReader(tc.feed), FeedOptions{})
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if f.Title != tc.wantTitle {
				t.Errorf("feed title = %q, want %q", f.Title, tc.wantTitle)
			}
			if len(f.Items) != 1 {
				t.Fatalf("got %d items, want 1", len(f.Items))
			}
			if f.Items[0].Title != tc.wantItem {
				t.Errorf("item title = %q, want %q", f.Items[0].Title, tc.wantItem)
			}
			if !strings.Contains(f.Items[0].Summary, tc.wantSummary) {
				t.Errorf("summary = %q, want it to contain %q", f.Items[0].Summary, tc.wantSummary)
			}
			if !slices.Equal(f.Unresolved, tc.wantNames) {
				t.Errorf("Unresolved = %q, want %q", f.Unresolved, tc.wantNames)
			}
			if f.Cut != nil || len(f.Problems("feed.xml")) != 0 {
				t.Errorf("an unresolved reference made the feed fail: cut %v, problems %v", f.Cut, f.Problems("feed.xml"))
			}
			var buf bytes.Buffer
			f.LogWarnings(slog.New(slog.NewTextHandler(&buf, nil)), "https://reader:s3cret@example.org/feed.xml")
			logged := buf.String()
			if len(tc.wantNames) == 0 {
				if logged != "" {
					t.Errorf("warning logged for a clean feed: %s", logged)
				}
				return
			}
			if !strings.Contains(logged, "level=WARN") || !strings.Contains(logged, "example.org/feed.xml") || !strings.Contains(logged, tc.wantNames[0]) {
				t.Errorf("warning %q does not name the feed and the entity", logged)
			}
			if strings.Contains(logged, "s3cret") {
				t.Errorf("warning shows the feed URL's password: %s", logged)
			}
		})
	}
}
