package resolve

import (
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// maxDescriptorWords bounds the lower-case words read after a name for
// widenDescribedBodies: the knowledge base's descriptive names have two
// ("refugee agency", "nuclear watchdog", "human rights office").
const maxDescriptorWords = 3

// widenDescribedBodies joins to an organisation's name the lower-case words
// after it that, with the name, make the name the knowledge base lists for
// a body the name alone never names: "the UN refugee agency" (UNHCR), "the
// U.N. nuclear watchdog" (the IAEA), "the UN migration agency" (IOM). The
// tagger ends such a name at "UN", which alone is the whole United
// Nations, and the words after it would be read one by one as roles of the
// UN. Only the longest listed name is taken, so "the UN refugee camps" or
// "NATO allies" stay as they are, as do "Yonhap news agency" and "the
// Congress party", which name what the name alone does; words already in
// an entity of their own are never joined.
func (d *docState) widenDescribedBodies(ents []model.Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Type == model.EntityPerson || e.Type == model.EntityNORP {
			continue
		}
		t := d.tokenAt(e.End)
		if t >= len(d.toks) || int(d.toks[t].start) != e.End+1 || d.art.Text[e.End] != ' ' {
			continue
		}
		// The name must be an organisation's on its own ("UN", which
		// the tagger may call a place, "U.N."): a country's or a
		// nationality's body is read by the roles after it ("China
		// coast guard", "Iranian military").
		name := kb.Normalize(cleanName(e.Text))
		own := d.s.kb.LookupNorm(name, d.date)
		if len(own) == 0 || own[0].Type != kb.TypeOrganisation {
			continue
		}
		end := -1
		for n := 1; n <= maxDescriptorWords && t+n-1 < len(d.toks); n++ {
			last := t + n - 1
			if d.toks[last].upper || !d.wordRun(t, last) {
				break
			}
			if i+1 < len(ents) && ents[i+1].Start < int(d.toks[last].end) {
				break
			}
			for _, a := range d.s.kb.LookupNorm(name+" "+d.phrase(t, last), d.date) {
				// Another body's name: "Yonhap news agency" and "the
				// Congress party" are what "Yonhap" and "Congress"
				// already name, and stay as the tagger cut them.
				if a.Type == kb.TypeOrganisation && !slices.ContainsFunc(own, func(o *kb.Actor) bool { return o.ID == a.ID }) {
					end = last
				}
				break
			}
		}
		if end < 0 {
			continue
		}
		e.End = int(d.toks[end].end)
		e.Text = d.art.Text[e.Start:e.End]
		e.Type = model.EntityOrg
	}
}
