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

// subjectPlaced says whether subject src, ending before the verb at i, is
// followed by a locative phrase naming a place of its own country
// ("Officials in the capital Conakry met", "Ministers in Bamako held
// talks"): the phrase places the subject where it is, no partner of its.
func subjectPlaced(toks []tok, ms []mention, src mention, i int) bool {
	if src.j <= 0 || src.j >= i || !locPreps[toks[src.j].low] {
		return false
	}
	for _, m := range ms {
		if m.i > src.j && m.j <= i && m.country == src.country && countryLevel(m.kind) {
			for q := src.j + 1; q < m.i; q++ {
				if isPunct(toks[q].text) && toks[q].low != "," || isCap(toks[q].text) {
					return false
				}
			}
			return true
		}
	}
	return false
}
