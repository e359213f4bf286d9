package events

import "strings"

// compassPoints are the bare points of the compass, closed or hyphenated
// ("northeast", "north-east"), that wire copy puts with "of" before a
// place to say where from it something happened ("southwest of Baghdad",
// "20 km north of the capital").
var compassPoints = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true}

// distanceUnits measure how far from a place ("20 km north of").
var distanceUnits = map[string]bool{"km": true, "kms": true, "kilometres": true, "kilometers": true, "kilometre": true,
	"kilometer": true, "miles": true, "mile": true, "metres": true, "meters": true, "yards": true}

// compassOfPrep returns "near" for a name at token i told as the place an
// act was some way from ("an Islamic State target southwest of Baghdad",
// "a village 20 km north of the capital", "just north of Rafah"): the
// place names where the act happened, beside it, as "near Baghdad"
// would, and is no party to it; the village or target is. A compass point
// after an article is a part of the place ("in the north of the
// country"), which placeKindPrep and the region rules read; it is left
// alone here, as a capitalised one, which is a name's own ("North of
// England"). It returns "" for any other name.
func compassOfPrep(toks []tok, i int) string {
	k := i - 1
	// "of the capital", "of the besieged city": the article and
	// modifiers of the place's own phrase.
	for k >= 0 && k >= i-3 && (determiners[toks[k].low] && toks[k].low != "'s" && toks[k].low != "'" || modifierWord(toks[k]) && !isCap(toks[k].text)) {
		k--
	}
	if k < 2 || toks[k].low != "of" {
		return ""
	}
	c := k - 1
	if !compassPoints[toks[c].low] || isCap(toks[c].text) || determiners[toks[c-1].low] {
		return ""
	}
	return "near"
}

// compassPhrase says whether the words from token j on tell a distance
// and direction from a place ("southwest of Baghdad", "20 km north of
// the capital", "30km north-east of Maiduguri"): an adjunct of place,
// never a verb's object, so a word the tagger took for a verb before it
// ("an Islamic State target southwest of Baghdad") has none.
func compassPhrase(toks []tok, j int) bool {
	if j < len(toks) && (toks[j].low == "some" || toks[j].low == "about" || toks[j].low == "just") {
		j++
	}
	if j < len(toks) && (isNumber(toks[j].low) || numeral(toks[j])) && j+1 < len(toks) && distanceUnits[toks[j+1].low] {
		j += 2
	} else if j < len(toks) && distanceToken(toks[j].low) {
		j++
	}
	return j+1 < len(toks) && compassPoints[toks[j].low] && !isCap(toks[j].text) && toks[j+1].low == "of"
}

// distanceToken says whether one token writes a number and its unit
// together ("30km", "5-km", "12-mile").
func distanceToken(l string) bool {
	n := strings.TrimLeft(l, "0123456789.,")
	if n == l || n == "" {
		return false
	}
	return distanceUnits[strings.TrimPrefix(n, "-")] || n == "-mile" || n == "-kilometre" || n == "-kilometer"
}
