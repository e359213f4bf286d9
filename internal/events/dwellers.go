package events

import "github.com/newsgraph/newsgraph/internal/kb"

// dwellerNouns name the people who live in a place.
var dwellerNouns = map[string]bool{"residents": true, "resident": true, "inhabitants": true, "villagers": true,
	"people": true, "civilians": true, "families": true, "households": true, "locals": true}

// dwellersPlace gives the country of the place whose people the mention o
// names, reading past the parts of it between ("residents of the southern
// suburbs of Beirut", "residents of several buildings in Beirut's southern
// suburbs", "people in the north of Gaza"): the people of a place are its
// country's civilians, whoever acts on them. "" when o names no dwellers,
// or no place follows within the phrase.
func dwellersPlace(toks []tok, ms []mention, o mention) string {
	if o.i < 0 || o.j <= o.i || o.j >= len(toks) || !dwellerNouns[toks[o.j-1].low] {
		return ""
	}
	if l := toks[o.j].low; l != "of" && l != "in" {
		return ""
	}
	for k := o.j + 1; k < len(toks) && k <= o.j+8; k++ {
		l := toks[k].low
		for _, m := range ms {
			if m.i == k && m.country != "" && !m.borrowed && (m.kind == kb.TypePlace || m.kind == "capital" || m.kind == "country") {
				return m.country
			}
		}
		if isPunct(l) && l != "'s" && l != "-" || l == "to" || finiteVerb(toks[k]) {
			return ""
		}
	}
	return ""
}
