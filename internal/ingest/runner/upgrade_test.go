package runner

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/store"
)

// walledStory is the one item of a test feed and its page: behind a
// paywall, or open (the article's paragraphs).
type walledStory struct {
	channel, title, slug, description string
	pubDate                           string // RFC 1123, or none
	paragraphs                        []string
	// unchanging makes the feed answer a conditional GET with 304, as a
	// feed that never changes again does: it offers its item only once.
	unchanging bool
}

// The two stories of the upgrade tests.
var (
	borderStory = walledStory{
		channel: "Gulf of Guinea Wire", title: "Ghana and Togo reopen border", slug: "border",
		description: "Ghana's army accused separatist fighters of attacking a police post near Ho on Monday, a military spokesman said.",
		pubDate:     "Tue, 03 Mar 2026 09:00:00 GMT",
		paragraphs: []string{
			"ACCRA, March 3, 2026 (Wire) - Ghana and Togo agreed on Tuesday to reopen their shared border at Aflao after a two-week closure, the two governments said in a joint statement.",
			"Togo's foreign minister met Ghana's foreign minister in Accra to sign the accord, officials said.",
		},
	}
	gasStory = walledStory{
		channel: "Baltic Wire", title: "Latvia raises gas storage target", slug: "gas",
		description: "Latvia's government ordered the Incukalns storage site filled to 90 percent before October, the economy ministry said on Wednesday.",
		paragraphs: []string{
			"RIGA, June 10 (Wire) - Latvia's government on Wednesday ordered the Incukalns underground storage site filled to 90 percent of its capacity before October, the economy ministry said.",
			"Estonia and Lithuania draw on the same site in winter, and their energy ministers welcomed the decision, officials in Tallinn and Vilnius said.",
		},
		unchanging: true,
	}
)

// walledPage serves a feed of one item, with a description, whose linked
// page is a paywall or the article as open says, and counts the fetches
// of the page.
type walledPage struct {
	*httptest.Server
	mu      sync.Mutex
	open    bool
	fetches int
}

func (p *walledPage) set(open bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.open = open
}

func (p *walledPage) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fetches
}

func newWalledPage(t *testing.T, s walledStory) *walledPage {
	p := &walledPage{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			if s.unchanging {
				if r.Header.Get("If-None-Match") == `"v1"` {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Header().Set("ETag", `"v1"`)
			}
			pub := ""
			if s.pubDate != "" {
				pub = "<pubDate>" + s.pubDate + "</pubDate>"
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>`+
				`<item><title>%s</title><link>%s/%s</link><guid>%s</guid><description>%s</description>%s</item></channel></rss>`,
				s.channel, s.title, p.URL, s.slug, s.slug, s.description, pub)
			return
		}
		p.fetches++
		w.Header().Set("Content-Type", "text/html")
		if !p.open {
			fmt.Fprintf(w, `<html><head><title>%s</title></head><body><div class="paywall"><button>Subscribe</button></div></body></html>`, s.title)
			return
		}
		fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><p>%s</p></article></body></html>`,
			s.title, strings.Join(s.paragraphs, "</p><p>"))
	}))
	t.Cleanup(p.Close)
	return p
}

