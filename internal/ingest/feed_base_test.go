package ingest

import (
	"strings"
	"testing"
)

// The feed's own link (the site's address) resolves as an item's does:
// against the xml:base in force on it, that against the feed's address.
// Before, an Atom feed's <link href="/"/> under xml:base, or an RSS
// channel's relative <link>, was kept as written ("/").
func TestFeedSiteLinkResolved(t *testing.T) {
	tests := []struct {
		name, feed, url, want string
	}{
		{"atom root under xml:base",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://harbour.example.no/nyheter/"><title>H</title><link rel="self" href="feed.atom"/><link href="/"/></feed>`,
			"", "https://harbour.example.no/"},
		{"atom relative link and relative base against the feed's address",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="nyheter/"><title>H</title><link rel="alternate" href="forside.html"/></feed>`,
			"https://feeds.harbour.example.no/main/atom.xml", "https://feeds.harbour.example.no/main/nyheter/forside.html"},
		{"atom link with its own xml:base",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>H</title><link xml:base="https://www.kenya-daily.example/" href="home"/></feed>`,
			"", "https://www.kenya-daily.example/home"},
		{"rss channel link against the feed's address",
			`<rss version="2.0"><channel><title>R</title><link>/</link></channel></rss>`,
			"https://www.lagos-post.example/rss/top.xml", "https://www.lagos-post.example/"},
		{"rdf channel link under xml:base",
			`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xml:base="https://quito-news.example/"><channel><title>Q</title><link>portada</link></channel></rdf:RDF>`,
			"", "https://quito-news.example/portada"},
		{"json feed home page against the feed's address",
			`{"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"/","items":[]}`,
			"https://desk.example.ph/feed.json", "https://desk.example.ph/"},
		{"credentials taken out",
			`<rss version="2.0"><channel><title>R</title><link>https://editor:s3cret@pier.example/</link></channel></rss>`,
			"", "https://pier.example/"},
		// Near misses: nothing to resolve against, an absolute link, a
		// link of another scheme.
		{"relative with nothing to resolve against stays as written",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>H</title><link href="/"/></feed>`,
			"", "/"},
		{"absolute link unchanged",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/x/"><title>H</title><link href="https://b.example/"/></feed>`,
			"", "https://b.example/"},
		{"javascript link taken out",
			`<rss version="2.0"><channel><title>R</title><link>javascript:alert(1)</link></channel></rss>`,
			"https://pier.example/rss.xml", ""},
	}
	for _, tt := range tests {
		f, err := ParseFeed(strings.NewReader(tt.feed), FeedOptions{URL: tt.url})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if f.Link != tt.want {
			t.Errorf("%s: Feed.Link = %q, want %q", tt.name, f.Link, tt.want)
		}
	}
}

// An item's relative link with no xml:base falls back on the site's link,
// which is itself relative to the feed's xml:base: both resolve.
func TestFeedItemLinkAgainstResolvedSite(t *testing.T) {
	feed := `<feed xmlns="http://www.w3.org/2005/Atom"><title>H</title>` +
		`<link xml:base="https://www.accra-wire.example/news/" href="./"/>` +
		`<entry><id>urn:1</id><title>Cocoa board meets</title><link href="cocoa-board.html"/></entry></feed>`
	f, err := ParseFeed(strings.NewReader(feed), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Link != "https://www.accra-wire.example/news/" || len(f.Items) != 1 || f.Items[0].Link != "https://www.accra-wire.example/news/cocoa-board.html" {
		t.Errorf("site %q items %+v", f.Link, f.Items)
	}
}
