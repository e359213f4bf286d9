// Package api is newsgraph's JSON HTTP API over the store's queries:
// articles, events, actors, an actor graph, health, Prometheus metrics and
// an OpenAPI document. Reads are open; ingest over HTTP (POST an article or
// a feed) needs a bearer token. Handlers only validate and translate: the
// queries are the store's and the ingest work is the injected Ingester's.
package api

import (
	"cmp"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

//go:embed openapi.json
var openAPIDoc []byte

// Ingester stores documents and feeds sent over HTTP. The serve command
// implements it with the same ingest loop as `newsgraph ingest`.
type Ingester interface {
	// IngestDocument runs the pipeline over doc and stores it, returning
	// the article id and whether this call stored it (false: the id of
	// the article already stored under the same URL or bytes).
	IngestDocument(ctx context.Context, doc *model.Document) (id int64, created bool, err error)
	// IngestURL fetches url and does the same.
	IngestURL(ctx context.Context, url string) (id int64, created bool, err error)
	// AddFeed registers a feed for polling and returns how many new items
	// the first poll found, or ErrFeedPending when the first poll outlasts
	// ctx and goes on in the background (the feed is registered).
	AddFeed(ctx context.Context, url string) (int, error)
}

// ErrFeedPending is AddFeed's answer when the first poll of a feed (which
// fetches every link-only item) takes longer than a request may: the feed
// is registered and the poll goes on without the client.
var ErrFeedPending = errors.New("the first poll of the feed goes on in the background")

// Config sets up a Server.
type Config struct {
	Store    store.Store
	Ingester Ingester // nil: POST endpoints answer 501
	Token    string   // bearer token for POST; empty: read-only
	Log      *slog.Logger
	// QueryTimeout bounds each store query (default 10 s).
	QueryTimeout time.Duration
	// HealthTimeout bounds /healthz's store check (default 2 s: a probe
	// that polls every few seconds wants a quick no, not a slow yes).
	HealthTimeout time.Duration
	// IngestTimeout bounds POST /api/articles, which may fetch a URL and
	// then analyse and store the page (default 90 s). Keep it above the
	// fetcher's timeout, so that a slow site ends as the fetch's own 504
	// with the analysis still to come inside the request's time.
	IngestTimeout time.Duration
	// MaxBodyBytes caps a POST body (default 10 MiB).
	MaxBodyBytes int64
	Metrics      *Metrics // shared with other handlers (web); nil: a new one
	// CacheTTL keeps successful GET answers this long (0: no cache). A
	// POST through this server clears the cache.
	CacheTTL time.Duration
}

// Server serves the API.
type Server struct {
	st       store.Store
	ing      Ingester
	token    string
	log      *slog.Logger
	timeout  time.Duration
	healthTO time.Duration
	ingestTO time.Duration
	maxBody  int64
	metrics  *Metrics
	started  time.Time
	openAPIs []byte
	cache    *responseCache
}

// New builds a Server.
func New(cfg Config) *Server {
	s := &Server{st: cfg.Store, ing: cfg.Ingester, token: cfg.Token, log: cfg.Log, timeout: cfg.QueryTimeout,
		healthTO: cmp.Or(cfg.HealthTimeout, 2*time.Second), ingestTO: cmp.Or(cfg.IngestTimeout, 90*time.Second), maxBody: cfg.MaxBodyBytes, metrics: cfg.Metrics, started: time.Now(), openAPIs: openAPIDoc}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.timeout <= 0 {
		s.timeout = 10 * time.Second
	}
	if s.maxBody <= 0 {
		s.maxBody = 10 << 20
	}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	if cfg.CacheTTL > 0 {
		s.cache = newResponseCache(cfg.CacheTTL, 4096)
		s.metrics.gauge("newsgraph_api_cache_hits_total", "API answers served from the response cache.", func() uint64 {
			s.cache.mu.Lock()
			defer s.cache.mu.Unlock()
			return s.cache.hits
		})
	}
	return s
}

// Metrics returns the server's metrics registry.
func (s *Server) Metrics() *Metrics { return s.metrics }

// route is one endpoint: its ServeMux pattern ("GET /api/events") and
// handler. openapi.json documents exactly these (TestOpenAPIDocumentsRoutes).
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routes lists the API's endpoints.
func (s *Server) routes() []route {
	c := func(h http.HandlerFunc) http.HandlerFunc { return s.cacheControl(s.cache.wrap(h)) }
	return []route{
		{"GET /api/articles", c(s.handle(s.listArticles))},
		{"GET /api/articles/{id}", c(s.handle(s.getArticle))},
		{"POST /api/articles", s.handleWithin(s.ingestTO, s.auth(s.clearing(s.postArticle)))},
		{"GET /api/events", c(s.handle(s.listEvents))},
		{"GET /api/events/{id}", c(s.handle(s.getEvent))},
		{"GET /api/actors", c(s.handle(s.listActors))},
		{"GET /api/actors/{id}", c(s.handle(s.getActor))},
		{"GET /api/quotes", c(s.handle(s.listQuotes))},
		{"GET /api/graph", c(s.handle(s.getGraph))},
		{"GET /api/timeline", c(s.handle(s.getTimeline))},
		{"POST /api/feeds", s.handle(s.auth(s.clearing(s.postFeed)))},
		{"GET /healthz", s.healthz},
		{"GET /metrics", s.metrics.ServeHTTP},
		{"GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Write(s.openAPIs)
		}},
	}
}

