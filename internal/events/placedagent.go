package events

// thingAgentAfterPlace says whether the passive verb ending at j is
// followed by a place phrase, loc, and then a "by" naming a thing
// ("killed in Kabul by a roadside bomb", "wounded in the capital Mogadishu
// by a car bomb"): as with the "by" right after the verb (thingAgent), the
// agent was told, and the place is only where it happened. The words
// between the verb and the place must be a locative preposition and the
// place's own modifiers ("the", "capital", "city of").
func thingAgentAfterPlace(toks []tok, j int, loc mention) bool {
	if loc.i <= j || loc.i-j > 8 || loc.j > len(toks) {
		return false
	}
	k := j
	// "killed on Tuesday in Kunduz by a landmine": a day told first.
	for k < loc.i && (adverbs[toks[k].low] || timeWords[toks[k].low] || toks[k].low == "on" && k+1 < loc.i && weekdays[toks[k+1].low]) {
		k++
	}
	if k >= loc.i || !locPreps[toks[k].low] {
		return false
	}
	for k++; k < loc.i; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) || isCap(toks[k].text) || l == "by" || locPreps[l] || objPreps[l] && l != "of" {
			return false
		}
	}
	return thingAgent(toks, loc.j)
}
