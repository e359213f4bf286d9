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
		if body == nil {
			var placed bool
			body, placed = d.postBodyBefore(ents, e.Start)
			if body != nil && !placed {
				// "UASU secretary-general Constantine Wasonga": the post
				// is a body's the knowledge base does not know, not an
				// office of the state; what the body is, and so the
				// holder's sector, is not known.
				if e.Sector == kb.SectorGovernment {
					d.setPersonPlace(e.ActorID, e.Country, "")
				}
				continue
			}
		}
		if body == nil || e.Country != "" && e.Country != body.Country {
			continue
		}
		d.setPersonPlace(e.ActorID, body.Country, body.Sector)
	}
}

// setPersonPlace gives every mention of the person id, and the role
// mention of the post, country and sector.
func (d *docState) setPersonPlace(id, country, sector string) {
	ents := d.art.Entities
	for j := range ents {
		if ents[j].ActorID == id && (ents[j].Type == model.EntityPerson || ents[j].Type == EntityRole) {
			ents[j].Country, ents[j].Sector = country, sector
		}
	}
	if l := d.byID[id]; l != nil {
		l.country, l.sector = country, sector
	}
}

// postBodyBefore returns the body whose post, written in lower case, stands
// right before a person's name at offset start: "UASU secretary-general
// Constantine Wasonga", "COTU secretary general Francis Atwoli". placed
// says the body is a party or a union of a country (as postBodyAfter
// wants it); a body that is an organisation the knowledge base does not
// know (no sector) is returned unplaced. It returns nil when no body's
// mention ends right before a lower-case role that ends right before the
// name.
func (d *docState) postBodyBefore(ents []model.Entity, start int) (*model.Entity, bool) {
	i := d.tokenAt(start)
	if i >= len(d.toks) || int(d.toks[i].start) != start {
		return nil, false
	}
	// The longest role first: "secretary-general", not its "general".
	for s := max(1, i-5); s < i; s++ {
		if d.toks[s].upper {
			continue // a title written in capitals is the tagger's to cut
		}
		r, k, ok := d.roleStartingAt(s)
		if !ok || r.Group || k != i-1 {
			continue
		}
		for x := s; x < i; x++ {
			if d.toks[x].upper {
				return nil, false
			}
		}
		end := int(d.toks[s-1].end)
		for x := range ents {
			o := &ents[x]
			if o.End != end || o.Type != model.EntityOrg {
				continue
			}
			switch {
			case o.Country != "" && (o.Sector == kb.SectorParty || o.Sector == kb.SectorLabour):
				return o, true
			case o.Sector == "" && (o.ActorID == "" || strings.HasPrefix(o.ActorID, "doc:org:")):
				return o, false
			}
			return nil, false
		}
		return d.acronymBodyBefore(ents, s-1)
	}
	return nil, false
}

// acronymBodyBefore returns, for the word at token a that no entity
// covers, the body it names when it is an acronym ("COSATU president
// Zingiswa Losi": the tagger read no organisation there): the party or
// union of a country the knowledge base knows by it, placed; for an
// acronym it does not know, an unplaced body of no country or sector, so
// that the post is no office of the state. An acronym the knowledge base
// holds as anything else (a country, a ministry) is no body of a post.
func (d *docState) acronymBodyBefore(ents []model.Entity, a int) (*model.Entity, bool) {
	if a < 0 || d.toks[a].norm == "" {
		return nil, false
	}
	start, end := int(d.toks[a].start), int(d.toks[a].end)
	text := d.art.Text[start:end]
	if !capitalsName(text) || len(text) < 3 || len(text) > 8 {
		return nil, false
	}
	for x := range ents {
		if ents[x].Start < end && start < ents[x].End {
			return nil, false
		}
	}
	if _, _, ok := d.roleStartingAt(a); ok {
		return nil, false // "CEO", "MP": a title of its own
	}
	body := &model.Entity{Text: text, Type: model.EntityOrg, Start: start, End: end}
	as := d.s.kb.LookupNorm(d.toks[a].norm, d.date)
	if len(as) == 0 {
		return body, false
	}
	for _, ac := range as {
		if ac.Type != kb.TypeOrganisation {
			continue
		}
		if sector := d.s.kb.SectorAt(ac, d.date); ac.Country != "" && (sector == kb.SectorParty || sector == kb.SectorLabour) {
			body.ActorID, body.Country, body.Sector = ac.ID, ac.Country, sector
			return body, true
		}
	}
	return nil, false
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
