package events

import "strings"

// attackSubject says whether mention m is the nationality (or the
// possessive country) modifying an attack noun that is the subject of the
// verb of harm at t: "A Russian drone strike killed four people", "An
// Israeli air strike on a school killed 12 people", "Russia's missile
// attack wounded 30". An attack told by its weapon's nationality falls
// where it falls, seldom on the attacker's own people: unnamed victims
// ("people", "civilians") are no evidence of the attacker's country, as
// in the passive (see attackerMention). Without a place named for the
// harm they are of the country the sentence's places, the story or its
// dateline give when that is another state (see unnamedPlaceState), else
// of no country.
func attackSubject(toks []tok, m mention, t *trigger) bool {
	if m.kind != "demonym" && m.kind != "country" || m.i < 0 || m.j < 0 || m.j >= t.i {
		return false
	}
	k := m.j
	if m.kind == "country" {
		if k >= len(toks) || toks[k].low != "'s" && toks[k].low != "’s" {
			return false
		}
		k++
	}
	for q := k; q < len(toks) && q < k+3 && q < t.i; q++ {
		if attackNouns[toks[q].low] {
			return true
		}
		if p := toks[q].pos; !(strings.HasPrefix(p, "NN") || strings.HasPrefix(p, "JJ") || p == "VB" || p == "") || isPunct(toks[q].low) {
			return false
		}
	}
	return false
}
