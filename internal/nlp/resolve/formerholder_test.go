package resolve

import "testing"

// TestFormerHolderNoSector: "Former President X" and "ex-President X" no
// longer hold the office, so the title gives them no sector; a serving
// holder and a "then-" holder (who held it at the time told) keep it.
func TestFormerHolderNoSector(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, dateline, person, sector string
	}{
		{"former, opening", "WASHINGTON, March 4 (Reuters) - Former President Walter Hague criticised the bill.", "WASHINGTON", "Walter Hague", ""},
		{"ex-, after by", "WASHINGTON, March 4 (Reuters) - The bill was criticised by ex-President Joan Mercer.", "WASHINGTON", "Joan Mercer", ""},
		{"former minister", "LIMA, March 4 (Reuters) - Former Finance Minister Luis Herrera was arrested on Monday.", "LIMA", "Luis Herrera", ""},
		// Near misses: a serving president, a then-president.
		{"serving", "LIMA, March 4 (Reuters) - President Luis Herrera criticised the bill.", "LIMA", "Luis Herrera", "government"},
		{"then-", "LIMA, March 4 (Reuters) - The deal was signed in 2015 by then-President Luis Herrera.", "LIMA", "Luis Herrera", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", []ent{{c.dateline, "GPE"}, {"Reuters", "ORG"}, {c.person, "PER"}})
			for _, e := range art.Entities {
				if e.Text == c.person && e.Sector != c.sector {
					t.Errorf("%s -> %q %q, want sector %q", e.Text, e.Country, e.Sector, c.sector)
				}
			}
		})
	}
}
