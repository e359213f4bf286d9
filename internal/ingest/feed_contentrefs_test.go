package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Relative href, src and srcset inside an item's HTML (Atom type="html"
// and type="xhtml" content, RSS content:encoded and description) resolve
// against the xml:base in force on the element they came in, else the
// item's link, else the feed's address: stored as written, "foto.jpg"
// named nothing once the HTML was read away from the feed.
func TestFeedContentRefsResolved(t *testing.T) {
	tests := []struct {
		name, feed, url string
		want, not       []string // substrings of the first item's Content (or Summary when it has none)
	}{
		{"atom xhtml under nested xml:base",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://nairobi-times.example/news/"><title>N</title>` +
				`<entry xml:base="2026/03/"><id>urn:1</id><title>Port</title><link href="port.html"/>` +
				`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>MOMBASA - The port reopened on Tuesday, manager Ruth Achieng said.<img src="crane.jpg" alt=""/> <a href="/about">About</a> <a href="#note">note</a></p></div></content></entry></feed>`,
			"",
			[]string{`src="https://nairobi-times.example/news/2026/03/crane.jpg"`, `href="https://nairobi-times.example/about"`, `href="#note"`},
			[]string{`src="crane.jpg"`}},
		{"atom escaped html resolved against the entry's link",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>` +
				`<entry><id>urn:2</id><title>Vote</title><link href="https://www.manila-herald.example/politics/vote-count.html"/>` +
				`<content type="html">&lt;p&gt;MANILA - Counting ended on Monday.&lt;/p&gt;&lt;img srcset="a-1x.jpg 1x, ../img/a-2x.jpg 2x" src="a-1x.jpg"&gt;&lt;a href="mailto:desk@manila-herald.example"&gt;Desk&lt;/a&gt;</content></entry></feed>`,
			"",
			[]string{`src="https://www.manila-herald.example/politics/a-1x.jpg"`, `https://www.manila-herald.example/img/a-2x.jpg 2x`, `href="mailto:desk@manila-herald.example"`},
			nil},
		{"rss content:encoded against the item link",
			`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>R</title><link>https://lima-diario.example/</link>` +
				`<item><guid>r1</guid><title>Congress</title><link>/politica/congreso</link>` +
				`<content:encoded><![CDATA[<p>LIMA - Peru's congress met on Monday.</p><p><img src="/fotos/congreso.jpg"></p><p><a href="otra-nota">More</a></p>]]></content:encoded></item></channel></rss>`,
			"",
			[]string{`src="https://lima-diario.example/fotos/congreso.jpg"`, `href="https://lima-diario.example/politica/otra-nota"`},
			nil},
		{"rss description with no link against the feed's address",
			`<rss version="2.0"><channel><title>R</title>` +
				`<item><guid>r2</guid><title>Budget</title><description><![CDATA[<p>ACCRA - The budget passed, minister Kwame Asante said.</p><img src="img/budget.png">]]></description></item></channel></rss>`,
			"https://feeds.accra-wire.example/rss/main.xml",
			[]string{`src="https://feeds.accra-wire.example/rss/img/budget.png"`},
			nil},
		// Near misses: absolute and scheme references unchanged, text
		// that only mentions src untouched, nothing to resolve against.
		{"absolute references and text unchanged",
			`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>R</title>` +
				`<item><guid>r3</guid><title>T</title><link>https://a.example/n/1</link><content:encoded><![CDATA[<p>The src and href &amp; words stay.</p><img src="https://cdn.example/x.jpg"><img src="data:image/png;base64,AAAA"><a href="//b.example/y">y</a>]]></content:encoded></item></channel></rss>`,
			"",
			[]string{`<p>The src and href &amp; words stay.</p><img src="https://cdn.example/x.jpg"><img src="data:image/png;base64,AAAA">`, `href="https://b.example/y"`},
			nil},
		{"relative with nothing to resolve against stays as written",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><entry><id>urn:9</id><title>T</title><content type="html">&lt;p&gt;Text.&lt;img src="pic.jpg"&gt;&lt;/p&gt;</content></entry></feed>`,
			"",
			[]string{`<p>Text.<img src="pic.jpg"></p>`},
			nil},
	}
	for _, tt := range tests {
		f, err := ParseFeed(strings.NewReader(tt.feed), FeedOptions{URL: tt.url})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(f.Items) == 0 {
			t.Fatalf("%s: no items", tt.name)
		}
		got := f.Items[0].Content
		if got == "" {
			got = f.Items[0].Summary
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q still has %q", tt.name, got, w)
			}
		}
	}
}

// The document built from an item carries the resolved references in its
// raw HTML.
func TestFeedContentRefsInDocument(t *testing.T) {
	feed := `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.dhaka-ledger.example/"><title>D</title>` +
		`<entry><id>urn:1</id><title>Flood</title><link href="news/flood.html"/>` +
		`<content type="html">&lt;p&gt;DHAKA - Flood waters fell on Sunday, official Rahim Uddin said.&lt;/p&gt;&lt;img src="img/flood.jpg"&gt;</content></entry></feed>`
	f, err := ParseFeed(strings.NewReader(feed), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := f.Entry("d.xml", 0)
	if e.Doc == nil {
		t.Fatalf("entry %+v", e)
	}
	if !strings.Contains(string(e.Doc.Raw), `src="https://www.dhaka-ledger.example/img/flood.jpg"`) {
		t.Errorf("raw %s", e.Doc.Raw)
	}
}

func TestAbsolutizeHTMLKeepsBytes(t *testing.T) {
	for _, tt := range []struct{ in, base, want string }{
		{`<P CLASS=x>Caf&eacute; <!-- c --><script>var s="<a href=x>"</script><a HREF='y.html'>y</a>`, "https://z.example/a/",
			`<P CLASS=x>Caf&eacute; <!-- c --><script>var s="<a href=x>"</script><a href="https://z.example/a/y.html">y</a>`},
		{`<img src="x.jpg">`, "", `<img src="x.jpg">`},
		{`<a href="www.example.com/story">s</a>`, "https://z.example/", `<a href="www.example.com/story">s</a>`},
		// A tag left open is read as HTML reads it: one tag, "<a" an
		// attribute of it, href its link.
		{`<broken <a href="q">`, "https://z.example/", `<broken <a="" href="https://z.example/q">`},
	} {
		if got := absolutizeHTML(tt.in, tt.base); got != tt.want {
			t.Errorf("absolutizeHTML(%q, %q)\n got %q\nwant %q", tt.in, tt.base, got, tt.want)
		}
	}
}

// The fixture (also a FuzzFeed seed): site link, item links and the
// references in both kinds of content resolved.
func TestAtomRelativeRefsFixture(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "feeds", "atom-relative-refs.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Link != "https://harbour.example.no/" || len(f.Items) != 2 {
		t.Fatalf("link %q, %d items", f.Link, len(f.Items))
	}
	a, b := f.Items[0], f.Items[1]
	for _, w := range []string{`src="https://harbour.example.no/nyheter/2026/11/ferry.jpg"`,
		`https://harbour.example.no/nyheter/img/ferry-2x.jpg 2x`, `href="https://harbour.example.no/arkiv"`} {
		if !strings.Contains(a.Content, w) {
			t.Errorf("item 1 content %q lacks %q", a.Content, w)
		}
	}
	// xml:base of the feed wins over the entry's link (XML Base).
	if !strings.Contains(b.Content, `src="https://harbour.example.no/nyheter/kran.jpg"`) {
		t.Errorf("item 2 content %q", b.Content)
	}
}

// FuzzAbsolutizeHTML: any markup is read without a panic, text with no
// tag is never changed, and no base leaves everything as written.
func FuzzAbsolutizeHTML(f *testing.F) {
	f.Add(`<p>x<img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x"><a href="../c">c</a></p>`, "https://z.example/a/b/")
	f.Add(`<a href='#n'>n</a><script>"<a href=q>"</script><!-- <img src=x> -->`, "https://z.example/")
	f.Add(`<broken <a href="q"><img src=" , ,"srcset=",,, 2x">`, "http://z.example")
	f.Fuzz(func(t *testing.T, s, base string) {
		got := absolutizeHTML(s, base)
		if !strings.Contains(s, "<") && got != s {
			t.Fatalf("text without a tag changed: %q -> %q", s, got)
		}
		if absolutizeHTML(s, "") != s {
			t.Fatalf("no base changed %q", s)
		}
	})
}

// Resolving never takes an item's HTML past the item cap: a long xml:base
// times many relative links leaves the HTML as written.
func TestFeedContentRefsWithinItemCap(t *testing.T) {
	base := "https://big.example/" + strings.Repeat("d/", 500)
	body := strings.Repeat(`&lt;a href="x"&gt;x&lt;/a&gt;`, 300)
	feed := `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="` + base + `"><title>B</title>` +
		`<entry><id>urn:1</id><title>T</title><content type="html">` + body + `</content></entry>` +
		`<entry><id>urn:2</id><title>U</title><content type="html">&lt;a href="y"&gt;y&lt;/a&gt;</content></entry></feed>`
	f, err := ParseFeed(strings.NewReader(feed), FeedOptions{MaxItemBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 {
		t.Fatalf("%d items", len(f.Items))
	}
	if c := f.Items[0].Content; len(c) > 64<<10 || !strings.HasPrefix(c, `<a href="x">`) {
		t.Errorf("item 1: %d bytes, starts %.40q", len(c), c)
	}
	if c := f.Items[1].Content; c != `<a href="`+base+`y">y</a>` {
		t.Errorf("item 2: %q", c)
	}
}

// An xml:base set on an element inside Atom XHTML content (markup from
// another host) governs the references under it, and only those.
func TestAtomXHTMLInnerXMLBase(t *testing.T) {
	for _, tt := range []struct{ name, feed, want string }{
		{"inner absolute base",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.jakarta-pos.example/berita/"><title>J</title>` +
				`<entry><id>urn:1</id><title>Quake</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
				`<p>JAKARTA - A quake shook Java on Sunday.<img src="peta.png"/></p><div xml:base="https://foto.example.id/galeri/"><img src="gempa.jpg"/><a href="../index.html">more</a></div></div></content></entry></feed>`,
			`<p>JAKARTA - A quake shook Java on Sunday.<img src="https://www.jakarta-pos.example/berita/peta.png"></p><div><img src="https://foto.example.id/galeri/gempa.jpg"><a href="https://foto.example.id/index.html">more</a></div>`},
		{"inner relative base joins the entry's",
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.jakarta-pos.example/berita/"><title>J</title>` +
				`<entry><id>urn:2</id><title>Rain</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
				`<div xml:base="2026/"><img src="hujan.jpg"/></div></div></content></entry></feed>`,
			`<div><img src="https://www.jakarta-pos.example/berita/2026/hujan.jpg"></div>`},
		// Near miss: no xml:base anywhere, resolved against the link.
		{"no base: the entry's link",
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>J</title>` +
				`<entry><id>urn:3</id><title>Flood</title><link href="https://www.jakarta-pos.example/berita/banjir.html"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
				`<img src="banjir.jpg"/></div></content></entry></feed>`,
			`<img src="https://www.jakarta-pos.example/berita/banjir.jpg">`},
	} {
		f, err := ParseFeed(strings.NewReader(tt.feed), FeedOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(f.Items) != 1 || f.Items[0].Content != tt.want {
			t.Errorf("%s: content\n got %q\nwant %q", tt.name, f.Items[0].Content, tt.want)
		}
	}
}
