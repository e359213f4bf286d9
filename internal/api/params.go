package api

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/datearg"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// params reads and validates query parameters; the first problem is kept.
type params struct {
	v       url.Values
	allowed map[string]bool
	err     error
}

func newParams(v url.Values, allowed ...string) *params {
	p := &params{v: v, allowed: map[string]bool{}}
	for _, a := range allowed {
		p.allowed[a] = true
	}
	for k := range v {
		if !p.allowed[k] {
			p.fail(badField(k, "unknown parameter (allowed: %s)", strings.Join(allowed, ", ")))
			break
		}
	}
	for k, vs := range v {
		if len(vs) > 1 && p.allowed[k] {
			p.fail(badField(k, "given %d times; give it once", len(vs)))
		}
	}
	return p
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

func (p *params) str(name string, maxLen int) string {
	s := strings.TrimSpace(p.v.Get(name))
	if len(s) > maxLen {
		p.fail(badField(name, "longer than %d bytes", maxLen))
		return ""
	}
	return s
}

func (p *params) intRange(name string, def, lo, hi int) int {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return def
	}
	// A plus sign is refused, as in ids: "article=+5" named article 5
	// under a second spelling. A minus stays (it is out of range where
	// a count or id is meant, and says so).
	n, err := strconv.Atoi(s)
	if err != nil || strings.HasPrefix(s, "+") {
		p.fail(badField(name, "%q is not an integer", s))
		return def
	}
	if n < lo || n > hi {
		p.fail(badField(name, "%d is out of range [%d, %d]", n, lo, hi))
		return def
	}
	return n
}

// actor reads an actor filter (ActorParam: an id, a name, or a graph
// node's "name:" id). A "name:" with no name after it would be no filter
// at all, answering every event as if the client had asked for them:
// refused.
func (p *params) actor(name string) string {
	raw := p.str(name, 200)
	id := ActorParam(raw)
	if raw != "" && id == "" {
		p.fail(badField(name, "%q names no actor: give an actor id or name after name:", raw))
	}
	return id
}

// flag reads a yes-or-no parameter: "1" or "true" is yes, "0", "false"
// or absent no; anything else is refused rather than read as either.
func (p *params) flag(name string) bool {
	switch s := strings.ToLower(strings.TrimSpace(p.v.Get(name))); s {
	case "1", "true":
		return true
	case "", "0", "false":
		return false
	default:
		p.fail(badField(name, "want 1 or 0, got %q", s))
		return false
	}
}

// date accepts YYYY-MM-DD, YYYY-MM or YYYY (event dates have a precision)
// and returns it unchanged, or an RFC 3339 instant, which is its day at the
// offset it was written with: the forms `events --since` and `export
// --since` take (datearg.Parse, one parser for both).
func (p *params) date(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return ""
	}
	d, err := datearg.Parse(s)
	if err != nil {
		p.fail(badField(name, "%q is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 time)", s))
		return ""
	}
	return d.Filter
}

// countryRe is the shape of a code the store can hold as an event's source
// or target country: ISO 3166 alpha-3, or an IGO code of the knowledge
// base, which may be longer (NATO, OPEC, ECOWAS, GREENPEACE) or end in
// digits (G7, G20). Two letters alone are an ISO alpha-2 code ("FR"), which
// no event carries. The filters check values against the knowledge base's
// codes (resolveCountry); the shape alone is the check when it does not
// load. TestCountryPatternTakesKBCodes checks every code the knowledge base
// gives an actor against both.
var countryRe = regexp.MustCompile(`^(?:[A-Za-z]{3,12}|[A-Za-z]+[0-9]+)$`)

// placeCountryRe is a where= value: the ISO 3166 alpha-3 code of the
// country an event happened in.
var placeCountryRe = regexp.MustCompile(`^[A-Z]{3}$`)

// page reads limit, offset and cursor for the listing list ("events",
// "articles" or "actors"; sort is the events' sort). A cursor (from a
// previous page's next_cursor) wins over offset; giving both is an error.
// The position is an offset, or, from a keyset cursor, the row the page
// comes after (pos.offset is then the rows before the page, for display).
func (p *params) page(defLimit int, list, sort string) (limit int, pos cursor) {
	limit = p.intRange("limit", defLimit, 1, store.MaxLimit)
	pos.Offset = p.intRange("offset", 0, 0, 10_000_000)
	if c := strings.TrimSpace(p.v.Get("cursor")); c != "" {
		if p.v.Get("offset") != "" {
			p.fail(badField("cursor", "give cursor or offset, not both"))
			return limit, cursor{}
		}
		cur, ok := decodeCursor(c)
		switch {
		case !ok:
			p.fail(badField("cursor", "not a cursor returned by this API"))
			return limit, cursor{}
		case cur.List != "" && (cur.List != list || cur.Sort != sort):
			p.fail(badField("cursor", "the cursor is from another listing or sort: follow next, or give the same sort"))
			return limit, cursor{}
		}
		pos = cur
	}
	return limit, pos
}

