package cli

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// serve keeps its feeds' failed links in the store, as ingest --feed does:
// a restarted server, whose feed answers 304 Not Modified and so offers no
// item, still fetches the link that failed before the restart. On both
// backends.
func TestServeFeedLinksSurviveRestart(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { serveFeedLinksAcrossRestart(t, filepath.Join(t.TempDir(), "serve.db")) })
	t.Run("postgres", func(t *testing.T) {
		dsn, _ := pgtest.DSN(t)
		serveFeedLinksAcrossRestart(t, dsn)
	})
}

func serveFeedLinksAcrossRestart(t *testing.T, db string) {
	srv, fetches := pollServer(t, func(self string, i int) string { return self }, 2, 1) // the first article fetch answers 503
	feed := srv.URL + "/feed.xml"
	ctx := context.Background()
	// run is one serve process: its own store handle and retry state,
	// one poll of the feed.
	run := func(name string) (stored, pending int) {
		t.Helper()
		st, err := backend.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		ing := &serveIngester{st: st, log: slog.New(slog.DiscardHandler), workers: 1, metrics: api.NewMetrics(), bg: ctx,
			fetcher: fetch.New(fetch.Config{AllowPrivate: true}),
			retries: serveFeedRetries(st, 4, time.Nanosecond, slog.New(slog.DiscardHandler)),
			stages:  func() ([]pipeline.Stage, error) { return []pipeline.Stage{extract.New()}, nil }}
		n, err := ing.pollFeed(ctx, feed)
		if err != nil {
			t.Fatalf("%s: poll: %v", name, err)
		}
		links, err := st.FeedLinks(ctx, feed)
		if err != nil {
			t.Fatal(err)
		}
		return n, len(links)
	}
	if n, pending := run("first process"); n != 1 || pending != 1 {
		t.Errorf("first process stored %d, kept %d links; want 1 stored and the failed link kept", n, pending)
	}
	if n, pending := run("after a restart"); n != 1 || pending != 0 {
		t.Errorf("after a restart stored %d, kept %d links; want the kept link fetched again and stored, none kept", n, pending)
	}
	if got := fetches.Load(); got != 3 {
		t.Errorf("%d article fetches; want 3 (both links, then the failed one again)", got)
	}
}

// --feed-retries 0 keeps nothing to fetch again.
func TestServeFeedRetriesOff(t *testing.T) {
	if r := serveFeedRetries(nil, 0, time.Minute, nil); r != nil {
		t.Errorf("serveFeedRetries with max 0 = %+v; want nil", r)
	}
}
