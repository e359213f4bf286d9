package api

import (
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// countryCodes gives the codes an event's side can carry: every country code
// the knowledge base gives an actor (ISO 3166 alpha-3, and IGO and NGO
// codes such as NATO, G20, ICRC); places are those a place can be in: all
// but the organisations' codes. Both are nil when the knowledge base
// does not load, and the filters then check the shape alone.
var countryCodes = sync.OnceValues(func() (sides, places map[string]bool) {
	k, err := kb.Load()
	if err != nil {
		return nil, nil
	}
	sides, places = map[string]bool{}, map[string]bool{}
	for _, a := range k.Actors() {
		if a.Country != "" {
			sides[a.Country] = true
		}
	}
	for c := range sides {
		// A place is in a country, never in an organisation (EUR, NATO).
		if owner, ok := k.Actor(c); !ok || owner.Type != kb.TypeOrganisation {
			places[c] = true
		}
	}
	return sides, places
})

// resolveCountry reads a country filter: a code the knowledge base knows
// (any case), or a name or demonym of one ("Moldova", "Moldovan" ->
// "MDA"; "United Nations" -> "UNO" unless place is set), so that a filter by name finds what a filter by code finds instead
// of an empty list. place limits it to countries (where an event
// happened: a place is in no organisation). It reports false for what
// names no code, which would match nothing: the caller refuses it. A name
// stands for the actor whose own code it is (Moldova, NATO), never for a
// minister or city of it, whose country would be a guess.
func resolveCountry(s string, place bool) (string, bool) {
	sides, places := countryCodes()
	known := sides
	if place {
		known = places
	}
	code := strings.ToUpper(s)
	if known == nil {
		// No knowledge base: the shape alone.
		if place {
			return code, placeCountryRe.MatchString(code)
		}
		return code, countryRe.MatchString(code)
	}
	if known[code] {
		return code, true
	}
	k, err := kb.Load()
	if err != nil {
		return code, false
	}
	if len(s) == 2 {
		// Two letters are an ISO alpha-2 code, which no event carries; the
		// caller's error names its alpha-3 form (countryHint). A name of
		// two letters is none.
		return code, false
	}
	for _, a := range k.Lookup(s, time.Time{}) {
		if a.ID == a.Country && known[a.ID] {
			return a.ID, true
		}
	}
	if c, ok := k.Demonym(s); ok && known[c] {
		return c, true
	}
	return code, false
}

// countryHint is what an error about an unknown country value adds: the
// alpha-3 code of an ISO alpha-2 one ("FR": use FRA), "" otherwise.
func countryHint(s string) string {
	if len(s) != 2 {
		return ""
	}
	k, err := kb.Load()
	if err != nil {
		return ""
	}
	if c, ok := k.CountryOfISO2(s); ok {
		return "; " + strings.ToUpper(s) + " is an ISO alpha-2 code: use " + c
	}
	return ""
}
