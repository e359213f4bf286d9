package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// A one-off `ingest --feed` keeps the linked articles whose fetch failed
// for a reason that may pass in the store, and the next run fetches them
// again though the feed, unchanged, answers 304 Not Modified: before, such
// a link waited for the feed to change. The summary says so. On both
// backends.
func TestIngestFeedKeepsFailedLinksAcrossRuns(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { feedLinksAcrossRuns(t, filepath.Join(t.TempDir(), "feed.db")) })
	t.Run("postgres", func(t *testing.T) {
		dsn, _ := pgtest.DSN(t)
		feedLinksAcrossRuns(t, dsn)
	})
}

func feedLinksAcrossRuns(t *testing.T, db string) {
	var mu sync.Mutex
	fetches := map[string]int{}
	fails := map[string]int{"/a/1": 2} // a 503 twice, then the article
	conditional := 0
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			if r.Header.Get("If-None-Match") == `"v1"` {
				conditional++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>`)
			for i := range 3 {
				fmt.Fprintf(w, "<item><title>Dam works %d</title><link>%s/a/%d</link><guid>d%d</guid></item>", i, srv.URL, i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		fetches[r.URL.Path]++
		if fails[r.URL.Path] > 0 {
			fails[r.URL.Path]--
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Dam works %s</title></head><body><article><p>Engineers finished the repairs to the valley dam %s on Thursday, the water board said.</p></article></body></html>`, r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	feed := srv.URL + "/feed.xml"
	ingest := func() (string, int) {
		t.Helper()
		out, errOut, status := storeCmd(t, "ingest", "--db", db, "--feed", feed, "--allow-private", "--feed-retry-wait", "1ns", "--progress", "never", "--workers", "1")
		if errOut != "" && status > 1 {
			t.Logf("stderr: %s", errOut)
		}
		return out, status
	}
	links := func() string {
		t.Helper()
		st, err := backend.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		ls, err := st.FeedLinks(context.Background(), feed)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, l := range ls {
			fmt.Fprintf(&b, "%s attempts=%d 503=%v;", strings.TrimPrefix(l.Link, srv.URL), l.Attempts, strings.Contains(l.LastError, "503"))
		}
		return b.String()
	}

	// Run 1: the feed whole; /a/1 fails, is kept in the store.
	out, status := ingest()
	if status != 1 || !strings.Contains(out, "2 stored") || !strings.Contains(out, "feed links that failed before: 0 fetched again (0 fetched), 0 given up; 1 kept to fetch again by the next run") {
		t.Errorf("run 1: status %d %q", status, out)
	}
	if got := links(); got != "/a/1 attempts=0 503=true;" {
		t.Errorf("run 1: stored links %s; want /a/1 with its 503", got)
	}
	// Run 2: the feed answers 304; /a/1 is fetched again and fails again.
	out, status = ingest()
	if status != 1 || !strings.Contains(out, "1 item ") || !strings.Contains(out, "1 fetched again (0 fetched), 0 given up; 1 kept") {
		t.Errorf("run 2: status %d %q", status, out)
	}
	if got := links(); got != "/a/1 attempts=1 503=true;" {
		t.Errorf("run 2: stored links %s; want /a/1 fetched again once", got)
	}
	// Run 3: /a/1 is stored and forgotten.
	out, status = ingest()
	if status != 0 || !strings.Contains(out, "1 stored") || !strings.Contains(out, "1 fetched again (1 fetched), 0 given up; 0 kept") {
		t.Errorf("run 3: status %d %q", status, out)
	}
	if got := links(); got != "" {
		t.Errorf("run 3: stored links %s; want none", got)
	}
	mu.Lock()
	defer mu.Unlock()
	if fetches["/a/1"] != 3 || fetches["/a/0"] != 1 || conditional != 2 {
		t.Errorf("fetches %v, %d conditional polls; want /a/1 three times, the others once, 2 conditional polls", fetches, conditional)
	}
}
