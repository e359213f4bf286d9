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
	// "the International Monetary Fund ... the Fund", "the World Bank ...
	// the Bank": lower-case, "the fund" and "the bank" are any fund or
	// bank, and no entity.
	"fund": true, "bank": true,
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
	return d.bodyNamedBefore(e.Start, e.Sentence, key)
}

// bodyNamedBefore returns the organisation named in full before pos (in
// sentence sent), within referenceWindow sentences, whose name of two
// words or more ends in head, or nil; the nearest wins.
func (d *docState) bodyNamedBefore(pos, sent int, head string) *link {
	lo := windowStart(d.antecedents, sent)
	for i := before(d.antecedents, pos) - 1; i >= lo; i-- {
		l := d.antecedents[i].l
		if l.typ != kb.TypeOrganisation {
			continue
		}
		words := strings.Fields(kb.Normalize(l.name))
		if len(words) >= 2 && words[len(words)-1] == head {
			return l
		}
	}
	return nil
}

// shortHeadMentions reads a capitalised head word after "the" that no
// entity covers ("cooperate fully with the Fund", "the findings of the
// Agency") as the body of that head named in full before it
// (bodyNamedBefore): a report capitalises the bare head only for the body
// it has named. The recogniser often leaves such a word alone, since
// nothing in the word itself says it is a name. The head must end the
// phrase: a capitalised word or "of" after it makes it part of a longer
// name ("the Bank of England", "the Council President"). With no such
// body named before, the word stays no entity.
func (d *docState) shortHeadMentions(ents ...[]model.Entity) []model.Entity {
	taken := map[int]bool{}
	for _, list := range ents {
		for _, e := range list {
			for x := d.tokenAt(e.Start); x < len(d.toks) && int(d.toks[x].start) < e.End; x++ {
				taken[x] = true
			}
		}
	}
	var out []model.Entity
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if !t.upper || !shortHeads[t.norm] || taken[i] || d.toks[i-1].norm != "the" {
			continue
		}
		if n := i + 1; n < len(d.toks) && d.toks[n].norm != "" && (d.toks[n].upper || d.toks[n].norm == "of") {
			continue
		}
		start, stop := int(t.start), int(t.end)
		sent := d.sentenceOf(start)
		l := d.bodyNamedBefore(start, sent, t.norm)
		if l == nil {
			continue
		}
		e := model.Entity{Text: d.art.Text[start:stop], Type: model.EntityOrg, Sentence: sent, Start: start, End: stop}
		d.apply(&e, l)
		e.Type = model.EntityOrg
		out = append(out, e)
	}
	return out
}
