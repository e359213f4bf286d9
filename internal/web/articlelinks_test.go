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

// An article read from a file is stored under a file: URL (a path on the
// server) and, from a text file, without a title. Its pages must neither
// link that URL (html/template made it href="#ZgotmplZ", a dead link
// called "original") nor show the server's directories, nor leave the
// heading and the links to it empty: they name it by its file name, and
// its page dates it by its reference date as the lists do.
func TestArticleFromAFile(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "files.db")
	ref := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	pub := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	fileText := "DAKAR, Nov 28 - The harbour pilots of Ardenia struck on Friday."
	webText := "The harbour pilots of Ardenia struck on Friday, their union said."
	const fileURL = "file:///srv/private/inbox/harbour-2026-11-28.txt"
	const webURL = "https://wire.example/harbour-strike"
	var fileID, webID, eventID int64
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		fileID, err = tx.InsertArticle(ctx, &store.Article{URL: fileURL, Source: "harbour-2026-11-28.txt", ContentHash: "file", Text: fileText,
			Data: &model.Article{Paragraphs: []string{fileText}, Text: fileText, ReferenceDate: &ref, ReferenceSource: model.DateFileName,
				Quotes: []model.Quote{{Text: "We stay out until Monday", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a pilot"}}}}})
		if err != nil {
			return err
		}
		webID, err = tx.InsertArticle(ctx, &store.Article{URL: webURL, Source: webURL, Site: "Wire", ContentHash: "web", Title: "Harbour pilots strike",
			Text: webText, Published: &pub, Data: &model.Article{Title: "Harbour pilots strike", Paragraphs: []string{webText}, Text: webText, Published: &pub}})
		if err != nil {
			return err
		}
		e := &store.Event{Key: "strike", Type: "PROTEST", SourceName: "harbour pilots", Date: "2026-11-27", QuadClass: 3}
		if eventID, err = tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: eventID, ArticleID: fileID, ArticleEventID: "e1", Text: fileText, Trigger: "struck", Confidence: 0.75})
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	name := "harbour-2026-11-28.txt"
	fileLink := `<a href="/articles/` + strconv.FormatInt(fileID, 10) + `">` + name + `</a>`
	for _, c := range []struct {
		path string
		want []string
	}{
		{"/articles/" + strconv.FormatInt(fileID, 10), []string{"<h1>" + name + "</h1>", "<title>" + name + " · newsgraph</title>", "seen 28 Nov 2026"}},
		// One report of one outlet, in the singular.
		{"/events/" + strconv.FormatInt(eventID, 10), []string{"<dd>" + fileLink + " ", fileLink, "<dd>1 independent outlet, 1 article, 1 mention</dd>",
			// Each report says what it was read from and how surely.
			"read from “struck”", ">confidence 0.75</span>"}},
		{"/search?q=pilots", []string{fileLink, `>Harbour pilots strike</a>`}},
		{"/quotes", []string{fileLink}},
		// A web article keeps its link to the original.
		{"/articles/" + strconv.FormatInt(webID, 10), []string{`<a href="` + webURL + `" rel="noopener noreferrer nofollow">original</a>`, "27 Nov 2026"}},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Fatalf("%s: status %d", c.path, code)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: want %q in the page", c.path, w)
			}
		}
		for _, bad := range []string{"ZgotmplZ", "/srv/private", "<h1></h1>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: the page has %q", c.path, bad)
			}
		}
	}
}

func TestArticleName(t *testing.T) {
	for _, c := range []struct {
		title, url, want string
	}{
		{"Pilots strike", "file:///srv/a.txt", "Pilots strike"},
		{"  ", "https://wire.example/a", "https://wire.example/a"},
		{"", "file:///srv/in/a.jsonl:8", "a.jsonl:8"},
		{"", "file:///", "article 7"},
		{"", "", "article 7"},
		{"", "javascript:alert(1)", "article 7"},
	} {
		if got := articleName(c.title, c.url, 7); got != c.want {
			t.Errorf("articleName(%q, %q) = %q, want %q", c.title, c.url, got, c.want)
		}
	}
}
