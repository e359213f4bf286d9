package quotes

// listStart extends the phrase s..e, when it ends a list ("Uganda and
// Tanzania"), to the list's first item before it, each item set off by a
// comma ("Kenya, Uganda and Tanzania"): a phrase in apposition after the
// list ("..., the three members of the bloc, said") describes all of it,
// and reading only from the last comma would drop the first items. The
// items before the last are single noun phrases; it returns s unchanged
// when the phrase has no "and" or "or", or the words before it are no
// such items.
func (v *view) listStart(s, e, lo int) int {
	coord := false
	for k := s; k < e; k++ {
		if v.toks[k].pos == "CC" && (v.toks[k].low == "and" || v.toks[k].low == "or") {
			coord = true
		}
	}
	if !coord {
		return s
	}
	start, at := s, s
	for at-2 >= lo && v.toks[at-1].text == "," && v.toks[at-1].quote < 0 {
		s0, e0 := v.npLeft(at-2, lo)
		if s0 >= e0 || e0 != at-1 || !isProper(v.toks[e0-1]) {
			break
		}
		at = s0
		// An item opens the clause or follows another item's comma or a
		// word that joins clauses; "In Nairobi, Kenya and Uganda" has a
		// place after a preposition before the list, no item of it.
		if at == lo || v.toks[at-1].text == "," || clauseJoiners[v.toks[at-1].low] {
			start = at
		}
	}
	return start
}
