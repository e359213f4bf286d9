package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBodyStaffTitles: the holder of a post of a body named right before
// it ("<Body> chairman Jane Roe") takes the body's country and sector,
// even when the body got them only from the home country (a commission
// named without its country); a body of no known country or sector gives
// nothing.
func TestBodyStaffTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text          string
		ents                [][2]string
		person              string
		country, wantSector string
	}{
		{"an electoral commission's chairman",
			"KAMPALA, Nov 23 (Reuters) - Electoral Commission chairman Peter Okello said on Sunday that voting would go ahead.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Electoral Commission", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "UGA", "government"},
		{"a revenue authority's deputy head",
			"KAMPALA, Nov 23 (Reuters) - Uganda Revenue Authority deputy head Peter Okello said on Sunday that taxes would rise.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Uganda Revenue Authority", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "UGA", "government"},
		{"a company's chairman",
			"KAMPALA, Nov 23 (Reuters) - Acme Holdings chairman Peter Okello said on Sunday that profits would rise.",
			[][2]string{{"KAMPALA", "GPE"}, {"Reuters", "ORG"}, {"Acme Holdings", "ORG"}, {"Peter Okello", "PER"}},
			"Peter Okello", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2026-11-23", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == c.person {
				found = true
				if e.Country != c.country || e.Sector != c.wantSector {
					t.Errorf("%s: %q is %q/%q, want %q/%q", c.name, c.person, e.Country, e.Sector, c.country, c.wantSector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no person %q in %v", c.name, c.person, art.Entities)
		}
	}
}
