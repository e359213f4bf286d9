package web

import (
	"context"
	"encoding/json"
	"html"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/store"
)

// hrefs are the links of a page whose path starts with prefix, unescaped.
func hrefs(body, prefix string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`href="(`+regexp.QuoteMeta(prefix)+`[^"]*)"`).FindAllStringSubmatch(body, -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	return out
}

// A timeline bar lists its events under the timeline's own filters (it
// linked to the bar's dates alone, so the events of Japan's bar were every
// country's), within the timeline's since and until.
func TestTimelineBarsKeepFilters(t *testing.T) {
	h := testUI(t)
	code, body := fetch(t, h, "/timeline?quad_class=4&min_sources=1&since=2024-03-10&until=2024-09-20")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	bars := hrefs(body, "/events?")
	if len(bars) == 0 {
		t.Fatalf("no bar links in\n%s", body)
	}
	for i, b := range bars {
		u, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		v := u.Query()
		if v.Get("min_sources") != "1" || v.Get("quad_class") != "4" {
			t.Errorf("bar %d: %s lost the filters", i, b)
		}
		if s := v.Get("since"); s < "2024-03-10" {
			t.Errorf("bar %d: since %s before the timeline's", i, s)
		}
		if s := v.Get("until"); s > "2024-09-20" {
			t.Errorf("bar %d: until %s after the timeline's", i, s)
		}
		// Every event the bar's page lists is one the bar counts.
		code, page := fetch(t, h, b)
		if code != 200 {
			t.Errorf("%s: status %d", b, code)
		}
		if strings.Contains(page, "verbal cooperation</span></td>") {
			t.Errorf("%s lists events of another class", b)
		}
	}
}

func TestBarLinkWithinFilterDates(t *testing.T) {
	bar := Bar{Start: "2025-03-01", End: "2025-03-31"}
	for _, tt := range []struct{ since, until, wantSince, wantUntil string }{
		{"", "", "2025-03-01", "2025-03-31"},
		{"2025-03-10", "2025-03-12", "2025-03-10", "2025-03-12"},
		{"2025-03", "2025-03", "2025-03-01", "2025-03"}, // a month runs to its end
		{"2025", "2025", "2025-03-01", "2025"},
		{"2024-12-01", "2026-01-01", "2025-03-01", "2025-03-31"},
	} {
		form := url.Values{"actor": {"KOR"}}
		if tt.since != "" {
			form.Set("since", tt.since)
		}
		if tt.until != "" {
			form.Set("until", tt.until)
		}
		u, _ := url.Parse(barLink(form, bar))
		v := u.Query()
		if v.Get("since") != tt.wantSince || v.Get("until") != tt.wantUntil || v.Get("actor") != "KOR" {
			t.Errorf("since %q until %q: %s, want since %s until %s", tt.since, tt.until, u, tt.wantSince, tt.wantUntil)
		}
		if form.Get("since") != tt.since {
			t.Errorf("barLink changed the form")
		}
	}
}

// One old date among recent ones (an anniversary, a trial of an old crime)
// spans decades: by month that was 850 bars a pixel wide. Every period's
// labels carry the year.
func TestTimelinePeriods(t *testing.T) {
	ev := func(dates ...string) []store.Event {
		var out []store.Event
		for _, d := range dates {
			out = append(out, store.Event{Date: d, QuadClass: 1})
		}
		return out
	}
	for _, tt := range []struct {
		name   string
		evs    []store.Event
		period string
		first  string
	}{
		{"days", ev("2024-12-30", "2025-01-02"), "day", "30 Dec 2024"},
		{"weeks", ev("2024-11-01", "2025-03-01"), "week", "week of 28 Oct 2024"},
		{"months", ev("2020-01-15", "2025-03-01"), "month", "Jan 2020"},
		{"decades", ev("1955-11-05", "2025-03-01", "2025-03-02"), "year", "1955"},
	} {
		tl := BuildTimeline(tt.evs, 960, 260)
		if tl.Period != tt.period || len(tl.Bars) == 0 || tl.Bars[0].Label != tt.first {
			t.Errorf("%s: period %s, %d bars, first %+v", tt.name, tl.Period, len(tl.Bars), tl.Bars)
			continue
		}
		if len(tl.Bars) > maxBars {
			t.Errorf("%s: %d bars", tt.name, len(tl.Bars))
		}
		total := 0
		for _, b := range tl.Bars {
			total += b.Total
		}
		if total != len(tt.evs) {
			t.Errorf("%s: bars count %d events of %d", tt.name, total, len(tt.evs))
		}
	}
	tl := BuildTimeline(ev("1955-11-05", "2025-03-01"), 960, 260)
	if last := tl.Bars[len(tl.Bars)-1]; last.Start != "2025-01-01" || last.End != "2025-12-31" || last.Total != 1 {
		t.Errorf("last year bar: %+v", last)
	}
}

