package nlp

import (
	"strings"
	"testing"
)

// stubPOS tags the words listed as nouns NN/NNS and every other word VBD,
// enough for acronymModifiersAreNoPersons, which reads only the tag after
// the acronym.
func stubPOS(nouns string) func([]string) []string {
	set := wordSet(nouns)
	return func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			switch {
			case set[w] && strings.HasSuffix(w, "s"):
				out[i] = "NNS"
			case set[w]:
				out[i] = "NN"
			default:
				out[i] = "VBD"
			}
		}
		return out
	}
}

func TestAcronymModifiersAreNoPersons(t *testing.T) {
	pos := stubPOS("cards data machines")
	for _, c := range []struct{ words, tags, want string }{
		// An acronym before a common noun modifies it: no person.
		{"disconnect unregistered SIM cards", "O O B-PER O", "O O O O"},
		{"police seized GPS data", "O O B-PER O", "O O O O"},
		{"thieves raided ATM machines", "O O B-PER O", "O O O O"},
		// An acronym before a verb, a capitalised word after it, a
		// person's name in ordinary case or of two words: left alone.
		{"NDLOVU said", "B-PER O", "B-PER O"},
		{"SIM Cards", "B-PER O", "B-PER O"},
		{"Sim cards", "B-PER O", "B-PER O"},
		{"JOHN SMITH data", "B-PER I-PER O", "B-PER I-PER O"},
		{"GPS", "B-PER", "B-PER"},
		// Only persons are untagged.
		{"NATO data", "B-ORG O", "B-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		acronymModifiersAreNoPersons(words, tags, pos)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
	// Without a part-of-speech tagger nothing changes.
	tags := []string{"O", "B-PER", "O"}
	acronymModifiersAreNoPersons([]string{"unregistered", "SIM", "cards"}, tags, nil)
	if tags[1] != "B-PER" {
		t.Errorf("no tagger: got %s, want B-PER", tags[1])
	}
}

func TestNationalArms(t *testing.T) {
	countries := wordSet("nigeria kenya ghana congo korea")
	country := func(ws []string) bool { return countries[strings.ToLower(strings.Join(ws, " "))] }
	places := wordSet("dr congo us")
	place := func(ws []string) bool { return places[strings.ToLower(strings.Join(ws, " "))] }
	for _, c := range []struct{ words, tags, want string }{
		// A brand's acronym before a country: the national subsidiary.
		{"ordered MTN Nigeria to disconnect", "O B-LOC I-LOC O O", "O B-ORG I-ORG O O"},
		{"BAT Kenya said", "B-GPE I-GPE O", "B-ORG I-ORG O"},
		{"MTN Ghana shares", "B-MISC I-MISC O", "B-ORG I-ORG O"},
		// A known place, an acronym that is a place, a capitalised word
		// (a region), no country after the acronym, or already an
		// organisation: left alone.
		{"fighting in DR Congo", "O O B-GPE I-GPE", "O O B-GPE I-GPE"},
		{"the US Kenya talks", "O B-LOC I-LOC O", "O B-LOC I-LOC O"},
		{"rain in Western Kenya", "O O B-LOC I-LOC", "O O B-LOC I-LOC"},
		{"the MTN Arena", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"MTN Nigeria said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"Nigeria said", "B-GPE O", "B-GPE O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		nationalArms(words, tags, country, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
