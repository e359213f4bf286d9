package runner

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// A linked page whose answer breaks off before the end of its body (the
// connection dropped: fewer bytes than its Content-Length) is a failure
// that may pass: the link is kept and fetched again by the next poll,
// which stores the whole page, rather than stored at once from the
// feed's description as a lasting failure is.
func TestFeedLinkBodyCutIsFetchedAgain(t *testing.T) {
	var hits atomic.Int32
	page := `<html><head><title>Maputo port</title></head><body><article><p>Mozambique reopened the port of Maputo on Thursday after a two-day strike by dock workers ended, the port operator said.</p></article></body></html>`
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>`+
				`<item><title>Maputo port</title><link>%s/maputo</link><guid>maputo</guid><description>Mozambique reopened the port of Maputo on Thursday, the operator said.</description></item>`+
				`</channel></rss>`, srv.URL)
		case "/maputo":
			w.Header().Set("Content-Type", "text/html")
			if hits.Add(1) == 1 {
				// Promise the page, send half of it, and hang up.
				w.Header().Set("Content-Length", fmt.Sprint(len(page)))
				w.WriteHeader(http.StatusOK)
				fmt.Fprint(w, page[:len(page)/2])
				return
			}
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	st := openTemp(t)
	_, in, clock := feedRetryInputs(srv.URL+"/feed.xml", 2, time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC))
	if s := runLimited(t, st, in, 1); s.Stored != 0 || s.Failed != 1 {
		t.Fatalf("poll 1: %+v; want the cut page failed, kept to fetch again (not stored from its description)", s)
	}
	if fs := failuresByStage(t, st)["read"]; len(fs) != 1 || !strings.Contains(fs[0].Error, "broke off") {
		t.Errorf("failures %+v; want the body that broke off", fs)
	}
	clock.advance(2 * time.Minute)
	if s := runLimited(t, st, in, 1); s.Stored != 1 {
		t.Fatalf("poll 2: %+v; want the page stored", s)
	}
	a := storedBySource(t, st)["maputo"]
	if !strings.Contains(a.Text, "two-day strike") || len(a.Data.Incomplete) != 0 {
		t.Errorf("stored text %q incomplete %v; want the whole page", a.Text, a.Data.Incomplete)
	}
	if !passing(fmt.Errorf("fetch x: %w: %w", fetch.ErrBodyCut, errors.New("unexpected EOF"))) {
		t.Error("a body that broke off is not a passing failure")
	}
}