// cursor is where a page starts. Cursors are opaque to clients: base64 of
// "o:" and an offset (the only kind before keyset paging, still accepted),
// or of "k2:" and this struct as JSON, which names the last row of the
// previous page by its sort key, so that the store starts the page from an
// index instead of reading and skipping every earlier row.
type cursor struct {
	List   string            `json:"l,omitempty"` // events, articles, actor-articles; "" for an offset
	Sort   string            `json:"s,omitempty"` // the events' sort
	Offset int               `json:"n,omitempty"` // rows before the page
	Event  *store.EventPos   `json:"e,omitempty"`
	Hit    *store.SearchPos  `json:"a,omitempty"`
	Art    *store.ArticlePos `json:"t,omitempty"` // an actor's articles
	Quote  *store.QuotePos   `json:"q,omitempty"`
	// Back: the page is the one before Event (a "Previous" link: Event
	// is the first event of the page after it), read by the store
	// backwards from it (store.EventQuery.Before), not by an offset.
	Back bool `json:"b,omitempty"`
}

// The listings whose cursors name a row.
const (
	listEvents        = "events"
	listArticles      = "articles"
	listActorArticles = "actor-articles"
	listQuotes        = "quotes"
	// listLatestArticles: /api/articles without a search text, by
	// report date (its cursors name an article as an actor's do).
	listLatestArticles = "latest-articles"
)

// sortName is the name of an event sort in a cursor: "" is date.
func sortName(sort string) string { return cmp.Or(sort, store.SortDate) }

// keyed reports whether the cursor names a row rather than an offset.
func (c cursor) keyed() bool { return c.Event != nil || c.Hit != nil || c.Art != nil || c.Quote != nil }

// encodeCursor is an offset cursor, for the listings that have no keyset.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

// encodeKeyCursor is a keyset cursor; ok is false when the key cannot be
// written (a NaN score), and the caller falls back to an offset.
func encodeKeyCursor(c cursor) (string, bool) {
	b, err := json.Marshal(c)
	if err != nil {
		return "", false
	}
	return base64.RawURLEncoding.EncodeToString(append([]byte("k2:"), b...)), true
}

func decodeCursor(c string) (cursor, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return cursor{}, false
	}
	if rest, ok := strings.CutPrefix(string(b), "k2:"); ok {
		var cur cursor
		dec := json.NewDecoder(strings.NewReader(rest))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cur); err != nil || !cur.keyed() || cur.Offset < 0 ||
			(cur.List == listEvents) != (cur.Event != nil) || (cur.List == listArticles) != (cur.Hit != nil) ||
			(cur.List == listActorArticles || cur.List == listLatestArticles) != (cur.Art != nil) || (cur.List == listQuotes) != (cur.Quote != nil) ||
			cur.Back && cur.Event == nil {
			return cursor{}, false
		}
		return cur, true
	}
	rest, ok := strings.CutPrefix(string(b), "o:")
	if !ok {
		return cursor{}, false
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 0 || n > 10_000_000 {
		return cursor{}, false
	}
	return cursor{Offset: n}, true
}

// day reads a day, YYYY-MM-DD, or an RFC 3339 instant as its day at the
// offset it was written with (datearg.Parse, as date and the command
// line's --since read it). Quotes are filtered by their article's publish
// day, so a month or a year (the forms the events' since and until take)
// is the day it starts, for since, or the day it ends, for until (end):
// since=2025-04 is 2025-04-01 and until=2025-02 is 2025-02-28. It was
// refused, though the events, graph and timeline a user came from take
// it, and a timeline bar's month is what one asks quotes about.
func (p *params) day(name string, end bool) string {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return ""
	}
	d, err := datearg.Parse(s)
	if err != nil {
		p.fail(badField(name, "%q is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 time)", s))
		return ""
	}
	return periodDay(d.Filter, end)
}

// periodDay is the first day (or, with end, the last) of a date filter
// that is a year ("2025") or a month ("2025-02"); a day is itself
// (datearg.PeriodDay, which the quotes command's --since and --until read
// too).
func periodDay(f string, end bool) string { return datearg.PeriodDay(f, end) }