// Register adds the API routes to mux.
func (s *Server) Register(mux *http.ServeMux) {
	for _, rt := range s.routes() {
		mux.HandleFunc(rt.pattern, rt.handler)
	}
	// Unknown API paths answer in JSON, not with the web UI's page; a known
	// path with the wrong method is a 405.
	mux.HandleFunc("/api/", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pat := mux.Handler(probe); pat != "/api/" && pat != "" {
				allow = append(allow, m)
				if m == http.MethodGet {
					allow = append(allow, http.MethodHead) // ServeMux serves HEAD with GET's handler
				}
			}
		}
		if len(allow) > 0 {
			// A 405 names the methods the path takes (RFC 9110, 15.5.6).
			w.Header().Set("Allow", strings.Join(allow, ", "))
			return errMethod
		}
		return &notFoundError{path: r.URL.Path}
	}))
}

// Handler returns the API alone (for tests and the load tool), wrapped in
// the metrics and recovery middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	return s.metrics.Middleware(Recover(s.log, s.Guard(mux)))
}

// Guard answers the requests for API paths that the mux would redirect
// rather than serve: ServeMux cleans a path ("/api//events",
// "/api/actors/.", "/api/x/../events") and redirects to the clean one, and
// sends "/api" on to "/api/", with a text/html body. An API client wants
// JSON, and a redirect to a path it did not ask for hides its mistake, so
// such a path is a JSON 404 through the one error mapping. Other paths
// (the web UI's) keep the mux's behaviour.
func (s *Server) Guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w.Header())
		if err := checkRequestSize(r); err != nil {
			if underAPI(r.URL.EscapedPath()) {
				s.writeError(w, r, err)
			} else {
				w.Header().Set("Connection", "close")
				http.Error(w, err.Error(), err.status)
			}
			return
		}
		raw := r.URL.EscapedPath()
		clean := cleanPath(raw)
		if (underAPI(raw) || underAPI(clean)) && (raw != clean || raw == "/api") {
			s.writeError(w, r, &notFoundError{path: raw, unclean: raw != clean})
			return
		}
		if underAPI(raw) {
			// URL.Query drops a pair it cannot decode ("limit=%zz", a ";"
			// separator) without a word, so the request would be answered
			// as if the parameter had not been given (the default limit,
			// the first page for a bad cursor); the API names bad
			// parameters instead.
			if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
				s.writeError(w, r, badField("query", "the query string cannot be read: %v", err))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// setSecurityHeaders gives every response the headers the web pages
// carried alone: the JSON API, /openapi.json, /metrics, the static files
// and the mux's own redirects and plain-text errors were sniffable and
// framable. The policy here is the strictest (a JSON or CSS answer loads
// nothing and is framed by nothing); a web page sets its own, which
// replaces it.
func setSecurityHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
}

// Request size limits. net/http answers a request whose line and headers
// pass the server's MaxHeaderBytes itself, with a plain-text 431 that no
// handler sees; serve therefore sets MaxHeaderBytes well above these
// limits, and Guard answers what passes them through the one error
// mapping: a JSON 414 for a long URL, a JSON 431 for large headers.
const (
	// MaxHeaderBytes is the http.Server limit serve sets (net/http's own
	// default); only a request past it gets net/http's plain-text 431.
	MaxHeaderBytes = 1 << 20
	// maxRequestURI is the longest request target answered: 8 KiB, as
	// common proxies and servers allow; no API query needs more.
	maxRequestURI = 8 << 10
	// maxHeaderFields is the most header bytes (names and values) taken.
	maxHeaderFields = 64 << 10
)

// requestTooLargeError is a request whose URL or headers pass the limits
// above: status is 414 or 431.
type requestTooLargeError struct {
	status int
	msg    string
}

func (e *requestTooLargeError) Error() string { return e.msg }

