package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCompanyTitles: "company" or "firm" in lower case before an office's
// title ("company president", "firm chairman") makes the holder a
// business's officer, not the state's office holder of that title; a
// ministry's word before the title keeps the government's (last row).
func TestCompanyTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		wantSector string
	}{
		{"a company's president, trailing attribution",
			"NAIROBI, Nov 23 (Reuters) - \"We remain committed to this acquisition,\" company president Peter Kamau said.", "business"},
		{"a company's president after the verb",
			"NAIROBI, Nov 23 (Reuters) - The refinery will close next month, said company president Peter Kamau.", "business"},
		{"a firm's president",
			"NAIROBI, Nov 23 (Reuters) - The mine will reopen on Monday, firm president Peter Kamau told reporters.", "business"},
		{"a ministry's secretary general",
			"NAIROBI, Nov 23 (Reuters) - Schools will reopen on Monday, ministry secretary general Peter Kamau told reporters.", "government"},
	} {
		ents := [][2]string{{"NAIROBI", "GPE"}, {"Reuters", "ORG"}, {"Peter Kamau", "PER"}}
		art := resolveTagged(t, s, c.text, "2026-11-23", ents)
		found := false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == "Peter Kamau" {
				found = true
				if e.Sector != c.wantSector {
					t.Errorf("%s: sector %q, want %q", c.name, e.Sector, c.wantSector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no person in %v", c.name, art.Entities)
		}
	}
}
