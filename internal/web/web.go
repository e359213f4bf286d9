// Package web is newsgraph's browser interface: server-rendered pages
// (html/template) over the store's queries, with embedded CSS and no script
// or CDN. Pages: home (recent events, search, top actors), search results,
// an article with its analysis, the event list with filters, an event with
// its sources, an actor with its counterparts, the actor graph (SVG laid out
// on the server) and the event timeline (SVG bars by quad class).
package web

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// UI serves the pages.
type UI struct {
	st    store.Store
	log   *slog.Logger
	pages map[string]*template.Template
	// now is the clock the home page's recent events end at (time.Now;
	// tests set another).
	now func() time.Time
}

// New parses the templates (a bad template is a programming error caught by
// the tests, so it panics).
func New(st store.Store, log *slog.Logger) *UI {
	if log == nil {
		log = slog.Default()
	}
	u := &UI{st: st, log: log, pages: map[string]*template.Template{}, now: time.Now}
	funcs := template.FuncMap{
		"quadName":      quadName,
		"cameo":         cameoText,
		"eventMark":     store.EventMark,
		"date":          fmtDate,
		"reportDate":    fmtReportDate,
		"eventDate":     eventDate,
		"eventSpan":     eventSpan,
		"shortSpan":     shortSpan,
		"reportSpan":    reportSpan,
		"otherPlace":    reportPlaceDiffers,
		"otherPolarity": store.EventMention.PolarityDiffers,
		"otherModality": store.EventMention.ModalityDiffers,
		"coarseNote":    coarseNote,
		"datetime":      fmtDateTime,
		"snippet":       snippet,
		"actorLink":     actorLink,
		"jointLink":     jointLink,
		"coParties":     coParties,
		"webURL":        webURL,
		// An undated article's page gives its reference date as the
		// lists date it ("seen 8 May 2024"), not as a publish date.
		"referenceSource": func() string { return reportdate.Reference },
		"articleName":     articleName,
		"conduit":         model.ConduitPhrase,
		"add":             func(a, b int) int { return a + b },
		"pct":             func(a, b int) int { return a * 100 / max(b, 1) },
		"float":           func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
		"last":            func(b []Bar) Bar { return b[len(b)-1] },
		"count":           count,
		"untold":          func() string { return untoldWords },
		// A side named only by its words has a graph node id, no actor id.
		"namedOnly":     func(id string) bool { return strings.HasPrefix(id, "name:") },
		"untoldHeading": func() string { return "Not" + strings.TrimPrefix(untoldWords, "not") },
		"sectorLabel":   sectorLabel,
		"sectorOptions": sectorOptions,
		"sideCountry":   eventSideCountry,
		"countryName":   placeCountryName,
		"latLong":       fmtLatLong,
		"eventTable":    newEventTable,
		"eventHeading":  eventHeading,
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" {
			continue
		}
		u.pages[base] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n))
	}
	return u
}

