package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// pairedHalf resolves "the North" or "the South" standing alone for one
// half of a divided country the article names: "South Korea's spy agency
// said the North had sent troops" is North Korea, as news on the Koreas
// writes it once either state is named. The half is the country named
// "<North|South> <rest>" in the knowledge base, where the article names
// that country or the one of the other half ("South Korea" for "the
// North"); a name with no such pair ("the North" of England, of Nigeria)
// stays unresolved.
func (d *docState) pairedHalf(e *model.Entity, key string) *link {
	if key != "north" && key != "south" || e.Type != model.EntityLoc && e.Type != model.EntityGPE {
		return nil
	}
	if i := d.tokenAt(e.Start); i == 0 || d.toks[i-1].norm != "the" {
		return nil
	}
	other := "south"
	if key == "south" {
		other = "north"
	}
	for _, o := range d.art.Entities {
		if o.Type != model.EntityGPE && o.Type != model.EntityLoc || o.Country == "" {
			continue
		}
		c, ok := d.s.kb.Actor(o.Country)
		if !ok || c.Type != kb.TypeCountry {
			continue
		}
		half, rest, found := strings.Cut(kb.Normalize(c.Name), " ")
		if !found || half != key && half != other {
			continue
		}
		for _, a := range d.s.kb.LookupNorm(key+" "+rest, d.date) {
			if a.Type == kb.TypeCountry {
				return fromActor(a)
			}
		}
	}
	return nil
}
