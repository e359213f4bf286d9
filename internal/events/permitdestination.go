package events

import "github.com/newsgraph/newsgraph/internal/kb"

// permittedDestination returns the place a verb of allowing lets its
// object move into when the object names no actor: "Egypt allowed fuel
// trucks to enter Gaza", "Turkey let the grain ships sail to Ukraine's
// ports". CAMEO codes such leave (080, easing a restriction) against the
// place whose people it serves; the trucks or ships are no party. Only a
// destination counts: where the object comes from ("aid trucks to travel
// from Chad") is not the one allowed (see the permitVerbs limit in
// codeTrigger), nor is a party to some other act ("allowed companies to
// sell arms to Kyiv"), which is why the infinitive's verb must be one of
// moving or entering.
func permittedDestination(toks []tok, ms []mention, p *Pattern, t *trigger) group {
	if len(p.Words) != 1 || t.nominal || t.passive || t.i >= len(toks) || !permitVerbs[toks[t.i].low] {
		return nil
	}
	k := infinitiveAfterObject(toks, t.j)
	if k < 0 || k+1 >= len(toks) {
		return nil
	}
	for _, m := range ms {
		if m.i >= t.j && m.i < k && usable(m) && !goodsOwner(toks, ms, m, k) {
			return nil // the object is an actor: it is the one allowed
		}
	}
	v := toks[k+1].low // the infinitive: a base form
	at := -1
	switch {
	case entryVerbs[v]:
		at = k + 2
	case movementVerbs[v]:
		for q := k + 2; q < len(toks) && q <= k+3; q++ {
			if toks[q].low == "into" || toks[q].low == "to" {
				at = q + 1
				break
			}
			if isPunct(toks[q].text) {
				break
			}
		}
	}
	if at < 0 || at >= len(toks) {
		return nil
	}
	mi := mentionAt(toks, ms, at, 1)
	if mi < 0 || ms[mi].kind != kb.TypePlace && ms[mi].kind != kb.TypeCountry {
		return nil
	}
	return group{ms[mi]}
}

// entryVerbs take the place entered as their object ("to enter Gaza").
var entryVerbs = map[string]bool{"enter": true, "reach": true}

// movementVerbs take the place reached after "into" or "to" ("to cross
// into Sudan", "to sail to Odesa").
var movementVerbs = map[string]bool{"cross": true, "pass": true, "flow": true, "move": true, "travel": true,
	"sail": true, "fly": true, "return": true, "go": true, "drive": true}
