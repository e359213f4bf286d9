package events

import "slices"

// referenceHeads end a phrase that, with "with" after it, names what an
// act conforms to: "in line with", "in accordance with", "in compliance
// with", "in keeping with", "in conformity with", "consistent with".
var referenceHeads = map[string]bool{"line": true, "accordance": true, "compliance": true, "keeping": true,
	"conformity": true, "consistent": true}

// responseHeads end a phrase that, with "to" after it and "in" before,
// names what an act answers: "in response to", "in reaction to", "in
// reply to".
var responseHeads = map[string]bool{"response": true, "reaction": true, "reply": true}

// referenceFrame says whether the preposition at k opens a phrase naming
// the framework an act follows or what it answers ("in line with EU
// sanctions", "under UN sanctions", "as part of the deal", "pursuant to
// the agreement", "in response to US sanctions"): the
// measure or deal named there is a reference, neither a new event nor the
// party the act is done to, and its maker is no target of the act.
// "under 50 people" is a count.
func referenceFrame(toks []tok, k int) bool {
	switch toks[k].low {
	case "under":
		return !(k+1 < len(toks) && numeral(toks[k+1]))
	case "with":
		return k >= 1 && referenceHeads[toks[k-1].low] && (toks[k-1].low == "consistent" || k >= 2 && toks[k-2].low == "in")
	case "of":
		return k >= 2 && toks[k-1].low == "part" && toks[k-2].low == "as"
	case "to":
		// "froze the assets in response to US sanctions": the measure
		// answered is background, as one followed is, and its maker is
		// no party to the answer unless the sentence names it as the
		// object ("expelled two US diplomats in response to ..." keeps
		// the diplomats' country). "in retaliation for" is left out: a
		// reprisal is aimed at the one who did what it avenges.
		return k >= 1 && toks[k-1].low == "pursuant" || k >= 2 && responseHeads[toks[k-1].low] && toks[k-2].low == "in"
	}
	return false
}

// referencedMeasure says whether nominal trigger t is a sanction named in
// a phrase that tells what an act of a verb trigger before it answers
// ("froze the assets in response to US sanctions", "in reaction to EU
// sanctions"): a reference to a measure told elsewhere, as one the act
// follows ("in line with EU sanctions", which the verb's object takes
// in) is, whose maker did nothing new in this sentence. Only
// determiners, names, modifiers and nouns of the phrase stand between the
// phrase's preposition and the noun. An act answered ("in response to
// rocket fire") stays the background event it was, and so does a measure
// with no verb event before it ("In response to US sanctions, Russia
// froze ...").
func referencedMeasure(toks []tok, trigs []*trigger, t *trigger) bool {
	if !t.nominal || t.p.Type != "SANCTION" {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		l := toks[k].low
		if l == "to" && referenceFrame(toks, k) && k >= 1 && responseHeads[toks[k-1].low] {
			return slices.ContainsFunc(trigs, func(u *trigger) bool { return !u.nominal && u.j <= k-1 && u.p.Type != "-" })
		}
		hyphen := l == "-" && k > 0 && k+1 < len(toks) && isCap(toks[k-1].text) && isCap(toks[k+1].text)
		if !(determiners[l] || modifierWord(toks[k]) || isCap(toks[k].text) && !isPunct(l) || quantityWord(l) || l == "'s" || headNoun(toks[k]) || hyphen) {
			return false
		}
	}
	return false
}
