package events

import "strings"

// mistaggedPastVerb says whether the word at i, tagged RB, is the past
// tense verb of its clause: an -ed form ("The United States added/RB 12
// Chinese companies to its entity list"), right after the head of a
// subject and right before the start of an object. The tagger learns
// "added" as the verb of a trailing attribution (", he added") and may
// read a name before it as the start of such a tail; no adverb ends in a
// bare "-ed" but "indeed", so the tag is a misreading where a verb's
// subject and object stand on each side (see mistaggedPrepVerb).
func mistaggedPastVerb(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].pos != "RB" {
		return false
	}
	w := toks[i].low
	if !strings.HasSuffix(w, "ed") || w == "indeed" || !isWordy(w) {
		return false
	}
	return subjectTagEnds(toks[i-1]) && objectTagOpens(toks[i+1])
}

// subjectTagEnds says by its tag whether t can end a verb's subject: a
// noun or a personal pronoun.
func subjectTagEnds(t tok) bool {
	return strings.HasPrefix(t.pos, "NN") || t.pos == "PRP"
}

// objectTagOpens says by its tag whether t can open a verb's object: a
// determiner, a possessive, a number, an adjective or a noun.
func objectTagOpens(t tok) bool {
	return t.pos == "DT" || t.pos == "PRP$" || t.pos == "CD" || t.pos == "JJ" || strings.HasPrefix(t.pos, "NN")
}
