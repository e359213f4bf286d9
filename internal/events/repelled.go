package events

// repelVerbs turn back an attack made on their subject: what is repelled
// or repulsed was aimed at the one who repelled it ("Chad's army repelled
// an attack by Boko Haram": Boko Haram attacked Chad's army). Foiling,
// thwarting or preventing an act says nothing of whom it was aimed at
// ("police foiled an attack by militants" on anyone), so those verbs are
// not here.
var repelVerbs = map[string]bool{
	"repel": true, "repelled": true, "repels": true, "repelling": true,
	"repulse": true, "repulsed": true, "repulses": true, "repulsing": true,
}

// repelledAttackVerb returns the token of the verb of repelling whose
// object is the attack noun of trigger t ("repelled an attack by X",
// "repulsed a rebel assault", "repelled a Russian attack"), or -1. Only
// determiners, numbers, words that describe the act, modifiers and names
// (the attacker's, before the noun) may stand between.
func repelledAttackVerb(toks []tok, ms []mention, t *trigger) int {
	if !t.nominal {
		return -1
	}
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		l := toks[k].low
		if repelVerbs[l] {
			return k
		}
		if isPunct(l) && l != "-" || !(determiners[l] || toks[k].pos == "CD" || actDescriptors[l] || modifierWord(toks[k]) || overlapsAny(ms, k) || l == "-" || l == "'s" || l == "'" || toks[k].pos == "NN" && !isCap(toks[k].text)) {
			return -1
		}
	}
	return -1
}
