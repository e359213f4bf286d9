package events

// sponsoredProxy says whether m is a group named with no country of its
// own as a backer's proxy ("gunmen backed by Rwanda", "militias funded by
// Iran"): sponsoredBy keeps it from borrowing the backer's country.
func sponsoredProxy(toks []tok, m mention) bool {
	return m.country == "" && m.kind != "pronoun" && m.i >= 0 && m.j <= len(toks) && sponsoredBy(toks, m.j)
}

// onlySponsorsNamed says whether the clause of the verb at token at names
// no country other than cc except as a backer ("backed by Rwanda"), as
// oneCountry does for a subject with a country of its own.
func onlySponsorsNamed(toks []tok, ms []mention, cc string, at, reportAt int) bool {
	var rest []mention
	for _, m := range ms {
		if !sponsorMention(toks, m) {
			rest = append(rest, m)
		}
	}
	return oneCountry(toks, rest, cc, at, reportAt)
}
