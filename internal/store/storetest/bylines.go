package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testSearchBylines: search finds an article by its reporter's name in the
// byline, folded as every searched word is ("ibanez" finds "Ibáñez"), and
// ranks a story with the name in its title above one bylined by it, and
// that above one naming it in passing in its body.
func testSearchBylines(t *testing.T, s store.Store) {
	WriteBylineArticles(t, s)
	CheckBylineSearch(t, s)
}

// WriteBylineArticles stores four wire reports: one by Ana Ibáñez, one
// about her (her name in the title) by Jana Novak, one that quotes her in
// its body, and a syndicated copy of the first, which search does not list.
func WriteBylineArticles(t *testing.T, s store.Store) {
	t.Helper()
	by := func(url, byline, title, text string) *store.Article {
		a := article(url, "wire.example", title, text, "2026-11-20T09:00:00Z")
		a.Byline = byline
		a.Data.Byline = byline
		return a
	}
	first := by("https://wire.example/geneva-talks", "Ana Ibáñez", "Talks resume in Geneva",
		"Negotiators met again on Tuesday after a week-long pause in the talks.")
	insert(t, s,
		first,
		by("https://wire.example/envoy", "Jana Novak", "Ibáñez named envoy to the talks",
			"The government named the veteran correspondent its envoy on Monday."),
		by("https://wire.example/ceasefire", "", "Ceasefire holds along the border",
			"The ceasefire held for a third day, officials said, and the monitors reported no shelling. Ibáñez, who covered the talks, said both sides kept their positions."))
	copyOf := by("https://mirror.example/geneva-talks", "Ana Ibáñez", "Talks resume in Geneva",
		"Negotiators met again on Tuesday after a week-long pause in the talks.")
	copyOf.ContentHash = "hash:mirror-geneva"
	copyOf.DuplicateOf = first.ID
	insert(t, s, copyOf)
}

// CheckBylineSearch checks the searches of the articles WriteBylineArticles
// stored.
func CheckBylineSearch(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	urls := func(q string) ([]string, []store.SearchHit) {
		t.Helper()
		hits, err := s.Search(ctx, store.SearchQuery{Text: q})
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.URL)
		}
		return out, hits
	}
	got, _ := urls("ibanez")
	want := []string{"https://wire.example/envoy", "https://wire.example/geneva-talks", "https://wire.example/ceasefire"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("search ibanez: %v, want title, then byline, then body match %v", got, want)
	}
	got, hits := urls("Jana Novak")
	if len(got) != 1 || got[0] != "https://wire.example/envoy" {
		t.Fatalf("search Jana Novak: %v, want the envoy story", got)
	}
	if !strings.Contains(hits[0].Snippet, store.SnippetOpen+"Novak"+store.SnippetClose) {
		t.Errorf("search Jana Novak: snippet %q does not show the byline", hits[0].Snippet)
	}
	// A column filter keeps to the bylines: the story about Ibáñez is not
	// one she wrote.
	if got, _ := urls("byline:ibanez"); strings.Join(got, " ") != "https://wire.example/geneva-talks" {
		t.Errorf("search byline:ibanez: %v, want the Geneva story alone", got)
	}
	if got, _ := urls("title:novak"); len(got) != 0 {
		t.Errorf("search title:novak: %v, want none", got)
	}
	n, err := s.CountSearch(ctx, store.SearchQuery{Text: "ibanez"}, 100)
	if err != nil || n.N != 3 || n.More {
		t.Errorf("count ibanez: %+v, %v; want 3", n, err)
	}
}
