package runner

import (
	"context"
	"encoding/json"
	"maps"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/store"
)

// With Store, a link that keeps failing is fetched again at most Max
// times over separate runs (each a new FeedRetries, as each `ingest
// --feed` is a new process), then given up and forgotten by the store.
func TestStoredFeedLinksAreBounded(t *testing.T) {
	srv := newFlakyFeed(t, 2, map[string]int{"/a/0": 100})
	st := openTemp(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	feedURL := srv.URL + "/feed.xml"
	var last *FeedRetries
	for range 6 {
		last = &FeedRetries{Max: 2, Wait: time.Minute, Store: st, now: func() time.Time { return now }}
		in := Inputs{Feeds: []string{feedURL}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FeedRetries: last}
		runLimited(t, st, in, 1)
		now = now.Add(time.Hour)
	}
	if got := srv.count("/a/0"); got != 3 {
		t.Errorf("/a/0 fetched %d times over the runs; want 3 (the first and 2 again)", got)
	}
	if ls, err := st.FeedLinks(context.Background(), feedURL); err != nil || len(ls) != 0 {
		t.Errorf("stored links after the retries ran out: %+v, %v; want none", ls, err)
	}
	if c := last.Counts(); c != (FeedRetryCounts{}) {
		t.Errorf("last run counts %+v; want nothing left to do", c)
	}
}

// A stored link is offered before the feed's new links, and as the feed
// offered it (its source name and hints), though the feed no longer lists
// it; one not due yet is not offered.
func TestStoredFeedLinksComeFirst(t *testing.T) {
	srv := newFlakyFeed(t, 2, nil)
	st := openTemp(t)
	ctx := context.Background()
	feedURL := srv.URL + "/feed.xml"
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	old := &ingest.FeedLink{Source: feedURL + "#gone", URL: srv.URL + "/a/9", Hints: map[string]string{"title": "Quay wall"}}
	later := &ingest.FeedLink{Source: feedURL + "#later", URL: srv.URL + "/a/8"}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.PutFeedLink(ctx, store.FeedLink{Feed: feedURL, Link: old.URL, Entry: encodeLinkEntry(old), Attempts: 1, NextTry: now.Add(-time.Minute), Seq: 1}); err != nil {
			return err
		}
		return tx.PutFeedLink(ctx, store.FeedLink{Feed: feedURL, Link: later.URL, Entry: encodeLinkEntry(later), NextTry: now.Add(time.Hour), Seq: 2})
	}); err != nil {
		t.Fatal(err)
	}
	retries := &FeedRetries{Store: st, now: func() time.Time { return now }}
	in := Inputs{Feeds: []string{feedURL}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FeedRetries: retries}
	plan, err := Expand(in)
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for it := range plan.Items(ctx, in, st) {
		sources = append(sources, it.Source)
	}
	if len(sources) != 3 || sources[0] != old.Source {
		t.Fatalf("items %v; want the stored link %s first, then the feed's 2", sources, old.Source)
	}
	if c := retries.Counts(); c.Again != 1 || c.Pending != 2 {
		t.Errorf("counts %+v; want 1 fetched again, 2 pending (the one handed out until it settles, the one not due)", c)
	}
}

// decodeLinkEntry reads what encodeLinkEntry wrote and the bare link of an
// empty entry, always as the row's link; it refuses an entry that is not a
// JSON object.
func TestDecodeLinkEntry(t *testing.T) {
	published := time.Date(2026, 3, 1, 7, 30, 0, 0, time.UTC)
	full := &ingest.FeedLink{Source: "https://w.example/rss#g1", URL: "https://w.example/a/1", Published: published,
		PublishedSource: "Sun, 01 Mar 2026 07:30:00 GMT", Hints: map[string]string{"title": "Ferry strike"}}
	tests := []struct {
		name, link, entry string
		want              *ingest.FeedLink // nil: an error
	}{
		{"round trip", full.URL, encodeLinkEntry(full), full},
		{"empty entry", "https://w.example/a/2", "", &ingest.FeedLink{Source: "https://w.example/a/2", URL: "https://w.example/a/2"}},
		{"no source", "https://w.example/a/3", `{"hints":{"site":"Wire"}}`, &ingest.FeedLink{Source: "https://w.example/a/3", URL: "https://w.example/a/3", Hints: map[string]string{"site": "Wire"}}},
		{"unknown field", "https://w.example/a/4", `{"source":"rss#4","url":"https://w.example/a/5"}`, &ingest.FeedLink{Source: "rss#4", URL: "https://w.example/a/4"}},
		{"not an object", "https://w.example/a/5", `[1]`, nil},
		{"not JSON", "https://w.example/a/6", `{"url":`, nil},
		{"no link", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeLinkEntry(tt.link, tt.entry)
			if tt.want == nil {
				if err == nil {
					t.Errorf("decodeLinkEntry = %+v; want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(tt.want)
			if string(g) != string(w) {
				t.Errorf("decodeLinkEntry = %s; want %s", g, w)
			}
		})
	}
}

// FuzzDecodeLinkEntry: a stored entry never panics the reader, and what it
// reads is written back to the same link (a link that is not UTF-8, which
// SQLite keeps, included: testdata/fuzz).
func FuzzDecodeLinkEntry(f *testing.F) {
	f.Add("https://w.example/a/1", encodeLinkEntry(&ingest.FeedLink{Source: "s", URL: "https://w.example/a/1", Hints: map[string]string{"k": "v"}}))
	f.Add("https://w.example/a/2", "")
	f.Add("https://w.example/a/3", `{"url":"https://w.example/a/3","published":"2026-03-01T07:30:00Z"}`)
	f.Add("x", `{"url":"y"}`)
	f.Fuzz(func(t *testing.T, link, entry string) {
		l, err := decodeLinkEntry(link, entry)
		if err != nil {
			return
		}
		if l.URL != link || l.Source == "" {
			t.Fatalf("decoded %+v from link %q", l, link)
		}
		// JSON text is UTF-8: a source name of other bytes comes back
		// repaired, once; after that it is written as it is read.
		once, err := decodeLinkEntry(link, encodeLinkEntry(l))
		if err != nil {
			t.Fatalf("round trip of %+v: %v", l, err)
		}
		twice, err := decodeLinkEntry(link, encodeLinkEntry(once))
		if err != nil || twice.URL != link || twice.Source != once.Source || !twice.Published.Equal(l.Published) || !maps.Equal(twice.Hints, once.Hints) {
			t.Fatalf("round trips of %+v: %+v then %+v, %v", l, once, twice, err)
		}
	})
}
