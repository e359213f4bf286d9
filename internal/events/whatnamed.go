package events

import "strings"

// whatNamed says whether the event noun at i is what a free relative
// "what ..." is called ("in what President Luis Arce called an attempted
// coup", "what officials described as a massacre", "what was termed an
// invasion"): the naming verb's subject only names an act told elsewhere
// and is no agent of it.
func whatNamed(toks []tok, i int) bool {
	k := i - 1
	// A lowercase noun before the event noun is a compound's first part
	// ("what officials described as a terrorist attack", "a border raid").
	for k >= 0 && (determiners[toks[k].low] || strings.HasPrefix(toks[k].pos, "JJ") || toks[k].pos == "VBN" && !namingVerbs[toks[k].low] ||
		toks[k].pos == "NN" && toks[k].low == toks[k].text && !namingVerbs[toks[k].low]) {
		k--
	}
	if k >= 0 && toks[k].low == "as" {
		k--
	}
	if k < 1 || !namingVerbs[toks[k].low] {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		l := toks[q].low
		if l == "what" {
			return true
		}
		if beForms[l] || perfectAux[l] || l == "been" || nounPhraseWord(toks, q) || isCap(toks[q].text) && !isPunct(l) {
			continue
		}
		return false
	}
	return false
}

// namingWhat says whether the "what" at token q opens a free relative of
// naming ("in what the Kenyan government termed an invasion", "in what
// officials described as a massacre", "what it called a provocation"):
// its subject only names the act told before it and is no one the act
// was done to, so the object search of that act ends at it. Only after a
// preposition: "condemned on Monday what it called a US attack" has the
// free relative for its object, whose named maker is the one condemned.
func namingWhat(toks []tok, q int) bool {
	if q < 1 || q >= len(toks) || toks[q].low != "what" || !(locPreps[toks[q-1].low] || objPreps[toks[q-1].low] || toks[q-1].pos == "IN") {
		return false
	}
	for k := q + 1; k < len(toks) && k <= q+8; k++ {
		l := toks[k].low
		if namingVerbs[l] && !strings.HasPrefix(toks[k].pos, "NN") {
			return true
		}
		if beForms[l] || perfectAux[l] || nounPhraseWord(toks, k) || isCap(toks[k].text) && !isPunct(l) {
			continue
		}
		return false
	}
	return false
}
