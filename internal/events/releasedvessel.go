package events

import "strings"

// vesselNouns are craft a state or an armed group seizes and later lets
// go (without a plural "s").
var vesselNouns = map[string]bool{"tanker": true, "ship": true, "vessel": true, "boat": true, "freighter": true,
	"trawler": true, "yacht": true, "dhow": true, "ferry": true, "aircraft": true, "plane": true, "jet": true, "helicopter": true}

// releasedVessel says whether a bare "release" or "free" at trigger t lets
// go a seized ship or aircraft: "Iran released the seized tanker", "the
// seized ship was freed". That returns property (CAMEO 0842), not persons
// (0841). The object is read up to its first preposition, so "released
// the crew of the tanker" keeps the crew, persons. In the passive the
// subject before the verb is what was released.
func releasedVessel(toks []tok, t *trigger) bool {
	if t.passive {
		for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
			l := toks[k].low
			if beForms[l] || l == "been" || l == "has" || l == "have" || l == "had" {
				continue
			}
			return vesselNouns[strings.TrimSuffix(l, "s")]
		}
		return false
	}
	for k := t.j; k < len(toks) && k < t.j+6; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) || objPreps[l] || locPreps[l] || l == "of" || l == "after" || l == "on" {
			return false
		}
		if captiveNouns[strings.TrimSuffix(l, "s")] {
			return false
		}
		if vesselNouns[strings.TrimSuffix(l, "s")] {
			return true
		}
	}
	return false
}
