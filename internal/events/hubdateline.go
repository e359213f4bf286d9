package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// hubCities are the places wire services file stories from about other
// countries: a bureau in London, Washington or Nairobi covers a region,
// so its dateline says where the reporter sat, not where an attack on "a
// village" or "the town" fell. Stories from any other city are mostly
// about that city's own country, as the dateline rules elsewhere assume.
// The list is the common regional bureaus; a city missing from it keeps
// the plain dateline reading.
var hubCities = map[string]bool{
	"london": true, "washington": true, "paris": true, "brussels": true, "geneva": true,
	"new york": true, "united nations": true, "hong kong": true, "dubai": true, "nairobi": true,
	"johannesburg": true, "singapore": true, "bangkok": true, "dakar": true,
}

// hubDateline says whether the dateline's place is a regional wire hub
// (see hubCities).
func hubDateline(place model.Entity) bool {
	return hubCities[strings.ToLower(strings.Join(strings.Fields(place.Text), " "))]
}

// stateMentions counts the names of state cc (places, nationalities and
// named state bodies, as homeCountry counts them) after the dateline,
// which ends at byte datelineEnd: the dateline's own name is where the
// story was filed, not what it is about.
func (c *Coder) stateMentions(ents []model.Entity, cc string, datelineEnd int) int {
	if cc == "" {
		return 0
	}
	n := 0
	for _, e := range ents {
		if e.End > datelineEnd && e.Country == cc && c.namesState(e) {
			n++
		}
	}
	return n
}

// unnamedPlaceState is the country of a place an attack struck that the
// sentence names by a common noun only ("shelled the town", "struck a
// power plant"), in a story with a dateline ("" without one). In order: the place the
// sentence names for the act ("a power plant in Kharkiv") or anywhere in
// it ("militants in Mali attacked a village"), not a border; the country
// the article is about when it names another more often than the
// dateline's (see homeCountry), or, filed from a hub, the other it names
// most; the dateline's own only when the story was not filed from a hub.
// The article's country is no guess at a state attacker's target when it
// is the attacker's own: "LONDON - Russian forces shelled the town" names
// Russia only as the attacker, and forces shell the other side's towns
// as often as their own. "" when none of these says: "LONDON - Rebels
// shelled the town" tells nothing of where the town is.
func (c *Coder) unnamedPlaceState(st *articleState, toks []tok, ms []mention, loc *mention, src group) string {
	// Without a dateline the callers' own rules stand (a place named
	// beside a sponsored proxy's attack is no target, see the probes).
	if st.dateline == "" {
		return ""
	}
	if loc != nil && loc.country != "" && c.isState(loc.country) && !borderWord(toks, *loc) {
		return loc.country
	}
	if cc := sentencePlace(toks, ms); cc != "" && c.isState(cc) {
		return cc
	}
	own := func(cc string) bool {
		return len(src) > 0 && src[0].country == cc && src[0].sector != kb.SectorRebel
	}
	if st.home != "" && st.home != st.dateline && c.isState(st.home) {
		if own(st.home) {
			return ""
		}
		return st.home
	}
	if st.hub {
		if own(st.about) {
			return ""
		}
		return st.about
	}
	if c.isState(st.dateline) {
		return st.dateline
	}
	return ""
}

// placeInPreps are the prepositions that put what a sentence tells inside
// a place ("in Mali", "across Sudan"), not toward or out of it.
var placeInPreps = map[string]bool{"in": true, "near": true, "inside": true, "across": true, "throughout": true, "around": true, "within": true}

// sentencePlace is the one country of the places (countries, capitals,
// other places) a sentence names after "in", "near", "across" and the
// like; "" when it names none, or places of two countries.
func sentencePlace(toks []tok, ms []mention) string {
	cc := ""
	for _, m := range ms {
		if m.i < 0 || m.country == "" || m.borrowed || !(m.kind == kb.TypeCountry || m.kind == "capital" || m.kind == kb.TypePlace) {
			continue
		}
		if !placeInPreps[prepBefore(toks, m.i)] {
			continue
		}
		if cc != "" && cc != m.country {
			return ""
		}
		cc = m.country
	}
	return cc
}
