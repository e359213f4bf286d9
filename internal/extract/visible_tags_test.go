package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestVisibleTags reads the tags a page prints, from fixtures under
// testdata/tags. Every fixture carries a navigation menu of /topics/
// section links and a "Related" list linking to a topic page: neither is
// a tag list.
func TestVisibleTags(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"div-tags.html", []string{"Brazil", "Ports"}},
		{"rel-tag-list.html", []string{"Elections", "Parliament"}},
		{"plain-label.html", []string{"Philippines", "Volcanoes", "Disasters"}},
		{"label-links.html", []string{"Philippines", "Volcanoes"}},
		{"nav-only.html", []string{}},
		{"category-only.html", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "tags", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := HTML(string(b), "https://news.example.com/2026/11/30/story")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Tags, tt.want) {
				t.Errorf("tags = %q, want %q", a.Tags, tt.want)
			}
			// The tag list is furniture: it never reaches the body.
			for _, p := range a.Paragraphs {
				low := strings.ToLower(p)
				if strings.HasPrefix(low, "tags") || strings.HasPrefix(low, "topics") || p == "Brazil Ports" {
					t.Errorf("tag list left in the body: %q", p)
				}
			}
			if len(a.Paragraphs) != 2 {
				t.Errorf("paragraphs = %q, want the two story paragraphs", a.Paragraphs)
			}
		})
	}
}

// TestVisibleTagsMerge joins the page's printed tag list to the markup's
// tags: the markup's come first, and a printed tag that repeats one (in
// another case, or as a slug's words) is dropped.
func TestVisibleTagsMerge(t *testing.T) {
	const story = `<p>Dock workers walked off the job on Tuesday, halting the loading of soybean shipments bound for Asia, union officials said.</p>`
	for _, tc := range []struct {
		name, head, tags string
		want             []string
	}{
		{"meta and printed", `<meta property="article:tag" content="Shipping">`,
			`<div class="tags"><a href="/tag/ports">Ports</a></div>`, []string{"Shipping", "Ports"}},
		{"one generic meta tag", `<meta name="keywords" content="News">`,
			`<div class="tags"><a href="/tag/brazil">Brazil</a><a href="/tag/dock-strikes">Dock strikes</a></div>`,
			[]string{"News", "Brazil", "Dock strikes"}},
		{"repeats in another case", `<meta name="keywords" content="ports, Brazil">`,
			`<div class="tags"><a href="/tag/ports">Ports</a><a href="/tag/brazil">BRAZIL</a><a href="/tag/labour">Labour</a></div>`,
			[]string{"ports", "Brazil", "Labour"}},
		{"slug and words", `<meta property="article:tag" content="dock-strikes">`,
			`<div class="tags"><a href="/tag/dock-strikes">Dock Strikes</a></div>`, []string{"dock-strikes"}},
		{"meta only", `<meta property="article:tag" content="Shipping">`, ``, []string{"Shipping"}},
		{"printed only", ``, `<div class="tags"><a href="/tag/ports">Ports</a></div>`, []string{"Ports"}},
		{"a list packed into one tag", `<meta property="article:tag" content="science-fiction, books, fantasy"><meta property="article:tag" content="Washington, D.C.">`,
			``, []string{"science-fiction", "books", "fantasy", "Washington, D.C."}},
		{"a list packed into one JSON-LD keyword", `<script type="application/ld+json">{"@type":"NewsArticle","keywords":["Trade; Ports; Brazil","Rio de Janeiro, Brazil"]}</script>`,
			``, []string{"Trade", "Ports", "Brazil", "Rio de Janeiro, Brazil"}},
		{"JSON-LD keywords", `<script type="application/ld+json">{"@type":"NewsArticle","keywords":["Trade"]}</script>`,
			`<div class="tags"><a href="/tag/ports">Ports</a></div>`, []string{"Trade", "Ports"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body><article>` + story + tc.tags + `</article></body></html>`
			a, err := HTML(page, "")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Tags, tc.want) {
				t.Errorf("tags = %q, want %q", a.Tags, tc.want)
			}
		})
	}
}

func TestTagKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"science-fiction", "Science Fiction"},
		{"Slate_Book_Review", "slate book review"},
		{"Dock  strikes", "dock strikes"},
	} {
		if tagKey(tc.a) != tagKey(tc.b) {
			t.Errorf("tagKey(%q) = %q, tagKey(%q) = %q, want equal", tc.a, tagKey(tc.a), tc.b, tagKey(tc.b))
		}
	}
	if tagKey("ios9") == tagKey("ios 9") {
		t.Errorf("tagKey joins words that differ by a space inside a word: %q", tagKey("ios9"))
	}
}

// TestVisibleTagsStoryCards drops rel="tag" links spread over several
// story cards (a front page): they tag other stories.
func TestVisibleTagsStoryCards(t *testing.T) {
	page := `<html><body>
<article><h2><a href="/a">Port strike halts exports</a></h2><a rel="tag" href="/channel/trade">Trade</a></article>
<article><h2><a href="/b">Volcano erupts near Manila</a></h2><a rel="tag" href="/channel/disasters">Disasters</a></article>
</body></html>`
	a, err := HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tags) != 0 {
		t.Errorf("tags = %q, want none", a.Tags)
	}
}

func TestVisibleTagsCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><p>Dock workers walked off the job on Tuesday, union officials said.</p><p>Tags: `)
	for i := range 35 {
		b.WriteString(`<a href="/tag/t` + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + `">Topic ` + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + `</a> `)
	}
	b.WriteString(`</p></article></body></html>`)
	a, err := HTML(b.String(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tags) != maxVisibleTags {
		t.Errorf("got %d tags, want the cap %d", len(a.Tags), maxVisibleTags)
	}
}

func TestFirstColon(t *testing.T) {
	for _, s := range []string{"", "Tags: a", "標籤：台灣", "a：b:c", "a:b：c", "no colon here", "：", ":"} {
		if got, want := firstColon(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("firstColon(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTagLabelPrefixAgrees checks that reading a block's first characters
// turns away only blocks the whole text would turn away too: every block
// of the fixture pages gets the same answer with and without it.
func TestTagLabelPrefixAgrees(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	tagFiles, _ := filepath.Glob(filepath.Join("testdata", "tags", "*.html"))
	files = append(files, tagFiles...)
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	pages := []string{
		"<div><span>Tags</span><span>:</span> <a href=/tag/x>X</a></div>",
		"<ul><li>Topics：</li><li><a href=/t/a>A</a></li></ul>",
		"<p>" + strings.Repeat("<b></b>", 300) + "Tags: a, b</p>",
		"<div>Keywords\u00a0: volcano, ash</div>",
		"<p>A very long opening sentence without any colon at all, then Tags: a</p>",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	blocks, labelled := 0, 0
	for _, p := range pages {
		root, err := html.Parse(strings.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				blocks++
				gotLabel, got := tagLabelStart(n)
				wantLabel, want := "", false
				switch n.DataAtom {
				case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Li, atom.Span, atom.Dl, atom.Footer:
					wantLabel, want = tagLabelWhole(n)
				}
				if got != want || gotLabel != wantLabel {
					t.Errorf("<%s> %.60q: tagLabelStart = %q, %v; whole text says %q, %v", n.Data, plainText(n), gotLabel, got, wantLabel, want)
				}
				if want {
					labelled++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
	}
	if labelled == 0 {
		t.Errorf("no labelled block among %d: the test compares nothing that passes", blocks)
	}
}
