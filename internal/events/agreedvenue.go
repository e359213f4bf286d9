package events

import "strings"

// agreedThingVenue says whether the city loc, after "in" or "at", is only
// where the agreement t was reached because what was agreed is a thing
// named right after the verb: "Iran agreed to the plan in Paris", "agreed
// on a new framework in Geneva", "agreed upon the text at Lima". An act
// agreed to ("agreed to set up a centre in Tokyo") is aimed at the place
// it is to be done in, so a verb between leaves the place to the target
// search; so is a thing in a country or a region ("agreed on a ceasefire
// in Gaza" is about Gaza): only a city counts, as for a deal signed
// (venueOf).
func agreedThingVenue(toks []tok, t *trigger, loc mention) bool {
	if t.nominal || t.j >= len(toks) || loc.i <= t.j+1 || loc.i > t.j+10 {
		return false
	}
	if !(loc.kind == "capital" || strings.HasPrefix(loc.actorID, "city:")) {
		return false
	}
	if l := toks[t.j].low; l != "to" && l != "on" && l != "upon" {
		return false
	}
	for q := t.j + 1; q < loc.i-1; q++ {
		if p := toks[q].pos; len(p) >= 2 && p[:2] == "VB" || isPunct(toks[q].low) || subordinators[toks[q].low] {
			return false
		}
	}
	return true
}
