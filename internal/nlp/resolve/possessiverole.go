package resolve

import "github.com/newsgraph/newsgraph/internal/model"

// personsRoleBefore says whether the title right before the person's name
// at byte offset off is a role word after another person's possessive,
// with no country, body or place of its own: "Otieno Kamau's lawyer Ruth
// Ama", "the minister's aide Jane Roe". The role says whom the holder
// serves, not where; like a bare apposition ("Sara Lind, a lawyer,",
// bareAppositive) it describes someone of the story's setting, so the
// holder takes the dateline's country under the same guard (datelineHome:
// the dateline is the home country and the sentence names no other). A
// possessive of a place or body ("Kenya's lawyer", "Acme's lawyer") is
// other rules' and is left alone.
func (d *docState) personsRoleBefore(off int, t title) bool {
	if t.sector == "" || t.visitor || !unplacedTitle(t) {
		return false
	}
	j := d.tokenAt(off) - 1
	if j < 0 || j >= len(d.toks) || d.toks[j].upper {
		return false
	}
	_, i, ok := d.roleEndingAt(j)
	if !ok || i < 2 || d.toks[i-1].norm != "'s" {
		return false
	}
	e, found := d.entByEnd[int(d.toks[i-2].end)]
	return found && e.Type == model.EntityPerson
}
