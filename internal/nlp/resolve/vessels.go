package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// vessel resolves a ship's name, which nlp tags MISC (its vesselNames; an
// organisation's span is read the same way): a name written after a navy's
// ship prefix ("USS Carl Vinson", "BRP Teresa Magbanua") is a ship of the
// prefix's country, and one written after a vessel noun ("the destroyer
// Admiral Kulakov") a ship of the country whose demonym comes before the
// noun ("the Russian destroyer"), if any. The knowledge base has no vessel
// type: a ship acts for the service that sails it, so it links to an
// organisation of the military sector with a document-level id, never to
// a person or an office's holder ("HMS Prince of Wales"), and an event on
// the ship is one on its country. A name the knowledge base knows is left
// to it.
func (d *docState) vessel(e *model.Entity, name string) *link {
	if e.Type != model.EntityOrg && e.Type != model.EntityMisc {
		return nil
	}
	fields := strings.Fields(name)
	if len(fields) < 1 {
		return nil
	}
	country, ok := kb.ShipPrefix(fields[0])
	if ok && len(fields) < 2 {
		return nil
	}
	if !ok {
		i := d.tokenAt(e.Start) - 1
		if i < 0 || d.toks[i].upper || d.toks[i].norm == "" || d.s.kb.HasAlias(kb.Normalize(name)) {
			return nil
		}
		prev := ""
		if i > 0 {
			prev = d.toks[i-1].norm
		}
		if !kb.VesselNoun(prev, d.toks[i].norm) {
			return nil
		}
		if i > 0 && d.toks[i-1].upper {
			country, _ = d.s.kb.DemonymNorm(d.toks[i-1].norm)
		}
	}
	id := "doc:org:" + kb.Slug(name)
	if p, ok := d.byID[id]; ok {
		return p
	}
	return &link{id: id, name: name, typ: kb.TypeOrganisation, country: country, sector: kb.SectorMilitary, vessel: true}
}
