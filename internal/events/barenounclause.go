package events

import "strings"

// bareNounSubject says whether the lower-case noun phrase at q, of at most
// two nouns or adjectives, is the subject of a finite verb right after it:
// "..., and police detained dozens of them", "and riot police fired tear
// gas". A clause after "and" may open with a bare plural or mass noun, not
// only a name, a determiner or a pronoun; its subject is that clause's
// actor, not an object or target of the verb before the "and".
func bareNounSubject(toks []tok, q int) bool {
	for e := q; e < len(toks) && e < q+2; e++ {
		t := toks[e]
		if isCap(t.text) || !(strings.HasPrefix(t.pos, "NN") || e > q && strings.HasPrefix(t.pos, "JJ")) {
			if e == q {
				return false
			}
			break
		}
		// Only a noun heads the subject: "and police detained".
		if n := e + 1; n < len(toks) && strings.HasPrefix(t.pos, "NN") && (toks[n].pos == "VBD" || toks[n].pos == "VBZ" || toks[n].pos == "VBP" || pastWithObject(toks, n)) {
			return true
		}
	}
	return false
}
