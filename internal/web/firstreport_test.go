package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An event's "First report" names the stored article by its title and
// links its page (with the original address beside it, when it is a web
// page); it gave the bare address alone, a link out of the tool.
func TestEventFirstReportLinksArticle(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "first.db")
	type report struct {
		url, title string
		at         time.Time
	}
	for _, c := range []struct {
		name    string
		reports []report // the first is the earliest
		want    []string
		not     []string
	}{
		{"web pages", []report{
			{"https://coastwire.example/ferry-strike", "Ferry crews strike in Tallinn", time.Date(2025, 7, 3, 6, 0, 0, 0, time.UTC)},
			{"https://baltic.example/strike", "Strike halts Baltic ferries", time.Date(2025, 7, 3, 11, 0, 0, 0, time.UTC)},
		}, []string{`>Ferry crews strike in Tallinn</a> (<a href="https://coastwire.example/ferry-strike"`, ">original</a>) 3 Jul 2025"}, []string{"Strike halts Baltic ferries</a> ("}},
		{"a feed item with no web address", []report{
			{"jsonl:coastwire/7", "Dockers walk out in Gdansk", time.Date(2025, 8, 1, 6, 0, 0, 0, time.UTC)},
		}, []string{`>Dockers walk out in Gdansk</a> 1 Aug 2025`}, []string{">original</a>"}},
	} {
		var evID int64
		aids := map[string]int64{}
		err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			e := store.Event{Key: "first:" + c.name, Type: "PROTEST", SourceName: "ferry crews", Date: c.reports[0].at.Format(time.DateOnly), QuadClass: 3}
			var err error
			if evID, err = tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
			for _, r := range c.reports {
				at := r.at
				aid, err := tx.InsertArticle(ctx, &store.Article{URL: r.url, Source: r.url, ContentHash: r.url, Title: r.title, Text: r.title + ".", Published: &at,
					Data: &model.Article{Title: r.title, Published: &at}})
				if err != nil {
					return err
				}
				aids[r.url] = aid
				if err := tx.AddMention(ctx, &store.EventMention{EventID: evID, ArticleID: aid, ArticleEventID: "e0", Text: r.title + "."}); err != nil {
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
		code, body := fetch(t, mux, "/events/"+strconv.FormatInt(evID, 10))
		i := strings.Index(body, "First report")
		if code != 200 || i < 0 {
			t.Fatalf("%s: %d, no first report", c.name, code)
		}
		first, _, _ := strings.Cut(body[i:], "</dd>")
		want := append([]string{`<a href="/articles/` + strconv.FormatInt(aids[c.reports[0].url], 10) + `">`}, c.want...)
		for _, w := range want {
			if !strings.Contains(first, w) {
				t.Errorf("%s: no %q in %q", c.name, w, first)
			}
		}
		for _, w := range c.not {
			if strings.Contains(first, w) {
				t.Errorf("%s: %q in %q", c.name, w, first)
			}
		}
	}
}

// First is the mention of the article at the event's earliest address;
// none when no listed mention is of it (the page then gives the address
// as before).
func TestEventDataFirst(t *testing.T) {
	ms := []store.EventMention{{ArticleID: 4, URL: "https://a.example/1"}, {ArticleID: 9, URL: "https://b.example/2"}}
	for _, c := range []struct {
		earliest string
		mentions []store.EventMention
		want     int64 // 0: none
	}{
		{"https://b.example/2", ms, 9},
		{"https://a.example/1", ms, 4},
		{"https://c.example/3", ms, 0},
		{"", ms, 0},
		{"https://a.example/1", nil, 0},
		{"https://a.example/1", []store.EventMention{{URL: "https://a.example/1"}}, 0}, // no article id: nothing to link
	} {
		d := eventData{E: store.Event{EarliestURL: c.earliest}, Mentions: c.mentions}
		var got int64
		if m := d.First(); m != nil {
			got = m.ArticleID
		}
		if got != c.want {
			t.Errorf("earliest %q: article %d, want %d", c.earliest, got, c.want)
		}
	}
}
