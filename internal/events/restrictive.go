package events

import "strings"

// restrictiveRelative finds a relative clause set off by no commas between
// a subject and the finite verb at token i: "Syrian rebels who attacked an
// army checkpoint last week withdrew from the town". The clause tells
// which rebels; the verb after it is the main clause's, and its subject is
// the noun the clause modifies, not an actor inside the clause (the army).
// It returns the index of the relative pronoun and of the first token
// after the clause (the verb group's first word, where relativeBefore
// gives the closing comma), or -1, -1.
//
// The clause must open with its own verb ("who attacked", "that had
// fired"; not "whom police arrested", whose subject is inside), hold no
// other finite verb ("who said they attacked"), and end right before the
// verb at i with no conjunction, comma or pronoun subject between ("who
// attacked the town and withdrew" coordinates both verbs in the clause).
func restrictiveRelative(toks []tok, i int) (int, int) {
	if i <= 0 || i >= len(toks) {
		return -1, -1
	}
	k := i // first token of the verb group at i
	for k > 0 && (adverbs[toks[k-1].low] || auxiliaries[toks[k-1].low] || coordAux[toks[k-1].low]) {
		k--
	}
	if k < 4 || !finiteVerb(toks[k]) {
		return -1, -1
	}
	prev := toks[k-1]
	if isPunct(prev.low) || prev.low == "and" || prev.low == "or" || prev.low == "but" || prev.low == "to" || prev.low == "that" ||
		relativePronoun[prev.low] || pronouns[prev.low] || objPronouns[prev.low] || subordinators[prev.low] || verbLike(prev) && !isCap(prev.text) {
		return -1, -1
	}
	finite := 0
	for q := k - 1; q >= 1 && q >= k-20; q-- {
		l := toks[q].low
		switch {
		case isPunct(l) && l != "-" && l != "'s" || reportWords[l] && q < k-1:
			return -1, -1
		case l == "who" || l == "which" || l == "that":
			v := q + 1
			for v < k && (adverbs[toks[v].low] || auxiliaries[toks[v].low] || coordAux[toks[v].low]) {
				v++
			}
			if v >= k-1 || !verbLike(toks[v]) || finite > 1 {
				return -1, -1
			}
			// The clause's own verb group is its one finite verb.
			if finite == 1 && !finiteVerb(toks[q+1]) && !finiteVerb(toks[v]) {
				return -1, -1
			}
			a := toks[q-1]
			if !(isCap(a.text) && !isPunct(a.low) || strings.HasPrefix(a.pos, "NN") || a.pos == "" && headNoun(a)) {
				return -1, -1
			}
			return q, k
		case subordinators[l] || l == "and" && q+1 < k && verbLike(toks[q+1]) && !isCap(toks[q+1].text):
			return -1, -1
		case finiteVerb(toks[q]):
			finite++
		}
	}
	return -1, -1
}
