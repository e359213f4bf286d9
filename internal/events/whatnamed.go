package events

import "strings"

// whatNamed says whether the event noun at i is what a free relative
// "what ..." is called ("in what President Luis Arce called an attempted
// coup", "what officials described as a massacre", "what was termed an
// invasion"): the naming verb's subject only names an act told elsewhere
// and is no agent of it.
func whatNamed(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (determiners[toks[k].low] || strings.HasPrefix(toks[k].pos, "JJ") || toks[k].pos == "VBN" && !namingVerbs[toks[k].low]) {
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
