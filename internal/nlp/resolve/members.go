package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// memberMention reads "members of" a named organisation from toks[i]
// ("members of Hezbollah", "members of the Lebanese group Hezbollah"): the
// members act as the organisation, as its fighters do (describedOrg), and
// it returns the last token of "members" and the organisation's link, or
// nil. "Member" is no role word of roles.tsv, having no sector of its own
// (a member of a party, a union or a club), so only the body after it
// gives one. The members of an intergovernmental body are states, not
// the body ("members of NATO"), so those are left to the states named.
func (d *docState) memberMention(i int) (int, *link) {
	if n := d.toks[i].norm; n != "member" && n != "members" {
		return 0, nil
	}
	k := i + 1
	if k >= len(d.toks) || d.toks[k].norm != "of" {
		return 0, nil
	}
	k++
	if k < len(d.toks) && d.toks[k].norm == "the" {
		k++
	}
	e, ok := d.entStartTok[k]
	if !ok {
		return 0, nil
	}
	var l *link
	switch e.Type {
	case model.EntityOrg:
		l = d.entEnd[e.End]
	case model.EntityNORP:
		// "members of the Lebanese group Hezbollah": the nationality and
		// the description only describe the body named after them.
		if c := d.entEnd[e.End]; c != nil && c.country != "" {
			l = d.describedOrg(d.tokenAt(e.End), c.country)
		}
	}
	if l == nil || l.typ != kb.TypeOrganisation || l.sector == kb.SectorIGO || l.sector == "" {
		return 0, nil
	}
	return i, l
}