// checkRequestSize returns a *requestTooLargeError for a request past the
// size limits, else nil.
func checkRequestSize(r *http.Request) *requestTooLargeError {
	if n := len(r.RequestURI); n > maxRequestURI {
		return &requestTooLargeError{status: http.StatusRequestURITooLong,
			msg: sprintf("request URL too long (%d bytes, limit %d)", n, maxRequestURI)}
	}
	n := 0
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4 // ": " and CRLF
		}
	}
	if n > maxHeaderFields {
		return &requestTooLargeError{status: http.StatusRequestHeaderFieldsTooLarge,
			msg: sprintf("request header fields too large (%d bytes, limit %d)", n, maxHeaderFields)}
	}
	return nil
}

func underAPI(p string) bool { return p == "/api" || strings.HasPrefix(p, "/api/") }

// cleanPath is the canonical form ServeMux redirects to: path.Clean that
// keeps a trailing slash.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	np := path.Clean(p)
	if strings.HasSuffix(p, "/") && np != "/" {
		np += "/"
	}
	return np
}

type notFoundError struct {
	path    string
	unclean bool // empty segments, "." or "..": not redirected, see Guard
}

func (e *notFoundError) Error() string {
	if e.unclean {
		return "no API endpoint " + e.path + " (a path with an empty, \".\" or \"..\" segment is not cleaned or redirected)"
	}
	return "no API endpoint " + e.path
}
func (e *notFoundError) Unwrap() error { return store.ErrNotFound }

// handle adapts an error-returning handler; errors go through statusOf.
func (s *Server) handle(fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return s.handleWithin(s.timeout, fn)
}

// handleWithin is handle with a time limit of its own.
func (s *Server) handleWithin(timeout time.Duration, fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		if err := fn(w, r.WithContext(ctx)); err != nil {
			s.writeError(w, r, err)
		}
	}
}

// auth admits a request with the server's bearer token.
func (s *Server) auth(fn func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.token == "" {
			return errWritesOff
		}
		h := r.Header.Get("Authorization")
		scheme, tok, ok := strings.Cut(h, " ")
		if h == "" || !ok || !strings.EqualFold(scheme, "Bearer") {
			return errUnauthorized
		}
		if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.token)) != 1 {
			return errForbidden
		}
		return fn(w, r)
	}
}

// cacheControl tells clients how long a GET answer may be reused: as long
// as the server's own cache keeps it, else not at all.
func (s *Server) cacheControl(h http.HandlerFunc) http.HandlerFunc {
	v := "no-cache"
	if s.cache != nil {
		v = "max-age=" + itoa(int64(s.cache.ttl/time.Second))
	}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", v)
		h(w, r)
	}
}

// clearing empties the response cache after a write through this server.
func (s *Server) clearing(fn func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		err := fn(w, r)
		if s.cache != nil {
			s.cache.clear()
		}
		return err
	}
}

