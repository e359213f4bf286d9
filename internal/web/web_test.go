package web

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

func testUI(t testing.TB) http.Handler {
	t.Helper()
	mux := http.NewServeMux()
	New(testStore(t), nil).Register(mux)
	return mux
}

// testStore is the store testUI serves: synthetic events, and an article
// with markup in its text and an actor named only in an event.
func testStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st := tempStore(t, "web.db")
	if err := api.SeedSynthetic(ctx, st, 400, 7); err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		text := "Protesters <script>alert(1)</script> marched in Lumen."
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://x.example/p", Source: "x", Site: "X Wire", ContentHash: "xp",
			Title: "March <b>in</b> Lumen", Text: text, Published: &pub,
			Data: &model.Article{Title: "March <b>in</b> Lumen", Paragraphs: []string{text}, Text: text,
				Actors: []model.ActorRef{{ID: "place:XLM:lumen", Name: "Lumen", Type: "place", Country: "XLM"}},
				Quotes: []model.Quote{{Text: "We will stay", Speaker: &model.Speaker{Text: "an organiser"}}}}})
		if err != nil {
			return err
		}
		// An actor named only in an event (no id): its page is found by
		// name, and the graph's node id for it is "name:marchers".
		e := &store.Event{Key: "marchers", Type: "PROTEST", SourceName: "Marchers", TargetActor: "Q17", TargetName: "Japan",
			Date: "2025-03-10", QuadClass: 3}
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: 501, ArticleEventID: "e1", Text: text})
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func fetch(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(b)
}

// checkPage fetches path from h and fails t unless it answers code with
// every string of want in its body and none of none; it returns the body.
func checkPage(t *testing.T, h http.Handler, path string, code int, want, none []string) string {
	t.Helper()
	got, body := fetch(t, h, path)
	if got != code {
		t.Fatalf("%s: status %d, want %d\n%.400s", path, got, code, body)
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("%s: want %q in the page", path, w)
		}
	}
	for _, w := range none {
		if strings.Contains(body, w) {
			t.Errorf("%s: did not want %q in the page", path, w)
		}
	}
	return body
}

