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

// /quotes takes a limit as /events does, kept in its Next link; a bad
// limit is the page's 400. /quotes?limit=3 listed 30 quotes.
func TestQuotesPageLimit(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "qlimit.db")
	pub := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 5 {
			u := fmt.Sprintf("https://wire.example/dock-%d", i)
			p := pub.Add(time.Duration(i) * time.Hour)
			text := fmt.Sprintf("Dock workers stayed out for a day %d, their union said.", i)
			data := &model.Article{URL: u, Title: "Dock strike", Text: text, Paragraphs: []string{text}, Published: &p,
				Quotes: []model.Quote{{Text: fmt.Sprintf("We hold the line %d", i), Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a docker"}}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
				Title: data.Title, Text: text, Published: &p, Data: data}); err != nil {
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
	quoted := regexp.MustCompile(`We hold the line \d`)
	next := regexp.MustCompile(`href="(/quotes\?[^"]*cursor=[^"]*)"`)

	code, body := fetch(t, mux, "/quotes?limit=3")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	if n := len(quoted.FindAllString(body, -1)); n != 3 {
		t.Errorf("/quotes?limit=3 lists %d quotes, want 3", n)
	}
	m := next.FindStringSubmatch(body)
	if m == nil || !strings.Contains(m[1], "limit=3") {
		t.Fatalf("no Next link keeping limit=3: %v", m)
	}
	code, body = fetch(t, mux, html.UnescapeString(m[1]))
	if n := len(quoted.FindAllString(body, -1)); code != 200 || n != 2 {
		t.Errorf("second page: status %d, %d quotes, want 200, 2", code, n)
	}
	// Without a limit the page lists its own number (all five here).
	if _, body = fetch(t, mux, "/quotes"); len(quoted.FindAllString(body, -1)) != 5 {
		t.Errorf("/quotes lists %d quotes, want 5", len(quoted.FindAllString(body, -1)))
	}
	for _, bad := range []string{"/quotes?limit=abc", "/quotes?limit=0"} {
		code, body := fetch(t, mux, bad)
		if code != 400 || !strings.Contains(body, "limit: ") {
			t.Errorf("%s: status %d, want 400 naming limit", bad, code)
		}
	}
}
