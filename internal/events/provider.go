package events

import "github.com/newsgraph/newsgraph/internal/kb"

// nonPoliticalProvider says whether a bare "provide", "supply" or
// "contribute" (AID 070, no object named in the pattern) has for its
// source no one, or someone who gives no aid as a political act: a
// company, an outlet, a person the resolver knows of no body ("Instagram
// provides business accounts with data", "Universal's music division
// provided some demos", "physicians are volunteering their time to
// provide the shots", "Volker provided text messages to lawmakers"). Aid
// is given by states and their bodies, international and armed bodies,
// aid agencies, churches and hospitals; the longer patterns that name the
// thing given (weapons, aid, sanctions relief) are not affected.
func nonPoliticalProvider(t *trigger, typ, code string, src group) bool {
	if typ != "AID" || code != "070" || t.nominal || len(t.p.Words) != 1 {
		return false
	}
	switch t.p.Words[0] {
	case "provide", "supply", "contribute":
	default:
		return false
	}
	for _, m := range src {
		switch m.sector {
		case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorRebel, kb.SectorIGO,
			kb.SectorNGO, kb.SectorLegislature, kb.SectorReligion, kb.SectorHealth:
		case "":
			if !countryLevel(m.kind) {
				return true
			}
		default:
			return true
		}
	}
	return len(src) == 0
}