// The graph's table links each side to its page and the count to those
// events, under the graph's filters; the events page's form shows the
// side filters such a link sets (without boxes for them, the next submit
// dropped them).
func TestGraphLinksToEvents(t *testing.T) {
	h := testUI(t)
	code, body := fetch(t, h, "/graph?quad_class=4")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	links := hrefs(body, "/events?")
	if len(links) == 0 {
		t.Fatalf("no links to events in the graph's table")
	}
	u, _ := url.Parse(links[0])
	v := u.Query()
	if v.Get("source") == "" || v.Get("target") == "" || v.Get("quad_class") != "4" {
		t.Fatalf("edge link %s: want source, target and the graph's filters", links[0])
	}
	code, page := fetch(t, h, links[0])
	if code != 200 || !strings.Contains(page, `name="source" value="`+html.EscapeString(v.Get("source"))+`"`) ||
		!strings.Contains(page, `name="target" value="`+html.EscapeString(v.Get("target"))+`"`) {
		t.Errorf("%s: %d, the form does not keep source and target", links[0], code)
	}
	if strings.Contains(page, "No events.") {
		t.Errorf("%s: an edge's events are none", links[0])
	}
	if len(hrefs(body, "/actors/")) == 0 {
		t.Errorf("graph links no actor page")
	}
}

// The events page offers the sorts the API takes and keeps the chosen one;
// the graph and timeline carry a sort given in their address through their
// form without offering it.
func TestEventSortInForm(t *testing.T) {
	h := testUI(t)
	_, body := fetch(t, h, "/events?sort=goldstein")
	for _, want := range []string{`<select name="sort">`, `<option value="goldstein" selected>`, `<option value="sources">`} {
		if !strings.Contains(body, want) {
			t.Errorf("events page lacks %q", want)
		}
	}
	_, body = fetch(t, h, "/timeline?sort=sources")
	if strings.Contains(body, `<select name="sort">`) || !strings.Contains(body, `<input type="hidden" name="sort" value="sources">`) {
		t.Errorf("timeline: the sort is offered, or not kept")
	}
}

// The graph and timeline draw every matching event: a page's cursor,
// offset or limit in their address is not theirs (a cursor started the
// drawing after that event, and every link of the page carried it on).
// The timeline keeps a limit for the pages its bars open
// (TestTimelineLimit), so it is asked with the cursor and offset alone.
func TestDrawingsIgnorePaging(t *testing.T) {
	h := testUI(t)
	_, events := fetch(t, h, "/events?limit=5")
	next := hrefs(events, "/events?cursor=")
	if len(next) == 0 {
		t.Fatal("no Next link")
	}
	cur, _ := url.Parse(next[0])
	for _, page := range []string{"/timeline", "/graph"} {
		_, whole := fetch(t, h, page)
		paging := "?limit=3&offset=2&cursor="
		if page == "/timeline" {
			paging = "?offset=2&cursor="
		}
		_, paged := fetch(t, h, page+paging+url.QueryEscape(cur.Query().Get("cursor")))
		if whole != paged {
			t.Errorf("%s: a cursor, offset or limit changed the drawing", page)
		}
	}
}

