package nlp

import (
	"strings"
	"testing"
)

// TestCountryPartyNames: "<name> Party of <country>" is one organisation's
// span whatever the tagger read in it; a run with no name before "Party",
// one placed with a word that is no country, and spans going on past the
// country or begun before the name are left as they are.
func TestCountryPartyNames(t *testing.T) {
	isCountry := func(ws []string) bool {
		switch strings.Join(ws, " ") {
		case "Albania", "Vietnam", "Philippines", "Cambodia":
			return true
		}
		return false
	}
	for _, c := range []struct{ words, tags, want string }{
		{"The Socialist Party of Albania won the vote .", "O B-LOC I-LOC I-LOC I-LOC O O O O", "O B-ORG I-ORG I-ORG I-ORG O O O O"},
		{"the Communist Party of Vietnam said", "O B-ORG I-ORG O B-GPE O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Khmer People 's Party of Cambodia said", "O O O O O O B-GPE O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Communist Party of the Philippines said", "O B-ORG I-ORG O O B-GPE O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// No name before "Party": not read as a name.
		{"a Party of Albania delegate", "O O O B-GPE O", "O O O B-GPE O"},
		// No country after "of".
		{"the Party of Regions and the Socialist Party of Europe", "O B-ORG I-ORG I-ORG O O B-ORG I-ORG O B-LOC", "O B-ORG I-ORG I-ORG O O B-ORG I-ORG O B-LOC"},
		// Lower-case "party of": a description, not a name.
		{"the ruling party of Vietnam said", "O O O O B-GPE O", "O O O O B-GPE O"},
		// A span going on past the country is another rule's reading.
		{"the Communist Party of Vietnam Central Committee met", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// A person's name before the party is no part of it.
		{"as told to Sokha Socialist Party of Albania", "O O O B-PER B-ORG I-ORG I-ORG B-GPE", "O O O B-PER B-ORG I-ORG I-ORG I-ORG"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		countryPartyNames(words, tags, isCountry)
		if g := strings.Join(tags, " "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, g, c.want)
		}
	}
}
