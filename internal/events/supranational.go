package events

// supranationalPlurals are plural words for states or their people that a
// supranational qualifier turns into those of many states: "Western
// governments", "world powers", "foreign diplomats".
var supranationalPlurals = map[string]bool{"governments": true, "powers": true, "nations": true, "states": true,
	"countries": true, "allies": true, "diplomats": true, "officials": true, "ministers": true}

// supranationalPlural says whether m is such a plural with its qualifier
// ("Western governments denounced the referendum in Ukraine"), inside the
// mention or right before it: the governments of many states reacting to
// an act within one, never that country's own, as "world leaders" are
// (bareLeaders). The sentence's only country is not lent to them.
func supranationalPlural(toks []tok, m mention) bool {
	if m.kind != "role" || m.i < 0 || m.j > len(toks) || m.j <= m.i || !supranationalPlurals[toks[m.j-1].low] {
		return false
	}
	if m.j < len(toks) && toks[m.j].low == "of" {
		return false // "governments of the region" name whose they are
	}
	switch {
	case m.j-m.i == 2:
		return supranationalQualifiers[toks[m.i].low]
	case m.j-m.i == 1 && m.i > 0:
		return supranationalQualifiers[toks[m.i-1].low]
	}
	return false
}
