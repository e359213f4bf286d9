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
