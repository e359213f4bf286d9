package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// welcomedVisitorPattern stands in for "welcome" (SUPPORT 051, praise) when
// a person is welcomed to a place: "The Swiss president welcomed the
// Ghanaian president to Bern" hosts a visit (CONSULT 043), as "received"
// does; "welcomed the decision" or "welcomed the return of refugees to
// Syria" stay praise.
var welcomedVisitorPattern = &Pattern{Kind: "verb", Phrase: "welcome", Words: []string{"welcome"}, Type: "CONSULT", CAMEO: "043",
	Mode: "host", Rule: "welcomedvisitor.go"}

// welcomedVisitor returns the CONSULT stand-in for the bare "welcome"
// pattern p matched up to token j when its object, past a determiner and
// a demonym, is a person or an office holder followed right by "to" and a
// place or a country ("welcomed the Ghanaian president to Bern"), else
// nil. Refugees or crowds welcomed somewhere are no visit.
func welcomedVisitor(toks []tok, ms []mention, p *Pattern, j int) *Pattern {
	if p.Kind != "verb" || len(p.Words) != 1 || p.Words[0] != "welcome" || p.Type != "SUPPORT" {
		return nil
	}
	for j < len(toks) && determiners[toks[j].low] {
		j++
	}
	// The object's mention may start past its determiner and a
	// demonym ("the Ghanaian president").
	var obj *mention
	for mi := range ms {
		if ms[mi].i >= j && ms[mi].i <= j+2 && ms[mi].j < len(toks) && toks[ms[mi].j].low == "to" && (ms[mi].kind == "person" || ms[mi].sector == kb.SectorGovernment) {
			obj = &ms[mi]
			break
		}
	}
	if obj == nil || obj.j+1 >= len(toks) || toks[obj.j].low != "to" {
		return nil
	}
	// Only a demonym may come before it: in "welcomed the return of
	// refugees to Syria" the refugees are inside what is welcomed.
	for q := j; q < obj.i; q++ {
		if !isCap(toks[q].text) {
			return nil
		}
	}
	if mi := mentionAt(toks, ms, obj.j+1, 1); mi >= 0 && (placeKind(ms[mi].kind) || strings.HasPrefix(ms[mi].actorID, "city:")) {
		return welcomedVisitorPattern
	}
	return nil
}
