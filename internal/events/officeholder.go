package events

// markOfficeHolder returns the speaker group with a lone speaker marked
// officeHolder when it is named by a demonym before the role of one person
// ("The Polish prime minister told reporters that he would visit Kyiv")
// or a country's possessive ("Kenya's president"): the mention has the
// demonym's or the country's kind, which pronounMismatch would take for
// a country no "he" can stand for, and the reported act lost its source.
func (c *Coder) markOfficeHolder(toks []tok, g *group) *group {
	if g == nil || len(*g) != 1 || (*g)[0].kind != "demonym" && (*g)[0].kind != "country" || (*g)[0].sector == "" {
		return g
	}
	m := (*g)[0]
	if m.j-m.i < 2 || !c.onePerson(toks, m) {
		return g
	}
	m.officeHolder = true
	out := group{m}
	return &out
}
