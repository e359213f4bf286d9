package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/tokenize"
)

// ordinalWords are the ordinals spelled out that begin names of places,
// streets and military units ("Second Thomas Shoal", "Fifth Avenue",
// "Seventh Fleet", "Third Army").
var ordinalWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
	thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// waterHeads end the names of features at sea, islands and island groups,
// which are places and never a person's name: a span ending in one that
// the tagger called a person ("Thomas Shoal") is a place, and so is one it
// called an organisation when every word of it is capitalised ("Senkaku
// Islands", "Kuril Islands"); an organisation named after islands has a
// lower-case word before them ("Bank of the Cayman Islands") or a head of
// its own after them ("Solomon Islands Broadcasting Corporation").
var waterHeads = wordSet(`shoal shoals reef reefs island islands islet islets isles atoll atolls archipelago
	cay cays strait straits`)

// ordinalPlaceHeads end names that an ordinal can begin: streets and the
// features of waterHeads, places; unitHeads, military units.
var (
	ordinalPlaceHeads = wordSet(`street avenue ave. road district ward`)
	unitHeads         = wordSet(`division fleet army corps brigade regiment battalion squadron`)
)

// ordinalNames gives a name its ordinal when the tagger left the ordinal
// out ("Second" + "Thomas Shoal", "Seventh" + "Fleet"): before a place's
// or a unit's head the ordinal tells two features or units apart and is
// part of the name (the shoals of the Spratlys are "First" and "Second
// Thomas Shoal"). A span ending in a waterHeads word is a place whatever
// the tagger said; a unit's name is an organisation.
func ordinalNames(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		last := strings.ToLower(words[j-1])
		water := waterHeads[last]
		unit := unitHeads[last]
		if !water && !unit && !ordinalPlaceHeads[last] || !capitalised(words[j-1]) {
			return
		}
		a := i
		if i > 0 && tags[i-1] == "O" && ordinal(words[i-1]) {
			a = i - 1
		}
		switch {
		case water && (typ == model.EntityPerson || typ == model.EntityOrg && allCapitalised(words[i:j])):
			typ = model.EntityLoc
		case a == i:
			return
		case unit:
			typ = model.EntityOrg
		case typ == model.EntityPerson:
			typ = model.EntityLoc
		}
		setSpan(tags, a, j, typ)
	})
}

// ordinal reports whether w is a capitalised ordinal ("Second", "82nd").
func ordinal(w string) bool {
	return capitalised(w) && ordinalWords[strings.ToLower(w)] || tokenize.IsDigitOrdinal(w)
}

// unitModifiers are the words between an ordinal and a unit's head in the
// names of military units ("82nd Airborne Division", "3rd Infantry
// Division", "1st Marine Expeditionary Force" has its own head, "Second
// Guards Tank Army").
var unitModifiers = wordSet(`airborne infantry armored armoured marine mechanized mechanised motorized
	motorised mountain cavalry tank guards artillery air assault special forces combined arms
	expeditionary fighter bomber carrier strike rifle`)

// ordinalUnits tags as an organisation an untagged military unit's name:
// a capitalised ordinal, up to three unitModifiers words and a unit's head
// ("Seventh Fleet", "82nd Airborne Division", "3rd Infantry Division"),
// all capitalised. Such a name is a unit of an armed force; the tagger,
// not knowing the words as a name, left them out. Sports reports are
// left alone: there "First Division" and "Second Division" are leagues,
// and so a spelled ordinal right before "Division" is left alone
// everywhere (a division needs a digit ordinal, "3rd Division", or a word
// between, "Third Armoured Division").
func ordinalUnits(words, tags []string, sports bool) {
	if sports {
		return
	}
	for i := 0; i < len(words); i++ {
		if tags[i] != "O" || !ordinal(words[i]) {
			continue
		}
		j := i + 1
		for j < len(words) && j-i <= 3 && tags[j] == "O" && capitalised(words[j]) && unitModifiers[strings.ToLower(words[j])] {
			j++
		}
		if j == len(words) {
			continue
		}
		head := strings.ToLower(words[j])
		if j == i+1 && head == "division" && !tokenize.IsDigitOrdinal(words[i]) {
			// "First Division", "Second Division": as often a league
			// as a unit, in reports not told apart as sports.
			continue
		}
		if tags[j] == "O" && capitalised(words[j]) && unitHeads[head] {
			setSpan(tags, i, j+1, model.EntityOrg)
			i = j
		}
	}
}
