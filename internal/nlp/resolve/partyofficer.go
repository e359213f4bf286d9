package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// partyOfficerCountry returns the country of the party whose officer a
// person titled in lower case is ("party secretary-general Hassan Omar",
// sector party from memberBodySectors): the party named last before the
// name in its sentence or the one before ("Kenya's opposition Orange
// Democratic Movement will field ..., party secretary-general Hassan Omar
// told a news conference"), or, further back, the last party named of the
// dateline's country (the party the story is about). The dateline alone
// gives no party's country (a Nairobi story may quote a foreign party's
// officer; see TestTitleOfBody); "" when no party was named.
func (d *docState) partyOfficerCountry(e *model.Entity) string {
	home := d.datelineCountry()
	for i := before(d.antecedents, e.Start) - 1; i >= 0; i-- {
		a := d.antecedents[i]
		if a.sentence < e.Sentence-referenceWindow {
			break
		}
		if a.l.typ != kb.TypeOrganisation || a.l.sector != kb.SectorParty || a.l.country == "" {
			continue
		}
		if a.sentence >= e.Sentence-1 || a.l.country == home {
			return a.l.country
		}
	}
	return ""
}
