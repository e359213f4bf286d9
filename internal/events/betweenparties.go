package events

// betweenParties returns the parties a noun's "between" or "among" at q
// names: the group of the first mention after it, or, when that is a
// plural role with "of" and two or more states after it ("talks between
// the leaders of Rwanda and Congo", "a meeting among the foreign
// ministers of Egypt, Jordan and Iraq"), those states in the role's
// sector. The resolver gives the role the first state's country, which
// would leave the talks one party with itself.
func betweenParties(toks []tok, ms []mention, q int) group {
	mi := mentionAt(toks, ms, q+1, 2)
	if mi < 0 {
		return nil
	}
	m := ms[mi]
	if m.kind == "role" && m.j+1 < len(toks) && toks[m.j].low == "of" && pluralWord(toks[m.j-1].low) {
		if oi := mentionAt(toks, ms, m.j+1, 1); oi >= 0 {
			if g := groupAt(toks, ms, oi); len(g) > 1 {
				out := make(group, len(g))
				for k, x := range g {
					out[k] = sectorOf(x, m.sector)
				}
				return out
			}
		}
	}
	return groupAt(toks, ms, mi)
}
