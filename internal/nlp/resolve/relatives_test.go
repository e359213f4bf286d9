package resolve

import "testing"

// TestRelativeOfOfficeHolder: "X, the wife of Prime Minister Y," makes Y
// the office-holder, not X; a relative takes no sector from the office.
// A title of X's own in the apposition still counts.
func TestRelativeOfOfficeHolder(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text     string
		ents           []ent
		person, sector string
	}{
		{"wife", "MADRID, March 4 (Reuters) - A judge summoned Ana Ruiz, the wife of Prime Minister Luis Ortega, on Tuesday.",
			[]ent{{"MADRID", "GPE"}, {"Reuters", "ORG"}, {"Ana Ruiz", "PER"}, {"Luis Ortega", "PER"}}, "Ana Ruiz", ""},
		{"son, no article", "LIMA, May 9 (Reuters) - Hector Salas, son of President Rafael Salas, was charged on Monday.",
			[]ent{{"LIMA", "GPE"}, {"Reuters", "ORG"}, {"Hector Salas", "PER"}, {"Rafael Salas", "PER"}}, "Hector Salas", ""},
		{"brother-in-law", "NAIROBI, May 9 (Reuters) - Peter Kamau, a brother-in-law of the interior minister, was arrested.",
			[]ent{{"NAIROBI", "GPE"}, {"Reuters", "ORG"}, {"Peter Kamau", "PER"}}, "Peter Kamau", ""},
		// Near miss: a title of the person's own after "mother of three".
		{"own title", "MADRID, March 4 (Reuters) - Ana Ruiz, mother of two and Spain's health minister, said on Tuesday the plan would go ahead.",
			[]ent{{"MADRID", "GPE"}, {"Reuters", "ORG"}, {"Ana Ruiz", "PER"}, {"Spain", "GPE"}}, "Ana Ruiz", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
			for _, e := range art.Entities {
				if e.Text == c.person && e.Sector != c.sector {
					t.Errorf("%s -> %q %q, want sector %q", e.Text, e.Country, e.Sector, c.sector)
				}
			}
		})
	}
}
