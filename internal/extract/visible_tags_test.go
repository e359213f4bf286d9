package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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

// TestVisibleTagsMetaFirst keeps the markup's tags when it names some:
// the printed list is read only when the meta gives none.
func TestVisibleTagsMetaFirst(t *testing.T) {
	page := `<html><head><meta property="article:tag" content="Shipping"></head><body><article>
<p>Dock workers walked off the job on Tuesday, halting the loading of soybean shipments bound for Asia, union officials said.</p>
<div class="tags"><a href="/tag/ports">Ports</a></div></article></body></html>`
	a, err := HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Shipping"}; !slices.Equal(a.Tags, want) {
		t.Errorf("tags = %q, want %q", a.Tags, want)
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
