package api

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

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
	n, err := strconv.Atoi(s)
	if err != nil {
		p.fail(badField(name, "%q is not an integer", s))
		return def
	}
	if n < lo || n > hi {
		p.fail(badField(name, "%d is out of range [%d, %d]", n, lo, hi))
		return def
	}
	return n
}

// date accepts YYYY-MM-DD, YYYY-MM or YYYY (event dates have a precision)
// and returns it unchanged.
func (p *params) date(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if s == "" {
		return ""
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return s
			}
		}
	}
	p.fail(badField(name, "%q is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", s))
	return ""
}

var countryRe = regexp.MustCompile(`^[A-Za-z]{3}$`)

// page reads limit, offset and cursor. A cursor (from a previous page's
// next_cursor) wins over offset; giving both is an error.
func (p *params) page(defLimit int) (limit, offset int) {
	limit = p.intRange("limit", defLimit, 1, store.MaxLimit)
	offset = p.intRange("offset", 0, 0, 10_000_000)
	if c := strings.TrimSpace(p.v.Get("cursor")); c != "" {
		if p.v.Get("offset") != "" {
			p.fail(badField("cursor", "give cursor or offset, not both"))
			return limit, 0
		}
		off, ok := decodeCursor(c)
		if !ok {
			p.fail(badField("cursor", "not a cursor returned by this API"))
			return limit, 0
		}
		offset = off
	}
	return limit, offset
}

// Cursors are opaque to clients; today they carry the next offset.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), "o:") {
		return 0, false
	}
	n, err := strconv.Atoi(string(b[2:]))
	if err != nil || n < 0 || n > 10_000_000 {
		return 0, false
	}
	return n, true
}

// eventQuery validates the /api/events parameters.
func eventQuery(v url.Values) (store.EventQuery, error) {
	p := newParams(v, "actor", "source", "target", "country", "type", "quad_class", "since", "until",
		"min_sources", "sort", "limit", "offset", "cursor")
	q := store.EventQuery{
		Actor:      p.str("actor", 200),
		Source:     p.str("source", 200),
		Target:     p.str("target", 200),
		Country:    strings.ToUpper(p.str("country", 3)),
		Type:       strings.ToUpper(p.str("type", 32)),
		QuadClass:  p.intRange("quad_class", 0, 1, 4),
		Since:      p.date("since"),
		Until:      p.date("until"),
		MinSources: p.intRange("min_sources", 0, 0, 1_000_000),
		Sort:       p.str("sort", 32),
	}
	q.Limit, q.Offset = p.page(50)
	if q.Country != "" && !countryRe.MatchString(q.Country) {
		p.fail(badField("country", "want a 3-letter country code (ISO 3166 alpha-3), got %q", q.Country))
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
	return q, p.err
}

func pathID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, badField("id", "%q is not a positive integer id", s)
	}
	return id, nil
}

// ParseEventQuery validates event filters given as URL parameters (the
// /api/events rules), for other front ends such as the web UI. A bad value
// is a *FieldError.
func ParseEventQuery(v url.Values) (store.EventQuery, error) { return eventQuery(v) }
