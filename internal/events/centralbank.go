package events

// centralBankOwner gives, for a deposit phrase ending on "central bank"
// ("deposited $3 billion in Egypt's central bank", "with the Central Bank
// of Jordan"), the state whose central bank it is: the resolver reads the
// bank and its owner as one mention (that state's government) on the
// phrase's last words, where neither a gap owner nor a preposition's
// object is found. Nil for other phrases or a bank no country is known
// for.
func centralBankOwner(ms []mention, t *trigger) group {
	w := t.p.Words
	if t.p.Type != "AID" || t.nominal || len(w) < 3 || w[len(w)-2] != "central" || w[len(w)-1] != "bank" {
		return nil
	}
	last := t.j - 1
	for _, m := range ms {
		if m.i <= last && last < m.j && m.country != "" && m.kind != "pronoun" {
			return group{m}
		}
	}
	return nil
}