// On a store with more matching events than a drawing reads, the graph
// says it is drawn from the latest ones, and the timeline counts every
// event (it drew the latest 1000 and called them all: "1000 events" of a
// store of 100,000).
func TestDrawingsOfManyEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds more than store.MaxLimit events")
	}
	ctx := context.Background()
	st := tempStore(t, "big.db")
	const n = store.MaxLimit + 200
	if err := api.SeedSynthetic(ctx, st, n, 3); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	if _, body := fetch(t, mux, "/graph"); !strings.Contains(body, "Drawn from the latest 1000 matching events") {
		t.Errorf("the graph does not say it draws the latest events")
	}
	if _, body := fetch(t, mux, "/graph?quad_class=1"); strings.Contains(body, "latest 1000") {
		t.Errorf("the graph of fewer events says it is capped")
	}
	_, body := fetch(t, mux, "/timeline")
	if !strings.Contains(body, strconv.Itoa(n)+" events by") {
		t.Errorf("the timeline does not count all %d events", n)
	}
	total := 0
	for _, m := range regexp.MustCompile(`: (\d+) events?</title>`).FindAllStringSubmatch(body, -1) {
		k, _ := strconv.Atoi(m[1])
		total += k
	}
	if total != n {
		t.Errorf("the bars hold %d events, want %d", total, n)
	}
	// Each bar leads to its events.
	for _, href := range hrefs(body, "/events?")[:3] {
		if code, _ := fetch(t, mux, href); code != 200 {
			t.Errorf("%s: %d", href, code)
		}
	}
}

// A refused filter or search comes back in its form, with the reason above
// it, as a 400: the error page showed empty boxes and a link to the start
// page, so one mistyped date cost every other filter.
func TestBadInputKeptInForm(t *testing.T) {
	h := testUI(t)
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/events?actor=KOR&since=2025-13&sort=sources", []string{`role="alert"`, "since: &#34;2025-13&#34; is not a date",
			`name="actor" value="KOR"`, `name="since" value="2025-13"`, `<option value="sources" selected>`, `aria-current="page">Events`}},
		{"/graph?country=FR&type=protest", []string{"country:", `name="country" value="FR"`, `name="type" value="protest"`, `aria-current="page">Actor graph`}},
		{"/timeline?quad_class=9&actor=%3Cb%3E", []string{"quad_class:", `name="actor" value="&lt;b&gt;"`}},
		{"/search?q=NOT+talks", []string{"NOT", `id="q" name="q" type="search" value="NOT talks"`}},
	} {
		code, body := fetch(t, h, tt.path)
		if code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", tt.path, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q in\n%s", tt.path, w, body)
			}
		}
		if strings.Contains(body, "<b>") {
			t.Errorf("%s: unescaped input", tt.path)
		}
	}
	// Other errors keep the way back to the start page.
	if _, body := fetch(t, h, "/events/999999"); !strings.Contains(body, "Back to the start page") || strings.Contains(body, `class="filters"`) {
		t.Errorf("404 page: %s", body)
	}
}

