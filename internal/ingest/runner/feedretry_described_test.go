package runner

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A link fetched again that then fails for good (a 503, then a 404) and
// is stored from the feed's description counts as described, not as
// fetched, and stays pending, for its page to be read again
// (keepDescribed); one whose page comes on the fetch again counts as
// fetched.
func TestFeedRetryCountsDescribedApart(t *testing.T) {
	var gone, back atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Delta Wire</title>`+
				`<item><title>Dhaka flood barriers</title><link>%[1]s/gone</link><guid>gone</guid><description>Bangladesh began building flood barriers along the river at Dhaka on Sunday, the water ministry said.</description></item>`+
				`<item><title>Hanoi metro line</title><link>%[1]s/back</link><guid>back</guid><description>Vietnam opened the second line of the Hanoi metro on Saturday after years of delays, the city said.</description></item>`+
				`</channel></rss>`, srv.URL)
		case "/gone":
			if gone.Add(1) == 1 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			http.Error(w, "no such page", http.StatusNotFound)
		case "/back":
			if back.Add(1) == 1 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Hanoi metro line</title></head><body><article><p>The second line of the Hanoi metro opened on Saturday, carrying its first passengers between the old quarter and the western suburbs.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	st := openTemp(t)
	retries, in, clock := feedRetryInputs(srv.URL+"/feed.xml", 3, time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC))
	if s := runLimited(t, st, in, 1); s.Stored != 0 || s.Failed != 2 {
		t.Fatalf("poll 1: %+v; want both links failed, to be fetched again", s)
	}
	clock.advance(2 * time.Minute)
	if s := runLimited(t, st, in, 1); s.Stored != 2 {
		t.Fatalf("poll 2: %+v; want both stored", s)
	}
	arts := storedBySource(t, st)
	if !strings.Contains(arts["gone"].Text, "flood barriers") || !strings.Contains(arts["back"].Text, "western suburbs") {
		t.Fatalf("stored texts: gone %q, back %q", arts["gone"].Text, arts["back"].Text)
	}
	if c := retries.Counts(); c.Again != 2 || c.Fetched != 1 || c.Described != 1 || c.GivenUp != 0 || c.Pending != 1 {
		t.Errorf("counts %+v; want 2 fetched again: 1 fetched, 1 from its description and pending", c)
	}
}

// A link fetched again whose page then comes but holds no article (a
// paywall's title and button) is stored from the feed's description and
// counts as described, not as fetched: it was counted fetched, the page
// having come, before extraction found nothing in it.
func TestFeedRetryCountsPaywallAsDescribed(t *testing.T) {
	var calls atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire</title>`+
				`<item><title>Lima water rationing</title><link>%s/walled</link><guid>walled</guid><description>Peru's capital will ration tap water in six districts from Monday as reservoirs run low, the utility said.</description></item>`+
				`</channel></rss>`, srv.URL)
		case "/walled":
			if calls.Add(1) == 1 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Lima water rationing</title></head><body><div class="paywall"><button>Subscribe</button></div></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	st := openTemp(t)
	retries, in, clock := feedRetryInputs(srv.URL+"/feed.xml", 3, time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC))
	if s := runLimited(t, st, in, 1); s.Stored != 0 || s.Failed != 1 {
		t.Fatalf("poll 1: %+v; want the link failed, to be fetched again", s)
	}
	clock.advance(2 * time.Minute)
	if s := runLimited(t, st, in, 1); s.Stored != 1 {
		t.Fatalf("poll 2: %+v; want it stored", s)
	}
	if text := storedBySource(t, st)["walled"].Text; !strings.Contains(text, "ration tap water") {
		t.Fatalf("stored text %q, want the feed's description", text)
	}
	if c := retries.Counts(); c.Again != 1 || c.Fetched != 0 || c.Described != 1 {
		t.Errorf("counts %+v; want the one fetch again counted as described", c)
	}
}
