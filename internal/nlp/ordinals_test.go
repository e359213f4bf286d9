package nlp

import (
	"strings"
	"testing"
)

func TestOrdinalNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"boats reached Second Thomas Shoal on Tuesday", "O O O B-PER I-PER O O", "O O B-LOC I-LOC I-LOC O O"},
		{"the Seventh Fleet sailed", "O O B-ORG O", "O B-ORG I-ORG O"},
		{"the 82nd Airborne Division deployed", "O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"shops on Fifth Avenue closed", "O O O B-LOC O", "O O B-LOC I-LOC O"},
		{"the Third Army advanced", "O O B-ORG O", "O B-ORG I-ORG O"},
		// A feature at sea is no person, ordinal or not.
		{"near Scarborough Shoal", "O B-PER I-PER", "O B-LOC I-LOC"},
		// A named island group is a place, not an organisation; an
		// organisation named after one keeps its type.
		{"ships near the Senkaku Islands on Monday", "O O O B-ORG I-ORG O O", "O O O B-LOC I-LOC O O"},
		{"missiles on the Kuril Islands", "O O O B-ORG I-ORG", "O O O B-LOC I-LOC"},
		{"the Chagos Archipelago", "O B-ORG I-ORG", "O B-LOC I-LOC"},
		{"the Bank of the Cayman Islands said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Falkland Islands government", "O B-GPE I-GPE O", "O B-GPE I-GPE O"},
		// No ordinal, or none before a place's or unit's head.
		{"the Pacific Fleet sailed", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"the second Army unit", "O O B-ORG O", "O O B-ORG O"},
		{"Second Lady Jane Smith spoke", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"First Boston Bank said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		ordinalNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestOrdinalUnits(t *testing.T) {
	for _, c := range []struct {
		words, tags string
		sports      bool
		want        string
	}{
		{"The Seventh Fleet is based in Japan .", "O O O O O O O B-GPE O", false, "O B-ORG I-ORG O O O O B-GPE O"},
		{"Soldiers of the 82nd Airborne Division arrived .", "O O O O O O O O", false, "O O O B-ORG I-ORG I-ORG O O"},
		{"the 3rd Infantry Division moved", "O O O O O", false, "O B-ORG I-ORG I-ORG O"},
		// A tagged span is left to ordinalNames; an ordinal before other
		// words, or in lower case, is no unit.
		{"the Seventh Fleet sailed", "O B-ORG I-ORG O", false, "O B-ORG I-ORG O"},
		{"the second fleet of buses", "O O O O O", false, "O O O O O"},
		{"the Second World War", "O O O O", false, "O O O O"},
		{"the 82nd minute", "O O O", false, "O O O"},
		// A spelled ordinal right before "Division" is as often a league.
		{"SOCCER - RESULT IN SPANISH FIRST DIVISION .", "O O O O B-MISC O O O", false, "O O O O B-MISC O O O"},
		{"the Third Armoured Division crossed", "O O O O O", false, "O B-ORG I-ORG I-ORG O"},
		{"the 1st Division crossed", "O O O O", false, "O B-ORG I-ORG O"},
		// In a sports report a division is a league.
		{"promoted to the First Division", "O O O O O", true, "O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		ordinalUnits(words, tags, c.sports)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
