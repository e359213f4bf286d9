package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestArticleLeadName: an organisation whose name begins with a Romance or
// Arabic article ("La Pampilla", "La Brea") is not placed in Los Angeles
// because "La" folds to the city's abbreviation "LA"; the abbreviation
// written as one ("LA Times") still is.
func TestArticleLeadName(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, org string
		ents            []ent
		country         string
	}{
		{"a refinery named with La",
			"LIMA, Nov 18 (Reuters) - Oil from the La Pampilla refinery reached beaches north of the capital.", "La Pampilla",
			[]ent{{"LIMA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"La Pampilla", model.EntityOrg}},
			""},
		{"the abbreviation of Los Angeles",
			"Editors at the LA Times said on Monday the paper would cut jobs.", "LA Times",
			[]ent{{"LA Times", model.EntityOrg}},
			"USA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-11-18", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Text != c.org {
					continue
				}
				found = true
				if e.Country != c.country {
					t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.country)
				}
			}
			if !found {
				t.Fatalf("%s not among the entities", c.org)
			}
		})
	}
}
