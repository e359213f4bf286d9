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
