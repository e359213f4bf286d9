package runner

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// A feed item stored from its description because its page was a paywall
// is kept pending, though the feed never changes again (each later poll
// is answered 304 and offers no item): the next poll after its wait reads
// the page again, and once the page holds the article it takes the
// description's place. A page that stays behind its paywall is read again
// at most Max times, the waits doubling, and the description stays.
func TestFeedRetriesUpgradeDescribedItemOfUnchangedFeed(t *testing.T) {
	start := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	t.Run("page opens", func(t *testing.T) {
		page := newWalledPage(t, gasStory)
		st := openTemp(t)
		retries, in, clock := feedRetryInputs(page.URL+"/feed.xml", 3, start)
		if s := runLimited(t, st, in, 1); s.Stored != 1 || retries.Pending(page.URL+"/feed.xml") != 1 {
			t.Fatalf("poll 1: %+v, %d pending; want the item stored from its description and kept", s, retries.Pending(page.URL+"/feed.xml"))
		}
		described, err := st.ArticleByURL(context.Background(), page.URL+"/gas")
		if err != nil {
			t.Fatal(err)
		}
		if s := runLimited(t, st, in, 1); s.Items != 0 || page.count() != 1 {
			t.Fatalf("poll 2 before the wait: %+v, %d page fetches; want nothing offered", s, page.count())
		}
		page.set(true)
		clock.advance(2 * time.Minute)
		if s := runLimited(t, st, in, 1); s.Upgraded != 1 || s.Stored != 0 || page.count() != 2 {
			t.Fatalf("poll 3 after the wait: %+v, %d page fetches; want the article upgraded from its page", s, page.count())
		}
		full, err := st.ArticleByURL(context.Background(), page.URL+"/gas")
		if err != nil {
			t.Fatal(err)
		}
		if full.ID != described.ID || !strings.Contains(full.Text, "Tallinn") || len(full.Data.Incomplete) != 0 {
			t.Errorf("article %d %q incomplete %v; want id %d with the page's text, complete", full.ID, full.Text, full.Data.Incomplete, described.ID)
		}
		if n := retries.Pending(page.URL + "/feed.xml"); n != 0 {
			t.Errorf("%d links pending after the upgrade; want none", n)
		}
		clock.advance(time.Hour)
		if s := runLimited(t, st, in, 1); s.Items != 0 || page.count() != 2 {
			t.Errorf("poll 4: %+v, %d page fetches; want the complete article left alone", s, page.count())
		}
	})
	t.Run("kept in the store for the next run", func(t *testing.T) {
		page := newWalledPage(t, gasStory)
		st := openTemp(t)
		feedURL := page.URL + "/feed.xml"
		now := start
		// Each run is a new process: its FeedRetries reads the
		// pending links from the store.
		run := func() Stats {
			retries := &FeedRetries{Max: 3, Wait: time.Minute, Store: st, now: func() time.Time { return now }}
			return runLimited(t, st, Inputs{Feeds: []string{feedURL}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true}), FeedRetries: retries}, 1)
		}
		if s := run(); s.Stored != 1 {
			t.Fatalf("run 1: %+v; want the item stored from its description", s)
		}
		if ls, err := st.FeedLinks(context.Background(), feedURL); err != nil || len(ls) != 1 {
			t.Fatalf("stored links after run 1: %+v, %v; want the described link", ls, err)
		}
		page.set(true)
		now = now.Add(time.Hour)
		if s := run(); s.Upgraded != 1 || page.count() != 2 {
			t.Fatalf("run 2: %+v, %d page fetches; want the article upgraded", s, page.count())
		}
		if ls, err := st.FeedLinks(context.Background(), feedURL); err != nil || len(ls) != 0 {
			t.Errorf("stored links after the upgrade: %+v, %v; want none", ls, err)
		}
	})
	t.Run("page stays walled", func(t *testing.T) {
		page := newWalledPage(t, gasStory)
		st := openTemp(t)
		_, in, clock := feedRetryInputs(page.URL+"/feed.xml", 3, start)
		for range 12 {
			runLimited(t, st, in, 1)
			clock.advance(time.Hour)
		}
		if n := page.count(); n != 4 {
			t.Errorf("page fetched %d times over 12 hourly polls; want 4 (the first and 3 again)", n)
		}
		a, err := st.ArticleByURL(context.Background(), page.URL+"/gas")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "Incukalns storage site filled") || len(a.Data.Incomplete) == 0 {
			t.Errorf("stored %q incomplete %v; want the description kept, marked", a.Text, a.Data.Incomplete)
		}
	})
}

// A link kept in the store whose fetch never settles, as its article was
// completed meanwhile by `ingest URL` (each later poll skips it as stored,
// unfetched), is handed out at most Max times over separate runs and then
// dropped from the store: its attempts are kept as it is handed out, not
// read back as they were by every later run.
func TestStoredFeedLinkSkippedUnfetchedIsBounded(t *testing.T) {
	page := newWalledPage(t, gasStory)
	st := openTemp(t)
	feedURL := page.URL + "/feed.xml"
	now := time.Date(2026, 6, 10, 9, 0, 0, 0, time.UTC)
	fetcher := fetch.New(fetch.Config{AllowPrivate: true})
	run := func() Stats {
		retries := &FeedRetries{Max: 2, Wait: time.Minute, Store: st, now: func() time.Time { return now }}
		return runLimited(t, st, Inputs{Feeds: []string{feedURL}, Fetcher: fetcher, FeedRetries: retries}, 1)
	}
	if s := run(); s.Stored != 1 {
		t.Fatalf("run 1: %+v; want the item stored from its description", s)
	}
	page.set(true)
	if s := runLimited(t, st, Inputs{Paths: []string{page.URL + "/gas"}, Fetcher: fetcher}, 1); s.Upgraded != 1 {
		t.Fatalf("ingest URL: %+v; want the article upgraded", s)
	}
	for i := range 5 {
		now = now.Add(time.Hour)
		if s := run(); s.Upgraded != 0 || s.Stored != 0 {
			t.Fatalf("run %d: %+v; want nothing stored or upgraded", i+2, s)
		}
	}
	if n := page.count(); n != 2 {
		t.Errorf("page fetched %d times; want 2 (the feed's first poll and ingest URL)", n)
	}
	if ls, err := st.FeedLinks(context.Background(), feedURL); err != nil || len(ls) != 0 {
		t.Errorf("stored links after 5 more runs: %+v, %v; want none", ls, err)
	}
}