// Recover turns a panic in a handler into a 500 for that request only.
func Recover(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Error("handler panic", "path", r.URL.Path, "err", v, "stack", string(debug.Stack()))
				writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal error"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// Page is a list response.
type Page[T any] struct {
	Items      []T    `json:"items"`
	Limit      int    `json:"limit"`
	Offset     int    `json:"offset"`
	NextCursor string `json:"next_cursor,omitempty"`
	Next       string `json:"next,omitempty"` // the URL of the next page
	// PrevCursor and Prev lead to the page before (events only, after
	// the first page): keyset back from this page's first event, or the
	// first page itself when it is the one before.
	PrevCursor string `json:"prev_cursor,omitempty"`
	Prev       string `json:"prev,omitempty"`
	// Total is how many rows the listing has in all (events and
	// searches), and TotalCapped says there are more than Total: the
	// store counted up to its limit (store.CountCap) and stopped.
	Total       *int `json:"total,omitempty"`
	TotalCapped bool `json:"total_capped,omitempty"`
}

// setTotal puts a listing's total in p (store.PageTotal).
func (p *Page[T]) setTotal(ctx context.Context, count func(context.Context) (store.Total, error)) error {
	t, err := store.PageTotal(ctx, p.Offset, len(p.Items), p.Limit, count)
	if err != nil {
		return err
	}
	p.Total, p.TotalCapped = &t.N, t.More
	if !MorePages(t, p.Offset, len(p.Items)) {
		// A last page that happens to be full: a link past it would
		// lead to an empty page.
		p.NextCursor, p.Next = "", ""
	}
	return nil
}

// MorePages tells whether rows follow a page that starts after offset rows
// and shows rows of them, by the listing's total (store.PageTotal): a page
// is followed by another unless the count, not capped, ends with it. A
// full last page (31 events by 31, or 50 of 100) linked "next" to an empty
// page, as "31–31 of 31 events · Next →" said on the web.
func MorePages(t store.Total, offset, rows int) bool {
	return t.More || offset+rows < t.N
}

// dropNextAfterLast clears the page's next link when nothing follows it:
// a probe (the listing after the page's last row, one row) found none.
// Listings without a total (quotes, actors) ask so, as those with one
// read MorePages.
func (p *Page[T]) dropNextAfterLast(ctx context.Context, more func(context.Context) (bool, error)) error {
	if p.Next == "" {
		return nil
	}
	ok, err := more(ctx)
	if err != nil {
		return err
	}
	if !ok {
		p.NextCursor, p.Next = "", ""
	}
	return nil
}

// newPage is a list response. A full page links to the next: after its
// last row when keyOf gives that row's keyset cursor, else by offset.
func newPage[T any](r *http.Request, items []T, limit, offset int, keyOf func(last T, offset int) (string, bool)) Page[T] {
	if items == nil {
		items = []T{}
	}
	p := Page[T]{Items: items, Limit: limit, Offset: offset}
	if len(items) == limit {
		var ok bool
		if keyOf != nil {
			p.NextCursor, ok = keyOf(items[len(items)-1], offset+limit)
		}
		if !ok {
			p.NextCursor = encodeCursor(offset + limit)
		}
		q := r.URL.Query()
		q.Del("offset")
		q.Set("cursor", p.NextCursor)
		p.Next = r.URL.Path + "?" + q.Encode()
	}
	return p
}

func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query(), "q", "since", "until", "limit", "offset", "cursor")
	text := p.str("q", 500)
	if text == "" && p.err == nil {
		return s.latestArticles(w, r, p)
	}
	// A search is ranked by relevance within since and until (the days
	// of the articles' report dates, as the listing without q reads
	// them): "talks" in March 2025.
	since, until := searchDays(p)
	limit, pos := p.page(20, listArticles, "")
	if p.err != nil {
		return p.err
	}
	q := store.SearchQuery{Text: text, Since: since, Until: until, Limit: limit, Offset: pos.Offset, After: pos.Hit}
	if pos.keyed() {
		q.Offset = 0
	}
	hits, err := s.st.Search(r.Context(), q)
	if errors.Is(err, store.ErrBadQuery) {
		// Search's only bad input is the text: name it, as every other
		// bad parameter is named.
		return badField("q", "%s", strings.TrimPrefix(err.Error(), store.ErrBadQuery.Error()+": "))
	}
	if err != nil {
		return err
	}
	page := newPage(r, hits, limit, pos.Offset, func(last store.SearchHit, n int) (string, bool) {
		hp := last.Pos()
		return encodeKeyCursor(cursor{List: listArticles, Offset: n, Hit: &hp})
	})
	if err := page.setTotal(r.Context(), func(ctx context.Context) (store.Total, error) { return s.st.CountSearch(ctx, q, 0) }); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// ArticleResponse is a stored article: the analysis (model.Article's
// public JSON) plus what the store adds.
type ArticleResponse struct {
	ID          int64     `json:"id"`
	DuplicateOf int64     `json:"duplicate_of,omitempty"`
	IngestedAt  time.Time `json:"ingested_at"`
	*model.Article
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		return err
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ArticleFromStore(a))
	return nil
}

// ArticleFromStore fills the response from a stored article; the store's
// columns win over the analysis blob where both exist.
func ArticleFromStore(a *store.Article) ArticleResponse {
	data := a.Data
	if data == nil {
		data = &model.Article{}
	}
	cp := *data
	if cp.URL == "" {
		cp.URL = a.URL
	}
	if cp.Title == "" {
		cp.Title = a.Title
	}
	if cp.Site == "" {
		cp.Site = a.Site
	}
	if cp.Text == "" {
		cp.Text = a.Text
	}
	if cp.Published == nil {
		cp.Published = a.Published
	}
	return ArticleResponse{ID: a.ID, DuplicateOf: a.DuplicateOf, IngestedAt: a.IngestedAt, Article: &cp}
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	q, offset, err := eventPage(r.URL.Query())
	if err != nil {
		return err
	}
	if err := ResolveEventActors(r.Context(), s.st, &q); err != nil {
		return err
	}
	events, err := s.st.Events(r.Context(), q)
	if err != nil {
		return err
	}
	LocatePoints(events)
	p := newPage(r, events, q.Limit, offset, func(last store.Event, n int) (string, bool) {
		ep := last.Pos()
		return encodeKeyCursor(cursor{List: listEvents, Sort: sortName(q.Sort), Offset: n, Event: &ep})
	})
	if offset > 0 && len(events) > 0 {
		// Back: the first page itself when it is the one before (it
		// may hold fewer rows than a keyset page back would), else
		// keyset back from this page's first event.
		v := r.URL.Query()
		v.Del("offset")
		v.Del("cursor")
		if offset > q.Limit {
			c, ok := EventsPrevCursor(events[0], q.Sort, offset-q.Limit)
			if !ok {
				c = encodeCursor(offset - q.Limit)
			}
			p.PrevCursor = c
			v.Set("cursor", c)
		}
		p.Prev = r.URL.Path + "?" + v.Encode()
	}
	if err := p.setTotal(r.Context(), func(ctx context.Context) (store.Total, error) { return s.st.CountEvents(ctx, q, 0) }); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// EventResponse is one merged event with the articles that report it.
type EventResponse struct {
	store.Event
	Mentions []store.EventMention `json:"mentions"`
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		return err
	}
	e, ms, err := s.st.Event(r.Context(), id)
	if err != nil {
		return err
	}
	if ms == nil {
		ms = []store.EventMention{}
	}
	one := []store.Event{*e}
	LocatePoints(one)
	writeJSON(w, http.StatusOK, EventResponse{Event: one[0], Mentions: ms})
	return nil
}