func TestPages(t *testing.T) {
	h := testUI(t)
	tests := []struct {
		path string
		code int
		want []string
	}{
		{"/", 200, []string{"Recent events", "Top actors", `href="/events/`, "501 articles (0 syndicated copies), 401 merged events"}},
		{"/search?q=marched", 200, []string{"<mark>marched</mark>", "March &lt;b&gt;in&lt;/b&gt; Lumen"}},
		{"/search", 200, []string{"Type words"}},
		{"/articles/501", 200, []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "We will stay", "an organiser", "X Wire"}},
		{"/events?country=JPN&quad_class=4", 200, []string{"material conflict"}},
		{"/events?limit=5&offset=5", 200, []string{"Next →", "← Previous", "cursor="}},
		{"/events?quad_class=9", 400, []string{"quad_class"}},
		// IGO codes (NATO, G20) are country codes the store holds;
		// an ISO alpha-2 code is still refused, and the form takes
		// the longer codes.
		{"/events?country=NATO", 200, []string{"No events."}},
		{"/graph?country=g20", 200, []string{"No events match these filters."}},
		{"/timeline?country=NATO", 200, []string{"Timeline"}},
		{"/events?country=FR", 400, []string{"country", "NATO"}},
		{"/events", 200, []string{`maxlength="100"`}},
		// The sector filter: a name or a CAMEO code; the form keeps it.
		{"/events?sector=LAB", 200, []string{`name="sector" value="LAB"`}},
		{"/events?sector=farmers", 400, []string{"sector", "labour (LAB)"}},
		{"/events/1", 200, []string{"Reported by", "Synthetic story", "CAMEO"}},
		{"/events/999999", 404, []string{"nothing at this address"}},
		{"/actors/Q17", 200, []string{"Japan", "Counterparts"}},
		{"/actors/nobody", 404, nil},
		// An actor of an article that takes part in no event has a page
		// (its articles); so has one named only in events, by its graph id.
		{"/actors/place:XLM:lumen", 200, []string{"Lumen", "place, XLM", "March &lt;b&gt;in&lt;/b&gt; Lumen", "No events."}},
		{"/actors/Lumen", 200, []string{"place:XLM:lumen"}},
		{"/actors/name:marchers", 200, []string{"Marchers", "PROTEST", `href="/actors/Q17"`}},
		{"/graph", 200, []string{"<svg", "<circle", "<line", "Japan"}},
		{"/graph?actor=Q17", 200, []string{"<circle"}},
		{"/timeline", 200, []string{"<svg", `class="q4"`, "by month"}},
		{"/timeline?since=2024-01-01&until=2024-01-31", 200, []string{"by day"}},
		{"/static/style.css", 200, []string{"--accent"}},
		// A missing static file, or the folder, is the site's 404 page
		// (it was the file server's plain text).
		{"/static/nope.css", 404, []string{"nothing at this address", "</html>"}},
		{"/static/", 404, []string{"nothing at this address", "</html>"}},
		// Pages ignore parameters they do not take (what a shared link
		// gathers), as the search page did; a bad value of a filter
		// they take is still refused (quad_class=9 above).
		{"/events?country=JPN&quad_class=4&utm_source=mail", 200, []string{"material conflict"}},
		{"/graph?fbclid=x1", 200, []string{"<svg"}},
		{"/timeline?utm_campaign=x", 200, []string{"<svg"}},
		{"/search?q=marched&utm_source=x", 200, []string{"<mark>marched</mark>"}},
		// The date boxes keep a month or a year the filters take (a
		// date box could show only a whole day and came back blank).
		{"/events?since=2025-03&until=2026", 200, []string{`name="since" value="2025-03"`, `name="until" value="2026"`}},
		{"/no/such/page", 404, nil},
		{"/articles/abc", 404, nil},
	}
	for _, tt := range tests {
		code, body := fetch(t, h, tt.path)
		if code != tt.code {
			t.Errorf("%s: status %d, want %d\n%.400s", tt.path, code, tt.code, body)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: body lacks %q", tt.path, w)
			}
		}
		if strings.Contains(body, "<script>") {
			t.Errorf("%s: unescaped script tag", tt.path)
		}
	}
}

func TestLayoutAndTimeline(t *testing.T) {
	g := api.Graph{Nodes: []api.GraphNode{{ID: "a", Name: "A", Events: 5}, {ID: "b", Name: "B", Events: 2}, {ID: "c", Name: "C", Events: 1}},
		Edges: []api.GraphEdge{{Source: "a", Target: "b", Weight: 2}, {Source: "a", Target: "c", Weight: 1, Conflict: 1}}}
	d1, d2 := Layout(g, 400, 300, 100), Layout(g, 400, 300, 100)
	for i, n := range d1.Nodes {
		if n.X < 0 || n.X > 400 || n.Y < 0 || n.Y > 300 || n != d2.Nodes[i] {
			t.Errorf("node %d: %+v vs %+v (must be inside and deterministic)", i, n, d2.Nodes[i])
		}
	}
	if d1.Nodes[0].R <= d1.Nodes[2].R || !d1.Edges[0].Conflict || d1.Edges[1].Width <= d1.Edges[0].Width {
		t.Errorf("sizes: %+v", d1)
	}
	evs := []store.Event{{Date: "2025-03-01", QuadClass: 1}, {Date: "2025-03-01", QuadClass: 4}, {Date: "2025-03-03", QuadClass: 3}, {Date: "2025-03"}}
	tl := BuildTimeline(evs, 300, 130)
	if tl.Period != "day" || len(tl.Bars) != 3 || tl.Bars[0].Total != 2 || tl.Bars[1].Total != 0 || tl.Max != 2 || len(tl.Bars[0].Segs) != 2 {
		t.Errorf("timeline: %+v", tl)
	}
	if s := tl.Bars[0].Segs; s[0].Y+s[0].H != tl.PlotH || s[1].Y+s[1].H != s[0].Y {
		t.Errorf("segments not stacked: %+v", s)
	}
}

