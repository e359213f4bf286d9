package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// nonPartyUnionWords make a capitalised "... Union" a body that is no
// party and no workers' union either: a students' union, a sport's
// governing body, a customs or currency union, a credit union, a farmers'
// union.
var nonPartyUnionWords = wordSet("student students students' rugby football sports athletics cycling " +
	"credit customs monetary currency postal telecommunication broadcasting farmers farmers' water")

// namedUnionAt reports whether the capitalised "Union" at token i ends a
// body's name begun by capitalised words ("Homeland Union", "Democratic
// Union") that is no workers' union (unionName: "Teachers Union",
// "Trade Union Congress"), no other kind of union (nonPartyUnionWords)
// and no body the knowledge base knows ("European Union", "African
// Union", "Soviet Union") other than a party (Lithuania's "Homeland
// Union"). Such a name before a head title ("Homeland Union leader
// Gabrielius Landsbergis") is a party's, whose leader leads
// no organised labour: the role phrase "union leader" is not read across
// it. "The union leader", or "Union leader Joe Ajaero" opening a sentence,
// has no name before "Union" and stays labour's.
func (d *docState) namedUnionAt(i int) bool {
	if i < 1 || i >= len(d.toks) || !d.toks[i].upper || d.toks[i].norm != "union" {
		return false
	}
	a := i
	for a > 0 && i-a < 4 && d.toks[a-1].upper && d.toks[a-1].norm != "" && d.toks[a-1].norm != "the" && d.toks[a-1].norm != "'s" {
		a--
	}
	if a == i {
		return false
	}
	words := make([]string, 0, i-a+1)
	for x := a; x <= i; x++ {
		if nonPartyUnionWords[d.toks[x].norm] {
			return false
		}
		words = append(words, d.toks[x].norm)
	}
	if unionName(words) {
		return false
	}
	// Any tail of the run the knowledge base knows ("Council of the
	// European Union" cut to "European Union") is that body.
	// A party the knowledge base lists under the name ("Homeland Union",
	// Lithuania's) is what the name says it is.
	for x := range words[:len(words)-1] {
		key := strings.Join(words[x:], " ")
		if !d.s.kb.HasAlias(key) {
			continue
		}
		for _, a := range d.s.kb.LookupNorm(key, d.date) {
			if x == 0 && a.Type == kb.TypeOrganisation && a.Sector == kb.SectorParty {
				return true
			}
		}
		return false
	}
	return true
}

// titledUnionParty reports whether the organisation e, a name the
// knowledge base lacks ending in a capitalised "Union" (namedUnionAt),
// stands right before a lower-case party head title and a person's name:
// "Homeland Union leader Gabrielius Landsbergis", "Democratic Union
// chairman ...". As "<name> Party leader X" does, the title over a person
// says the body is a party (homeParty); a union's name alone ("the
// Homeland Union said") says nothing of what the body is.
func (d *docState) titledUnionParty(e *model.Entity) bool {
	next := d.tokenAt(e.End)
	if next < 1 || next+1 >= len(d.toks) || !d.namedUnionAt(next-1) {
		return false
	}
	if t := d.toks[next]; t.upper || !partyTitleWords[t.norm] {
		return false
	}
	start := int(d.toks[next+1].start)
	for _, o := range d.art.Entities {
		if o.Start == start && o.Type == model.EntityPerson {
			return true
		}
	}
	return false
}
