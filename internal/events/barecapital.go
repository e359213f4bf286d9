package events

import "github.com/newsgraph/newsgraph/internal/kb"

// bareCapitalVisited returns, for a visit whose place is a bare "the
// capital" right after its verb ("sent envoys to the capital", "arrived in
// the capital", "visited the capital"), the country whose capital the
// story means: the dateline's (or, where the dateline city only hosts
// other states' talks, the state the story is about), else the one
// country the article has placed things in so far (noteScene). CAMEO codes
// a visit against the state visited, and a visit whose target is left
// empty is not coded at all. No country when the article gives none, or
// when it is the visitor's own (a government's envoys sent to its own
// capital visit no one).
func bareCapitalVisited(st *articleState, toks []tok, t *trigger, src group) group {
	q := -1
	for k := t.j - 1; k < len(toks)-1 && k <= t.j+2; k++ {
		if k >= 0 && toks[k].low == "the" && toks[k+1].low == "capital" {
			q = k + 1
			break
		}
	}
	if q < 0 {
		return nil
	}
	// "the capital of Somalia", "the capital, Niamey", "the capital city":
	// a place named after it says which capital; its own mention, when
	// there is one, was the target.
	if q+1 < len(toks) && (toks[q+1].low == "of" || toks[q+1].low == "," || toks[q+1].low == "city" || isCap(toks[q+1].text)) {
		return nil
	}
	cc := st.dateline
	if st.hub && st.about != "" {
		cc = st.about
	}
	if cc == "" && st.scene != "-" {
		cc = st.scene
	}
	if cc == "" {
		return nil
	}
	for _, m := range src {
		if m.country == cc {
			return nil
		}
	}
	return group{mention{i: q, j: q + 1, text: toks[q].text, actorID: cc, country: cc, kind: kb.TypeCountry, where: true}}
}
