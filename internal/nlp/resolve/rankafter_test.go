package resolve

import "testing"

// TestRankAfterCommandTitle: an officer named with a rank after a command
// title in apposition ("army chief General ...") takes the title's
// country; with no country before the title, or with the rank alone, the
// officer gets none.
func TestRankAfterCommandTitle(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string // country/sector
	}{
		{"possessive country", "Pakistan's army chief General Sahir Shamshad Mirza met the delegation on Tuesday.",
			[]ent{{"Pakistan", "GPE"}, {"Sahir Shamshad Mirza", "PER"}}, "Sahir Shamshad Mirza", "PAK/military"},
		{"nationality", "The Ghanaian army chief General Kofi Mensah visited the border post.",
			[]ent{{"Ghanaian", "NORP"}, {"Kofi Mensah", "PER"}}, "Kofi Mensah", "GHA/military"},
		{"no country", "The army chief General Kofi Mensah visited the border post.",
			[]ent{{"Kofi Mensah", "PER"}}, "Kofi Mensah", "/military"},
		{"rank alone", "General Kofi Mensah visited the border post.",
			[]ent{{"Kofi Mensah", "PER"}}, "Kofi Mensah", "/military"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			got := "no mention"
			for _, e := range art.Entities {
				if e.Text == c.person {
					got = e.Country + "/" + e.Sector
				}
			}
			if got != c.want {
				t.Errorf("%q: %s -> %s, want %s", c.text, c.person, got, c.want)
			}
		})
	}
}
