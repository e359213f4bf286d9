package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testFeedLinks: a feed's links kept to fetch again come back in the order
// of their first failure, with their fields; a repeat updates a link, a
// delete forgets it, and another feed's links are its own.
func testFeedLinks(t *testing.T, s store.Store) {
	ctx := context.Background()
	const feed = "https://coast.example/rss"
	if ls, err := s.FeedLinks(ctx, feed); err != nil || len(ls) != 0 {
		t.Fatalf("new store: %v, %v; want none", ls, err)
	}
	at := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	links := []store.FeedLink{
		{Feed: feed, Link: "https://coast.example/a/2", Entry: `{"source":"rss#2"}`, Attempts: 0, NextTry: at, LastError: "503 Service Unavailable", Seq: 2},
		{Feed: feed, Link: "https://coast.example/a/1", Entry: `{"source":"rss#1"}`, Attempts: 1, NextTry: at.Add(2 * time.Minute), LastError: "connection refused", Seq: 1},
		{Feed: "https://other.example/rss", Link: "https://other.example/x", Attempts: 3, NextTry: at, Seq: 1},
	}
	put := func(ls ...store.FeedLink) {
		t.Helper()
		if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, l := range ls {
				if err := tx.PutFeedLink(ctx, l); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	put(links...)
	got, err := s.FeedLinks(ctx, feed)
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.FeedLink{links[1], links[0]}; !slices.EqualFunc(got, want, sameFeedLink) {
		t.Errorf("feed links = %+v\nwant %+v", got, want)
	}

	again := links[0]
	again.Attempts, again.NextTry, again.LastError = 1, at.Add(4*time.Minute), "504 Gateway Timeout"
	put(again)
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.DeleteFeedLink(ctx, feed, links[1].Link)
	}); err != nil {
		t.Fatal(err)
	}
	got, err = s.FeedLinks(ctx, feed)
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.FeedLink{again}; !slices.EqualFunc(got, want, sameFeedLink) {
		t.Errorf("after an update and a delete: %+v\nwant %+v", got, want)
	}
	if other, err := s.FeedLinks(ctx, links[2].Feed); err != nil || len(other) != 1 || !sameFeedLink(other[0], links[2]) {
		t.Errorf("other feed: %+v, %v; want its one link", other, err)
	}
}

func sameFeedLink(a, b store.FeedLink) bool {
	return a.Feed == b.Feed && a.Link == b.Link && a.Entry == b.Entry && a.Attempts == b.Attempts &&
		a.NextTry.Equal(b.NextTry) && a.LastError == b.LastError && a.Seq == b.Seq
}
