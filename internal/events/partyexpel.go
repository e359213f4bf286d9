package events

import "github.com/newsgraph/newsgraph/internal/kb"

// partyDiscipline says whether an expulsion coded as src acting on tgt is a
// political party expelling one of its own ("Kenya's ruling party expelled
// the lawmaker", "the ANC expelled two senior officials"): a sanction of
// its member, not the expulsion of a state's envoys, troops or monitors
// CAMEO 166 codes. As the passive ("The lawmaker was expelled from the
// ruling party") already gives, the smallest reading is no event. Anyone of
// another country the party sends away stays an expulsion.
func partyDiscipline(src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	for _, m := range src {
		if m.sector != kb.SectorParty {
			return false
		}
	}
	for _, m := range tgt {
		if m.country != "" && m.country != src[0].country {
			return false
		}
	}
	return true
}
