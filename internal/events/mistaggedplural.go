package events

import "strings"

// pluralHeadMistagged says whether the token at k, tagged VBZ, is rather
// the plural head noun of a subject: an -s form right after a name, a
// nationality or another modifier ("The Gulf Arab states/VBZ cut/IN
// diplomatic ties"). The tagger reads such a plural as the verb of
// "Russia states that ..."; the caller asks only where the word after it
// is a misread verb with its object after it (mistaggedPrepVerb), so a
// true verb "states" before its clause is not taken for a subject.
func pluralHeadMistagged(toks []tok, k int) bool {
	if k < 1 || toks[k].pos != "VBZ" || !strings.HasSuffix(toks[k].low, "s") || !isWordy(toks[k].low) {
		return false
	}
	p := toks[k-1].pos
	return p == "NNP" || p == "NNPS" || p == "JJ" || p == "NN"
}
