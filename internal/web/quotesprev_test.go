package web

import (
	"context"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// The quotes page links back as it links on: a page after the first has
// "← Previous", to the page before with the same filters and limit, and
// paging on and then back again shows the same quotes. It had Next alone.
func TestQuotesPagePrevious(t *testing.T) {
	st := tempStore(t, "qp.db")
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i := range 7 {
			pub := time.Date(2025, 6, 1+i, 9, 0, 0, 0, time.UTC)
			day := pub.Format(time.DateOnly)
			url := "https://dockside.example/" + day
			quotes := []model.Quote{{Text: "berth " + day, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Tomas Varga"}}}
			if i%2 == 0 {
				quotes = append(quotes, model.Quote{Text: "cranes idle " + day, Kind: model.QuoteIndirect, Speaker: &model.Speaker{Text: "a crane operator"}})
			}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: "Dock report", Text: "Dock report.", Published: &pub,
				Data: &model.Article{Title: "Dock report", Published: &pub, Quotes: quotes}}); err != nil {
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
	quoteRe := regexp.MustCompile(`<blockquote class="quote">([^<]*?) <footer>`)
	page := func(path string) (texts []string, prev, next string) {
		t.Helper()
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		for _, m := range quoteRe.FindAllStringSubmatch(body, -1) {
			texts = append(texts, m[1])
		}
		if l := hrefs(body, "/quotes?"); len(l) > 0 {
			for _, h := range l {
				switch {
				case strings.Contains(body, `href="`+htmlAttr(h)+`">← Previous`):
					prev = h
				case strings.Contains(body, `href="`+htmlAttr(h)+`">Next →`):
					next = h
				}
			}
		}
		return texts, prev, next
	}
	for _, c := range []struct {
		first string
		pages int // pages of the listing
	}{
		{"/quotes?limit=3", 4},                  // 11 quotes
		{"/quotes?limit=2&q=berth", 4},          // 7 quotes: the filter is kept both ways
		{"/quotes?limit=4&since=2025-06", 3},    // 11 quotes, a month since
		{"/quotes?limit=3&since=2025-06-03", 3}, // 8 quotes
	} {
		var forward [][]string
		path := c.first
		texts, prev, next := page(path)
		if prev != "" {
			t.Errorf("%s: the first page links %q as the previous", path, prev)
		}
		forward = append(forward, texts)
		for next != "" {
			path = next
			texts, prev, next = page(path)
			forward = append(forward, texts)
			if prev == "" {
				t.Errorf("%s: page %d has no Previous", c.first, len(forward))
				break
			}
			back, _, _ := page(prev)
			if !slices.Equal(back, forward[len(forward)-2]) {
				t.Errorf("%s: page %d's Previous %q lists %q, want %q", c.first, len(forward), prev, back, forward[len(forward)-2])
			}
			for _, keep := range strings.Split(strings.SplitN(c.first, "?", 2)[1], "&") {
				if !strings.Contains(prev, keep) {
					t.Errorf("%s: Previous %q drops %s", c.first, prev, keep)
				}
			}
		}
		if len(forward) != c.pages {
			t.Errorf("%s: %d pages, want %d", c.first, len(forward), c.pages)
		}
	}
	// Past the end there is no page to go back to from: the page says
	// where the list ends instead (pastend), with no Previous.
	if _, prev, _ := page("/quotes?limit=3&offset=30"); prev != "" {
		t.Errorf("past the end: Previous %q", prev)
	}
}

// htmlAttr is s as html/template writes it in an attribute.
func htmlAttr(s string) string { return strings.ReplaceAll(s, "&", "&amp;") }
