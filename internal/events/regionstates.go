package events

import "github.com/newsgraph/newsgraph/internal/kb"

// regionStatesGroup returns the body a region's states form when the
// region's name at token i (normalised key) comes before a noun for states:
// "the Gulf states", "the Gulf Arab states", "Gulf countries" act as the Gulf
// Cooperation Council, whose six members are the Arab monarchies of the
// Gulf (its charter, 1981). Leaving such a subject empty loses the event's
// only source ("The Gulf states restored diplomatic ties with Qatar"); the
// named group is the nearest actor the knowledge base holds. end is the
// token after the states noun.
func regionStatesGroup(k *kb.KB, toks []tok, i int, key string) (a *kb.Actor, end int, ok bool) {
	id := regionStatesBodies[key]
	if id == "" {
		return nil, 0, false
	}
	j := i + 1
	if j < len(toks) && toks[j].low == "arab" {
		j++
	}
	if j >= len(toks) || !kb.IsStatesNoun(toks[j].low) {
		return nil, 0, false
	}
	a, ok = k.Actor(id)
	if !ok {
		return nil, 0, false
	}
	return a, j + 1, true
}

// regionStatesBodies maps a region's name to the body of its states.
var regionStatesBodies = map[string]string{"gulf": "GCC"}
