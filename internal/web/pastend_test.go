package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A page past the end of its list says how many rows the list has and
// links its last page and its first: /events?offset=100 of 31 events said
// "No events." with no link back, and /search?q=the&offset=40 of 8 hits
// said that no article matched and linked an empty previous page.
func TestPastTheEndOfAList(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "pastend.db")
	const articles = 35 // two pages of quotes (30 a page), two of search hits (20)
	pub := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	union := model.ActorRef{ID: "doc:org:pilots_union", Name: "Pilots Union", Type: "organisation", Mentions: 1}
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range articles {
			u := fmt.Sprintf("https://wire.example/harbour-%d", i)
			p := pub.Add(time.Duration(i) * time.Hour)
			text := fmt.Sprintf("Harbour pilots struck in port %d, their union said.", i)
			data := &model.Article{URL: u, Title: "Harbour strike " + strconv.Itoa(i), Text: text, Paragraphs: []string{text}, Published: &p,
				Actors: []model.ActorRef{union},
				Quotes: []model.Quote{{Text: "We stay out " + strconv.Itoa(i), Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a pilot"}}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
				Title: data.Title, Text: text, Published: &p, Data: data}); err != nil {
				return err
			}
		}
		for i := range 5 {
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
	// A cursor after every stored quote: a page past the last.
	beyond := api.QuotesCursor(store.Quote{ReportDate: new(time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)), ArticleID: 1}, 90)
	for _, c := range []struct {
		path        string
		total       string
		last, first string // the links' addresses; "" for none
		gone        string // what the page must no longer say
	}{
		{"/events?limit=2&offset=100", "5 events", "/events?limit=2&offset=4", "/events?limit=2", "No events."},
		{"/events?type=PROTEST&offset=100", "5 events", "", "/events?type=PROTEST", "No events."},
		{"/search?q=harbour&offset=60", "35 articles", "/search?offset=20&q=harbour", "/search?q=harbour", "No articles match"},
		{"/quotes?" + url.Values{"cursor": {beyond}}.Encode(), "35 quotes", "/quotes?cursor=", "/quotes", "No quotes match"},
		// By offset, as an old link or a hand-typed one gives it: the
		// count is read from the list's start, not past the offset.
		{"/quotes?offset=90", "35 quotes", "/quotes?cursor=", "/quotes", "No quotes match"},
		{"/actors/doc:org:pilots_union?offset=90", "35 articles", "/actors/doc:org:pilots_union?offset=30#arts", "/actors/doc:org:pilots_union#arts", "No stored article names"},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Fatalf("%s: status %d", c.path, code)
		}
		page := html.UnescapeString(body)
		if want := "Nothing on this page: " + c.total + " in all."; !strings.Contains(page, want) {
			t.Errorf("%s: want %q in the page", c.path, want)
		}
		if strings.Contains(page, c.gone) {
			t.Errorf("%s: the page still says %q", c.path, c.gone)
		}
		if strings.Contains(page, "← Previous") || strings.Contains(page, "Next →") {
			t.Errorf("%s: a previous or next link past the end", c.path)
		}
		if got := strings.Contains(page, ">Last page</a>"); got != (c.last != "") {
			t.Errorf("%s: last page link %v, want %v", c.path, got, c.last != "")
		}
		for _, link := range []string{c.last, c.first} {
			if link != "" && !strings.Contains(page, `href="`+link) {
				t.Errorf("%s: no link to %s", c.path, link)
			}
		}
		if !strings.Contains(page, ">First page</a>") {
			t.Errorf("%s: no first page link", c.path)
		}
	}
	// The last page linked is the last: it lists the list's last rows.
	code, body := fetch(t, mux, "/events?limit=2&offset=4")
	if code != 200 || !strings.Contains(html.UnescapeString(body), "5–5 of 5 events") {
		t.Errorf("the last events page: %d, want 5–5 of 5", code)
	}
	_, body = fetch(t, mux, "/quotes")
	i := strings.Index(body, `href="/quotes?cursor=`)
	if i < 0 {
		t.Fatal("the first page of quotes has no next link")
	}
	next := html.UnescapeString(body[i+len(`href="`) : i+strings.Index(body[i:], `">`)])
	_, past := fetch(t, mux, "/quotes?"+url.Values{"cursor": {beyond}}.Encode())
	j := strings.Index(past, `href="/quotes?cursor=`)
	if j < 0 {
		t.Fatal("no last page of quotes linked")
	}
	if last := html.UnescapeString(past[j+len(`href="`) : j+strings.Index(past[j:], `">`)]); last != next {
		t.Errorf("the last page of 35 quotes by 30 is the second: %s, want %s", last, next)
	}
	// Past the end by offset, the links drop it: the last page by its
	// cursor alone (a cursor with an offset is refused) and the first
	// page plain, not the offset page again.
	_, past = fetch(t, mux, "/quotes?offset=90")
	if j := strings.Index(past, `href="/quotes?cursor=`); j < 0 {
		t.Error("/quotes?offset=90: no last page linked by cursor")
	} else if last := html.UnescapeString(past[j+len(`href="`) : j+strings.Index(past[j:], `">`)]); last != next {
		t.Errorf("/quotes?offset=90: last page %s, want %s", last, next)
	}
	if !strings.Contains(past, `href="/quotes">First page</a>`) {
		t.Error("/quotes?offset=90: the first page is not linked as /quotes")
	}
	// An empty list is still "nothing matches", not "0 in all".
	_, body = fetch(t, mux, "/search?q=volcano&offset=40")
	if strings.Contains(body, "Nothing on this page") || !strings.Contains(body, "No articles match") {
		t.Error("a search that matches nothing, past its first page: want its no-match text")
	}
}
