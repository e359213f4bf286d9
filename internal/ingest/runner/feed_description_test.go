package runner

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// describedFeed serves an RSS feed whose items link to articles on the
// same server, each with a description; status[path] is what an article
// answers (200: the page).
func describedFeed(t *testing.T, items []describedItem) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>`)
			for _, it := range items {
				fmt.Fprintf(w, "<item><title>%s</title><link>%s%s</link><guid>%s</guid><description>%s</description><pubDate>Tue, 03 Mar 2026 08:15:00 GMT</pubDate></item>",
					it.title, srv.URL, it.path, it.path, it.description)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		for _, it := range items {
			if it.path == r.URL.Path && it.status != http.StatusOK {
				http.Error(w, "no", it.status)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Quay %s</title></head><body><article><p>Engineers in Valparaiso finished repairs to quay %s on Monday, the port authority said in a statement.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	t.Cleanup(srv.Close)
	return srv
}

type describedItem struct {
	path, title, description string
	status                   int
}

// storedBySource reads the stored articles by their source's item key
// (what follows "#").
func storedBySource(t *testing.T, st store.Store) map[string]store.Article {
	t.Helper()
	arts, err := st.Articles(context.Background(), 0, store.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.Article{}
	for _, a := range arts {
		_, key, _ := strings.Cut(a.Source, "#")
		out[key] = a
	}
	return out
}

// A feed item whose linked article cannot be fetched is stored from the
// feed's own description when that says enough (40 characters of text or
// more), dated by the feed, marked incomplete with the reason, and a
// warning logged; a description too short to stand in for an article
// (a headline again, "Read more") leaves the failure as it was. A failure
// that may pass (a 503) is fetched again first, and falls back only once
// its fetches again are given up. An article that is fetched carries no
// trace of the description.
func TestFeedLinkFallsBackToDescription(t *testing.T) {
	long := "Dock workers in Mombasa ended a three-day strike on Tuesday after the port authority agreed to review night-shift pay."
	srv := describedFeed(t, []describedItem{
		{"/gone", "Mombasa strike ends", long, http.StatusNotFound},
		{"/short", "Ferry resumes", "Read more", http.StatusNotFound},
		{"/busy", "Busan cranes idle", "Container cranes at the Busan terminal stood idle for a second day as technicians replaced a faulty power line.", http.StatusServiceUnavailable},
		{"/ok", "Quay repaired", "Engineers in Valparaiso finished repairs to the main quay on Monday, officials said.", http.StatusOK},
	})
	st := openTemp(t)
	var logs syncBuffer
	_, in, clock := feedRetryInputs(srv.URL+"/feed.xml", 1, time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC))
	in.Log = slog.New(slog.NewTextHandler(&logs, nil))

	// Poll 1: /gone from its description, /ok fetched; /short fails for
	// good and /busy waits to be fetched again.
	if s := runLimited(t, st, in, 1); s.Stored != 2 || s.Failed != 2 {
		t.Fatalf("poll 1: %+v; want 2 stored (one from its description), 2 failed", s)
	}
	arts := storedBySource(t, st)
	gone, ok := arts["/gone"]
	if !ok {
		t.Fatalf("the item whose article is gone was not stored from its description: %v", arts)
	}
	if !strings.Contains(gone.Text, "night-shift pay") || gone.Title != "Mombasa strike ends" {
		t.Errorf("stored from the description: title %q text %q", gone.Title, gone.Text)
	}
	if gone.URL != srv.URL+"/gone" || gone.Published == nil || !gone.Published.Equal(time.Date(2026, 3, 3, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("stored from the description: url %q published %v; want the link and the feed's date", gone.URL, gone.Published)
	}
	if inc := fmt.Sprint(gone.Data.Incomplete); !strings.Contains(inc, "only the feed's description") || !strings.Contains(inc, "404") {
		t.Errorf("incomplete = %s; want it to say only the description was read, and why", inc)
	}
	if !strings.Contains(logs.String(), "stored from the feed's description") {
		t.Errorf("no warning logged: %s", logs.String())
	}
	if okArt := arts["/ok"]; okArt.Data == nil || len(okArt.Data.Incomplete) != 0 || strings.Contains(okArt.Text, "main quay") {
		t.Errorf("fetched article: text %q incomplete %v; want the page's own text, complete", okArt.Text, okArt.Data)
	}
	if _, ok := arts["/short"]; ok {
		t.Error("a description of two words was stored as an article")
	}
	if _, ok := arts["/busy"]; ok {
		t.Error("a link to be fetched again fell back to its description at once")
	}
	if got := fmt.Sprint(failuresByStage(t, st)); !strings.Contains(got, "/short") || !strings.Contains(got, "/busy") {
		t.Errorf("failures %s; want /short and /busy", got)
	}

	// Poll 2, after the wait: /busy fails again, its fetches again are
	// given up, and it is stored from its description.
	clock.advance(2 * time.Minute)
	if s := runLimited(t, st, in, 1); s.Stored != 1 {
		t.Fatalf("poll 2: %+v; want the given-up link stored from its description", s)
	}
	busy, ok := storedBySource(t, st)["/busy"]
	if !ok || !strings.Contains(busy.Text, "faulty power line") || !strings.Contains(fmt.Sprint(busy.Data.Incomplete), "503") {
		t.Errorf("given-up link: stored %v text %q", ok, busy.Text)
	}
}

// With fetching off, a feed file's link items are stored from their
// descriptions rather than lost, and an item with none still fails.
func TestFeedFileLinksWithoutFetching(t *testing.T) {
	dir := t.TempDir()
	feed := dir + "/wire.xml"
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire</title>` +
		`<item><title>Lima council votes on transit plan</title><link>https://andes.example/lima-transit</link><guid>lima</guid>` +
		`<description>&lt;p&gt;Lima's city council approved a plan on Wednesday to add two bus rapid transit lines by 2028.&lt;/p&gt;</description></item>` +
		`<item><title>Quito</title><link>https://andes.example/quito</link><guid>quito</guid></item>` +
		`</channel></rss>`
	if err := os.WriteFile(feed, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	in := Inputs{Paths: []string{feed}}
	if s := runLimited(t, st, in, 1); s.Stored != 1 || s.Failed != 1 {
		t.Fatalf("%+v; want the described item stored, the bare link failed", s)
	}
	lima, ok := storedBySource(t, st)["lima"]
	if !ok || !strings.Contains(lima.Text, "bus rapid transit") || !strings.Contains(fmt.Sprint(lima.Data.Incomplete), "not enabled") {
		t.Errorf("lima: stored %v text %q incomplete %v", ok, lima.Text, lima.Data)
	}
}

