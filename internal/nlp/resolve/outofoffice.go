package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// outOfOfficeTitle gives a person of the knowledge base who holds no
// office at the article's date the sector of a title written before the
// name that no state office gives: "Israeli opposition leader Yair Lapid"
// in 2024 speaks for the opposition, "Ghana's opposition leader John
// Mahama" before he was president too. A state's title ("Prime Minister")
// on a person out of office is a past one, and adds nothing.
func (d *docState) outOfOfficeTitle(e *model.Entity, l *link) {
	if e.Type != model.EntityPerson || l.typ != kb.TypePerson || strings.HasPrefix(l.id, "doc:") || e.Sector != "" {
		return
	}
	t := d.titleBefore(e.Start)
	switch t.sector {
	case kb.SectorOpposition, kb.SectorParty, kb.SectorRebel:
	default:
		return
	}
	if t.former || t.country != "" && t.country != e.Country || d.formerWordBefore(e) {
		return
	}
	e.Sector = t.sector
}
