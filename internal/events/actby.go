package events

// actByNouns head a noun phrase naming another's act or stance that a
// reaction answers, with its doer after "by": "welcomed the decision by
// Saudi Arabia to restore ties with Syria", "criticised the move by
// Washington", "rejected the proposal by France".
var actByNouns = map[string]bool{"decision": true, "decisions": true, "move": true, "moves": true, "offer": true,
	"offers": true, "proposal": true, "proposals": true, "plan": true, "plans": true, "step": true, "steps": true,
	"announcement": true, "initiative": true, "call": true, "calls": true, "pledge": true, "commitment": true,
	"efforts": true, "effort": true, "statement": true, "statements": true, "remarks": true, "comments": true,
	"refusal": true, "request": true, "demand": true, "demands": true}

// actByTarget returns the actor named after "by" on the reaction's
// object when that object is a determiner's act noun (actByNouns) right
// before the "by": whose act the reaction answers, its target. What the
// act was about, told after it ("to restore ties with Syria", "to
// deliver jets to Ukraine"), names no target of the reaction. It
// returns nil when the object is no such phrase.
func actByTarget(toks []tok, ms []mention, j int) group {
	if j >= len(toks) || !determiners[toks[j].low] {
		return nil
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if overlapsAny(ms, k) || isPunct(toks[k].text) {
			return nil
		}
		if !actByNouns[toks[k].low] {
			continue
		}
		if k+1 >= len(toks) || toks[k+1].low != "by" {
			return nil
		}
		mi := mentionAt(toks, ms, k+2, 1)
		if mi < 0 || ms[mi].country == "" || ms[mi].kind == "pronoun" {
			return nil
		}
		for q := k + 2; q < ms[mi].i; q++ {
			if !determiners[toks[q].low] {
				return nil
			}
		}
		return groupAt(toks, ms, mi)
	}
	return nil
}