// The description rides with the link (the store's links to fetch again,
// a queue message) but is no hint of the article that is fetched.
func TestFeedTextHintLeftOutOfFetchedDocument(t *testing.T) {
	srv := describedFeed(t, nil)
	ref := &Ref{Location: srv.URL + "/page", Hints: map[string]string{"title": "Quay", ingest.HintFeedText: strings.Repeat("A description long enough. ", 3)}}
	doc, err := ref.Load(context.Background(), "wire.xml#page", LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Hints[ingest.HintFeedText]; ok || doc.Hints["title"] != "Quay" {
		t.Errorf("hints %v; want the title and no description", doc.Hints)
	}
	if _, ok := ref.Hints[ingest.HintFeedText]; !ok {
		t.Error("loading took the description out of the Ref's own hints")
	}
}

// A Ref that carries its feed's description (as a queue worker's does,
// from its message) falls back to it by itself on a failure that would
// come again, and not on one that may pass, which the worker gives back to
// be fetched later, unless this fetch is the last (LoadOptions.LastFetch).
func TestRefLoadFallsBackOnlyForLastingFailures(t *testing.T) {
	srv := describedFeed(t, []describedItem{
		{path: "/gone", status: http.StatusNotFound},
		{path: "/busy", status: http.StatusServiceUnavailable},
	})
	hints := map[string]string{"title": "Kigali council budget", ingest.HintFeedText: "Kigali's city council passed a budget on Thursday that doubles spending on drainage before the rains."}
	opts := LoadOptions{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	doc, err := (&Ref{Location: srv.URL + "/gone", Hints: hints}).Load(context.Background(), "wire.xml#gone", opts)
	if err != nil || doc == nil || !strings.Contains(string(doc.Raw), "drainage") || doc.URL != srv.URL+"/gone" {
		t.Fatalf("404: doc %v err %v; want the description", doc, err)
	}
	if _, ok := doc.Hints[ingest.HintFeedText]; ok {
		t.Error("the description is a hint of its own article")
	}
	if _, err := (&Ref{Location: srv.URL + "/busy", Hints: hints}).Load(context.Background(), "wire.xml#busy", opts); err == nil || !PassingFetchError(err) {
		t.Errorf("503: err %v; want the passing failure, not the description", err)
	}
	// The last fetch (no delivery again follows) falls back on a passing
	// failure too.
	opts.LastFetch = true
	doc, err = (&Ref{Location: srv.URL + "/busy", Hints: hints}).Load(context.Background(), "wire.xml#busy", opts)
	if err != nil || doc == nil || !strings.Contains(doc.Hints[model.HintTruncated], "503") {
		t.Errorf("503 on the last fetch: doc %v err %v; want the description, saying why", doc, err)
	}
}