func (s *Server) listActors(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query(), "q", "country", "limit", "offset", "cursor")
	name := p.str("q", 200)
	country := p.str("country", 100)
	// Actors rank by a sum of two counters: no index to start a keyset
	// page from, so their cursors stay offsets.
	limit, pos := p.page(20, "actors", "")
	if country != "" {
		code, ok := resolveCountry(country, false)
		if !ok {
			p.fail(badField("country", "unknown country %q (want a country code (ISO 3166 alpha-3, such as JPN) or an international organisation's (such as UNO, NATO, G20), or a country's name, such as Japan)%s", country, countryHint(country)))
		}
		country = code
	}
	if p.err != nil {
		return p.err
	}
	if name != "" {
		return s.findActors(w, r, name, country, limit, pos.Offset)
	}
	actors, err := s.st.Actors(r.Context(), store.ActorQuery{Country: country, Limit: limit, Offset: pos.Offset})
	if err != nil {
		return err
	}
	page := newPage(r, actors, limit, pos.Offset, nil)
	if err := page.dropNextAfterLast(r.Context(), func(ctx context.Context) (bool, error) {
		next, err := s.st.Actors(ctx, store.ActorQuery{Country: country, Limit: 1, Offset: pos.Offset + len(actors)})
		return len(next) > 0, err
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// findActors is /api/actors?q=NAME: the stored actors a name stands for,
// so that an analyst finds an actor's id by its name: by id, canonical
// name, a name the knowledge base knows it by (an alias: "Kremlin" for
// the Russian presidency), or a person's family name alone, however cased
// or accented (store.Speakers' ways but the words of a quote, which name
// a speaker rather than an actor), each way's matches most mentioned
// first; of country alone when it is set.
func (s *Server) findActors(w http.ResponseWriter, r *http.Request, name, country string, limit, offset int) error {
	ctx := r.Context()
	matches, err := s.st.Speakers(ctx, name, nil)
	if err != nil {
		return err
	}
	named := func(ms []store.SpeakerMatch) bool {
		return slices.ContainsFunc(ms, func(m store.SpeakerMatch) bool { return m.By == store.MatchID || m.By == store.MatchName })
	}
	if !named(matches) {
		// The knowledge base is read only for a name no stored actor
		// has as its id or name, as ResolveSpeaker reads it.
		if aliases := kbAliases(name); len(aliases) > 0 {
			if matches, err = s.st.Speakers(ctx, name, aliases); err != nil {
				return err
			}
		}
	}
	found := []store.SpeakerMatch{}
	for _, m := range matches {
		if m.By == store.MatchWording || country != "" && !strings.EqualFold(m.Country, country) {
			continue
		}
		found = append(found, m)
	}
	items := found[min(offset, len(found)):]
	items = items[:min(limit, len(items))]
	page := newPage(r, items, limit, offset, nil)
	if offset+len(items) >= len(found) {
		page.NextCursor, page.Next = "", ""
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// ActorResponse is an actor's counterparts, its latest events and the
// latest articles that mention it.
type ActorResponse struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type,omitempty"`
	Country string `json:"country,omitempty"`
	// CountryName is the knowledge base's name of Country ("Hungary"
	// for HUN), when it has one: the code alone asks a reader to know
	// ISO 3166.
	CountryName string `json:"country_name,omitempty"`
	// Sector is the stored actor's sector ("media"; kb.Sectors), the
	// part of the actor a sector id (HUN.MED) codes.
	Sector       string             `json:"sector,omitempty"`
	Counterparts []store.ActorCount `json:"counterparts"`
	Events       []store.Event      `json:"events"`
	Articles     []store.SearchHit  `json:"articles"`
	// Quotes are the latest things the actor said (at most
	// ActorQuotesLimit: /api/quotes?speaker= pages through the rest).
	Quotes []store.Quote `json:"quotes"`
	// ArticlesOffset is the number of the actor's articles before this
	// page of them; ArticlesNextCursor, when the page is full, starts the
	// next page (the articles_cursor parameter).
	ArticlesOffset     int    `json:"articles_offset,omitempty"`
	ArticlesNextCursor string `json:"articles_next_cursor,omitempty"`
}

// CountryName is the knowledge base's name of a country or IGO code ("HUN":
// "Hungary"), "" when it has none or does not load (it is embedded and
// loaded once, as the speaker search loads it). The web UI names the
// countries of event sides with it, as the actor answer names its own.
func CountryName(code string) string {
	if code == "" {
		return ""
	}
	k, err := kb.Load()
	if err != nil {
		return ""
	}
	if a, ok := k.Actor(code); ok && a.Name != code {
		return a.Name
	}
	return ""
}

// LocatePoints gives events their place's point from the knowledge base
// (store.Event.LocationPoint: a country, city or town has one), for
// clients that plot events. The knowledge base is embedded and loaded once;
// if it does not load, events keep no point, as CountryName names nothing.
func LocatePoints(events []store.Event) {
	if len(events) == 0 {
		return
	}
	k, err := kb.Load()
	if err != nil {
		return
	}
	export.LocatePoints(export.KBGazetteer(k), events)
}

// actorByFoldedID is the stored actor whose id an id given in another
// case stands for ("usa", "usa.gov.nasa"): the event filters fold an
// actor's id as they fold its name, so such an id found the actor's
// events but not the actor, and its page had no name, type, country or
// quotes. The id of a side of the first event the folded id finds is
// looked up when it folds alike; ErrNotFound when none does.
func actorByFoldedID(ctx context.Context, st store.Store, id string) (*store.ActorCount, error) {
	notFound := fmt.Errorf("actor %q: %w", id, store.ErrNotFound)
	key := store.FoldName(id)
	if key == "" {
		return nil, notFound
	}
	evs, err := st.Events(ctx, store.EventQuery{Actor: id, Limit: 1})
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		for _, side := range []string{e.SourceActor, e.TargetActor} {
			if side != "" && side != id && store.FoldName(side) == key {
				return st.Actor(ctx, side)
			}
		}
	}
	return nil, notFound
}

// ActorQuotesLimit caps the quotes an actor's page lists: the page stays
// one cheap query of them, whatever its limit.
const ActorQuotesLimit = 10

// ActorPage gathers an actor's page: the stored actor (by id or name) or,
// for an actor named only in events, what the events call it. It is
// ErrNotFound only when the store knows the actor by neither; an actor of
// an article that takes part in no event still has a page (its articles).
func ActorPage(ctx context.Context, st store.Store, id string, limit int) (*ActorResponse, error) {
	return ActorPageFrom(ctx, st, id, limit, Position{})
}

// ActorPageFrom is ActorPage with the page of the actor's articles that
// starts at arts (from ParseActorArticlesPosition): after a named article
// (keyset), else after arts.Offset articles.
func ActorPageFrom(ctx context.Context, st store.Store, id string, limit int, arts Position) (*ActorResponse, error) {
	resp := &ActorResponse{ID: id, Name: id, ArticlesOffset: arts.Offset}
	known, err := st.Actor(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		known, err = actorByFoldedID(ctx, st, id)
	}
	switch {
	case err == nil:
		resp.ID, resp.Name, resp.Type, resp.Country, resp.Sector = known.ID, known.Name, known.Type, known.Country, known.Sector
		resp.CountryName = CountryName(known.Country)
	case !errors.Is(err, store.ErrNotFound):
		return nil, err
	}
	if resp.Counterparts, err = st.Actors(ctx, store.ActorQuery{Actor: resp.ID, Limit: limit}); err != nil {
		return nil, err
	}
	if resp.Events, err = st.Events(ctx, store.EventQuery{Actor: resp.ID, Limit: limit}); err != nil {
		return nil, err
	}
	LocatePoints(resp.Events)
	aq := store.ActorQuery{Actor: resp.ID, Limit: limit, After: arts.Article}
	if !arts.Keyed() {
		aq.Offset = arts.Offset
	}
	if resp.Articles, err = st.ActorArticles(ctx, aq); err != nil {
		return nil, err
	}
	if len(resp.Articles) == limit {
		resp.ArticlesNextCursor = ActorArticlesCursor(resp.Articles[len(resp.Articles)-1], arts.Offset+limit)
	}
	// Only a stored actor has quotes (they are filed under actor ids).
	if known != nil {
		if resp.Quotes, err = st.Quotes(ctx, store.QuoteQuery{Speaker: known.ID, Limit: min(limit, ActorQuotesLimit)}); err != nil {
			return nil, err
		}
	}
	if known == nil && len(resp.Counterparts) == 0 && len(resp.Events) == 0 {
		return nil, fmt.Errorf("actor %q: %w", id, store.ErrNotFound)
	}
	if known == nil {
		// The events were found by the name's store.FoldName key, so the
		// side they name is the one whose name folds alike. A side with
		// no actor id keeps its graph node id ("name:civilians", as
		// counterparts list it): its bare name read as an actor id.
		key := store.FoldName(id)
		for _, e := range resp.Events {
			switch {
			case e.SourceActor == id || store.FoldName(e.SourceName) == key:
				resp.ID, resp.Name = actorKey(e.SourceActor, e.SourceName), e.SourceName
			case e.TargetActor == id || store.FoldName(e.TargetName) == key:
				resp.ID, resp.Name = actorKey(e.TargetActor, e.TargetName), e.TargetName
			default:
				continue
			}
			break
		}
	}
	if resp.Counterparts == nil {
		resp.Counterparts = []store.ActorCount{}
	}
	if resp.Events == nil {
		resp.Events = []store.Event{}
	}
	if resp.Articles == nil {
		resp.Articles = []store.SearchHit{}
	}
	if resp.Quotes == nil {
		resp.Quotes = []store.Quote{}
	}
	return resp, nil
}

func (s *Server) getActor(w http.ResponseWriter, r *http.Request) error {
	id := ActorParam(r.PathValue("id"))
	if id == "" || len(id) > 200 {
		return badField("id", "want an actor id or name of 1-200 bytes")
	}
	p := newParams(r.URL.Query(), "limit", "articles_cursor")
	if p.err != nil {
		return p.err
	}
	limit, err := ParseActorLimit(r.URL.Query(), 20)
	if err != nil {
		return err
	}
	var arts Position
	if c := p.str("articles_cursor", 4096); c != "" {
		if arts, err = ParseActorArticlesPosition(c, ""); err != nil {
			return badField("articles_cursor", "not a cursor for an actor's articles (articles_next_cursor)")
		}
	}
	resp, err := ActorPageFrom(r.Context(), s.st, id, limit, arts)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// ParseActorLimit reads the limit of an actor's answer (how many
// counterparts, events and articles it lists) from v with the rules of
// /api/actors/{id}: an integer in [1, store.MaxLimit], given once, def
// when absent. The web UI's actor page reads its limit with it, so that
// the page refuses what the API refuses.
func ParseActorLimit(v url.Values, def int) (int, error) {
	lv := url.Values{}
	if l, ok := v["limit"]; ok {
		lv["limit"] = l
	}
	p := newParams(lv, "limit")
	limit := p.intRange("limit", def, 1, store.MaxLimit)
	return limit, p.err
}

func (s *Server) getGraph(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	// The graph is one answer, not a page: eventQuery would accept and
	// then ignore these, so a client asking for a page learns it here.
	for _, name := range []string{"limit", "offset", "cursor"} {
		if v.Has(name) {
			return badField(name, "the graph is not paged: use events (events sampled, 1-%d) and nodes (actors shown, 1-500)", store.MaxLimit)
		}
	}
	// An unknown parameter's error lists what the graph takes (eventQuery
	// would list the paging parameters refused above).
	if p := newParams(v, append(slices.Clone(eventFilters), "events", "nodes")...); p.err != nil {
		return p.err
	}
	limit, maxNodes, err := ParseGraphSize(v, 500, 60)
	if err != nil {
		return err
	}
	v.Del("events")
	v.Del("nodes")
	q, err := eventQuery(v)
	if err != nil {
		return err
	}
	if err := ResolveEventActors(r.Context(), s.st, &q); err != nil {
		return err
	}
	q.Limit = limit
	events, err := s.st.Events(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, BuildGraph(events, maxNodes))
	return nil
}

// ParseGraphSize reads the graph's size parameters: events, how many of the
// latest matching events it is drawn from (1 to store.MaxLimit), and nodes,
// how many of the busiest actors it shows (1-500); defEvents and defNodes
// when absent. A bad value is a *FieldError naming the parameter. The API's
// graph and the web UI's read them alike, so an address moved from one to
// the other is refused or drawn the same way.
func ParseGraphSize(v url.Values, defEvents, defNodes int) (events, nodes int, err error) {
	events, nodes = defEvents, defNodes
	if l := v.Get("events"); l != "" {
		p := newParams(url.Values{"limit": {l}}, "limit")
		events = p.intRange("limit", defEvents, 1, store.MaxLimit)
		if p.err != nil {
			return 0, 0, badField("events", "%s", p.err.(*FieldError).Msg)
		}
	}
	if n := v.Get("nodes"); n != "" {
		p := newParams(url.Values{"limit": {n}}, "limit")
		nodes = p.intRange("limit", defNodes, 1, 500)
		if p.err != nil {
			return 0, 0, badField("nodes", "%s", p.err.(*FieldError).Msg)
		}
	}
	return events, nodes, nil
}

// Timeline is every matching event counted by date and quad class: what
// the web UI's timeline draws.
type Timeline struct {
	Events int               `json:"events"` // all the matching events
	Counts []store.DateCount `json:"counts"` // by day (YYYY-MM-DD), or by month (YYYY-MM) or year (YYYY) for events known only to one, then quad class
}

func (s *Server) getTimeline(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	// Not a page: every matching event is counted; the paging parameters
	// and the sort are refused (eventQuery would take and then ignore
	// them).
	if p := newParams(v, slices.DeleteFunc(slices.Clone(eventFilters), func(k string) bool { return k == "sort" })...); p.err != nil {
		return p.err
	}
	q, err := eventQuery(v)
	if err != nil {
		return err
	}
	if err := ResolveEventActors(r.Context(), s.st, &q); err != nil {
		return err
	}
	counts, err := s.st.EventCounts(r.Context(), q)
	if err != nil {
		return err
	}
	t := Timeline{Counts: counts}
	if t.Counts == nil {
		t.Counts = []store.DateCount{}
	}
	for _, c := range counts {
		t.Events += c.Events
	}
	writeJSON(w, http.StatusOK, t)
	return nil
}

// ArticleInput is the body of POST /api/articles: an article (text or
// html, with optional metadata, the same fields as a JSONL line) or just a
// url to fetch.
type ArticleInput = ingest.JSONLArticle

func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if s.ing == nil {
		return errNoIngest
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	if err != nil {
		return err
	}
	var in ArticleInput
	if err := json.Unmarshal(body, &in); err != nil {
		return badField("body", "not a JSON object: %v", err)
	}
	var id int64
	var created bool
	if strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.HTML) == "" {
		if in.URL == "" {
			return badField("url", "give url, text or html")
		}
		if !validHTTPURL(in.URL) {
			return badField("url", "want an http(s) URL")
		}
		id, created, err = s.ing.IngestURL(r.Context(), in.URL)
	} else {
		if in.URL != "" && !validHTTPURL(in.URL) {
			return badField("url", "want an http(s) URL")
		}
		// A batch JSONL line keeps its article and drops a published
		// that is no date (noting it on the article); a client posting
		// one article is told at once instead, as it can send it again
		// right, and an article stored undated by a typo is worse than
		// an answer that names the field.
		if in.Published != "" {
			if _, ok := ingest.ReadDate(in.Published); !ok {
				return badField("published", "cannot read %q as a date", in.Published)
			}
		}
		// The source names the document where no URL does: an article
		// without one is named by its bytes, so that two different ones
		// are two articles (as "api:article" they were one identity, and
		// every later one came back as the first's id, unstored).
		source := "api:" + in.URL
		if in.URL == "" {
			sum := sha256.Sum256(body)
			source = "api:sha256:" + hex.EncodeToString(sum[:])
		}
		doc, derr := ingest.JSONLDocument(source, body)
		if derr != nil {
			return badField("body", "%v", derr)
		}
		id, created, err = s.ing.IngestDocument(r.Context(), doc)
	}
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/articles/"+itoa(id))
	// 201 only when this request created the article; a repeat (same URL
	// or bytes) created nothing, so it is a 200 that says so, and a
	// client can tell a new article from one it sent before.
	if !created {
		writeJSON(w, http.StatusOK, map[string]any{"id": id, "already_stored": true})
		return nil
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": id, "already_stored": false})
	return nil
}

func (s *Server) postFeed(w http.ResponseWriter, r *http.Request) error {
	if s.ing == nil {
		return errNoIngest
	}
	var in struct {
		URL string `json:"url"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	if err := dec.Decode(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badField("body", "want {\"url\": \"https://...\"}: %v", err)
	}
	if !validHTTPURL(in.URL) {
		return badField("url", "want an http(s) URL")
	}
	n, err := s.ing.AddFeed(r.Context(), in.URL)
	if errors.Is(err, ErrFeedPending) {
		writeJSON(w, http.StatusAccepted, map[string]any{"url": in.URL, "pending": true, "message": ErrFeedPending.Error()})
		return nil
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"url": in.URL, "new_items": n})
	return nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.healthTO)
	defer cancel()
	// Health, not Stats: a health check runs every few seconds, and
	// counting every row of a big PostgreSQL store takes longer than its
	// timeout. Big tables' counts are estimates ("estimated": true).
	st, err := s.st.Health(ctx)
	if err != nil {
		s.log.Warn("health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable", "error": "store not answering"})
		return
	}
	s.metrics.SetStoreStats(st)
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "uptime_seconds": int(time.Since(s.started).Seconds()), "store": st})
}

func validHTTPURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
