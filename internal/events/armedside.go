package events

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// forceActTypes are the types of the acts armed forces do with their
// weapons: an attack, coercion (a blockade, a seizure, an incursion) and a
// show of force. A pattern of such a type open to any sector's subject
// gives a nationality named by its weapons ("Israeli warplanes struck",
// "Russian drones hit Kharkiv", "a Ukrainian missile struck a depot",
// "Chinese warships blockaded the port") the military sector, as a pattern
// for the military's acts does (see armedVesselSide): PETRARCH and PLOVER
// code such a source as the country's military (ISRMIL, RUSMIL), and left
// as the country it read as the state as a whole acting.
var forceActTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true}

// armedPlatformSubject says whether m is a nationality (or a country, as
// the resolver may read "Thai") heading a weapon
// that carries its crew ("Russian tanks", "Iranian helicopters", "Chinese
// fighter jets"; see platformNouns), or any weapon, warship or attack
// named with its model ("Thai F-16 jets", "Russian Iskander missiles",
// "Iranian Shahed drones"), beside the weapons that strike from afar
// weaponSubject reads: demonymPhraseEnd stops at a capital or a number,
// which a model's name has. The phrase is read over up to five words. The phrase's last noun is what counts ("a
// Russian drone maker" is a company).
func armedPlatformSubject(toks []tok, m mention) bool {
	if m.kind != "demonym" && m.kind != kb.TypeCountry {
		return false
	}
	head := -1
	for q := m.j; q < len(toks) && q < m.j+5; q++ {
		t := toks[q]
		// A model's name may be split into its parts ("F", "-", "16").
		if !(strings.HasPrefix(t.pos, "NN") || strings.HasPrefix(t.pos, "JJ") || t.pos == "CD" || t.text == "-" || isCap(t.text) || modelName(t.text)) {
			break
		}
		head = q
	}
	if head < 0 {
		return false
	}
	l := toks[head].low
	return platformNouns[l] || weaponNouns[l] || warshipWords[l] || attackNouns[l]
}

// modelName says whether a word is a weapon's model designation: letters
// and digits joined ("F-16", "Su-34", "MiG-29", "T-72").
func modelName(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.IndexFunc(w, unicode.IsLetter) >= 0
}
