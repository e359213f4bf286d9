package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCountryLegislature: a legislature's name that carries no country
// ("National Assembly"), written with a country's possessive or demonym
// before it or inside it, is that country's legislature even in a story
// datelined elsewhere, as the bare name is the home country's
// (TestHomeLegislature); another body named so keeps no legislature.
func TestCountryLegislature(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text   string
		ents         [][2]string
		org          string
		want, sector string
	}{
		{"a possessive at home",
			"PARIS (Wire) - France's National Assembly toppled the government on Wednesday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"France", "GPE"}, {"National Assembly", "ORG"}}, "National Assembly", "FRA.LEG", "legislature"},
		{"a possessive abroad",
			"LONDON (Wire) - Pakistan's National Assembly elected a new prime minister on Monday.",
			[][2]string{{"LONDON", "GPE"}, {"Wire", "ORG"}, {"Pakistan", "GPE"}, {"National Assembly", "ORG"}}, "National Assembly", "PAK.LEG", "legislature"},
		{"a demonym in the name",
			"LONDON (Wire) - Kenyan lawmakers said the French National Assembly had rejected the bill.",
			[][2]string{{"LONDON", "GPE"}, {"Wire", "ORG"}, {"Kenyan", "NORP"}, {"French National Assembly", "ORG"}}, "French National Assembly", "FRA.LEG", "legislature"},
		{"a possessive of a two-word country",
			"LONDON (Wire) - South Africa's National Assembly passed the budget on Tuesday.",
			[][2]string{{"LONDON", "GPE"}, {"Wire", "ORG"}, {"South Africa", "GPE"}, {"National Assembly", "ORG"}}, "National Assembly", "ZAF.LEG", "legislature"},
		{"another national body",
			"LONDON (Wire) - France's National Library reopened on Tuesday.",
			[][2]string{{"LONDON", "GPE"}, {"Wire", "ORG"}, {"France", "GPE"}, {"National Library", "ORG"}}, "National Library", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		var got *model.Entity
		for i, e := range art.Entities {
			if e.Type == model.EntityOrg && e.Text == c.org {
				got = &art.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no organisation %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if c.want == "" {
			if got.Sector == "legislature" {
				t.Errorf("%s: %q -> %q sector %q, want no legislature", c.name, c.org, got.ActorID, got.Sector)
			}
			continue
		}
		if got.ActorID != c.want || got.Sector != c.sector {
			t.Errorf("%s: %q -> %q sector %q, want %q %q", c.name, c.org, got.ActorID, got.Sector, c.want, c.sector)
		}
	}
}
