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

// An actor's page takes a limit with the API's rules (as /events and
// /quotes do), kept in its links to the other pages of articles and in its
// API link; a bad limit is the page's 400 as /api/actors/{id} refuses it.
// /actors/KEN?limit=abc drew the page with its own 30 rows.
func TestActorPageLimit(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "actorlimit.db")
	ken := []model.ActorRef{{ID: "KEN", Name: "Kenya", Type: "country", Country: "KEN", Mentions: 1}}
	pub := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 5 {
			u := fmt.Sprintf("https://wire.example/nairobi-%d", i)
			p := pub.Add(time.Duration(i) * time.Hour)
			text := fmt.Sprintf("Kenya's parliament debated the finance bill for a %d day, officials said.", i)
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
				Title: fmt.Sprintf("Finance bill %d", i), Text: text, Published: &p,
				Data: &model.Article{URL: u, Title: fmt.Sprintf("Finance bill %d", i), Text: text, Paragraphs: []string{text}, Published: &p, Actors: ken}}); err != nil {
				return err
			}
		}
		for i, other := range []string{"UGA", "TZA", "ETH"} {
			e := store.Event{Key: "k" + other, Type: "CONSULT", SourceActor: "KEN", SourceName: "Kenya", TargetActor: other, TargetName: other,
				Date: fmt.Sprintf("2026-11-%02d", 20+i), QuadClass: 1}
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
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
	article := regexp.MustCompile(`href="/articles/\d+">Finance bill`)
	event := regexp.MustCompile(`<td data-label="Whom"[^>]*>`)
	counterpart := regexp.MustCompile(`<li><a href="/actors/[^"]*">[^<]*</a> <span class="muted">1 event</span></li>`)
	next := regexp.MustCompile(`href="([^"]*)">Older articles →`)
	prev := regexp.MustCompile(`href="([^"]*)">← Newer articles`)

	code, body := fetch(t, mux, "/actors/KEN?limit=2")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	for _, c := range []struct {
		what string
		re   *regexp.Regexp
	}{{"articles", article}, {"events", event}, {"counterparts", counterpart}} {
		if n := len(c.re.FindAllString(body, -1)); n != 2 {
			t.Errorf("/actors/KEN?limit=2 lists %d %s, want 2", n, c.what)
		}
	}
	if !strings.Contains(body, "/api/actors/KEN?limit=2") {
		t.Errorf("the API link does not keep limit=2")
	}
	// Following Older articles gives every article once, two a page.
	seen := len(article.FindAllString(body, -1))
	var second string
	for page := 2; ; page++ {
		m := next.FindStringSubmatch(body)
		if m == nil {
			break
		}
		// A browser sends no fragment (#arts); httptest would.
		link, _, _ := strings.Cut(html.UnescapeString(m[1]), "#")
		if !strings.Contains(link, "limit=2") {
			t.Fatalf("page %d: Next link %q does not keep limit=2", page, link)
		}
		if code, body = fetch(t, mux, link); code != 200 {
			t.Fatalf("%s: status %d", link, code)
		}
		if page == 2 {
			second = body
		}
		seen += len(article.FindAllString(body, -1))
		if page > 5 {
			t.Fatal("more pages than articles")
		}
	}
	if seen != 5 {
		t.Errorf("pages of two list %d articles, want 5", seen)
	}
	if m := prev.FindStringSubmatch(second); m == nil || html.UnescapeString(m[1]) != "/actors/KEN?limit=2#arts" {
		t.Errorf("second page: Newer articles link %v, want /actors/KEN?limit=2#arts", m)
	}
	// Without a limit the page lists its own number (all five here), and
	// its links carry none.
	code, body = fetch(t, mux, "/actors/KEN")
	if n := len(article.FindAllString(body, -1)); code != 200 || n != 5 || strings.Contains(body, "limit=2") {
		t.Errorf("/actors/KEN: status %d, %d articles, want 200 and 5", code, n)
	}
	for _, bad := range []string{"/actors/KEN?limit=abc", "/actors/KEN?limit=0", "/actors/KEN?limit=99999999", "/actors/KEN?limit=2&limit=3"} {
		code, body := fetch(t, mux, bad)
		if code != 400 || !strings.Contains(body, "limit: ") {
			t.Errorf("%s: status %d, want 400 naming limit", bad, code)
		}
	}
}
