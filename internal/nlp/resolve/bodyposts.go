package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// bodyPostHolders gives a person the knowledge base lacks, named in
// apposition with a post "of" a party or a union ("Francis Atwoli, the
// secretary general of the Central Organization of Trade Unions,", "Raila
// Odinga, leader of the ODM party,"), the body's country and sector: the
// post is the body's, not an office of the state, so the holder acts for
// the body and is of its country. Only the body's final resolution says
// what it is (a union the knowledge base lacks takes its country from the
// dateline after the appositive was read), hence a pass after all others.
// Every mention of the person, and the role mention of the post, follow.
func (d *docState) bodyPostHolders() {
	ents := d.art.Entities
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityPerson || !strings.HasPrefix(e.ActorID, "doc:person:") ||
			e.Sector != "" && e.Sector != kb.SectorGovernment {
			continue
		}
		body := d.postBodyAfter(ents, e.End)
		if body == nil || e.Country != "" && e.Country != body.Country {
			continue
		}
		id := e.ActorID
		for j := range ents {
			if ents[j].ActorID == id && (ents[j].Type == model.EntityPerson || ents[j].Type == EntityRole) {
				ents[j].Country, ents[j].Sector = body.Country, body.Sector
			}
		}
		if l := d.byID[id]; l != nil {
			l.country, l.sector = body.Country, body.Sector
		}
	}
}

// postBodyAfter returns the party or union of a post in the appositive
// after offset end: a comma, an optional article, a role phrase, "of", an
// optional "the" and the body's mention, resolved to a party or a union of
// a country. It returns nil when the appositive reads otherwise.
func (d *docState) postBodyAfter(ents []model.Entity, end int) *model.Entity {
	i := d.tokenAt(end)
	if i+3 >= len(d.toks) || d.art.Text[int(d.toks[i].start):int(d.toks[i].end)] != "," {
		return nil
	}
	j := i + 1
	if w := d.toks[j].norm; w == "the" || w == "a" || w == "an" {
		j++
	}
	if j >= len(d.toks) {
		return nil
	}
	r, k, ok := d.roleStartingAt(j)
	if !ok || r.Group || k+2 >= len(d.toks) || d.toks[k+1].norm != "of" {
		return nil
	}
	b := k + 2
	if d.toks[b].norm == "the" {
		b++
	}
	if b >= len(d.toks) {
		return nil
	}
	start := int(d.toks[b].start)
	for x := range ents {
		o := &ents[x]
		if o.Start != start || o.Type != model.EntityOrg {
			continue
		}
		if o.Country == "" || o.Sector != kb.SectorParty && o.Sector != kb.SectorLabour {
			return nil
		}
		return o
	}
	return nil
}