// An article's page lists the merged events it reports, each linked to the
// event's page with every source (the page named its events but linked
// none); a syndicated copy says its events are counted with the original.
func TestArticleLinksItsEvents(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "a.db")
	var orig, cp, quiet int64
	var ev store.Event
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		art := func(url, hash string, dup int64) (int64, error) {
			text := "The port authority agreed to reopen the quay."
			return tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "Harbour Wire", ContentHash: hash,
				Title: "Quay reopens", Text: text, DuplicateOf: dup})
		}
		var err error
		if orig, err = art("https://harbour.example/1", "h1", 0); err != nil {
			return err
		}
		if cp, err = art("https://copy.example/1", "h2", orig); err != nil {
			return err
		}
		if quiet, err = art("https://harbour.example/2", "h3", 0); err != nil {
			return err
		}
		ev = store.Event{Key: "quay", Type: "AGREE", SourceName: "port authority", TargetName: "fishermen", Date: "2025-04-02", QuadClass: 1}
		if _, err := tx.InsertEvent(ctx, &ev); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: ev.ID, ArticleID: orig, ArticleEventID: "e1", Text: "agreed"})
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	page := func(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) }
	_, body := fetch(t, mux, page(orig))
	evHref := "/events/" + strconv.FormatInt(ev.ID, 10)
	if !strings.Contains(body, "Events it reports") || !strings.Contains(body, `href="`+evHref+`"`) {
		t.Fatalf("article page does not link its event %s:\n%s", evHref, body)
	}
	if _, evPage := fetch(t, mux, evHref); !strings.Contains(evPage, `href="`+page(orig)+`"`) {
		t.Errorf("the event's page does not list the article")
	}
	if _, body := fetch(t, mux, page(cp)); !strings.Contains(body, "A syndicated copy") || !strings.Contains(body, `href="`+page(orig)+`"`) {
		t.Errorf("copy's page: %s", body)
	}
	if _, body := fetch(t, mux, page(quiet)); !strings.Contains(body, "No event is stored from this article.") {
		t.Errorf("page of an article without events: %s", body)
	}
	// The events page of an article shows that filter, so it can be cleared
	// and is not lost on the next submit.
	if _, body := fetch(t, mux, "/events?article="+strconv.FormatInt(orig, 10)); !strings.Contains(body, `name="article" value="`+strconv.FormatInt(orig, 10)+`"`) || !strings.Contains(body, evHref) {
		t.Errorf("events of an article: %s", body)
	}
}

// On a narrow screen the wide tables scroll in a box of their own (named,
// and focusable to scroll by keyboard) and long words break, instead of
// the whole page growing wider than the screen (an event's page cut off
// its first report's URL and its Goldstein score at 500 px).
func TestNarrowScreenLayout(t *testing.T) {
	h := testUI(t)
	for _, page := range []string{"/events", "/", "/actors/Q17", "/graph"} {
		_, body := fetch(t, h, page)
		tables := strings.Count(body, "<table")
		if n := strings.Count(body, `<div class="scroll" role="region"`); n != tables || tables == 0 {
			t.Errorf("%s: %d tables, %d in a scroll box", page, tables, n)
		}
		if strings.Count(body, `class="scroll" role="region" aria-label="`)+strings.Count(body, `class="scroll" role="region" aria-labelledby="`) != tables {
			t.Errorf("%s: a scroll box without a name", page)
		}
	}
	_, css := fetch(t, h, "/static/style.css")
	for _, rule := range []string{".scroll { overflow-x: auto;", "grid-template-columns: minmax(0, 1fr);", "overflow-wrap: anywhere", "@media (max-width: 480px)"} {
		if !strings.Contains(css, rule) {
			t.Errorf("style.css lacks %q", rule)
		}
	}
}

// Every page of data links the same data in the JSON API (the analyst's
// export: same filters, same page), and the link answers; the events
// page's JSON holds the page's events.
func TestPagesLinkTheirData(t *testing.T) {
	st := testStore(t)
	mux := http.NewServeMux()
	api.New(api.Config{Store: st}).Register(mux)
	New(st, nil).Register(mux)
	jsonLink := regexp.MustCompile(`<a href="([^"]*)" type="application/json">JSON</a>`)
	for _, page := range []string{"/events?country=JPN&sort=sources&limit=7&utm_source=x", "/events/1", "/articles/501",
		"/actors/Q17", "/actors/name:marchers", "/search?q=synthetic", "/graph?quad_class=4", "/quotes?q=stay", "/timeline?actor=Q17&sort=sources"} {
		code, body := fetch(t, mux, page)
		m := jsonLink.FindStringSubmatch(body)
		if code != 200 || m == nil {
			t.Errorf("%s: %d, no JSON link", page, code)
			continue
		}
		link := html.UnescapeString(m[1])
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", link, nil))
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s links %s: %d %s", page, link, rec.Code, rec.Body)
		}
		if strings.HasPrefix(page, "/events?") {
			var got struct{ Items []store.Event }
			json.Unmarshal(rec.Body.Bytes(), &got)
			if len(got.Items) != 7 || !strings.Contains(body, `href="/events/`+strconv.FormatInt(got.Items[6].ID, 10)+`"`) {
				t.Errorf("%s: its JSON (%s) is not its page: %d events", page, link, len(got.Items))
			}
		}
	}
	// Search's later pages number on, and its JSON is that page.
	_, body := fetch(t, mux, "/search?q=synthetic")
	next := hrefs(body, "/search?")
	if len(next) == 0 {
		t.Fatal("no next search page")
	}
	_, body = fetch(t, mux, next[len(next)-1])
	if !strings.Contains(body, `<ol class="hits" start="21">`) || !strings.Contains(body, "/api/articles?cursor=") {
		t.Errorf("search page 2: %.2000s", body)
	}
}

