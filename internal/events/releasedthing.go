package events

import "strings"

// thingReleased says whether a nominal "release" is of a thing named by
// the common noun right before it ("the Fukushima water release", "a gas
// release"): a discharge or a publication, not persons or property
// handed back (CAMEO 0841). People released are named as people there
// ("the hostage release", "a prisoner release": role mentions), or after
// "of".
func thingReleased(toks []tok, ms []mention, t *trigger) bool {
	if !t.nominal || t.i < 1 || t.i >= len(toks) || toks[t.i].low != "release" {
		return false
	}
	m := toks[t.i-1]
	if !strings.HasPrefix(m.pos, "NN") || strings.HasPrefix(m.pos, "NNP") || isCap(m.text) || !isWordy(m.low) {
		return false
	}
	for _, o := range ms {
		if o.i <= t.i-1 && t.i-1 < o.j {
			return false
		}
	}
	return true
}
