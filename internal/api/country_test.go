package api

import (
	"net/url"
	"strings"
	"testing"
)

// TestCountryFilterNames: a country filter takes a code the knowledge base
// knows, in any case, or a country's (or organisation's) name or demonym,
// and reads each as its code; a code nothing carries, a two-letter code or
// a name the knowledge base does not know is refused, naming the field,
// rather than answered with an empty list. where= takes countries only.
func TestCountryFilterNames(t *testing.T) {
	for _, c := range []struct {
		field, val string
		want       string // the code read; "" = refused
		msg        string // in the error when refused
	}{
		{"country", "MDA", "MDA", ""},
		{"country", "mda", "MDA", ""},
		{"country", "Moldova", "MDA", ""},
		{"country", "moldova", "MDA", ""},
		{"country", "Moldovan", "MDA", ""},
		{"country", "United States", "USA", ""},
		{"country", "NATO", "NATO", ""},
		{"country", "g20", "G20", ""},
		{"country", "United Nations", "UNO", ""},
		{"country", "ZZZ", "", `unknown country "ZZZ"`},
		{"country", "XX", "", "unknown country"},
		{"country", "FR", "", "use FRA"},
		{"country", "Atlantis", "", `unknown country "Atlantis"`},
		// A minister or a city is no country: its country would be a guess.
		{"country", "Geneva", "", "unknown country"},
		{"where", "SDN", "SDN", ""},
		{"where", "Sudan", "SDN", ""},
		{"where", "Sudanese", "SDN", ""},
		{"where", "sdn", "SDN", ""},
		{"where", "ZZZ", "", `unknown country "ZZZ"`},
		{"where", "NATO", "", "unknown country"},
		{"where", "United Nations", "", "unknown country"},
		{"where", "SD", "", "use SDN"},
	} {
		q, err := eventQuery(url.Values{c.field: {c.val}})
		got := q.Country
		if c.field == "where" {
			got = q.Where
		}
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s=%s: read as %q, want an error", c.field, c.val, got)
		case c.want == "":
			fe, ok := err.(*FieldError)
			if !ok || fe.Field != c.field || !strings.Contains(fe.Msg, c.msg) {
				t.Errorf("%s=%s: error %v, want one on %s saying %q", c.field, c.val, err, c.field, c.msg)
			}
		case err != nil:
			t.Errorf("%s=%s: %v, want %s", c.field, c.val, err, c.want)
		case got != c.want:
			t.Errorf("%s=%s: read as %q, want %q", c.field, c.val, got, c.want)
		}
	}
}

// TestCountryFilterHTTP: the listing and the timeline answer a country's
// name as its code and refuse an unknown code with a 400 naming the field.
func TestCountryFilterHTTP(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	seedMonthEventAndJointQuote(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		target string
		status int
		want   string
	}{
		{"/api/events?where=Switzerland", 200, `"location_country":"CHE"`},
		{"/api/timeline?where=Switzerland", 200, `"events":1`},
		{"/api/events?country=France", 200, `"target_country":"FRA"`},
		{"/api/events?country=ZZZ", 400, `"field":"country"`},
		{"/api/timeline?country=Moldovaa", 400, `"field":"country"`},
		{"/api/timeline?where=ZZZ", 400, `"field":"where"`},
		{"/api/graph?country=ZZZ", 400, `"field":"country"`},
	} {
		res, body := get(t, h, "GET", c.target, "")
		if res.StatusCode != c.status || !strings.Contains(string(body), c.want) {
			t.Errorf("%s: %d %s, want %d with %s", c.target, res.StatusCode, body, c.status, c.want)
		}
	}
}
