package runner

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// A feed link whose page is fetched but holds no article text (a
// paywall's title and a subscribe button, a page of scripts), or less text
// than the feed's description (a paywall's teaser line), is stored from
// the feed's description, marked incomplete with the reason; a page with
// more text than its description is stored as fetched, and a bodyless page
// whose item has no description is kept as before (title only, marked).
func TestFeedLinkPaywallFallsBackToDescription(t *testing.T) {
	pages := map[string]string{
		// Title and a subscribe prompt only: extract keeps the title.
		"/paywall": `<html><head><title>Lagos port expansion approved</title></head><body><div class="paywall"><button>Subscribe</button></div></body></html>`,
		// Nothing extract reads at all, and the feed gives the item no
		// title either: extraction fails (extract.ErrNoContent).
		"/scripts": `<html><head></head><body><script>window.location = "/login";</script></body></html>`,
		"/open":    `<html><head><title>Tallinn ferry fares</title></head><body><article><p>Estonia's transport ministry said on Friday that ferry fares between Tallinn and Helsinki would rise by a tenth in April.</p></article></body></html>`,
		// A teaser line and a subscribe box: less text than the feed's
		// own description of the story.
		"/teaser": `<html><head><title>Nairobi rate decision</title></head><body><article><p>Kenya's central bank held its main rate on Tuesday.</p><div class="paywall"><p>Subscribe to read on.</p></div></article></body></html>`,
		// No description: kept with its title as before.
		"/bare": `<html><head><title>Quito council meets</title></head><body><div class="paywall"></div></body></html>`,
	}
	descriptions := map[string]string{
		"/paywall": "Nigeria's ports authority approved a plan on Monday to add two container berths at Lagos, officials said.",
		"/scripts": "Chile's copper output fell for a third month in February as a strike slowed work at two northern mines.",
		"/open":    "Ferry fares between Tallinn and Helsinki will rise in April, the transport ministry said.",
		"/teaser":  "Kenya's central bank held its benchmark lending rate at 13 percent on Tuesday, citing easing inflation and a steadier shilling, the governor told reporters in Nairobi.",
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Wire</title>`)
			for _, p := range []string{"/paywall", "/scripts", "/open", "/bare", "/teaser"} {
				title := "<title>Item " + p + "</title>"
				if p == "/scripts" {
					title = ""
				}
				fmt.Fprintf(w, "<item>%s<link>%s%s</link><guid>%s</guid><description>%s</description></item>", title, srv.URL, p, p, descriptions[p])
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	t.Cleanup(srv.Close)
	st := openTemp(t)
	in := Inputs{Feeds: []string{srv.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	if s := runLimited(t, st, in, 2); s.Stored != 5 || s.Failed != 0 {
		t.Fatalf("%+v; want all five stored, none failed", s)
	}
	arts := storedBySource(t, st)
	for _, p := range []string{"/paywall", "/scripts"} {
		a := arts[p]
		if !strings.Contains(a.Text, descriptions[p][:30]) {
			t.Errorf("%s: text %q; want the feed's description", p, a.Text)
		}
		if inc := fmt.Sprint(a.Data.Incomplete); !strings.Contains(inc, "only the feed's description") || !strings.Contains(inc, "no article text") {
			t.Errorf("%s: incomplete %s; want it to say the description stands in for a page without text", p, inc)
		}
		if a.URL != srv.URL+p {
			t.Errorf("%s: url %q; want the link", p, a.URL)
		}
	}
	teaser := arts["/teaser"]
	if !strings.Contains(teaser.Text, "steadier shilling") || !strings.Contains(fmt.Sprint(teaser.Data.Incomplete), "less text than the feed's description") {
		t.Errorf("/teaser: text %q incomplete %v; want the description, saying the page held less", teaser.Text, teaser.Data.Incomplete)
	}
	if open := arts["/open"]; !strings.Contains(open.Text, "by a tenth") || len(open.Data.Incomplete) != 0 {
		t.Errorf("/open: text %q incomplete %v; want the page's own text, complete", open.Text, open.Data.Incomplete)
	}
	if bare := arts["/bare"]; bare.Title != "Quito council meets" || !strings.Contains(fmt.Sprint(bare.Data.Incomplete), "no body text") {
		t.Errorf("/bare: title %q incomplete %v; want the title kept, marked without body", bare.Title, bare.Data.Incomplete)
	}
}