// A feed item whose page is behind a paywall is stored from the feed's
// description, marked incomplete; later polls of the feed fetch the page
// again. While the paywall stays, the description stays (skipped, the
// item not stored twice); once the page holds the article, it takes the
// description's place under the same id: complete, the page's text, its
// events merged, and the description's event reports gone with the event
// they alone made. A later poll neither fetches the page again nor puts
// a paywall's page in the place of the full text.
func TestFeedItemStoredFromDescriptionUpgradedByItsPage(t *testing.T) {
	ctx := context.Background()
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	page := newWalledPage(t, borderStory)
	st := openTemp(t)
	in := Inputs{Feeds: []string{page.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	poll := func(name string) Stats {
		t.Helper()
		plan, err := Expand(in)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, plan.Items(ctx, in, st))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return s
	}
	link := page.URL + "/border"
	stored := func() *store.Article {
		t.Helper()
		a, err := st.ArticleByURL(ctx, link)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	reports := func(id int64) (evs []store.Event, texts []string) {
		t.Helper()
		evs, err := st.Events(ctx, store.EventQuery{Article: id, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			_, ms, err := st.Event(ctx, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms {
				texts = append(texts, m.Text)
			}
		}
		return evs, texts
	}

	if s := poll("paywalled"); s.Stored != 1 || s.Upgraded != 0 {
		t.Fatalf("first poll: %+v; want the item stored from its description", s)
	}
	described := stored()
	if !strings.Contains(described.Text, "police post") || !strings.Contains(fmt.Sprint(described.Data.Incomplete), "only the feed's description") {
		t.Fatalf("first poll stored %q, incomplete %v; want the description, marked", described.Text, described.Data.Incomplete)
	}
	oldEvents, oldTexts := reports(described.ID)
	if len(oldEvents) == 0 {
		t.Fatal("the description's sentence gave no event: the test would not see its reports go")
	}

	if s := poll("still paywalled"); s.Skipped != 1 || s.Stored != 0 || s.Upgraded != 0 || page.count() != 2 {
		t.Errorf("second poll: %+v after %d page fetches; want the page fetched again and the item skipped", s, page.count())
	}
	if a := stored(); a.ID != described.ID || a.Text != described.Text {
		t.Errorf("after a paywall again: article %d %q; want the description kept", a.ID, a.Text)
	}

	page.set(true)
	if s := poll("open"); s.Upgraded != 1 || s.Stored != 0 || s.Failed != 0 || s.NewEvents == 0 {
		t.Fatalf("third poll: %+v; want the article upgraded with new events", s)
	}
	full := stored()
	if full.ID != described.ID || !strings.Contains(full.Text, "Aflao") || strings.Contains(full.Text, "police post") || len(full.Data.Incomplete) != 0 {
		t.Errorf("upgraded article %d %q incomplete %v; want id %d with the page's text, complete", full.ID, full.Text, full.Data.Incomplete, described.ID)
	}
	newEvents, newTexts := reports(full.ID)
	if len(newEvents) == 0 || !strings.Contains(strings.Join(newTexts, "\n"), "Aflao") {
		t.Errorf("upgraded article's event reports %q; want the page's", newTexts)
	}
	if strings.Contains(strings.Join(newTexts, "\n"), "police post") {
		t.Errorf("upgraded article still reports %q; want the description's reports gone", newTexts)
	}
	// The ids of deleted events may be given again (SQLite), so the
	// description's event is looked for by its type and parties.
	all, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		for _, o := range oldEvents {
			if e.Key == o.Key && e.Type == o.Type {
				t.Errorf("event %+v, reported by the description alone (%q), is still stored", e, oldTexts)
			}
		}
	}
	if c, err := st.Stats(ctx); err != nil || c.Articles != 1 || c.Mentions != len(newTexts) {
		t.Errorf("store %+v (%v); want 1 article and only the page's %d reports", c, err, len(newTexts))
	}

	page.set(false)
	if s := poll("paywalled again"); s.Skipped != 1 || s.Upgraded != 0 || page.count() != 3 {
		t.Errorf("fourth poll: %+v after %d page fetches; want the complete article skipped unfetched", s, page.count())
	}
	if a := stored(); a.Text != full.Text {
		t.Errorf("after the paywall came back: %q; want the full text kept", a.Text)
	}
}

// `ingest URL` of the link of an article stored from its feed's
// description reads its page again, and a page that now holds the article
// completes it under the same id; the same URL ingested again once it is
// complete is skipped unfetched.
func TestURLIngestUpgradesArticleStoredFromDescription(t *testing.T) {
	page := newWalledPage(t, borderStory)
	st := openTemp(t)
	feed := Inputs{Feeds: []string{page.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	if s := runLimited(t, st, feed, 1); s.Stored != 1 {
		t.Fatalf("feed poll: %+v; want the item stored from its description", s)
	}
	link := page.URL + "/border"
	before, err := st.ArticleByURL(context.Background(), link)
	if err != nil {
		t.Fatal(err)
	}
	page.set(true)
	named := Inputs{Paths: []string{link}, Fetcher: feed.Fetcher}
	if s := runLimited(t, st, named, 1); s.Upgraded != 1 || s.Stored != 0 {
		t.Fatalf("ingest URL: %+v; want the article upgraded", s)
	}
	after, err := st.ArticleByURL(context.Background(), link)
	if err != nil {
		t.Fatal(err)
	}
	if after.ID != before.ID || !strings.Contains(after.Text, "Aflao") || len(after.Data.Incomplete) != 0 {
		t.Errorf("after ingest URL: id %d (was %d) text %q incomplete %v; want the page's text, complete, same id", after.ID, before.ID, after.Text, after.Data.Incomplete)
	}
	fetched := page.count()
	if s := runLimited(t, st, named, 1); s.Skipped != 1 || page.count() != fetched {
		t.Errorf("ingest URL again: %+v, %d page fetches (was %d); want it skipped unfetched", s, page.count(), fetched)
	}
}

// A wire story stored whole from one site, and from another site's feed
// description (its page paywalled) that later opens on the same story:
// the upgraded article is linked as the story's copy, reporting no events
// of its own, when it was published after the stored one, and becomes the
// story's original, the other its copy with its reports moved to it, when
// it was published first, as two copies arriving whole are linked.
func TestUpgradedArticleLinkedToItsStory(t *testing.T) {
	story := `<p>NAIROBI (Wire) - Kenya and Uganda agreed on Tuesday to build a new oil pipeline from Hoima to the port of Lamu, the two energy ministries said in a joint statement after talks in Nairobi.</p>` +
		`<p>The pipeline would carry crude from fields near Lake Albert to the coast, and work would begin next year, officials said. Kenya's energy minister said financing talks with lenders were at an advanced stage.</p>` +
		`<p>Uganda has struggled for years to find a route to export its oil, and the deal ends a long dispute over the route, analysts said.</p>`
	for _, c := range []struct {
		name                 string
		openDate, walledDate string
		walledOriginal       bool
	}{
		{"published after", "Mon, 02 Mar 2026 09:00:00 GMT", "Tue, 03 Mar 2026 09:00:00 GMT", false},
		{"published first", "Tue, 03 Mar 2026 09:00:00 GMT", "Mon, 02 Mar 2026 09:00:00 GMT", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var mu sync.Mutex
			walledOpen := false
			var srv *httptest.Server
			srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				switch r.URL.Path {
				case "/feed.xml":
					w.Header().Set("Content-Type", "application/rss+xml")
					fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>East Africa Wire</title>`+
						`<item><title>Kenya and Uganda agree pipeline</title><link>%[1]s/open</link><guid>open</guid><pubDate>%[2]s</pubDate></item>`+
						`<item><title>Kenya, Uganda in pipeline deal</title><link>%[1]s/walled</link><guid>walled</guid><pubDate>%[3]s</pubDate>`+
						`<description>Kenya and Uganda agreed to build an oil pipeline from Hoima to Lamu, the ministries said.</description></item>`+
						`</channel></rss>`, srv.URL, c.openDate, c.walledDate)
				case "/open":
					w.Header().Set("Content-Type", "text/html")
					fmt.Fprint(w, `<html><head><title>Kenya and Uganda agree pipeline</title></head><body><article>`+story+`</article></body></html>`)
				case "/walled":
					w.Header().Set("Content-Type", "text/html")
					if !walledOpen {
						fmt.Fprint(w, `<html><head><title>Kenya, Uganda in pipeline deal</title></head><body><div class="paywall"><button>Subscribe</button></div></body></html>`)
						return
					}
					fmt.Fprint(w, `<html><head><title>Kenya, Uganda in pipeline deal</title></head><body><nav>Home | Business</nav><article>`+story+`</article></body></html>`)
				default:
					http.NotFound(w, r)
				}
			}))
			t.Cleanup(srv.Close)
			ctx := context.Background()
			stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
			if err != nil {
				t.Fatal(err)
			}
			st := openTemp(t)
			in := Inputs{Feeds: []string{srv.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
			poll := func() Stats {
				t.Helper()
				plan, err := Expand(in)
				if err != nil {
					t.Fatal(err)
				}
				s, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, plan.Items(ctx, in, st))
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			if s := poll(); s.Stored != 2 {
				t.Fatalf("first poll: %+v; want both stored", s)
			}
			mu.Lock()
			walledOpen = true
			mu.Unlock()
			if s := poll(); s.Upgraded != 1 {
				t.Fatalf("second poll: %+v; want the walled article upgraded", s)
			}
			open, err := st.ArticleByURL(ctx, srv.URL+"/open")
			if err != nil {
				t.Fatal(err)
			}
			walled, err := st.ArticleByURL(ctx, srv.URL+"/walled")
			if err != nil {
				t.Fatal(err)
			}
			original, copied := open, walled
			if c.walledOriginal {
				original, copied = walled, open
			}
			if original.DuplicateOf != 0 || copied.DuplicateOf != original.ID {
				t.Fatalf("open dup of %d, walled dup of %d; want %s the original", open.DuplicateOf, walled.DuplicateOf, original.URL)
			}
			evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) == 0 {
				t.Fatal("the story gave no event: nothing to check")
			}
			for _, e := range evs {
				_, ms, err := st.Event(ctx, e.ID)
				if err != nil {
					t.Fatal(err)
				}
				if e.NumSources != 1 || e.NumArticles != 1 {
					t.Errorf("event %s %s-%s: %d sources, %d articles; want the story counted once", e.Type, e.SourceName, e.TargetName, e.NumSources, e.NumArticles)
				}
				for _, m := range ms {
					if m.ArticleID != original.ID {
						t.Errorf("event %s reported by article %d; want only the original %d", e.Type, m.ArticleID, original.ID)
					}
				}
			}
		})
	}
}

// Config.UpgradeWindow bounds how long an article stored from its feed's
// description has its page read again: past the window (here a nanosecond,
// long gone by the next poll), or with the window turned off (less than
// 0), a poll that offers the item again skips it as stored without
// fetching its page, though the page now holds the article.
func TestUpgradeWindowBoundsRefetches(t *testing.T) {
	ctx := context.Background()
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		window time.Duration
	}{
		{"window passed", time.Nanosecond},
		{"turned off", -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := newWalledPage(t, borderStory)
			st := openTemp(t)
			in := Inputs{Feeds: []string{page.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
			poll := func() Stats {
				t.Helper()
				plan, err := Expand(in)
				if err != nil {
					t.Fatal(err)
				}
				s, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1, UpgradeWindow: c.window}, plan.Items(ctx, in, st))
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			if s := poll(); s.Stored != 1 || page.count() != 1 {
				t.Fatalf("first poll: %+v after %d page fetches; want the item stored from its description", s, page.count())
			}
			page.set(true)
			if s := poll(); s.Skipped != 1 || s.Upgraded != 0 || page.count() != 1 {
				t.Errorf("second poll: %+v after %d page fetches; want the item skipped, its page not fetched again", s, page.count())
			}
			a, err := st.ArticleByURL(ctx, page.URL+"/border")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "police post") {
				t.Errorf("stored text %q; want the description kept", a.Text)
			}
		})
	}
}
