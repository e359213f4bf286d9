package events

import "strings"

// ownBudget says whether money a state's body gives or provides goes to
// another national organ of the same state: "Congress funds the
// Pentagon", "the House provided all the money NASA requested". That is
// the state's own budget, no aid: CAMEO's aid codes (07) are help one
// actor gives another, and a legislature voting funds to its own
// government, or a ministry to its own army, is the state spending its
// money. Aid to a region's government ("place:...") or to people of the
// state (farmers, flood victims) is left as it is.
func ownBudget(typ string, src, tgt group) bool {
	if typ != "AID" || len(src) == 0 || len(tgt) == 0 {
		return false
	}
	cc := src[0].country
	if cc == "" {
		return false
	}
	for _, m := range src {
		if m.country != cc || !stateBody(m.sector) {
			return false
		}
	}
	for _, m := range tgt {
		if m.country != cc || !stateBody(m.sector) || m.actorID == "" || strings.Contains(m.actorID, ":") {
			return false
		}
	}
	return true
}
