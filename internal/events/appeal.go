package events

// appealOfDecision reports whether p is appealing or challenging a ruling
// or decision ("appeal * ruling", "challenge * verdict"): a legal step
// against whoever decided, coded as a rejection of the decision.
func appealOfDecision(p *Pattern) bool {
	if p.Type != "REJECT" || len(p.Words) < 2 {
		return false
	}
	switch p.Words[0] {
	case "appeal", "challenge":
	default:
		return false
	}
	switch p.Words[len(p.Words)-1] {
	case "ruling", "rulings", "verdict", "judgment", "judgement", "decision":
		return true
	}
	return false
}

// reportedWould says whether the verb at token i follows a "would"
// backshifted from a reported "will" ("the company said it would appeal
// the ruling", "told reporters the party would reject the plan"): a
// report verb within a few words before the modal. Such a modal tells
// what the subject announced it will do, a stated intention, not a
// supposition ("would reject it if asked" stays one).
func reportedWould(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && adverbs[toks[k].low] {
		k--
	}
	if k < 1 || toks[k].low != "would" {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-5; b-- {
		l := toks[b].low
		if reportWords[l] {
			return true
		}
		if l == "," || l == ";" || l == "if" || l == "unless" || rightStop[l] {
			return false
		}
	}
	return false
}
