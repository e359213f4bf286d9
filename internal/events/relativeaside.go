package events

// closedRelativeAside says whether the verb at i follows straight on a
// relative clause set off by commas after its subject ("the junta, which
// plans elections next year, banned"; "the minister, who will retire in
// June, said"): the comma before the verb closes an aside opened by ", which"
// or ", who" with no other comma between.
func closedRelativeAside(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && adverbs[toks[k].low] {
		k--
	}
	if k < 2 || toks[k].low != "," {
		return false
	}
	for q := k - 1; q >= 1 && q >= k-12; q-- {
		switch toks[q].low {
		case ",", ";", ":", "(", ")", "\"":
			return false
		case "which", "who", "whose":
			return toks[q-1].low == ","
		}
	}
	return false
}