// TestLinksResolve follows every link of the main pages: none may lead to
// a 404 (the article page links each of its actors, the graph each node).
func TestLinksResolve(t *testing.T) {
	h := testUI(t)
	href := regexp.MustCompile(`href="(/[^"]*)"`)
	seen := map[string]bool{}
	for _, page := range []string{"/", "/graph", "/graph?actor=Q17", "/articles/501", "/events", "/events/1", "/actors/Q17", "/timeline"} {
		code, body := fetch(t, h, page)
		if code != 200 {
			t.Fatalf("%s: status %d", page, code)
		}
		for _, m := range href.FindAllStringSubmatch(body, -1) {
			link := html.UnescapeString(m[1])
			if link == "/openapi.json" || link == "/healthz" || strings.HasPrefix(link, "/api/") {
				continue // the API's, not served by this handler
			}
			if seen[link] {
				continue
			}
			seen[link] = true
			if code, _ := fetch(t, h, link); code != 200 {
				t.Errorf("%s links %s: status %d", page, link, code)
			}
		}
	}
	if len(seen) < 50 {
		t.Errorf("only %d links followed", len(seen))
	}
}

// TestKeysetPages: the search results and an actor's articles page on by
// keyset cursors (following "Next" gives every row once, in the store's
// order, though rows tie on their sort and an article stored meanwhile is
// newer than all), back by offset, and the old offset links still work.
func TestKeysetPages(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "pages.db")
	isl := []model.ActorRef{{ID: "ISL", Name: "Iceland", Type: "country", Country: "ISL"}}
	add := func(i int, published *time.Time) {
		t.Helper()
		url := "https://pages.example/" + strconv.Itoa(i)
		text := "Fishing talks with Iceland resumed in Reykjavik, officials said."
		err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "pages.example", ContentHash: url,
				Title: "Talks " + strconv.Itoa(i), Text: text, Published: published,
				Data: &model.Article{Title: "Talks " + strconv.Itoa(i), Text: text, Paragraphs: []string{text}, Published: published, Actors: isl}})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := range 70 {
		var pub *time.Time
		if i%7 != 0 { // every seventh undated; the rest tie in threes
			p := time.Date(2025, 1, 1+i/3, 9, 0, 0, 0, time.UTC)
			pub = &p
		}
		add(i, pub)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	articleHref := regexp.MustCompile(`href="/articles/(\d+)"`)
	next := regexp.MustCompile(`href="([^"]*)">(?:Next|Older articles) →`)
	prev := regexp.MustCompile(`href="([^"]*)">← (?:Previous|Newer articles)`)
	follow := func(start string, fresh func()) (ids []string, pages []string) {
		t.Helper()
		return followNext(t, mux, start, articleHref, next, false, fresh)
	}
	storeIDs := func(hits []store.SearchHit) []string {
		var out []string
		for _, h := range hits {
			out = append(out, strconv.FormatInt(h.ArticleID, 10))
		}
		return out
	}

	// Search: 70 hits that all tie on rank, three pages.
	all, err := st.Search(ctx, store.SearchQuery{Text: "fishing", Limit: 100})
	if err != nil || len(all) != 70 {
		t.Fatalf("search: %d hits, %v", len(all), err)
	}
	ids, pages := follow("/search?q=fishing", nil)
	if !slices.Equal(ids, storeIDs(all)) || len(pages) != 4 {
		t.Errorf("search pages give %v in %d pages,\nthe store %v", ids, len(pages), storeIDs(all))
	}
	if m := prev.FindStringSubmatch(pages[2]); m == nil || html.UnescapeString(m[1]) != "/search?offset=20&q=fishing" {
		t.Errorf("third search page: previous link %v", m)
	}
	if m := prev.FindStringSubmatch(pages[1]); m == nil || html.UnescapeString(m[1]) != "/search?q=fishing" {
		t.Errorf("second search page: previous link %v", m)
	}
	// An old offset link: the same hits as the keyset page.
	code, body := fetch(t, mux, "/search?q=fishing&offset=20")
	if got := articleHref.FindAllStringSubmatch(body, -1); code != 200 || len(got) != 20 || got[0][1] != ids[20] {
		t.Errorf("offset link: %d, %d hits", code, len(got))
	}
	for _, bad := range []string{"/search?q=fishing&cursor=nope", "/search?q=fishing&offset=-1", "/search?q=fishing&offset=20&cursor=" + "bzoyMA"} {
		if code, _ := fetch(t, mux, bad); code != 400 {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}

	// An actor's articles: newest first, undated last, 30 a page; an
	// article stored after the first page does not shift the next ones.
	arts, err := st.ActorArticles(ctx, store.ActorQuery{Actor: "ISL", Limit: 100})
	if err != nil || len(arts) != 70 {
		t.Fatalf("articles of ISL: %d, %v", len(arts), err)
	}
	fresh := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ids, pages = follow("/actors/ISL", func() { add(70, &fresh) })
	if !slices.Equal(ids, storeIDs(arts)) || len(pages) != 3 {
		t.Errorf("actor pages give %v in %d pages,\nthe store %v", ids, len(pages), storeIDs(arts))
	}
	if m := prev.FindStringSubmatch(pages[2]); m == nil || html.UnescapeString(m[1]) != "/actors/ISL?offset=30#arts" {
		t.Errorf("third actor page: newer link %v", m)
	}
	if !strings.Contains(pages[1], `<ol class="hits" start="31">`) || !strings.Contains(pages[1], "Older articles</h2>") {
		t.Errorf("second actor page: not numbered from 31")
	}
	if code, _ := fetch(t, mux, "/actors/ISL?cursor=nope"); code != 400 {
		t.Errorf("bad actor cursor: %d, want 400", code)
	}
}

// TestEventsKeysetPages: the events page pages on by the API's keyset
// cursor (following "Next" gives every event once, in the store's order,
// in each sort, and an event stored after the first page shifts nothing),
// back by a keyset cursor too (the first page by its plain address), and
// the old offset links still work.
func TestEventsKeysetPages(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "events.db")
	if err := api.SeedSynthetic(ctx, st, 400, 7); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	eventHref := regexp.MustCompile(`href="/events/(\d+)"`)
	next := regexp.MustCompile(`href="([^"]*)">Next →`)
	prev := regexp.MustCompile(`href="([^"]*)">← Previous`)
	follow := func(start string, fresh func()) (ids []string, pages []string) {
		t.Helper()
		return followNext(t, mux, start, eventHref, next, true, fresh)
	}
	for _, sort := range []string{"", store.SortSources, store.SortGoldstein} {
		evs, err := st.Events(ctx, store.EventQuery{Sort: sort, Limit: store.MaxLimit})
		if err != nil || len(evs) < 300 {
			t.Fatalf("events sorted by %q: %d, %v", sort, len(evs), err)
		}
		var want []string
		for _, e := range evs {
			want = append(want, strconv.FormatInt(e.ID, 10))
		}
		start := "/events?limit=50"
		if sort != "" {
			start += "&sort=" + sort
		}
		var fresh func()
		if sort == "" {
			// Newer than every event: it belongs on the first page, which
			// is read already, and must not push one onto the next.
			fresh = func() {
				err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
					_, err := tx.InsertEvent(ctx, &store.Event{Key: "fresh", Type: "CONSULT", SourceName: "A", TargetName: "B", Date: "2099-01-01", QuadClass: 1})
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		ids, pages := follow(start, fresh)
		if !slices.Equal(ids, want) {
			t.Errorf("sort %q: pages give %d events, the store %d (or in another order)", sort, len(ids), len(want))
		}
		// Back by keyset too: the third page's "Previous" is a cursor
		// (before its first event) and gives the second page's events.
		if m := prev.FindStringSubmatch(pages[2]); m == nil || strings.Contains(m[1], "offset=") || !strings.Contains(m[1], "cursor=") {
			t.Errorf("sort %q: third page's previous link %v", sort, m)
		} else {
			code, body := fetch(t, mux, html.UnescapeString(m[1]))
			ids := func(page string) (out []string) {
				for _, m := range eventHref.FindAllStringSubmatch(page, -1) {
					if len(out) == 0 || out[len(out)-1] != m[1] {
						out = append(out, m[1])
					}
				}
				return out
			}
			if got, want := ids(body), ids(pages[1]); code != 200 || len(want) != 50 || !slices.Equal(got, want) {
				t.Errorf("sort %q: back from the third page: %d, %v; want the second page's %v", sort, code, got, want)
			}
			if m := prev.FindStringSubmatch(body); m == nil || strings.Contains(m[1], "offset=") || strings.Contains(m[1], "cursor=") {
				t.Errorf("sort %q: back on the second page, its previous link %v; want the first page", sort, m)
			}
		}
		if m := prev.FindStringSubmatch(pages[1]); m == nil || strings.Contains(m[1], "offset=") || strings.Contains(m[1], "cursor=") {
			t.Errorf("sort %q: second page's previous link %v", sort, m)
		}
		// An old offset link: the store's rows 100-149 now (the fresh
		// event, first by date, shifts the offsets by one).
		now, err := st.Events(ctx, store.EventQuery{Sort: sort, Limit: 50, Offset: 100})
		if err != nil {
			t.Fatal(err)
		}
		var wantNow []string
		for _, e := range now {
			wantNow = append(wantNow, strconv.FormatInt(e.ID, 10))
		}
		code, body := fetch(t, mux, start+"&offset=100")
		var got []string
		for _, m := range eventHref.FindAllStringSubmatch(body, -1) {
			if len(got) == 0 || got[len(got)-1] != m[1] {
				got = append(got, m[1])
			}
		}
		if code != 200 || len(got) != 50 || !slices.Equal(got, wantNow) {
			t.Errorf("sort %q: offset link: %d, %v", sort, code, got)
		}
	}
	// A cursor of the date sort given with another sort, a bad cursor, and
	// cursor with offset are the API's 400s.
	_, body := fetch(t, mux, "/events?limit=50")
	m := next.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no next link on the first events page")
	}
	for _, bad := range []string{html.UnescapeString(m[1]) + "&sort=sources", "/events?cursor=nope", html.UnescapeString(m[1]) + "&offset=5"} {
		if code, _ := fetch(t, mux, bad); code != 400 {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}
}

// followNext reads the pages from start on by their "Next" links (the
// next pattern's first group), as a reader clicking through would, and
// returns the ids that item's first group finds on them, in order, and the
// pages. Every next link must be a keyset cursor, not an offset, and no id
// may come twice; twice says a row links its item twice in a row, which
// counts once. fresh, when not nil, runs after the first page is read (to
// store something between pages).
func followNext(t *testing.T, mux http.Handler, start string, item, next *regexp.Regexp, twice bool, fresh func()) (ids []string, pages []string) {
	t.Helper()
	seen := map[string]bool{}
	for path := start; path != ""; {
		code, body := fetch(t, mux, path)
		if code != 200 || len(pages) > 20 {
			t.Fatalf("%s: %d", path, code)
		}
		pages = append(pages, body)
		last := ""
		for _, m := range item.FindAllStringSubmatch(body, -1) {
			if twice && m[1] == last {
				continue
			}
			last = m[1]
			if seen[m[1]] {
				t.Errorf("%s: %s again", path, m[0])
			}
			seen[m[1]] = true
			ids = append(ids, m[1])
		}
		path = ""
		if m := next.FindStringSubmatch(body); m != nil {
			// A browser keeps the fragment to itself.
			path, _, _ = strings.Cut(html.UnescapeString(m[1]), "#")
			if !strings.Contains(path, "cursor=") || strings.Contains(path, "offset=") {
				t.Errorf("next link %s is not a cursor", path)
			}
		}
		if len(pages) == 1 && fresh != nil {
			fresh()
		}
	}
	return ids, pages
}

// An editor's brackets in an article ("the [Syrian] forces") are text, not
// the mark of a matched word: the search page highlights only the words
// searched for, and the API and the search command still show the matches
// between [ and ].
func TestSearchSnippetKeepsTextBrackets(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "web.db")
	text := `"The [Syrian] forces left the camp on Tuesday," the official said.`
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://x.example/camp", Source: "x", Site: "X Wire", ContentHash: "camp",
			Title: "Forces leave camp", Text: text, Data: &model.Article{Title: "Forces leave camp", Paragraphs: []string{text}, Text: text}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/search?q=tuesday")
	if code != 200 || !strings.Contains(body, "The [Syrian] forces") || strings.Contains(body, "<mark>Syrian</mark>") ||
		!strings.Contains(body, "<mark>Tuesday</mark>") {
		t.Errorf("search page: %d\n%s", code, body)
	}
	hits, err := st.Search(ctx, store.SearchQuery{Text: "tuesday"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("search: %v %v", hits, err)
	}
	if got := hits[0].BracketedSnippet(); !strings.Contains(got, "[Syrian] forces left the camp on [Tuesday]") {
		t.Errorf("bracketed snippet %q", got)
	}
	if b, err := json.Marshal(hits[0]); err != nil || !strings.Contains(string(b), `on [Tuesday],`) || strings.Contains(string(b), `\u0002`) {
		t.Errorf("JSON %s %v", b, err)
	}
}

// A page asked for with another method than GET is a 405 naming GET (it
// was the 404 page, as if the page did not exist); an unknown path stays
// a 404 whatever the method.
func TestPageWrongMethod(t *testing.T) {
	mux := http.NewServeMux()
	New(nil, nil).Register(mux)
	for _, c := range []struct {
		method, path string
		code         int
	}{{"POST", "/events", 405}, {"DELETE", "/", 405}, {"PUT", "/actors/JPN", 405}, {"POST", "/nowhere", 404}} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		allow := rec.Header().Get("Allow")
		if rec.Code != c.code || (c.code == 405) != (allow == "GET, HEAD") || !strings.Contains(rec.Body.String(), "</html>") {
			t.Errorf("%s %s: %d, Allow %q", c.method, c.path, rec.Code, allow)
		}
	}
}

// A stored event known only to its month or year is shown so, not as the
// first day of it the store files it under.
func TestEventDateAtPrecision(t *testing.T) {
	for _, c := range []struct{ date, precision, want string }{
		{"2018-06-01", model.PrecisionMonth, "2018-06"},
		{"2015-01-01", model.PrecisionYear, "2015"},
		{"2021-07-27", model.PrecisionDay, "2021-07-27"},
		{"2021-07-27", "", "2021-07-27"},
		{"", model.PrecisionYear, ""},
	} {
		if got := eventDate(c.date, c.precision); got != c.want {
			t.Errorf("eventDate(%q, %q) = %q, want %q", c.date, c.precision, got, c.want)
		}
	}
}

// The events list marks an event known only to its month or year, which
// it lists on the first day of it (after the events dated to a day of
// it): a "this year" event told in November reads as 2026 (year), not as
// news of January 1; a day keeps no mark.
func TestEventsListMarksCoarseDates(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "c.db")
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "day", Type: "AGREE", SourceName: "port authority", TargetName: "fishermen", Date: "2026-11-27", Precision: model.PrecisionDay, QuadClass: 1},
			{Key: "month", Type: "PROTEST", SourceName: "dockers", TargetName: "port authority", Date: "2026-11-01", Precision: model.PrecisionMonth, QuadClass: 3},
			{Key: "year", Type: "AID", SourceName: "council", TargetName: "fishermen", Date: "2026-01-01", Precision: model.PrecisionYear, QuadClass: 2},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/events")
	year := `>2026</a> <span class="muted" title="known only to the year: listed after the events dated to a day of it">(year)</span>`
	month := `>2026-11</a> <span class="muted" title="known only to the month: listed after the events dated to a day of it">(month)</span>`
	day := `>2026-11-27</a></td>`
	for _, want := range []string{year, month, day} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/events: %d, no %q in\n%s", code, want, body)
		}
	}
	if d, m, y := strings.Index(body, day), strings.Index(body, month), strings.Index(body, year); !(d < m && m < y) {
		t.Errorf("newest first: day at %d, month at %d, year at %d; want the day, then its month, then its year", d, m, y)
	}
}

// tempStore opens a new SQLite store named name in the test's temporary
// folder, closed when the test ends.
func tempStore(t testing.TB, name string) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), name), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
