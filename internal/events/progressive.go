package events

import "strings"

// progressiveAfterBe says whether the -ing form at i is the verb of a
// progressive after a form of "be" with a subject of its own ("Oman is
// mediating between Washington and Tehran", "Egypt has been quietly
// mediating between Israel and Hamas"): a verb, not the noun an -ing
// form before "between" names elsewhere ("fighting between the army and
// the RSF continued"). An adverb may stand between ("quietly",
// "actively"). "There was fighting between ..." has no subject, and the
// -ing form stays the noun.
func progressiveAfterBe(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB" && strings.HasSuffix(toks[k].low, "ly")) {
		k--
	}
	if k < 1 || !beForms[toks[k].low] || toks[k].low == "being" || toks[k].low == "get" || toks[k].low == "got" || toks[k].low == "gets" {
		return false
	}
	for k >= 1 && (perfectAux[toks[k-1].low] || auxiliaries[toks[k-1].low] || beForms[toks[k-1].low] || toks[k-1].low == "not") {
		k--
	}
	s := toks[k-1]
	return s.low != "there" && !isPunct(s.text) && (strings.HasPrefix(s.pos, "NN") || strings.HasPrefix(s.pos, "PRP") && s.pos != "PRP$")
}