// An event's page leads to every event between the same two sides, one
// named only by its words included.
func TestEventLinksItsPair(t *testing.T) {
	h := testUI(t)
	_, events := fetch(t, h, "/events?source=name:marchers")
	ev := hrefs(events, "/events/")
	if len(ev) == 0 {
		t.Fatal("no event of the marchers")
	}
	_, body := fetch(t, h, ev[0])
	links := hrefs(body, "/events?source=")
	if len(links) != 1 || !strings.Contains(body, "Every event from Marchers to Japan") {
		t.Fatalf("%s: links %v", ev[0], links)
	}
	if code, page := fetch(t, h, links[0]); code != 200 || !strings.Contains(page, `href="`+ev[0]+`"`) {
		t.Errorf("%s: %d, without the event %s", links[0], code, ev[0])
	}
}

// The empty search page shows the query syntax the store takes (it named
// phrases and prefixes only: OR, NOT, groups and title:/body: were in the
// README alone), and each example it gives is a query the search answers.
func TestSearchHelpExamplesWork(t *testing.T) {
	h := testUI(t)
	_, body := fetch(t, h, "/search")
	examples := regexp.MustCompile(`<code>([^<]*)</code>`).FindAllStringSubmatch(body, -1)
	if len(examples) < 6 {
		t.Fatalf("%d examples in\n%s", len(examples), body)
	}
	for _, m := range examples {
		q := html.UnescapeString(m[1])
		if q == "NOT" {
			continue // the operator named alone, not a query
		}
		if code, page := fetch(t, h, "/search?q="+url.QueryEscape(q)); code != 200 {
			t.Errorf("example %q: %d\n%.600s", q, code, page)
		}
	}
}

// An actor the store does not know by that id or name is a 404 that offers
// a search of the articles for the words (a name spelt otherwise than the
// knowledge base spells it is still in the articles).
func TestUnknownActorSuggestsSearch(t *testing.T) {
	h := testUI(t)
	code, body := fetch(t, h, "/actors/Marta%20Olsen")
	if code != 404 || !slices.Contains(hrefs(body, "/search?"), "/search?q=Marta+Olsen") || !strings.Contains(body, "No stored actor has the id or name “Marta Olsen”.") {
		t.Errorf("unknown actor: %d\n%s", code, body)
	}
	if code, body := fetch(t, h, "/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E"); code != 404 || strings.Contains(body, "<script>") {
		t.Errorf("unknown actor with markup: %d\n%s", code, body)
	}
	for _, path := range []string{"/actors/%21%21", "/events/999999", "/no/such/page"} {
		if code, body := fetch(t, h, path); code != 404 || strings.Contains(body, "Search the articles for") {
			t.Errorf("%s: %d, offers a search", path, code)
		}
	}
}

