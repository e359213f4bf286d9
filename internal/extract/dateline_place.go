package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/kb"
)

// knownDatelinePlace reports whether name, the place of a title-case
// dateline ("Panama City", "Nairobi"), is a place the knowledge base knows:
// a country, a capital or other place actor, one of its cities (GeoNames
// cities of 100,000 or more), or a place the dateline zone table
// (clockzone) has. Upper-case datelines need no such check, as ordinary
// sentences do not open in capitals; title-case ones do ("Officials, March
// 3 ..."), so the place is the evidence. The knowledge base is embedded and
// loaded once for the process (kb.Load); an error loading it leaves only
// the zone table.
func knownDatelinePlace(name string) bool {
	if clockzone.PlaceZone(name) != nil {
		return true
	}
	k, err := kb.Load()
	if err != nil || k == nil {
		return false
	}
	key := kb.Normalize(name)
	if key == "" {
		return false
	}
	if _, ok := k.City(key); ok {
		return true
	}
	for _, a := range k.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypeCountry || a.Type == kb.TypePlace {
			return true
		}
	}
	return false
}

// datelinePlaceIn reports whether each of quals names the country the
// place lies in, a state or province of it (an ID "place:USA-TX": a first-
// level region), or the place itself under another name ("Washington,
// D.C."): "Nairobi, Kenya", "Austin, Texas", "Washington, D.C., United
// States". The place must be a city or other place, not a country: a
// country and its neighbour ("Kenya, Uganda") are a list; so are two
// cities of one country ("Nairobi, Mombasa").
func datelinePlaceIn(place string, quals []string) bool {
	k, err := kb.Load()
	if err != nil || k == nil || len(quals) == 0 {
		return false
	}
	ids, countries := map[string]bool{}, map[string]bool{}
	key := kb.Normalize(place)
	if a, ok := k.City(key); ok {
		ids[a.ID], countries[a.Country] = true, true
	}
	for _, a := range k.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypePlace {
			ids[a.ID], countries[a.Country] = true, true
		}
	}
	usQual := false
	for _, q := range quals {
		_, abbrev := usStateAbbrev(q)
		usQual = usQual || abbrev
	}
	town := false
	if len(ids) == 0 || usQual && !countries["USA"] {
		// A US town ("Dekalb, Ill.", "Ames, Iowa") is a dateline's place
		// when a US state follows it: US datelines name towns far below
		// the size of the knowledge base's cities, always with the state,
		// and a town may share its name with a city abroad ("Cambridge,
		// Mass.").
		for _, a := range k.Towns(key) {
			if a.Country == "USA" {
				ids[a.ID], countries[a.Country], town = true, true, true
			}
		}
	}
	if len(ids) == 0 {
		return false
	}
	for _, q := range quals {
		if _, abbrev := usStateAbbrev(q); abbrev {
			// "New York, NY", "Dekalb, Ill.", "Albany, N.Y.": a state's
			// postal or AP abbreviation after a US place. (Spelt out,
			// "New York" would read as another city.)
			if !countries["USA"] {
				return false
			}
			continue
		}
		qk := kb.Normalize(q)
		if c, city := k.City(qk); city && !ids[c.ID] {
			// Another city ("Nairobi, Mombasa"), even one that also names
			// its county or province: a list, not a place and its region.
			return false
		}
		ok := false
		for _, a := range k.LookupNorm(qk, time.Time{}) {
			region := a.Type == kb.TypePlace && !strings.Contains(strings.TrimPrefix(a.ID, "place:"), ":")
			if town && !(region && a.Country == "USA") {
				continue // a town needs its state, not only its country
			}
			if ids[a.ID] || (a.Type == kb.TypeCountry || region) && countries[a.Country] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// bareDatelinePlace reports whether place alone, before sep and the text
// rest, is a dateline: "Indianapolis – The mayor said ...". Outlets drop
// the state and the agency from their home city's datelines, but a bare
// place also opens headlines and lists ("Paris - London flights",
// "Nairobi: a city of ..."), so only the plainest shape counts: a capital
// or a city of 100,000 or more (not a country, not a town), a dash set
// off by spaces (" - ", " – ", " — "; never a colon or a hyphen inside a
// word), and a sentence after it that opens with a capital letter and is
// no second known place.
func bareDatelinePlace(place, sep, rest string) bool {
	switch sep {
	case " - ", " – ", " — ":
	default:
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) {
		return false
	}
	if knownDatelinePlace(strings.TrimRight(first, ",.:;")) {
		return false // "Paris - London", "Berlin – Moscow talks"
	}
	k, err := kb.Load()
	if err != nil || k == nil {
		return false
	}
	if _, ok := k.City(kb.Normalize(place)); ok {
		return true
	}
	_, capital := k.Capital(place)
	return capital
}
