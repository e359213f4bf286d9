package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// /search takes a limit as /api/articles, /events and /quotes do, kept in
// its page links and its API link; a bad limit is the page's 400.
// /search?q=niger&limit=1 listed every hit and limit=0 was a 200.
func TestSearchPageLimit(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "slimit.db")
	pub := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 5 {
			u := fmt.Sprintf("https://wire.example/niger-%d", i)
			p := pub.Add(time.Duration(i) * time.Hour)
			title := fmt.Sprintf("Niger river crossing %d", i)
			text := fmt.Sprintf("Ferries on the Niger river resumed crossing number %d, the port authority said.", i)
			data := &model.Article{URL: u, Title: title, Text: text, Paragraphs: []string{text}, Published: &p}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
				Title: title, Text: text, Published: &p, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	hit := regexp.MustCompile(`href="/articles/\d+"`)
	next := regexp.MustCompile(`href="(/search\?[^"]*cursor=[^"]*)"`)

	code, body := fetch(t, mux, "/search?q=niger&limit=2")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	if n := len(hit.FindAllString(body, -1)); n != 2 {
		t.Errorf("/search?q=niger&limit=2 lists %d hits, want 2:\n%s", n, body)
	}
	if !strings.Contains(body, "/api/articles?limit=2&amp;q=niger") {
		t.Errorf("the API link does not keep limit=2:\n%s", body)
	}
	m := next.FindStringSubmatch(body)
	if m == nil || !strings.Contains(m[1], "limit=2") {
		t.Fatalf("no Next link keeping limit=2: %v", m)
	}
	code, body = fetch(t, mux, html.UnescapeString(m[1]))
	if n := len(hit.FindAllString(body, -1)); code != 200 || n != 2 {
		t.Errorf("second page: status %d, %d hits, want 200, 2", code, n)
	}
	// Without a limit the page lists its own number (all five here).
	if _, body = fetch(t, mux, "/search?q=niger"); len(hit.FindAllString(body, -1)) != 5 {
		t.Errorf("/search?q=niger lists %d hits, want 5", len(hit.FindAllString(body, -1)))
	}
	for _, bad := range []string{"/search?q=niger&limit=abc", "/search?q=niger&limit=0", "/search?q=niger&limit=100000"} {
		code, body := fetch(t, mux, bad)
		if code != 400 || !strings.Contains(body, "limit: ") {
			t.Errorf("%s: status %d, want 400 naming limit", bad, code)
		}
	}
}

// A search typed in the header's box on a search page opened with limit=N
// keeps N (a hidden field), as the page's links do; a page with no limit,
// or a bad one, or another page's limit hands none on.
func TestSearchFormKeepsLimit(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "sformlimit.db")
	pub := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 4 {
			u := fmt.Sprintf("https://wire.example/harbour-%d", i)
			p := pub.Add(time.Duration(i) * time.Hour)
			title := fmt.Sprintf("Harbour cranes idle at Mombasa %d", i)
			text := fmt.Sprintf("Dock workers at Mombasa harbour stopped cranes for shift %d, the union said.", i)
			data := &model.Article{URL: u, Title: title, Text: text, Paragraphs: []string{text}, Published: &p}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
				Title: title, Text: text, Published: &p, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	form := regexp.MustCompile(`(?s)<form class="search"[^>]*>.*?</form>`)
	hidden := regexp.MustCompile(`<input type="hidden" name="limit" value="([^"]*)">`)
	hit := regexp.MustCompile(`href="/articles/\d+"`)

	for _, tc := range []struct {
		path string
		code int
		want string // the hidden limit in the search form, "" for none
	}{
		{"/search?q=mombasa&limit=2", 200, "2"},
		{"/search?q=mombasa+cranes&limit=3&offset=3", 200, "3"},
		{"/search?limit=2", 200, "2"}, // the empty search page
		{"/search?q=mombasa", 200, ""},
		{"/search?q=mombasa&limit=0", 400, ""},
		{"/search?q=mombasa&limit=abc", 400, ""},
		{"/search?q=" + strings.Repeat("x", 501) + "&limit=2", 400, "2"}, // a refused query keeps a good limit
		{"/events?limit=2", 200, ""},                                     // another page's limit is not the search's
	} {
		code, body := fetch(t, mux, tc.path)
		if code != tc.code {
			t.Errorf("%s: status %d, want %d", tc.path, code, tc.code)
			continue
		}
		f := form.FindString(body)
		if f == "" {
			t.Errorf("%s: no search form", tc.path)
			continue
		}
		got := ""
		if m := hidden.FindStringSubmatch(f); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("%s: the search form keeps limit %q, want %q:\n%s", tc.path, got, tc.want, f)
		}
	}

	// Submitting the form (q from the box, the hidden limit) lists the
	// kept number of hits.
	_, body := fetch(t, mux, "/search?q=mombasa&limit=2")
	m := hidden.FindStringSubmatch(form.FindString(body))
	if m == nil {
		t.Fatal("no hidden limit in the search form")
	}
	code, body := fetch(t, mux, "/search?q=harbour&limit="+m[1])
	if n := len(hit.FindAllString(body, -1)); code != 200 || n != 2 {
		t.Errorf("the form's new search: status %d, %d hits, want 200, 2", code, n)
	}
}
