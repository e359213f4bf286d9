package events

import "strings"

// participlePlaceLeft are the prepositions after which an "-ed" form
// right before a place's name describes the place: "in occupied
// Ukraine", "to besieged Mariupol", "from annexed Crimea".
var participlePlaceLeft = map[string]bool{"in": true, "into": true, "to": true, "from": true, "of": true, "across": true,
	"throughout": true, "on": true, "over": true, "for": true, "inside": true, "near": true, "around": true}

// participleBeforePlace says whether the "-ed" form at i sits between a
// preposition and the name of a place or a country, so modifies it as an
// adjective: "denounced the sham referendum in occupied Ukraine",
// "condemned settlements in occupied East Jerusalem". No clause begins
// after a preposition, so it is no verb: nothing was occupied or besieged
// in that sentence. After a determiner ("in the occupied West Bank") the
// noun phrase has begun already (attributiveParticiple).
func participleBeforePlace(toks []tok, ms []mention, i int) bool {
	if i == 0 || i+1 >= len(toks) || !participlePlaceLeft[toks[i-1].low] {
		return false
	}
	return participleOfPlace(toks, ms, i, false)
}

// participleOfPlace says whether the token at i is an "-ed" form or an
// irregular participle and the mention right after it names a place or a
// country ("occupied Ukraine", "besieged Mariupol"). With unknownTown, a
// capitalised proper noun no mention covers counts as a town the
// resolver does not know ("reached besieged Bakhmut").
func participleOfPlace(toks []tok, ms []mention, i int, unknownTown bool) bool {
	if i+1 >= len(toks) {
		return false
	}
	w := toks[i].low
	if !strings.HasSuffix(w, "ed") && !irregularParticiple[w] {
		return false
	}
	for _, m := range ms {
		if m.i == i+1 {
			return placeKind(m.kind) || strings.HasPrefix(m.actorID, "city:") || strings.HasPrefix(m.actorID, "place:")
		}
	}
	next := toks[i+1]
	return unknownTown && isCap(next.text) && next.pos == "NNP" && !overlapsAny(ms, i+1)
}
