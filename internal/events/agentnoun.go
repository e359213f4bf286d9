package events

import "strings"

// participleAgentNominal says whether nominal trigger t is the agent of a
// past participle that modifies the noun before it: "civilians wounded by
// Russian shelling", "homes damaged by the strikes", "villagers displaced
// by the fighting". The act is told to say what befell the noun, not
// reported: when the participle is an event itself ("wounded") it codes
// the act, with the agent's owner as source and the noun as target; when
// it is not, the act is mentioned only in passing. Either way the event
// noun is no event of the clause's subject on its object ("civilians ...
// shelling ... the government"). Only determiners, modifiers, names and
// possessives stand between "by" and the noun; the participle follows a
// noun or a name, not a form of "be" ("was hit by Israeli strikes" is the
// passive main verb, whose agent is the act reported).
//
// t may be a verb pattern's trigger read on a gerund.
func participleAgentNominal(toks []tok, t *trigger) bool {
	// An -ing form after "by" and its modifiers is a gerund, whichever
	// pattern matched it ("by Russian shelling").
	// One with an object of its own is a verb: "retaliated by expelling
	// two diplomats" tells how the subject acted.
	if !(t.nominal || strings.HasSuffix(toks[t.i].low, "ing")) || t.i < 3 || !t.nominal && directObject(toks, t.j) && !(t.j < len(toks) && verbLike(toks[t.j])) {
		return false
	}
	k := t.i - 1
	for k > 0 && t.i-k <= 4 && toks[k].low != "by" {
		l := toks[k].low
		if !(determiners[l] || modifierWord(toks[k]) || isCap(toks[k].text) && !isPunct(l) || quantityWord(l) || l == "'s" || l == "-") {
			return false
		}
		k--
	}
	if k < 2 || toks[k].low != "by" {
		return false
	}
	part, prev := toks[k-1], toks[k-2]
	if !(strings.HasSuffix(part.low, "ed") || irregularParticiple[part.low] || irregularParticiples[part.low]) || isCap(part.text) && k-1 > 0 {
		return false
	}
	if isPunct(prev.low) || beForms[prev.low] || verbLeft[prev.low] || adverbs[prev.low] || determiners[prev.low] {
		return false
	}
	return headNoun(prev) || isCap(prev.text)
}
