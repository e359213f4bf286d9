package events

import "github.com/newsgraph/newsgraph/internal/kb"

// privateReturn says whether a bare "return" with no direct object (RETREAT
// 0842 is property handed back) tells only that someone came back
// somewhere: a player to the bench, a coach to a country, a lawmaker to an
// issue ("Kuzma returned to the bench in the second half"). No one hands
// anything back, and no state acts. People returning who are a party
// still code: refugees going home, forces, officials and states.
func privateReturn(toks []tok, t *trigger, typ, code string, src group) bool {
	if typ != "RETREAT" || code != "0842" || t.nominal || t.passive || len(t.p.Words) != 1 || t.p.Words[0] != "return" {
		return false
	}
	if directObject(toks, t.j) {
		return false
	}
	for _, m := range src {
		if m.sector == kb.SectorRefugee {
			return false
		}
		// "The Brazilian striker returned to the bench".
		if m.sector == "" && countryLevel(m.kind) && nationalityOfNoun(toks, m) {
			return true
		}
	}
	return !politicalSide(src)
}
