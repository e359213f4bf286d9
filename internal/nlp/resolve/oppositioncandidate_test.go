package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOppositionCandidate: "opposition candidate" before a name, or in
// apposition with it, makes the person the opposition's, of the country
// its possessive or demonym writes or else of the dateline's, as
// "opposition leader" does; a ruling party's candidate is no opposition.
func TestOppositionCandidate(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		person          string
		country, sector string
	}{
		{"a title under a dateline",
			"MAPUTO (Wire) - Opposition candidate Venancio Mondlane rejected the results on Friday.",
			[][2]string{{"MAPUTO", "GPE"}, {"Wire", "ORG"}, {"Venancio Mondlane", "PER"}}, "Venancio Mondlane", "MOZ", "opposition"},
		{"a country's possessive",
			"MAPUTO (Wire) - Mozambique's opposition candidate Venancio Mondlane rejected the results on Friday.",
			[][2]string{{"MAPUTO", "GPE"}, {"Wire", "ORG"}, {"Mozambique", "GPE"}, {"Venancio Mondlane", "PER"}}, "Venancio Mondlane", "MOZ", "opposition"},
		{"a demonym abroad",
			"LONDON (Wire) - Kenyan opposition candidate Grace Achieng met British officials on Monday.",
			[][2]string{{"LONDON", "GPE"}, {"Wire", "ORG"}, {"Kenyan", "NORP"}, {"Grace Achieng", "PER"}, {"British", "NORP"}}, "Grace Achieng", "KEN", "opposition"},
		{"in apposition before the name",
			"KAMPALA (Wire) - The opposition candidate, Grace Achieng, accused the electoral commission of fraud.",
			[][2]string{{"KAMPALA", "GPE"}, {"Wire", "ORG"}, {"Grace Achieng", "PER"}}, "Grace Achieng", "UGA", "opposition"},
		{"a ruling party's candidate",
			"KAMPALA (Wire) - Ruling party candidate Grace Achieng accused the opposition of fraud.",
			[][2]string{{"KAMPALA", "GPE"}, {"Wire", "ORG"}, {"Grace Achieng", "PER"}}, "Grace Achieng", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		var got *model.Entity
		for i, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == c.person {
				got = &art.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no person %q in %v", c.name, c.person, art.Entities)
			continue
		}
		if got.Country != c.country || got.Sector != c.sector {
			t.Errorf("%s: %q -> %q %q, want %q %q", c.name, c.person, got.Country, got.Sector, c.country, c.sector)
		}
	}
}
