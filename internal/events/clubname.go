package events

// clubPrefixBefore says whether the capitalised word before toks[i] opens a
// sports club's name built on a place: "Real Madrid", "Atletico Madrid",
// "Dynamo Kyiv", "Spartak Moscow", "Inter Milan", "AC Milan", "Red Star
// Belgrade", "Olympique Lyon". The prefixes are the club-type words of
// European football (Spanish "Real" royal, Soviet sports societies Dynamo,
// Spartak, Lokomotiv, CSKA, Torpedo; "Sporting", "Racing", "Rapid",
// "Olympique"; Israeli Hapoel and Maccabi). Each must be written with its
// capital, so "real Madrid prices" or "a dynamo in Moscow" is no club.
func clubPrefixBefore(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1].text
	if clubPrefixes[p] {
		return true
	}
	// "Red Star Belgrade"
	return p == "Star" && i >= 2 && toks[i-2].text == "Red"
}

var clubPrefixes = map[string]bool{"Real": true, "Atletico": true, "Atlético": true, "Athletic": true,
	"Dynamo": true, "Dinamo": true, "Spartak": true, "Lokomotiv": true, "Lokomotiva": true, "CSKA": true,
	"Torpedo": true, "Sporting": true, "Racing": true, "Rapid": true, "Olympique": true, "Inter": true,
	"AC": true, "FC": true, "Hapoel": true, "Maccabi": true, "Partizan": true, "Shakhtar": true}