// The class badges' white text is readable on every class colour: a
// contrast of 4.5:1 or more (WCAG AA for small text); the orange of verbal
// conflict was 3.0:1.
func TestQuadColoursContrast(t *testing.T) {
	h := testUI(t)
	_, css := fetch(t, h, "/static/style.css")
	if !regexp.MustCompile(`\.quad \{[^}]*color: #fff;`).MatchString(css) {
		t.Fatal("the badges' text is no longer white: check this test")
	}
	vars := regexp.MustCompile(`--(q[0-4]): #([0-9a-fA-F]{6});`).FindAllStringSubmatch(css, -1)
	if len(vars) != 5 {
		t.Fatalf("%d class colours", len(vars))
	}
	lum := func(hex string) float64 {
		var rgb [3]float64
		for i := range rgb {
			v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
			c := float64(v) / 255
			if c <= 0.03928 {
				rgb[i] = c / 12.92
			} else {
				rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	}
	for _, m := range vars {
		if ratio := (1 + 0.05) / (lum(m[2]) + 0.05); ratio < 4.5 {
			t.Errorf("%s #%s: white text at %.2f:1", m[1], m[2], ratio)
		}
	}
}

// A filtered page offers to clear its filters (a link to the page without
// them); an unfiltered one, or one only paged, does not.
func TestClearFilters(t *testing.T) {
	h := testUI(t)
	for _, tt := range []struct {
		path, clear string
	}{
		{"/events?country=JPN", "/events"},
		{"/graph?quad_class=4", "/graph"},
		{"/timeline?actor=Q17", "/timeline"},
		{"/events?since=2025-13", "/events"}, // the 400 page's form
		{"/quotes?q=stay", "/quotes"},
		{"/events", ""},
		{"/events?limit=5", ""},
		{"/quotes", ""},
	} {
		_, body := fetch(t, h, tt.path)
		has := strings.Contains(body, `<a href="`+tt.clear+`">Clear filters</a>`)
		if tt.clear != "" && !has || tt.clear == "" && strings.Contains(body, "Clear filters") {
			t.Errorf("%s: clear link %v, want %q", tt.path, has, tt.clear)
		}
	}
}

// A limit given to the timeline is the size of the pages its bars open,
// as the events page takes one: the bars and the filter form keep it, a
// bar's page lists that many with a Next link that keeps the limit and the
// filters, the drawing is the same, and the API link (/api/timeline takes
// no page) leaves it out. A bad limit is the page's 400, as on /events.
func TestTimelineLimit(t *testing.T) {
	h := testUI(t)
	_, whole := fetch(t, h, "/timeline?min_sources=1")
	body := checkPage(t, h, "/timeline?min_sources=1&limit=1", 200,
		[]string{`<input type="hidden" name="limit" value="1">`, `<a href="/api/timeline?min_sources=1" type="application/json">`}, nil)
	svg := func(b string) string {
		return regexp.MustCompile(`href="[^"]*"`).ReplaceAllString(b[strings.Index(b, "<svg"):strings.Index(b, "</svg>")], "")
	}
	if svg(whole) != svg(body) {
		t.Error("the limit changed the drawing")
	}
	bars := hrefs(body, "/events?")
	if len(bars) == 0 {
		t.Fatal("no bar links")
	}
	paged := 0
	for _, b := range bars {
		u, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if u.Query().Get("limit") != "1" || u.Query().Get("min_sources") != "1" {
			t.Fatalf("bar %s lost the limit or the filters", b)
		}
		_, page := fetch(t, h, b)
		if n := strings.Count(page, `<td data-label="Date"`); n > 1 {
			t.Errorf("%s lists %d events, limit 1", b, n)
		}
		for _, next := range hrefs(page, "/events?cursor=") {
			paged++
			nu, _ := url.Parse(next)
			if nu.Query().Get("limit") != "1" || nu.Query().Get("min_sources") != "1" || nu.Query().Get("since") != u.Query().Get("since") {
				t.Errorf("Next %s lost the limit or the filters of %s", next, b)
			}
		}
	}
	if paged == 0 {
		t.Error("no bar of more than one event has a Next link")
	}
	for _, bad := range []string{"0", "abc", "-3", "100000"} {
		checkPage(t, h, "/timeline?min_sources=1&limit="+bad, 400, []string{"limit: ", `name="min_sources" type="number" min="0" value="1"`}, []string{`<input type="hidden" name="limit"`})
	}
}