// eventQuery validates the /api/events parameters.
func eventQuery(v url.Values) (store.EventQuery, error) {
	q, _, err := eventPage(v)
	return q, err
}

// eventFilters are the event listing's filters and sort, which the graph
// takes too.
var eventFilters = []string{"actor", "source", "target", "country", "where", "asserted", "sector", "type", "quad_class", "since", "until", "min_sources", "article", "sort"}

// eventPage is eventQuery, and the rows before the page (its offset, or a
// keyset cursor's count).
func eventPage(v url.Values) (store.EventQuery, int, error) {
	p := newParams(v, append(slices.Clone(eventFilters), "limit", "offset", "cursor")...)
	q := store.EventQuery{
		// A graph node id ("name:companies") names the actor without an id
		// it stands for, as on the actor pages.
		Actor:      p.actor("actor"),
		Source:     p.actor("source"),
		Target:     p.actor("target"),
		Country:    p.str("country", 100),
		Where:      p.str("where", 100),
		Asserted:   p.flag("asserted"),
		Sector:     p.str("sector", 32),
		Type:       strings.ToUpper(p.str("type", 32)),
		QuadClass:  p.intRange("quad_class", 0, 1, 4),
		Since:      p.date("since"),
		Until:      p.date("until"),
		MinSources: p.intRange("min_sources", 0, 0, 1_000_000),
		Article:    int64(p.intRange("article", 0, 1, 1<<53)),
		Sort:       p.str("sort", 32),
	}
	var pos cursor
	q.Limit, pos = p.page(50, "events", sortName(q.Sort))
	switch {
	case pos.keyed() && pos.Back:
		q.Before = pos.Event
	case pos.keyed():
		q.After = pos.Event
	default:
		q.Offset = pos.Offset
	}
	// A code nothing carries, or a name the knowledge base does not know,
	// would answer an empty list that reads as "no such events": refused.
	if q.Country != "" {
		code, ok := resolveCountry(q.Country, false)
		if !ok {
			p.fail(badField("country", "unknown country %q (want a country code (ISO 3166 alpha-3, such as JPN) or an international organisation's (such as UNO, NATO, G20), or a country's name, such as Japan)%s", q.Country, countryHint(q.Country)))
		}
		q.Country = code
	}
	if q.Where != "" {
		// A place is in a country, never in an organisation.
		code, ok := resolveCountry(q.Where, true)
		if !ok {
			p.fail(badField("where", "unknown country %q (want the country the event happened in: its ISO 3166 alpha-3 code, such as SDN, or its name, such as Sudan)%s", q.Where, countryHint(q.Where)))
		}
		q.Where = code
	}
	if q.Sector != "" {
		// A sector by its name ("agriculture") or CAMEO code ("AGR"); an
		// unknown one would match nothing, so it is refused.
		sector, ok := kb.ParseSector(q.Sector)
		if !ok {
			var names []string
			for _, x := range kb.Sectors() {
				names = append(names, x+" ("+kb.SectorCode(x)+")")
			}
			p.fail(badField("sector", "unknown sector %q (want one of: %s)", q.Sector, strings.Join(names, ", ")))
		}
		q.Sector = sector
	}
	if q.Type != "" && !slices.Contains(model.EventTypes, q.Type) {
		// An unknown type would match nothing: say so rather than answer
		// an empty list that looks like "no such events".
		p.fail(badField("type", "unknown event type %q (want one of the PLOVER types: %s)", q.Type, strings.Join(model.EventTypes, ", ")))
	}
	switch q.Sort {
	case "", store.SortDate, store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein:
	default:
		p.fail(badField("sort", "unknown sort %q (want date, sources, articles, first_seen or goldstein)", q.Sort))
	}
	// Dates compare as text: "until=2025" must take in "2025-03-10", so a
	// year or a month runs to its last day.
	switch len(q.Until) {
	case 4:
		q.Until += "-12-31"
	case 7:
		q.Until += "-31"
	}
	if q.Since != "" && q.Until != "" && q.Since > q.Until {
		p.fail(badField("until", "until (%s) is before since (%s)", p.v.Get("until"), q.Since))
	}
	return q, pos.Offset, p.err
}

func pathID(s string) (int64, error) {
	id, err := ParseID(s)
	if err != nil {
		return 0, badField("id", "%q is not a positive integer id", s)
	}
	return id, nil
}

