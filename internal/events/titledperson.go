package events

import "github.com/newsgraph/newsgraph/internal/kb"

// titledPersonGap says whether mention m, a demonym or a role word, and
// the person mention nx after it, with one or two lower-case singular
// nouns between, are one phrase naming that person: "Australian writer Yang
// Wei", "media tycoon Jimmy Lai", "Kenyan rights activist Jane Wambui".
// The nouns are the person's title, which the knowledge base lists as no
// role (a listed one, "citizen", "businessman", is a mention of its own
// and merges as any role does); the demonym gives the person's
// nationality where the resolver found none. A role word before such a
// title ("government critic", "army veteran") says what the person is
// known for, not whom the person acts for: the person keeps its own
// sector, and only a country the role was placed in; a word of a sector
// outside the state ("media tycoon", "opposition activist") lends the
// person that sector where the resolver found none (titledPersonSector). A plural noun
// ("Australian diplomats"), a verb ("police arrested Yang Wei"), a capital
// or punctuation between them makes two phrases.
func titledPersonGap(toks []tok, m, nx mention) bool {
	if nx.kind != "person" || m.kind != "demonym" && m.kind != "role" {
		return false
	}
	if m.kind == "demonym" && m.sector != "" {
		return false // "Kenyan police": a body, merged as a role
	}
	n := nx.i - m.j
	if n < 1 || n > 2 {
		return false
	}
	for k := m.j; k < nx.i; k++ {
		t := toks[k]
		if t.pos != "NN" || isCap(t.text) || isPunct(t.low) || reportWords[t.low] {
			return false
		}
	}
	return true
}

// titledPersonSector is the sector a role word before a person's title
// lends the person (see titledPersonGap): a sector outside the state's
// bodies, which a title such as "critic" or "veteran" cannot turn around.
func titledPersonSector(m mention) string {
	if m.kind != "role" {
		return ""
	}
	switch m.sector {
	case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorJudiciary, kb.SectorLegislature:
		return ""
	}
	return m.sector
}
