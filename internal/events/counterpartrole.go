package events

// counterpartRole says whether m is a bare "counterpart" ("met his
// counterpart on the sidelines", "discussed it with his counterpart"): the
// holder of the same office in another state, so never of the country the
// sentence names for the one whose counterpart it is. With no other
// country named it is of none the sentence gives.
func counterpartRole(toks []tok, m mention) bool {
	if m.j <= m.i || m.j > len(toks) {
		return false
	}
	l := toks[m.j-1].low
	return m.j-m.i == 1 && (l == "counterpart" || l == "counterparts")
}
