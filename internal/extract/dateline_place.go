package extract

import (
	"strings"
	"time"

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
	if len(ids) == 0 {
		return false
	}
	for _, q := range quals {
		qk := kb.Normalize(q)
		if c, city := k.City(qk); city && !ids[c.ID] {
			// Another city ("Nairobi, Mombasa"), even one that also names
			// its county or province: a list, not a place and its region.
			return false
		}
		ok := false
		for _, a := range k.LookupNorm(qk, time.Time{}) {
			region := a.Type == kb.TypePlace && !strings.Contains(strings.TrimPrefix(a.ID, "place:"), ":")
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
