package events

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

// armedPlatformSubject says whether m is a nationality heading a weapon
// that carries its crew ("Russian tanks", "Iranian helicopters", "Chinese
// fighter jets"; see platformNouns), beside the weapons that strike from
// afar weaponSubject reads.
func armedPlatformSubject(toks []tok, m mention) bool {
	if m.kind != "demonym" {
		return false
	}
	end := demonymPhraseEnd(toks, m)
	return end > m.j && platformNouns[toks[end-1].low]
}
