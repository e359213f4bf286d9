package ingest

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

const provenancePage = "<html><head><title>Pier</title></head><body><article><p>The pier reopened on Monday after repairs to its deck.</p></article></body></html>"

// A WARC response record dates its document with the capture time
// (WARC-Date) and the archived response's Last-Modified; neither is a
// publish date.
func TestWARCCaptureAndLastModified(t *testing.T) {
	rec := warcRecord("response", "lm-1", "https://a.example/pier",
		httpResponse("200 OK", "text/html", []byte(provenancePage), "Last-Modified: Mon, 03 Mar 2025 08:15:00 GMT"))
	bare := warcRecord("response", "lm-2", "https://a.example/pier2", httpResponse("200 OK", "text/html", []byte(provenancePage)))
	var docs []*model.Document
	for doc, err := range WARCDocuments(bytes.NewReader(append(rec, bare...)), "crawl.warc", WARCOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) != 2 {
		t.Fatalf("docs = %d", len(docs))
	}
	d := docs[0]
	if !d.Captured.Equal(time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)) || !d.LastModified.Equal(time.Date(2025, 3, 3, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("captured %v, last-modified %v", d.Captured, d.LastModified)
	}
	if !d.Published.IsZero() {
		t.Errorf("published = %v, want none: a capture is no publish date", d.Published)
	}
	if d := docs[1]; !d.LastModified.IsZero() || d.Captured.IsZero() {
		t.Errorf("no Last-Modified: captured %v, last-modified %v", d.Captured, d.LastModified)
	}
}

// A fetched page records when it was fetched and its Last-Modified; an
// unreadable Last-Modified is none.
func TestLoadURLStampsFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/lm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Last-Modified", "Mon, 03 Mar 2025 08:15:00 GMT")
		w.Write([]byte(provenancePage))
	})
	mux.HandleFunc("/bad", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Last-Modified", "yesterday-ish")
		w.Write([]byte(provenancePage))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := Options{Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	before := time.Now().Add(-time.Second)
	doc, err := Load(context.Background(), srv.URL+"/lm", opts)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Captured.Before(before) || doc.Captured.After(time.Now().Add(time.Second)) {
		t.Errorf("captured = %v, want the fetch time", doc.Captured)
	}
	if !doc.LastModified.Equal(time.Date(2025, 3, 3, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("last-modified = %v", doc.LastModified)
	}
	doc, err = Load(context.Background(), srv.URL+"/bad", opts)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.LastModified.IsZero() || doc.Captured.IsZero() {
		t.Errorf("bad Last-Modified: captured %v, last-modified %v", doc.Captured, doc.LastModified)
	}
}

// A feed item's date is marked as the feed's, whether the item carries its
// content or only a link to fetch.
func TestFeedDateSource(t *testing.T) {
	const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier Desk</title>
<item><title>Pier reopens</title><pubDate>Mon, 03 Mar 2025 08:15:00 GMT</pubDate><description>The pier reopened on Monday after repairs to its deck and railings.</description></item>
<item><title>Ferry</title><link>https://a.example/ferry</link><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Undated</title><description>The harbour office gave no date for the new timetable of the ferries.</description></item>
</channel></rss>`
	f, err := ParseFeed(bytes.NewReader([]byte(rss)), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	es := f.Entries("feed.xml")
	if len(es) != 3 || es[0].Doc == nil || es[1].Link == nil || es[2].Doc == nil {
		t.Fatalf("entries = %+v", es)
	}
	if es[0].Doc.PublishedSource != model.DateFromFeed || es[0].Doc.Published.IsZero() {
		t.Errorf("content item: published %v from %q", es[0].Doc.Published, es[0].Doc.PublishedSource)
	}
	if es[2].Doc.PublishedSource != "" || !es[2].Doc.Published.IsZero() {
		t.Errorf("undated item: published %v from %q", es[2].Doc.Published, es[2].Doc.PublishedSource)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(provenancePage))
	}))
	defer srv.Close()
	link := *es[1].Link
	link.URL = srv.URL + "/ferry"
	doc, err := link.Fetch(context.Background(), fetch.New(fetch.Config{AllowPrivate: true}))
	if err != nil {
		t.Fatal(err)
	}
	if doc.PublishedSource != model.DateFromFeed || doc.Published.IsZero() || doc.Captured.IsZero() {
		t.Errorf("fetched link: published %v from %q, captured %v", doc.Published, doc.PublishedSource, doc.Captured)
	}
}

// A file read from disk is dated by its modification time, as what it is
// (never a publish date); standard input has no date at all.
func TestLoadFileModificationTime(t *testing.T) {
	dir := t.TempDir()
	mtime := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	for _, name := range []string{"story.txt", "page.html"} {
		p := dir + "/" + name
		body := "Pier reopens\n\nThe pier reopened on Monday after repairs to its deck.\n"
		if name == "page.html" {
			body = provenancePage
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		doc, err := Load(context.Background(), p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !doc.Captured.Equal(mtime) || doc.CapturedSource != model.DateFileModified || !doc.Published.IsZero() {
			t.Errorf("%s: captured %v from %q, published %v", name, doc.Captured, doc.CapturedSource, doc.Published)
		}
	}
	doc, err := Load(context.Background(), "-", Options{Stdin: strings.NewReader("Pier reopens\n\nThe pier reopened on Monday.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Captured.IsZero() || doc.CapturedSource != "" {
		t.Errorf("stdin: captured %v from %q", doc.Captured, doc.CapturedSource)
	}
}
