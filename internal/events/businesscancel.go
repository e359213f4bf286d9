package events

// businessCancel says whether trigger t is a company calling off its own
// plans with the bare "cancel" (CAMEO 160, reducing relations): "Apple
// cancelled its AirPower charging mat project", "Samsung cancelled the
// launch of its new phone in India". A company deciding as a business
// reduces no relations between political actors, as an airline halting
// its flights does not (airlineHalt). Its contracts or orders with a
// state ("cancelled its contract with the Polish army") have patterns of
// their own and are not affected.
func businessCancel(p *Pattern, t *trigger, src group) bool {
	return !t.nominal && len(p.Words) == 1 && p.Words[0] == "cancel" && p.Type == "SANCTION" && businessOnly(src)
}

// thingCharged says whether the verb "charge" at trigger t charges a
// thing, not a party: "its AirPower charging mat", "is charging higher
// prices in China". An accusation names someone accused right after the
// verb, or a "that" clause; the object phrase up to its first
// preposition naming no actor alleges nothing. ("charged X with" has a
// pattern of its own, legal action.)
func thingCharged(toks []tok, ms []mention, p *Pattern, t *trigger) bool {
	if t.nominal || len(p.Words) != 1 || p.Words[0] != "charge" || t.j >= len(toks) {
		return false
	}
	end := t.j
	for end < len(toks) && end < t.j+5 && !isPunct(toks[end].text) && !objPreps[toks[end].low] && !locPreps[toks[end].low] && toks[end].low != "that" {
		end++
	}
	if end == t.j {
		// "charged on Monday that ..." accuses; "while charging" at the
		// clause's end, with no "that" to come, charges nothing.
		for k := t.j; k < len(toks) && k < t.j+6; k++ {
			if toks[k].low == "that" {
				return false
			}
		}
		return t.j >= len(toks) || isPunct(toks[t.j].text) || toks[t.j].low == "and" || toks[t.j].low == "or"
	}
	for _, m := range ms {
		if m.i < end && m.j > t.j {
			return false
		}
	}
	return true
}