// Register adds the page routes to mux.
func (u *UI) Register(mux *http.ServeMux) {
	// Any other path is the HTML 404 page, and a page's path with another
	// method than GET the 405 page; "/api/" stays the API's.
	notFound := u.page(func(r *http.Request) (string, any, error) {
		return "", nil, store.ErrNotFound
	})
	static, _ := fs.Sub(staticFS, "static")
	fileServer := http.StripPrefix("/static/", http.FileServerFS(static))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A file that is not there (or the folder, which the file
		// server would list) is the site's 404 page, not the file
		// server's plain-text "404 page not found".
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if fi, err := fs.Stat(static, name); err != nil || fi.IsDir() || !fs.ValidPath(name) {
			notFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fileServer.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /{$}", u.page(u.home))
	mux.HandleFunc("GET /search", u.page(u.search))
	mux.HandleFunc("GET /articles/{id}", u.page(u.article))
	mux.HandleFunc("GET /events", u.page(u.events))
	mux.HandleFunc("GET /events/{id}", u.page(u.event))
	mux.HandleFunc("GET /actors/{id}", u.page(u.actor))
	mux.HandleFunc("GET /graph", u.page(u.graph))
	mux.HandleFunc("GET /timeline", u.page(u.timeline))
	mux.HandleFunc("GET /quotes", u.page(u.quotes))
	wrongMethod := u.page(func(r *http.Request) (string, any, error) {
		return "", nil, errMethod
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			probe := r.Clone(r.Context())
			probe.Method = http.MethodGet
			if _, pat := mux.Handler(probe); pat != "/" && pat != "" {
				w.Header().Set("Allow", "GET, HEAD")
				wrongMethod(w, r)
				return
			}
		}
		notFound(w, r)
	})
}

// errMethod is a page asked for with a method other than GET.
var errMethod = errors.New("this page is only read (GET): follow a link or type its address")

// pageData is what every template gets.
type pageData struct {
	Title string
	Nav   string
	Q     string
	Data  any
	// API is the address of the page's data in the JSON API, the same
	// filters and page: an analyst's export of what the page shows.
	API string
	// SearchLimit is the limit a search from the header's form keeps (0:
	// none): on a search page opened with limit=N the page links kept N
	// but a new search from the box fell back to 20 hits a page.
	SearchLimit int
	// SearchSince and SearchUntil are the days a search page's address
	// gives (as given: a month stays a month) that the header's box
	// carries into the next search, as SearchLimit: a new search from
	// the box on a page of March's articles searched every date.
	SearchSince, SearchUntil string
}

type handlerFunc func(r *http.Request) (page string, data any, err error)

func (u *UI) page(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
		defer cancel()
		r = r.WithContext(ctx)
		name, data, err := fn(r)
		code := http.StatusOK
		if err != nil {
			var pd pageData
			code, pd = errorPage(err)
			if code == http.StatusBadRequest {
				pd = keepInput(r, pd, err)
			}
			if code == http.StatusNotFound {
				pd = suggestSearch(r, pd)
			}
			if ed, ok := pd.Data.(errorData); ok {
				pd.Title = errorTitle(code, ed.Message)
			}
			data, name = pd, "error"
			if code >= 500 {
				u.log.Error("page failed", "path", r.URL.Path, "err", err)
			}
		}
		pd, ok := data.(pageData)
		if !ok {
			pd = pageData{Data: data}
		}
		var buf bytes.Buffer
		if err := u.pages[name].Execute(&buf, pd); err != nil {
			u.log.Error("template failed", "page", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		w.WriteHeader(code)
		w.Write(buf.Bytes())
	}
}

type errorData struct {
	Code int
	// Status is the code's name ("Bad Request"), the page's heading;
	// the title says what failed as well (errorTitle).
	Status  string
	Message string
	// Form is the event filters as given, for a bad filter of the
	// events, graph or timeline page: the page says what is wrong above
	// the form to put it right in.
	Form *filterForm
	// Quotes is the quotes page's filters as given, for its form.
	Quotes *filterForm
	// SearchForm is the search page's text and dates as given, for its
	// form.
	SearchForm *filterForm
	// Search is a search for what the address named, for an unknown
	// actor.
	Search, SearchFor string
}

// suggestSearch offers a search for the words of an actor's address the
// store does not know (a name typed or pasted into the address, spelt
// otherwise than the knowledge base spells it): the articles may name it.
func suggestSearch(r *http.Request, pd pageData) pageData {
	name, ok := strings.CutPrefix(r.URL.Path, "/actors/")
	name = strings.TrimSpace(api.ActorParam(name))
	ed, isErr := pd.Data.(errorData)
	if !ok || !isErr || name == "" || len(name) > 200 || !store.HasWord(name) {
		return pd
	}
	ed.Message = "No stored actor has the id or name “" + name + "”."
	ed.Search = "/search?" + url.Values{"q": {name}}.Encode()
	ed.SearchFor = name
	pd.Data = ed
	return pd
}

// keepInput puts what a user typed back on the page that refuses it: the
// search text in the search box, the filters in their form. The error page
// showed empty boxes and a link to the start page, so a mistyped date cost
// every other filter.
//
// The field the error names is marked invalid (aria-invalid, with the
// message as its description) and takes the focus: the page said what was
// wrong, not where, to a screen reader or a keyboard.
func keepInput(r *http.Request, pd pageData, err error) pageData {
	var bad string
	if fe := (*badParam)(nil); errors.As(err, &fe) {
		bad = fe.field
	} else if afe := (*api.FieldError)(nil); errors.As(err, &afe) {
		bad = afe.Field
	}
	switch r.URL.Path {
	case "/search":
		pd.Q, pd.Nav = strings.TrimSpace(r.URL.Query().Get("q")), "search"
		pd.SearchLimit = keptSearchLimit(r.URL.Query())
		pd.SearchSince, pd.SearchUntil = keptSearchDays(r.URL.Query())
		if ed, ok := pd.Data.(errorData); ok {
			ed.SearchForm = &filterForm{Values: keepValues(r, []string{"q", "since", "until", "limit"}), Invalid: bad}
			pd.Data = ed
		}
	case "/quotes":
		ed, ok := pd.Data.(errorData)
		if !ok {
			return pd
		}
		ed.Quotes = &filterForm{Values: keepValues(r, api.QuoteParams()), Invalid: bad}
		pd.Data, pd.Nav = ed, "quotes"
	case "/events", "/graph", "/timeline":
		ed, ok := pd.Data.(errorData)
		if !ok {
			return pd
		}
		f := newFilterForm(r.URL.Path, filterValues(r), r.URL.Path == "/events")
		f.Invalid = bad
		ed.Form = &f
		pd.Data, pd.Nav = ed, strings.TrimPrefix(r.URL.Path, "/")
	}
	return pd
}

func errorPage(err error) (int, pageData) {
	var fe *badParam
	var afe *api.FieldError
	code, msg := http.StatusInternalServerError, "Something went wrong on our side."
	switch {
	case errors.As(err, &fe):
		code, msg = http.StatusBadRequest, fe.Error()
	case errors.As(err, &afe):
		// The API's refusal of a parameter the page reads with the
		// API's rules (ParseGraphSize, a cursor): the page's 400, as
		// the API answers, not a 500.
		code, msg = http.StatusBadRequest, afe.Field+": "+afe.Msg
	case errors.Is(err, store.ErrBadQuery):
		code, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		code, msg = http.StatusNotFound, "There is nothing at this address."
	case errors.Is(err, errMethod):
		code, msg = http.StatusMethodNotAllowed, "This page is only read (GET): follow a link or type its address."
	case errors.Is(err, context.DeadlineExceeded):
		code, msg = http.StatusServiceUnavailable, "The query took too long."
	}
	return code, pageData{Title: errorTitle(code, msg), Data: errorData{Code: code, Status: http.StatusText(code), Message: msg}}
}

// errorTitle is an error page's title: the status and what failed
// ("Bad request: since: “March” is not a date"). Every refused page was
// titled "Bad Request", the first thing a screen reader says and all a
// tab or the history shows, which did not tell a mistyped date from a
// bad search. The message is cut to its first part: no "bad query: "
// prefix (the page is the query), no closing parenthesis of examples,
// at most about 80 characters, cut at a space.
func errorTitle(code int, msg string) string {
	status := http.StatusText(code)
	if status == "" {
		status = "Error"
	}
	// Sentence case, as the other titles: "Bad request", "Not found".
	status = status[:1] + strings.ToLower(status[1:])
	msg = strings.TrimSpace(strings.TrimPrefix(msg, store.ErrBadQuery.Error()+": "))
	if strings.HasSuffix(msg, ")") {
		if i := strings.LastIndex(msg, " ("); i > 0 {
			msg = msg[:i]
		}
	}
	msg = strings.TrimSuffix(strings.TrimSpace(msg), ".")
	const most = 80
	if utf8.RuneCountInString(msg) > most {
		cut := string([]rune(msg)[:most])
		if i := strings.LastIndex(cut, " "); i > most/2 {
			cut = cut[:i]
		}
		msg = strings.TrimRight(cut, " ,;:") + "…"
	}
	if msg == "" {
		return status
	}
	return status + ": " + msg
}

type badParam struct{ field, msg string }

func (e *badParam) Error() string { return e.field + ": " + e.msg }

// pathID reads the id in a page's address by the API's rule (plain
// digits: /articles/+5 is no second address of /articles/5); anything else
// is a page that is not there, as /articles/abc is.
func pathID(r *http.Request) (int64, error) {
	id, err := api.ParseID(r.PathValue("id"))
	if err != nil {
		return 0, store.ErrNotFound
	}
	return id, nil
}

type homeData struct {
	Events []store.Event
	Actors []store.ActorCount
	Stats  store.Stats
}

func (u *UI) home(r *http.Request) (string, any, error) {
	ctx := r.Context()
	// Recent events are those dated up to today (UTC): newest date
	// first, a meeting planned for 2030 headed the list above what
	// happened this week. Events dated later are in /events.
	today := u.now().UTC().Format(time.DateOnly)
	evs, err := u.st.Events(ctx, store.EventQuery{Sort: store.SortDate, Limit: 25, Until: today})
	if err != nil {
		return "", nil, err
	}
	actors, err := u.st.Actors(ctx, store.ActorQuery{Limit: 15})
	if err != nil {
		return "", nil, err
	}
	st, err := u.st.Health(ctx) // counts, estimated for big PostgreSQL tables
	if err != nil {
		return "", nil, err
	}
	return "home", pageData{Title: "", Nav: "home", Data: homeData{evs, actors, st}}, nil
}

type searchData struct {
	Hits   []store.SearchHit
	Offset int    // hits before this page
	Range  string // "1–20 of 57 articles" (rangeText)
	Next   string // the next page's URL (a keyset cursor), when this one is full
	Prev   string // the previous page's URL (by offset), after the first
	// PastEnd: the page is past the last hit (nil otherwise).
	PastEnd *pastEnd
	// Latest: no search text, so the page lists the latest articles by
	// report date (as /api/articles without q), each with its date and
	// no snippet.
	Latest bool
	// Form is the page's text and dates as given, for its form.
	Form filterForm
}

// searchPage is the number of hits on a search page.
const searchPage = 20

// search is the search page: with q, the articles matching it, best first;
// without, the latest articles newest first by report date (the listing
// /api/articles gives without q; the page showed only an empty form, and a
// reader had no way to browse what was stored). Either within since and
// until, as the API reads them.
func (u *UI) search(r *http.Request) (string, any, error) {
	v := r.URL.Query()
	q := strings.TrimSpace(v.Get("q"))
	if len(q) > 500 {
		return "", nil, &badParam{"q", "the search text is too long"}
	}
	since, until, err := api.SearchDays(v)
	if err != nil {
		return "", nil, webFieldError(err)
	}
	// The next page starts after this page's last hit (the API's keyset
	// cursor), so a deep page costs what the first costs; links with an
	// offset (the only kind before, and "Previous") still work.
	parsePos := api.ParseSearchPosition
	if q == "" {
		parsePos = api.ParseLatestArticlesPosition
	}
	pos, err := webPosition(parsePos(strings.TrimSpace(v.Get("cursor")), strings.TrimSpace(v.Get("offset"))))
	if err != nil {
		return "", nil, err
	}
	// A limit is taken with the API's rules (/api/articles': an integer
	// in [1, store.MaxLimit]) and kept in the page's links, as the
	// events and quotes pages take one: /search?q=niger&limit=1 listed
	// 20 hits and limit=0 or abc drew the page as if none were given.
	limit, err := api.ParseActorLimit(v, searchPage)
	if err != nil {
		return "", nil, webFieldError(err)
	}
	// keep is the query of a link to another page of the hits: the text
	// and the dates as given (a month stays a month in the form).
	keep := func() url.Values {
		kv := url.Values{}
		if q != "" {
			kv.Set("q", q)
		}
		for _, f := range []string{"since", "until"} {
			if s := strings.TrimSpace(v.Get(f)); s != "" {
				kv.Set(f, s)
			}
		}
		if v.Has("limit") {
			kv.Set("limit", strconv.Itoa(limit))
		}
		return kv
	}
	if !pos.Keyed() {
		pos.Offset = min(pos.Offset, 100_000)
	}
	var hits []store.SearchHit
	var count func(context.Context) (store.Total, error)
	var cursorOf func(last store.SearchHit, offset int) string
	if q == "" {
		aq := store.ArticleQuery{Since: since, Until: until, Limit: limit, After: pos.Article}
		if !pos.Keyed() {
			aq.Offset = pos.Offset
		}
		hits, err = u.st.LatestArticles(r.Context(), aq)
		count = func(ctx context.Context) (store.Total, error) { return u.st.CountLatestArticles(ctx, aq, 0) }
		cursorOf = api.LatestArticlesCursor
	} else {
		sq := store.SearchQuery{Text: q, Since: since, Until: until, Limit: limit, After: pos.Hit}
		if !pos.Keyed() {
			sq.Offset = pos.Offset
		}
		hits, err = u.st.Search(r.Context(), sq)
		count = func(ctx context.Context) (store.Total, error) { return u.st.CountSearch(ctx, sq, 0) }
		cursorOf = api.SearchCursor
	}
	if err != nil {
		return "", nil, err
	}
	d := searchData{Hits: hits, Offset: pos.Offset, Latest: q == ""}
	d.Form = filterForm{Values: keep()}
	if q != "" || since != "" || until != "" {
		d.Form.Clear = "/search"
	}
	total, err := store.PageTotal(r.Context(), pos.Offset, len(hits), limit, count)
	if err != nil {
		return "", nil, err
	}
	d.Range = rangeText(pos.Offset, len(hits), total, "article", "articles")
	if len(hits) == limit && api.MorePages(total, pos.Offset, len(hits)) {
		nv := keep()
		nv.Set("cursor", cursorOf(hits[len(hits)-1], pos.Offset+limit))
		d.Next = "/search?" + nv.Encode()
	}
	if pos.Offset > 0 && len(hits) > 0 {
		d.Prev = pageURL("/search", offsetQuery(keep(), pos.Offset-limit))
	}
	if pos.Offset > 0 && len(hits) == 0 {
		d.PastEnd = newPastEnd(total, limit, "article", "articles", func(offset int) string {
			return pageURL("/search", offsetQuery(keep(), offset))
		})
	}
	apiQ := keep()
	apiQ.Set("limit", strconv.Itoa(limit))
	if c := strings.TrimSpace(v.Get("cursor")); c != "" {
		apiQ.Set("cursor", c)
	} else if pos.Offset > 0 {
		apiQ.Set("offset", strconv.Itoa(pos.Offset))
	}
	title := "Search: " + q
	if q == "" {
		title = "Latest articles"
	}
	pd := pageData{Title: title, Nav: "search", Q: q, Data: d, API: "/api/articles?" + apiQ.Encode()}
	pd.SearchLimit = keptSearchLimit(v)
	pd.SearchSince, pd.SearchUntil = keptSearchDays(v)
	return "search", pd, nil
}

// keptSearchDays is the since and until of a search page's address, as
// given, that the search box carries into the next search: both when
// they are valid days (api.SearchDays), else none (a bad one is that
// page's 400 and is not handed on).
func keptSearchDays(v url.Values) (since, until string) {
	if _, _, err := api.SearchDays(v); err != nil {
		return "", ""
	}
	return strings.TrimSpace(v.Get("since")), strings.TrimSpace(v.Get("until"))
}

// keptSearchLimit is the limit of a search page's address that the search
// box carries into the next search: a valid one given in the address, else
// 0 (none, so the next search has the page's own number; a bad one is
// that page's 400 and is not handed on).
func keptSearchLimit(v url.Values) int {
	if !v.Has("limit") {
		return 0
	}
	limit, err := api.ParseActorLimit(v, searchPage)
	if err != nil {
		return 0
	}
	return limit
}

// webPosition turns the API's error for a bad cursor or offset into the
// page's 400.
func webPosition(pos api.Position, err error) (api.Position, error) {
	var fe *api.FieldError
	if errors.As(err, &fe) {
		return pos, &badParam{fe.Field, fe.Msg}
	}
	return pos, err
}

// pageURL is the address of path with the query (none when empty).
func pageURL(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + query
}

// offsetQuery is v with an offset, none for the first page.
func offsetQuery(v url.Values, offset int) string {
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return v.Encode()
}

type articleData struct {
	A api.ArticleResponse
	// Events are the merged events the article reports (its mentions'),
	// each with its count of sources: the way from an article to every
	// other report of what it tells.
	Events []store.Event
	// More: the article reports more events than listed here.
	More bool
	// Names are the stored names of its joint speakers' actors
	// (api.SpeakerNames).
	Names map[string]string
}

// articleEvents is how many merged events an article's page lists (an
// article reports a handful; /events?article= lists them all).
const articleEvents = 50

func (u *UI) article(r *http.Request) (string, any, error) {
	id, err := pathID(r)
	if err != nil {
		return "", nil, err
	}
	a, err := u.st.Article(r.Context(), id)
	if err != nil {
		return "", nil, err
	}
	evs, err := u.st.Events(r.Context(), store.EventQuery{Article: id, Limit: articleEvents + 1})
	if err != nil {
		return "", nil, err
	}
	d := articleData{A: api.ArticleFromStore(a), Events: evs}
	if d.A.Article != nil {
		var ids []string
		for _, q := range d.A.Article.Quotes {
			if q.Speaker != nil && q.Speaker.ActorID == "" {
				ids = append(ids, q.Speaker.ActorIDs...)
			}
		}
		if d.Names, err = api.SpeakerNames(r.Context(), u.st, ids); err != nil {
			return "", nil, err
		}
	}
	if len(evs) > articleEvents {
		d.Events, d.More = evs[:articleEvents], true
	}
	return "article", pageData{Title: articleName(d.A.Title, d.A.URL, id), Data: d, API: "/api/articles/" + strconv.FormatInt(id, 10)}, nil
}

// filterForm is what the event filters' form shows: the filters given,
// and whether it offers the sort (the events page; the graph and timeline
// draw every matching event in an order of their own).
type filterForm struct {
	url.Values
	Sort bool
	// Clear is the page without filters, offered when some are set.
	Clear string
	// Invalid is the field a refusal of the filters names.
	Invalid string
}

// Bad tells whether the form's field name is the one refused.
func (f filterForm) Bad(name string) bool { return f.Invalid != "" && f.Invalid == name }

// newFilterForm is the form of the page at path with the filters v.
func newFilterForm(path string, v url.Values, sort bool) filterForm {
	f := filterForm{Values: v, Sort: sort}
	for k := range v {
		if k != "cursor" && k != "offset" && k != "limit" {
			f.Clear = path
			break
		}
	}
	return f
}

type eventsData struct {
	Events []store.Event
	Form   filterForm
	Range  string // "1–50 of 1,234 events" (rangeText)
	Next   string
	Prev   string
	// PastEnd: the page is past the last event (nil otherwise).
	PastEnd *pastEnd
}

func (u *UI) events(r *http.Request) (string, any, error) {
	v := formValues(r)
	// The events page as the search does: on by the API's keyset cursor
	// (after this page's last event, so a deep page costs what the first
	// costs and events stored meanwhile shift nothing), back by an offset;
	// offset links (the only kind before) still work.
	q, before, err := api.ParseEventPage(v)
	if err == nil {
		err = api.ResolveEventActors(r.Context(), u.st, &q)
	}
	if err != nil {
		return "", nil, webFieldError(err)
	}
	evs, err := u.st.Events(r.Context(), q)
	if err != nil {
		return "", nil, err
	}
	d := eventsData{Events: evs, Form: newFilterForm("/events", v, true)}
	total, err := store.PageTotal(r.Context(), before, len(evs), q.Limit, func(ctx context.Context) (store.Total, error) {
		return u.st.CountEvents(ctx, q, 0)
	})
	if err != nil {
		return "", nil, err
	}
	d.Range = rangeText(before, len(evs), total, "event", "events")
	if len(evs) == q.Limit && api.MorePages(total, before, len(evs)) {
		nv := cloneValues(v)
		nv.Del("offset")
		nv.Set("cursor", api.EventsCursor(evs[len(evs)-1], q.Sort, before+q.Limit))
		d.Next = "/events?" + nv.Encode()
	}
	if before > 0 && len(evs) > 0 {
		// Back by the API's keyset cursor too (before this page's first
		// event: a deep page's "Previous" read an offset's every
		// skipped row), or to the first page itself when it is the one
		// before.
		nv := cloneValues(v)
		nv.Del("cursor")
		nv.Del("offset")
		if before > q.Limit {
			if c, ok := api.EventsPrevCursor(evs[0], q.Sort, before-q.Limit); ok {
				nv.Set("cursor", c)
			} else {
				nv.Set("offset", strconv.Itoa(before-q.Limit))
			}
		}
		d.Prev = "/events?" + nv.Encode()
	}
	if before > 0 && len(evs) == 0 {
		d.PastEnd = newPastEnd(total, q.Limit, "event", "events", func(offset int) string {
			nv := cloneValues(v)
			nv.Del("cursor")
			nv.Del("offset")
			return pageURL("/events", offsetQuery(nv, offset))
		})
	}
	// A later page's title says which events it holds: every page was
	// "Events", the same words to a screen reader paging on.
	title := "Events"
	if before > 0 && d.Range != "" {
		title += ", " + d.Range
	}
	return "events", pageData{Title: title, Nav: "events", Data: d, API: "/api/events?" + v.Encode()}, nil
}

// formValues returns the event filters of the request's query, without the
// fields left empty: empty form fields arrive as "name="; they are dropped
// before validating.
//
// Parameters the page does not take are ignored, as the search page always
// did, where the API refuses them: a browser's address carries what others
// add to a shared link (utm_source, fbclid, a mail client's tracking
// parameters), and a page that answers "unknown parameter" to a link
// someone followed helps nobody, while an API client that misspells a
// filter wants to be told. A known parameter with a bad value is still an
// error on the page.
func formValues(r *http.Request) url.Values {
	return keepValues(r, api.EventPageParams())
}

// filterValues is formValues for the pages that draw every matching event
// at once (graph, timeline): they take the filters, not a page's limit,
// offset or cursor. A cursor there (the events page's Next link, its
// address edited) started the drawing after that event, and every link
// of the page carried it on.
func filterValues(r *http.Request) url.Values {
	return keepValues(r, slices.DeleteFunc(api.EventPageParams(), func(k string) bool {
		return k == "limit" || k == "offset" || k == "cursor"
	}))
}

// keepValues is the request's query parameters named in known, without
// empty ones.
func keepValues(r *http.Request, known []string) url.Values {
	v := r.URL.Query()
	for k, vs := range v {
		if !slices.Contains(known, k) || len(vs) == 1 && strings.TrimSpace(vs[0]) == "" {
			v.Del(k)
		}
	}
	return v
}

// webEventQuery validates the event filters with the API's rules, and
// resolves a person's family name given as an actor (api.ResolveEventActors),
// so a bad or ambiguous filter gets the same message in the browser as in
// the API.
func (u *UI) webEventQuery(ctx context.Context, v url.Values) (store.EventQuery, error) {
	q, err := api.ParseEventQuery(v)
	if err == nil {
		err = api.ResolveEventActors(ctx, u.st, &q)
	}
	return q, webFieldError(err)
}

// webFieldError is err, an API's refusal of a parameter as the page's.
func webFieldError(err error) error {
	var fe *api.FieldError
	if errors.As(err, &fe) {
		return &badParam{fe.Field, fe.Msg}
	}
	return err
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// eventHeading names an event as "TYPE: source → target". A side the
// report does not name is "—", as in the Who/Whom rows and the lists: left
// blank, the heading and the tab's title ended in a dangling arrow
// ("ACCUSE: United Kingdom → ") or began with one.
//
// An event that did not take place is marked before its type as in the
// lists ("not:SUPPORT: ...", store.EventMark).
func eventHeading(e store.Event) string {
	typ := store.EventMark(e.Polarity, e.Modality) + e.Type
	if e.SourceName == "" && e.TargetName == "" {
		return typ
	}
	side := func(name string) string {
		if name == "" {
			return "—"
		}
		return name
	}
	return typ + ": " + side(e.SourceName) + " → " + side(e.TargetName)
}

// Heading is the event's page heading (eventHeading).
func (d eventData) Heading() string { return eventHeading(d.E) }

// First is the stored report the event's first report is (the mention of
// the article at E.EarliestURL), nil when none is listed: the page names
// it by its title and links its page here, where it gave the bare
// address, a link out of the tool, with nothing of the article's own
// page, its other events and quotes.
func (d eventData) First() *store.EventMention {
	if d.E.EarliestURL == "" {
		return nil
	}
	for i := range d.Mentions {
		if d.Mentions[i].URL == d.E.EarliestURL && d.Mentions[i].ArticleID > 0 {
			return &d.Mentions[i]
		}
	}
	return nil
}

type eventData struct {
	E        store.Event // as Store.Event gives it: earliest_report at its report's offset
	Mentions []store.EventMention
	// Between lists every event from this source to this target (when
	// both are known).
	Between string
}

func (u *UI) event(r *http.Request) (string, any, error) {
	id, err := pathID(r)
	if err != nil {
		return "", nil, err
	}
	e, ms, err := u.st.Event(r.Context(), id)
	if err != nil {
		return "", nil, err
	}
	// The page gives the place's point as text, as the API gives it
	// (location_point); no map is drawn or fetched.
	one := []store.Event{*e}
	api.LocatePoints(one)
	return "event", pageData{Title: eventHeading(one[0]), Nav: "events", Data: eventData{one[0], ms, between(one[0])}, API: "/api/events/" + strconv.FormatInt(id, 10)}, nil
}

// fmtLatLong writes a point as a reader reads coordinates: degrees with
// their hemisphere ("46.2022° N, 6.1457° E"), 4 decimals as the data has.
func fmtLatLong(p *store.Point) string {
	if p == nil {
		return ""
	}
	ns, ew := "N", "E"
	lat, long := p.Lat, p.Long
	if lat < 0 {
		ns, lat = "S", -lat
	}
	if long < 0 {
		ew, long = "W", -long
	}
	return strconv.FormatFloat(lat, 'f', 4, 64) + "° " + ns + ", " + strconv.FormatFloat(long, 'f', 4, 64) + "° " + ew
}

// between is the events page of every event from e's source to its target,
// each side by its actor id, else its name; "" when a side is unknown.
func between(e store.Event) string {
	src, tgt := cmp.Or(e.SourceActor, e.SourceName), cmp.Or(e.TargetActor, e.TargetName)
	if src == "" || tgt == "" {
		return ""
	}
	return "/events?" + url.Values{"source": {src}, "target": {tgt}}.Encode()
}

func (u *UI) actor(r *http.Request) (string, any, error) {
	id := api.ActorParam(r.PathValue("id"))
	if id == "" || len(id) > 200 {
		return "", nil, store.ErrNotFound
	}
	// The article list pages as the search does: on by a keyset cursor,
	// back by an offset.
	v := r.URL.Query()
	// The API names the cursor articles_cursor: an API address with its
	// "/api" taken off pages the same, and a bad one is refused as the
	// API refuses it, not ignored for the first page.
	cursor, cursorField := strings.TrimSpace(v.Get("cursor")), "cursor"
	if c := strings.TrimSpace(v.Get("articles_cursor")); cursor == "" && c != "" {
		cursor, cursorField = c, "articles_cursor"
	}
	pos, err := webPosition(api.ParseActorArticlesPosition(cursor, strings.TrimSpace(v.Get("offset"))))
	if fe := (*badParam)(nil); errors.As(err, &fe) && fe.field == "cursor" {
		fe.field = cursorField
	}
	if err != nil {
		return "", nil, err
	}
	if !pos.Keyed() {
		pos.Offset = min(pos.Offset, 100_000)
	}
	// The limit (counterparts, events and articles listed) is taken with
	// the API's rules and kept in the page's links: /actors/IRN?limit=abc
	// drew 30 rows where /api/actors/IRN?limit=abc is refused.
	limit, err := api.ParseActorLimit(v, actorPage)
	if err != nil {
		return "", nil, err
	}
	// keep is the query of a link to another page of the articles.
	keep := func() url.Values {
		if v.Has("limit") {
			return url.Values{"limit": {strconv.Itoa(limit)}}
		}
		return url.Values{}
	}
	d, err := api.ActorPageFrom(r.Context(), u.st, id, limit, pos)
	if err != nil {
		return "", nil, err
	}
	ad := actorData{ActorResponse: d, MoreQuotes: len(d.Quotes) == min(limit, api.ActorQuotesLimit)}
	var joint []string
	for _, q := range d.Quotes {
		joint = append(joint, coParties(q.SpeakerIDs, d.ID)...)
	}
	if ad.Names, err = api.SpeakerNames(r.Context(), u.st, joint); err != nil {
		return "", nil, err
	}
	self := actorLink(id, id)
	if d.ArticlesNextCursor != "" {
		nv := keep()
		nv.Set("cursor", d.ArticlesNextCursor)
		ad.Next = self + "?" + nv.Encode() + "#arts"
	}
	if pos.Offset > 0 && len(d.Articles) > 0 {
		ad.Prev = pageURL(self, offsetQuery(keep(), pos.Offset-limit)) + "#arts"
	}
	if pos.Offset > 0 && len(d.Articles) == 0 {
		// Counted only here, past the end: up to the store's cap.
		all, err := u.st.ActorArticles(r.Context(), store.ActorQuery{Actor: d.ID, Limit: store.MaxLimit})
		if err != nil {
			return "", nil, err
		}
		ad.PastEnd = newPastEnd(store.Total{N: len(all), More: len(all) == store.MaxLimit}, limit, "article", "articles",
			func(offset int) string { return pageURL(self, offsetQuery(keep(), offset)) + "#arts" })
	}
	apiQ := url.Values{"limit": {strconv.Itoa(limit)}}
	if cursor != "" {
		apiQ.Set("articles_cursor", cursor)
	}
	return "actor", pageData{Title: d.Name, Data: ad, API: "/api/actors/" + url.PathEscape(d.ID) + "?" + apiQ.Encode()}, nil
}

// actorPage is the number of counterparts, events and articles on an
// actor's page when its address gives no limit.
const actorPage = 30

// actorData is an actor's page with the links to the other pages of its
// articles.
type actorData struct {
	*api.ActorResponse
	Next, Prev string
	// MoreQuotes: the page lists as many quotes as it takes; the API's
	// quotes listing has the rest.
	MoreQuotes bool
	// PastEnd: the page of articles is past the last (nil otherwise).
	PastEnd *pastEnd
	// Names are the stored names of the other actors of its joint
	// quotes (api.SpeakerNames), by id.
	Names map[string]string
}

// coParties are the actors of a joint speaker other than self, each once:
// on an actor's page a joint quote's "jointly:" names whom the actor spoke
// with, and a speaker such as "the two governments" names none of them.
func coParties(ids []string, self string) []string {
	var out []string
	for _, id := range ids {
		if id != self && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// graphNodes is how many actors the graph draws, the busiest.
const graphNodes = 40

type graphData struct {
	Drawing Drawing
	Form    filterForm
	// Capped: the store had more matching events than the page reads
	// (store.MaxLimit, the latest first), so the drawing is of those.
	Capped bool
	Limit  int
	// Edges are the drawing's edges with the address of their events.
	Edges []graphEdgeRow
}

// graphEdgeRow is a row of the graph's table of links: the two actors'
// pages and the events from one to the other, under the page's filters.
type graphEdgeRow struct {
	DrawnEdge
	SourceHref, TargetHref, EventsHref string
}

func (u *UI) graph(r *http.Request) (string, any, error) {
	v := filterValues(r)
	// The API's graph sizes (events sampled, actors drawn), which the
	// page's own API link sets: taken, and a bad one refused, as the API
	// does; ignored, /graph?events=abc drew the default graph.
	sampled, nodes, err := api.ParseGraphSize(r.URL.Query(), store.MaxLimit, graphNodes)
	if err != nil {
		return "", nil, err
	}
	q, err := u.webEventQuery(r.Context(), v)
	if err != nil {
		return "", nil, err
	}
	q.Limit, q.Offset = sampled, 0
	evs, err := u.st.Events(r.Context(), q)
	if err != nil {
		return "", nil, err
	}
	g := api.BuildGraph(evs, nodes)
	d := graphData{Drawing: Layout(g, 960, 620, 250), Form: newFilterForm("/graph", v, false), Capped: len(evs) == q.Limit, Limit: q.Limit}
	// The table lists the heaviest links first (the drawing orders them
	// the other way, to draw the heaviest on top), then by name.
	rows := slices.Clone(d.Drawing.Edges)
	slices.SortStableFunc(rows, func(a, b DrawnEdge) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight), cmp.Compare(a.SourceName, b.SourceName), cmp.Compare(a.TargetName, b.TargetName))
	})
	for _, e := range rows {
		// The table names both sides by their graph ids (an actor id,
		// or "name:" and the words for a side without one): the events
		// filters and actor pages take those as they are.
		ev := cloneValues(v)
		ev.Del("actor")
		ev.Set("source", e.Source)
		ev.Set("target", e.Target)
		d.Edges = append(d.Edges, graphEdgeRow{DrawnEdge: e,
			SourceHref: actorLink(e.Source, e.SourceName), TargetHref: actorLink(e.Target, e.TargetName),
			EventsHref: "/events?" + ev.Encode()})
	}
	apiQ := cloneValues(v)
	apiQ.Set("events", strconv.Itoa(q.Limit))
	apiQ.Set("nodes", strconv.Itoa(nodes))
	return "graph", pageData{Title: "Actor graph", Nav: "graph", Data: d, API: "/api/graph?" + apiQ.Encode()}, nil
}

type timelineData struct {
	T    Timeline
	Form filterForm
	N    int // every matching event, dated to the day or not
	// Dated is how many of them the bars draw: those dated to the day,
	// and by month or year bars those dated to their month or year
	// (BuildTimelineCounts).
	Dated int
	// NotAsserted is how many of N did not (yet) take place as their
	// reports tell them (store.DateCount.NotAsserted): the bars' tooltips
	// and the table counted them, and the summary of the whole did not.
	// None under asserted=1, which counts only what took place.
	NotAsserted int
}

func (u *UI) timeline(r *http.Request) (string, any, error) {
	v := filterValues(r)
	q, err := u.webEventQuery(r.Context(), v)
	if err != nil {
		return "", nil, err
	}
	// The drawing counts every matching event, so no page of it starts
	// anywhere (an offset or cursor is still not the timeline's). A limit
	// is the size of the pages its bars open, as the events page takes
	// one: /timeline?limit=10 opened bars of 50 events, and its filter
	// form forgot the limit. A bad one is the page's 400, the API's rule.
	if lim := r.URL.Query().Get("limit"); strings.TrimSpace(lim) != "" {
		if _, _, err := api.ParseEventPage(url.Values{"limit": {lim}}); err != nil {
			return "", nil, webFieldError(err)
		}
		v.Set("limit", lim)
	}
	// Counts of every matching event by day and class: the timeline drew
	// the latest 1000 events, a few days of a large store, and called
	// them all.
	counts, err := u.st.EventCounts(r.Context(), q)
	if err != nil {
		return "", nil, err
	}
	n, untold := 0, 0
	for _, c := range counts {
		n += c.Events
		untold += c.NotAsserted
	}
	t := BuildTimelineCounts(counts, 960, 260)
	dated := 0
	for i := range t.Bars {
		t.Bars[i].Href = barLink(v, t.Bars[i])
		dated += t.Bars[i].Total
	}
	apiQ := cloneValues(v)
	apiQ.Del("sort")  // counts have no order to choose
	apiQ.Del("limit") // nor pages (/api/timeline refuses one)
	return "timeline", pageData{Title: "Timeline", Nav: "timeline", Data: timelineData{t, newFilterForm("/timeline", v, false), n, dated, untold},
		API: "/api/timeline?" + apiQ.Encode()}, nil
}

// barLink is the events page of a timeline bar: the page's filters, and the
// bar's dates within the page's own since and until (a bar is a whole week,
// month or year; the filter may start or end inside it). Dates compare as
// text, and a month or a year ("2025-03") sorts before its days, so a
// shorter since loses to the bar's first day and a shorter until wins over
// its last (the events filter takes a month or year to its end).
func barLink(form url.Values, b Bar) string {
	v := cloneValues(form)
	since, until := b.Start, b.End
	if s := v.Get("since"); s > since {
		since = s
	}
	if s := v.Get("until"); s != "" && s < until {
		until = s
	}
	v.Set("since", since)
	v.Set("until", until)
	return "/events?" + v.Encode()
}

type quotesData struct {
	Quotes []store.Quote
	Form   filterForm
	// Speaker is the stored actor the list is of, when one is given.
	Speaker *store.ActorCount
	// SpeakerID is the actor id the list is of when no actor is stored
	// under it (a joint speaker's actor; api.ResolveSpeaker).
	SpeakerID string
	// SpeakerWords are the words the list's speaker was named by when no
	// one actor stands for it ("officials", "Germany and France";
	// api.QuoteSpeaker).
	SpeakerWords string
	Offset       int    // quotes before this page
	Next         string // the next page (a keyset cursor), when this one is full
	// Prev is the page before this one (by offset, as the search's
	// "Previous"), after the first: a reader who followed Next had no
	// way back but the browser's.
	Prev string
	// PastEnd: the page is past the last quote (nil otherwise).
	PastEnd *pastEnd
	// Names are the stored names of its joint speakers' actors
	// (api.SpeakerNames).
	Names map[string]string
}

// quotesPage is the number of quotes on a page of them.
const quotesPage = 30

// quotes lists who said what, newest article first, with the API's
// filters: a speaker (id or name), words in the quote, the article's
// publish dates. The API had the listing; the UI showed an actor's ten
// latest quotes and no way to the rest.
//
// A limit is taken as the events page takes one (the API's rules, kept in
// the Next link): /quotes?limit=3 listed 30 quotes, and a bad limit drew
// the page as if none were given.
func (u *UI) quotes(r *http.Request) (string, any, error) {
	v := keepValues(r, api.QuoteParams())
	q, before, err := api.ParseQuotePage(r.Context(), u.st, v)
	if err != nil {
		var fe *api.FieldError
		if errors.As(err, &fe) {
			return "", nil, &badParam{fe.Field, fe.Msg}
		}
		return "", nil, err
	}
	if !v.Has("limit") {
		q.Limit = quotesPage
	}
	quotes, err := u.st.Quotes(r.Context(), q)
	if err != nil {
		return "", nil, err
	}
	d := quotesData{Quotes: quotes, Form: filterForm{Values: v}, Offset: before, SpeakerWords: q.SpeakerWords}
	var joint []string
	for _, q := range quotes {
		if q.SpeakerID == "" {
			joint = append(joint, q.SpeakerIDs...)
		}
	}
	if d.Names, err = api.SpeakerNames(r.Context(), u.st, joint); err != nil {
		return "", nil, err
	}
	if q.Speaker != "" {
		d.Speaker, err = u.st.Actor(r.Context(), q.Speaker)
		switch {
		case errors.Is(err, store.ErrNotFound):
			// A joint speaker's actor no article stored as an actor:
			// its quotes are listed under its id, with no page to link.
			d.SpeakerID = q.Speaker
		case err != nil:
			return "", nil, err
		}
	}
	more := len(quotes) == q.Limit
	if more {
		if more, err = api.QuotesAfter(r.Context(), u.st, q, quotes[len(quotes)-1]); err != nil {
			return "", nil, err
		}
	}
	if more {
		nv := cloneValues(v)
		nv.Set("cursor", api.QuotesCursor(quotes[len(quotes)-1], before+q.Limit))
		d.Next = "/quotes?" + nv.Encode()
	}
	if before > 0 && len(quotes) > 0 {
		nv := cloneValues(v)
		nv.Del("cursor")
		nv.Del("offset")
		d.Prev = pageURL("/quotes", offsetQuery(nv, max(before-q.Limit, 0)))
	}
	if before > 0 && len(quotes) == 0 {
		// Quotes page by keyset alone, so the list is read (only here,
		// past its end, up to the store's cap) for its count and for
		// the cursor of its last page.
		// From the list's start: an offset page (/quotes?offset=90)
		// keeps its offset in q, and the count read past it was 0,
		// which the page said as "No quotes match".
		all := q
		all.After, all.Offset, all.Limit = nil, 0, store.MaxLimit
		rows, err := u.st.Quotes(r.Context(), all)
		if err != nil {
			return "", nil, err
		}
		d.PastEnd = newPastEnd(store.Total{N: len(rows), More: len(rows) == store.MaxLimit}, q.Limit, "quote", "quotes", func(offset int) string {
			// The page's own position goes, by cursor or offset: a
			// cursor with the offset kept is refused, and the first page
			// linked by its offset was the page past the end again.
			nv := cloneValues(v)
			nv.Del("cursor")
			nv.Del("offset")
			if offset > 0 {
				nv.Set("cursor", api.QuotesCursor(rows[offset-1], offset))
			}
			return pageURL("/quotes", nv.Encode())
		})
	}
	title := "Quotes"
	if d.Speaker != nil {
		title = "Quotes of " + d.Speaker.Name
	} else if d.SpeakerID != "" {
		title = "Quotes of " + d.SpeakerID
	} else if d.SpeakerWords != "" {
		title = "Quotes of " + d.SpeakerWords
	}
	apiQ := cloneValues(v)
	apiQ.Set("limit", strconv.Itoa(q.Limit))
	return "quotes", pageData{Title: title, Nav: "quotes", Data: d, API: "/api/quotes?" + apiQ.Encode()}, nil
}

// cameoText names a CAMEO code with its codebook verb name, "CAMEO 1721
// (Impose restrictions on political freedoms)": a bare number tells a
// reader nothing without the codebook at hand. A code the tables do not
// name (one stored by an older coder or another tool) is shown bare.
func cameoText(code string) string {
	if l, ok := events.CAMEOLabel(code); ok {
		return "CAMEO " + code + " (" + l + ")"
	}
	return "CAMEO " + code
}

func quadName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return "unclassified"
}

// fmtDate shows the day of t at the offset it carries: the store gives a
// publish time at the offset the publisher wrote it with (display.At), so
// a story of 23:30 in New York is of its own day, as its dateline says,
// not of the next day in UTC. A time in the server's local zone (a
// driver's default, never a publisher's) is shown in UTC.
func fmtDate(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return display.OwnOffset(*t).Format("2 Jan 2006")
}

// fmtReportDate shows the date a report, quote or article is listed by
// (store's ReportDate): an article with no publish date is listed by the
// day its page was last modified or captured, or else stored, and says so,
// so that day is not read as a publish date.
func fmtReportDate(t *time.Time, source string) string {
	d := fmtDate(t)
	switch {
	case d == "":
		return ""
	case source == reportdate.Reference:
		return "seen " + d
	case source == reportdate.Ingested:
		return "stored " + d
	}
	return d
}

// eventDate shows a stored event's date to the precision it is known to:
// the store keeps a day ("2018-06-01") for an event known only to the month
// or year (the 2018 summits), which must not read as a day.
func eventDate(date, precision string) string {
	switch {
	case precision == model.PrecisionMonth && len(date) >= len("2006-01"):
		return date[:len("2006-01")]
	case precision == model.PrecisionYear && len(date) >= len("2006"):
		return date[:len("2006")]
	}
	return date
}

// eventSpan shows the span of days an event is dated by ("next week",
// "March 17-23"), which its date gives only as a month or a first day:
// "2025-04-21 to 2025-04-27"; "" for none.
func eventSpan(from, to string) string {
	if from == "" || to == "" {
		return ""
	}
	if from == to {
		return from
	}
	return from + " to " + to
}

// shortSpan is an event's span of days as an events list shows it beside
// the date: the month named once ("Apr 21–27"), each day with its month
// across months ("Apr 28 – May 4"), and with its year across years (the
// row's date gives the year otherwise); one day is "Apr 21". The full span
// is eventSpan's, for the title. "" for no span or one not of days.
func shortSpan(from, to string) string {
	f, err1 := time.Parse(time.DateOnly, from)
	t, err2 := time.Parse(time.DateOnly, to)
	switch {
	case err1 != nil || err2 != nil || t.Before(f):
		return ""
	case f.Equal(t):
		return f.Format("Jan 2")
	case f.Year() != t.Year():
		return f.Format("Jan 2, 2006") + " – " + t.Format("Jan 2, 2006")
	case f.Month() != t.Month():
		return f.Format("Jan 2") + " – " + t.Format("Jan 2")
	}
	return f.Format("Jan 2") + "–" + t.Format("2")
}

// reportSpan is the span of days one report gives its event (eventSpan),
// for the event's sources list, where it differs from the event's own:
// the event keeps the span most sources give, and a report that counted
// "next week" from a later publish date names another week. "" when the
// report gives no span or the event's.
func reportSpan(m store.EventMention, e store.Event) string {
	if !m.SpanDiffers(e) {
		return ""
	}
	return eventSpan(m.DateFrom, m.DateTo)
}

// reportPlaceDiffers says whether one report places its event somewhere
// else than the event does (store.EventMention.PlaceDiffers), for the
// event's sources list.
func reportPlaceDiffers(m store.EventMention, e store.Event) bool {
	return m.PlaceDiffers(e)
}

// coarseNote says, for an event known only to a month or a year, where
// such an event is listed ("" for a finer date): on the first day of its
// month or year, so newest first after the events dated to a day of it.
// The list marks it so that an event of "this year", told in November,
// does not read as news of January 1.
func coarseNote(precision string) string {
	switch precision {
	case model.PrecisionMonth:
		return "known only to the month: listed after the events dated to a day of it"
	case model.PrecisionYear:
		return "known only to the year: listed after the events dated to a day of it"
	}
	return ""
}

func fmtDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// snippetPart is a piece of a search snippet; Hit parts were matched.
type snippetPart struct {
	Text string
	Hit  bool
}

// snippet splits the store's match marks (store.SnippetOpen, SnippetClose)
// into parts so the template can wrap matches in <mark> while escaping
// everything. Brackets of the text are text.
func snippet(s string) []snippetPart {
	var out []snippetPart
	for s != "" {
		before, rest, ok := strings.Cut(s, store.SnippetOpen)
		if before != "" {
			out = append(out, snippetPart{Text: before})
		}
		if !ok {
			break
		}
		hit, after, closed := strings.Cut(rest, store.SnippetClose)
		if hit != "" {
			out = append(out, snippetPart{Text: hit, Hit: closed})
		}
		s = after
	}
	return out
}

// count writes n with its noun: "1 event", "3 events".
// untoldWords say what a count of events its reports do not tell as having
// taken place holds (store.DateCount.NotAsserted, api.GraphEdge.NotAsserted):
// denied ones, and planned, intended, demanded or hypothetical ones, which
// have not taken place yet. One wording for the graph's links and table and
// the timeline's bars and table: "2 not taken place" was untrue of a
// planned meeting.
const untoldWords = "not (yet) taken place"

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// actorLink is the page of an actor given by id or, when unresolved, name
// (a graph node's id for such an actor is "name:" and the name).
func actorLink(id, name string) string {
	if id == "" || strings.HasPrefix(id, "name:") {
		id = name
	}
	return "/actors/" + url.PathEscape(id)
}

// jointLink is the page of one actor of a joint speaker: its actor page
// when the store holds the actor (names, the page's api.SpeakerNames, gives
// it a name), else the quotes filed under the id. A joint
// speaker's ids are resolved from its words ("the two governments":
// BRA.GOV, ARG.GOV) and need not be actors any article stored, and an
// actor page for such an id is a 404 while its quotes are there.
func jointLink(id string, names map[string]string) string {
	if names[id] != "" {
		return actorLink(id, id)
	}
	return "/quotes?speaker=" + url.QueryEscape(id)
}

// webURL is u when a browser can open it (http or https), else "": an
// article read from a file or standard input is stored under a file: URL
// naming a path on the server, which html/template would turn into
// "#ZgotmplZ" and which is no page a reader can open.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// articleName is what a link to a stored article says: its title, else
// (a text file, a page without one) its web address, else the name of the
// file it was read from (a file: URL's last element, without the server's
// directories), else "article N".
func articleName(title, u string, id int64) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	if webURL(u) != "" {
		return u
	}
	if p, err := url.Parse(u); err == nil && p.Scheme == "file" {
		if base := path.Base(p.Path); base != "." && base != "/" {
			return base
		}
	}
	return "article " + strconv.FormatInt(id, 10)
}
