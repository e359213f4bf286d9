package events

// relativeAntecedent says whether mention m, which ends before the verb at
// token i, is the antecedent of a subject relative clause holding that
// verb: m is followed right away by "who" or "which" (after a comma or
// not), opening the clause before i. The relative pronoun is the clause's
// subject and stands for m whatever governs m in the main clause: "The
// court granted bail to Rakesh Malhotra, who was arrested by the
// Enforcement Directorate in March" - Malhotra was arrested, not the
// court; "sent aid to Chad, which had asked for help" - Chad asked.
// "whose" and "whom" make no subject of the antecedent ("to Malhotra,
// whose brother was arrested": the brother was), and are left out.
func relativeAntecedent(toks []tok, m mention, i int) bool {
	r := m.j
	if r < i && toks[r].low == "," {
		r++
	}
	if r >= i {
		return false
	}
	if l := toks[r].low; l != "who" && l != "which" {
		return false
	}
	// The verb must be the clause's own predicate, the first verb after
	// the pronoun past auxiliaries and adverbs ("who was later arrested",
	// "which had asked"): a verb further on ("refugees who have lived in
	// Iraq to return home") belongs to the clause the relative is inside.
	for k := r + 1; k < i; k++ {
		if l := toks[k].low; !auxiliaries[l] && !adverbs[l] && l != "not" && l != "also" {
			return false
		}
	}
	return true
}
