package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// shortHeads are the head nouns of bodies' names that a report uses alone,
// capitalised, for the body it has just named in full: "the Independent
// Electoral and Boundaries Commission ... Commission chairman Wafula
// Chebukati", "the Democratic Alliance ... the Alliance said". The
// knowledge base keeps some of them as a well-known body's short name
// ("the Commission" is the European Commission), which is right only when
// no other body of that head was named first.
var shortHeads = map[string]bool{
	"commission": true, "council": true, "committee": true, "agency": true,
	"authority": true, "assembly": true, "board": true, "tribunal": true,
	"party": true, "front": true, "movement": true, "alliance": true, "coalition": true,
}

// namedBodyHead returns the organisation named in full before e, within
// referenceWindow sentences, whose name ends in e's one word when that word
// is a body's head ("Commission" after "the National Electoral
// Commission"), or nil. The nearest such body wins; a body the knowledge
// base names by that bare word is one of them only if named first.
func (d *docState) namedBodyHead(e *model.Entity, key string) *link {
	if e.Type != model.EntityOrg || !shortHeads[key] {
		return nil
	}
	lo := windowStart(d.antecedents, e.Sentence)
	for i := before(d.antecedents, e.Start) - 1; i >= lo; i-- {
		l := d.antecedents[i].l
		if l.typ != kb.TypeOrganisation {
			continue
		}
		words := strings.Fields(kb.Normalize(l.name))
		if len(words) >= 2 && words[len(words)-1] == key {
			return l
		}
	}
	return nil
}
