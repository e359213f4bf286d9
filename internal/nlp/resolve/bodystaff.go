package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// bodyStaffTitles gives a person titled by a post of a body named right
// before it ("Electoral Commission chairman Simon Byabakama", "Revenue
// Authority head Jane Roe", "Electoral Commission spokesman ...") the
// body's country and sector, when the body got them only after the
// persons were resolved: a department or commission named without its
// country takes the home country late (homeOrg, namedStateBody), so the
// title read while resolving the person (orgStaffBefore) found a body of
// no country yet. The holder of a body's post speaks for the body, as
// "<Ministry> spokesman" does. Up to two lower-case modifiers may stand
// between ("Electoral Commission deputy chairman"). A person who already
// has a country or a sector keeps it.
func (d *docState) bodyStaffTitles() {
	set := map[*link]bool{}
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if e.Type != model.EntityPerson || e.Country != "" || e.Sector != "" || !strings.HasPrefix(e.ActorID, "doc:person:") {
			continue
		}
		l := d.entEnd[e.End]
		if l == nil || l.id != e.ActorID || l.country != "" || l.sector != "" {
			continue
		}
		body := d.bodyOfPostBefore(d.tokenAt(e.Start) - 1)
		if body == nil {
			continue
		}
		l.country, l.sector = body.country, body.sector
		set[l] = true
	}
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if l := d.entEnd[e.End]; l != nil && set[l] && l.id == e.ActorID && e.Country == "" && e.Sector == "" {
			e.Country, e.Sector = l.country, l.sector
		}
	}
}

// bodyOfPostBefore returns the organisation, with a country and a sector,
// named before the post word at token j ("chairman", "spokesman", "head"),
// or nil.
func (d *docState) bodyOfPostBefore(j int) *link {
	if j < 1 || !staffWords[d.toks[j].norm] && !spokesWords[d.toks[j].norm] {
		return nil
	}
	k := j - 1
	for n := 0; n < 2 && k > 0 && d.lowerModifier(k); n++ {
		k--
	}
	e, ok := d.entByEnd[int(d.toks[k].end)]
	if !ok || e.Type != model.EntityOrg {
		return nil
	}
	b := d.entEnd[e.End]
	if b == nil || b.country == "" || b.sector == "" {
		return nil
	}
	return b
}
