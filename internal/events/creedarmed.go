package events

import "github.com/newsgraph/newsgraph/internal/kb"

// creedArmedGroup says whether the role m is an armed group (sector
// rebel: "militants", "rebels", "fighters", "gunmen") that a word for a
// faith, a creed or a people right before it qualifies ("Islamist
// militants", "jihadist fighters", "Sunni rebels", "Kurdish fighters"),
// not a regional word ("European", "Latin American"). Such a word tells
// what the group fights for, not a country it comes from, so the group
// is of the country it is placed in, as CAMEO codes a domestic armed
// group ("Islamist militants in Mali" are Mali's rebels, MLI.REB, as
// "militants in Mali" are); a regional word still says whose people
// abroad are ("European diplomats in Kyiv").
func (c *Coder) creedArmedGroup(toks []tok, m mention) bool {
	if m.kind != "role" || m.sector != kb.SectorRebel || m.i < 1 || c.kb == nil {
		return false
	}
	return !c.kb.RegionalWord(kb.Normalize(toks[m.i-1].text))
}