// ParseID reads an article's or event's id as the API and the web pages
// take it: plain ASCII digits, more than zero. strconv.ParseInt alone took
// a sign too, so /api/articles/+5 answered as /api/articles/5: one
// resource under many addresses, which caches and links count apart.
func ParseID(s string) (int64, error) {
	if !plainDigits(s) {
		return 0, fmt.Errorf("%q is not a positive integer id", s)
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%q is not a positive integer id", s)
	}
	return id, nil
}

// plainDigits reports s made of ASCII digits alone (no sign, no space).
func plainDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ParseEventQuery validates event filters given as URL parameters (the
// /api/events rules), for other front ends such as the web UI. A bad value
// is a *FieldError.
func ParseEventQuery(v url.Values) (store.EventQuery, error) { return eventQuery(v) }

// EventPageParams are the parameters ParseEventQuery and ParseEventPage
// take; any other is an error there.
func EventPageParams() []string {
	return append(slices.Clone(eventFilters), "limit", "offset", "cursor")
}

// ParseEventPage is ParseEventQuery and the rows before the page: its
// offset, or the count a keyset cursor (EventsCursor) carries.
func ParseEventPage(v url.Values) (store.EventQuery, int, error) { return eventPage(v) }

// EventsCursor is the cursor of the page of events (in the sort of q,
// as /api/events names it) after the one that ends with last, with
// offset rows before that page: /api/events' next_cursor.
func EventsCursor(last store.Event, sort string, offset int) string {
	ep := last.Pos()
	if c, ok := encodeKeyCursor(cursor{List: listEvents, Sort: sortName(sort), Offset: offset, Event: &ep}); ok {
		return c
	}
	return encodeCursor(offset) // a Goldstein score that JSON cannot write (NaN)
}

// EventsPrevCursor is the cursor of the events page before the one that
// starts with first, with offset rows before that page (keyset paging
// back, so that a deep page's "Previous" costs what its "Next" costs).
// ok is false when the key cannot be written (a NaN score); the caller
// then links by offset.
func EventsPrevCursor(first store.Event, sort string, offset int) (string, bool) {
	ep := first.Pos()
	return encodeKeyCursor(cursor{List: listEvents, Sort: sortName(sort), Offset: max(offset, 0), Event: &ep, Back: true})
}

// Position is where a page of a listing starts, as a front end other than
// the API (the web UI) reads it from a cursor of this API: a count of rows
// before it, and, for a keyset cursor, the row it comes after.
type Position struct {
	Offset  int               // rows before the page (to skip, when no row is named)
	Hit     *store.SearchPos  // a search page comes after this hit
	Article *store.ArticlePos // a page of an actor's articles comes after this one
}

// Keyed reports whether the position names a row to resume after.
func (p Position) Keyed() bool { return p.Hit != nil || p.Article != nil }

// ParseSearchPosition reads the position of a page of search hits from a
// cursor (next_cursor of /api/articles, or SearchCursor) or, when cursor
// is empty, an offset (old links): the rules of /api/articles. A bad value
// is a *FieldError.
func ParseSearchPosition(cur, offset string) (Position, error) {
	return parsePosition(listArticles, cur, offset)
}

// ParseActorArticlesPosition is ParseSearchPosition for a page of an
// actor's articles (ActorArticlesCursor).
func ParseActorArticlesPosition(cur, offset string) (Position, error) {
	return parsePosition(listActorArticles, cur, offset)
}

func parsePosition(list, cur, offset string) (Position, error) {
	v := url.Values{}
	if cur != "" {
		v.Set("cursor", cur)
	}
	if offset != "" {
		v.Set("offset", offset)
	}
	p := newParams(v, "cursor", "offset")
	_, c := p.page(1, list, "")
	if p.err != nil {
		return Position{}, p.err
	}
	return Position{Offset: c.Offset, Hit: c.Hit, Article: c.Art}, nil
}

// SearchCursor is the cursor of the search page after the one that ends
// with last, with offset rows before that page.
func SearchCursor(last store.SearchHit, offset int) string {
	hp := last.Pos()
	if c, ok := encodeKeyCursor(cursor{List: listArticles, Offset: offset, Hit: &hp}); ok {
		return c
	}
	return encodeCursor(offset) // a rank that JSON cannot write (NaN)
}

// ActorArticlesCursor is the cursor of the page of an actor's articles
// after the one that ends with last, with offset rows before that page.
func ActorArticlesCursor(last store.SearchHit, offset int) string {
	ap := last.ArticlePos()
	if c, ok := encodeKeyCursor(cursor{List: listActorArticles, Offset: offset, Art: &ap}); ok {
		return c
	}
	return encodeCursor(offset)
}
