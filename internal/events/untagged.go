package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
)

// A city the tagger leaves untagged ("EU ministers will meet in Antwerp")
// is still where the event happens when nothing else could be meant, if
// its word keeps company with place names in the word clusters
// (clusters.PlaceWords: not Reading, Nice, Split or Mobile).
const (
	// untaggedCityPopulation is the least population of a city taken
	// untagged: a large city's name outweighs other readings (as
	// largeCityPopulation in internal/nlp).
	untaggedCityPopulation = 300000
)

// newPlaceWords finds the clusters rich in the knowledge base's city names.
func newPlaceWords(k *kb.KB, cl *clusters.Clusters) *clusters.PlaceWords {
	return clusters.NewPlaceWords(cl, k.OneWordCityWords())
}

// untaggedCity returns the city named by the one capitalised word at token
// i that no mention covers, or nil: a city of the knowledge base of at
// least untaggedCityPopulation, no given name, in a cluster of place
// names, and the whole name (no capitalised word, possessive or hyphen
// after it: "at Mobile World Congress", "in Nice's old town" are left
// alone).
//
// own holds the countries the sentence's actors and the article's home
// belong to (nil for none). A city of one of them needs neither the
// population nor the place-word company: "Croatian police arrested two
// protesters in Split" - a capitalised word mid-sentence that names a
// city of the very country acting reads as that city, though "split" is
// a common word; a common word is capitalised there by no other reading.
func (c *Coder) untaggedCity(toks []tok, ms []mention, i int, own map[string]bool) *mention {
	if c.kb == nil || i <= 0 || i >= len(toks) || !isCap(toks[i].text) || isPunct(toks[i].low) || mentionAt(toks, ms, i, 0) >= 0 {
		return nil
	}
	for _, m := range ms {
		if m.i <= i && i < m.j {
			return nil
		}
	}
	if i+1 < len(toks) {
		if n := toks[i+1]; isCap(n.text) && !isPunct(n.low) || n.low == "'s" || n.low == "'" || n.low == "-" {
			return nil
		}
	}
	w := toks[i].text
	if strings.ToUpper(w) == w || c.kb.GivenNameGender(w) != "" {
		return nil
	}
	a, ok := c.kb.City(kb.Normalize(w))
	if !ok {
		return nil
	}
	if !own[a.Country] && (a.Population < untaggedCityPopulation || !c.places.PlaceLike(kb.Normalize(w))) {
		return nil
	}
	return &mention{i: i, j: i + 1, text: w, actorID: a.ID, country: a.Country, kind: kb.TypePlace}
}

// untaggedVenue returns an untagged city after "in" or "at" in the clause
// of trigger t (see untaggedCity) as the event's place, looked for as
// venueAfter looks for a tagged one. After "in", a city of a country in
// own is taken whatever its word (see untaggedCity); "at" is left to the
// place-word test ("at Reading" is as often the verb's noun as the town).
func (c *Coder) untaggedVenue(toks []tok, ms []mention, t *trigger, own map[string]bool) *mention {
	for q := t.j; q+1 < len(toks) && q < t.next && q < t.j+14; q++ {
		if venueBreak(toks[q]) {
			return nil
		}
		switch toks[q].low {
		case "of", "to", "that", "and", "or":
			return nil
		case "in", "at":
			o := own
			if toks[q].low == "at" {
				o = nil
			}
			if m := c.untaggedCity(toks, ms, q+1, o); m != nil {
				return m
			}
		}
	}
	return nil
}

// ownCountries returns the countries of the sentence's mentions and the
// article's home country: the countries whose cities a capitalised common
// word after "in" may name (see untaggedCity).
func ownCountries(ms []mention, home string) map[string]bool {
	own := map[string]bool{}
	for _, m := range ms {
		if m.country != "" && m.kind != kb.TypePlace {
			own[m.country] = true
		}
	}
	if home != "" {
		own[home] = true
	}
	return own
}
