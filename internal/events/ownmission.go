package events

// ownMission says whether the target m is the source's own diplomatic
// mission named by a possessive pronoun ("Italy pledged to keep its
// embassy open", "Japan reopened its consulate"): a state's embassy is the
// state itself abroad, not its government at home acted on; keeping or
// reopening it concerns the host country, or no one when none is named.
// It returns the host's mention index when "in" and a place of another
// country follow ("its embassy in Kyiv"), else -1.
func ownMission(toks []tok, ms []mention, m mention, src group) (own bool, host int) {
	if m.i < 1 || m.j > len(toks) || m.j-m.i != 1 || !missionWords[toks[m.i].low] || len(src) == 0 || src[0].country == "" || m.country != src[0].country {
		return false, -1
	}
	if p := toks[m.i-1].low; p != "its" && p != "their" {
		return false, -1
	}
	host = -1
	if m.j+1 < len(toks) && toks[m.j].low == "in" {
		for k := range ms {
			if ms[k].i == m.j+1 && ms[k].country != "" && ms[k].country != src[0].country {
				host = k
			}
		}
	}
	return true, host
}
