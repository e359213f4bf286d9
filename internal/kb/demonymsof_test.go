package kb

import (
	"slices"
	"testing"
)

// TestDemonymsOf: a country's nationality words are the reverse of
// Demonym, singular only, and a word the curated extras gave another
// country ("American" is the United States', not the Northern Mariana
// Islands') is listed for that country alone.
func TestDemonymsOf(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		country, word string
		want          bool
	}{
		{"CHN", "chinese", true},
		{"PRK", "north korean", true},
		{"USA", "american", true},
		{"MNP", "american", false},
		{"GBR", "british", true},
		{"KOR", "north korean", false},
		{"USA", "americans", false},
	} {
		if got := slices.Contains(k.DemonymsOf(c.country), c.word); got != c.want {
			t.Errorf("DemonymsOf(%s) has %q: %v, want %v (%q)", c.country, c.word, got, c.want, k.DemonymsOf(c.country))
		}
	}
	for _, cc := range []string{"CHN", "USA", "RUS", "DEU"} {
		for _, d := range k.DemonymsOf(cc) {
			if got, _ := k.DemonymNorm(d); got != cc {
				t.Errorf("DemonymsOf(%s) lists %q, which Demonym gives %s", cc, d, got)
			}
		}
	}
}
