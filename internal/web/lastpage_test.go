package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A listing that fills its last page exactly offers no "Next →": the
// events page said "31–31 of 31 events" with a Next link to a page of "No
// events.", and so did the search and quotes pages at 20 and 30 rows.
func TestNoNextAfterAFullLastPage(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "last.db")
	pub := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	// searchPage articles, quotesPage quotes, 4 events.
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		quotes := 0
		for i := range searchPage {
			url := fmt.Sprintf("https://wire.example/harbour-%d", i)
			text := fmt.Sprintf("Harbour pilots struck in port %d, their union said.", i)
			data := &model.Article{URL: url, Title: "Harbour strike " + strconv.Itoa(i), Text: text, Paragraphs: []string{text}, Published: &pub}
			for ; quotes < quotesPage && len(data.Quotes) < 2; quotes++ {
				data.Quotes = append(data.Quotes, model.Quote{Text: "We stay out " + strconv.Itoa(quotes), Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a pilot"}})
			}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "wire.example", ContentHash: url,
				Title: data.Title, Text: text, Published: &pub, Data: data}); err != nil {
				return err
			}
		}
		if quotes != quotesPage {
			return fmt.Errorf("%d quotes stored, want %d", quotes, quotesPage)
		}
		for i := range 4 {
			e := store.Event{Key: "k" + strconv.Itoa(i), Type: "PROTEST", SourceName: "pilots", TargetName: "port authority",
				Date: fmt.Sprintf("2026-11-%02d", 10+i), QuadClass: 3}
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
	for _, c := range []struct {
		path string
		next bool
		want string
	}{
		{"/events?limit=2", true, "1–2 of 4 events"},
		{"/events?limit=2&offset=2", false, "3–4 of 4 events"},
		{"/events?limit=4", false, "4 events"},
		{"/events?limit=3&offset=3", false, "4–4 of 4 events"},
		{"/search?q=harbour", false, "20 articles"},
		{"/quotes", false, "We stay out 29"},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Fatalf("%s: status %d", c.path, code)
		}
		if !strings.Contains(body, c.want) {
			t.Errorf("%s: want %q in the page", c.path, c.want)
		}
		if got := strings.Contains(body, "Next →"); got != c.next {
			t.Errorf("%s: Next link %v, want %v", c.path, got, c.next)
		}
	}
}
