package events

// counterfactualModals are the modals that, before "have" and a past
// participle, tell what would or could have happened and did not ("would
// have allowed", "could have joined", "should have stopped"). "must have"
// infers a past fact and "may have" a possible one; neither is here.
var counterfactualModals = map[string]bool{"would": true, "could": true, "might": true, "should": true, "'d": true}

// counterfactualPerfect says whether the verb toks[i] is the participle of
// a perfect after a modal of the unreal ("The acquisition would have
// allowed Booking to expand", "could not have given", "would have been
// allowed"): an act that did not take place, so no intention (a promise or
// a threat, as "would allow" is) and no refusal, only a supposition.
func counterfactualPerfect(toks []tok, i int) bool {
	k := i - 1
	// "would have been allowed": the passive's auxiliary.
	if k >= 0 && toks[k].low == "been" {
		k--
	}
	for k >= 0 && adverbBetween(toks[k]) {
		k--
	}
	if k < 1 || toks[k].low != "have" && toks[k].low != "'ve" {
		return false
	}
	k--
	for k >= 0 && adverbBetween(toks[k]) {
		k--
	}
	return k >= 0 && counterfactualModals[toks[k].low]
}

// adverbBetween is a word that may stand inside a verb group ("would not
// have", "could also have", "would probably have").
func adverbBetween(t tok) bool {
	switch t.low {
	case "not", "n't", "never", "also", "still", "then", "probably", "likely", "certainly", "easily", "otherwise":
		return true
	}
	return false
}

// invertedConditional says whether the clause of toks[i] opens with an
// inverted "had" ("Had the deal gone ahead, ...", "..., had it been
// approved"): an unreal condition, whose acts did not take place.
func invertedConditional(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		l := toks[k].low
		if l == "," || l == ";" || l == ":" || l == "." || leftStop[l] {
			return false
		}
		if l != "had" || k+1 >= i {
			continue
		}
		if k > 0 && toks[k-1].low != "," && toks[k-1].low != "-" && toks[k-1].low != "--" && toks[k-1].text != "\u2014" {
			continue
		}
		n := toks[k+1]
		switch {
		case n.low == "it" || n.low == "they" || n.low == "he" || n.low == "she" || n.low == "we" || n.low == "i":
			return true
		case determiners[n.low] || isCap(n.text) && n.low != "i":
			return true
		}
	}
	return false
}
