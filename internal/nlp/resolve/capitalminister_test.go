package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCapitalMinisterTitles: a demonym and portfolio before a minister's
// title give the person that country and the government sectorr even with
// a courtesy title between the title and the name; a capitalised
// minister's title with no country in a datelined story takes the
// dateline's country while no other country is named before it or in its
// sentence, and none for a visitor or no dateline; a former minister is
// the dateline's as a serving one is (formerStateTitle).
func TestCapitalMinisterTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		person          string
		country, sector string
	}{
		{"a prince between the title and the name",
			"RIYADH (Reuters) - Saudi Energy Minister Prince Faisal bin Nasser said on Wednesday output would stay steady.",
			[][2]string{{"RIYADH", "GPE"}, {"Reuters", "ORG"}, {"Saudi", "NORP"}, {"Faisal bin Nasser", "PER"}}, "Faisal bin Nasser", "SAU", "government"},
		{"the demonym's country in a story datelined elsewhere",
			"LONDON (Reuters) - Saudi Energy Minister Prince Faisal bin Nasser said on Wednesday output would stay steady.",
			[][2]string{{"LONDON", "GPE"}, {"Reuters", "ORG"}, {"Saudi", "NORP"}, {"Faisal bin Nasser", "PER"}}, "Faisal bin Nasser", "SAU", "government"},
		{"a sheikh",
			"DOHA (Reuters) - Qatari Foreign Minister Sheikh Khalid bin Hamad said the talks would resume on Monday.",
			[][2]string{{"DOHA", "GPE"}, {"Reuters", "ORG"}, {"Qatari", "NORP"}, {"Khalid bin Hamad", "PER"}}, "Khalid bin Hamad", "QAT", "government"},
		{"a general's rank written short",
			"LONDON (Reuters) - Sudanese Defence Minister Lt. Gen. Omar Hassan Idris said the army would hold the city.",
			[][2]string{{"LONDON", "GPE"}, {"Reuters", "ORG"}, {"Sudanese", "NORP"}, {"Omar Hassan Idris", "PER"}}, "Omar Hassan Idris", "SDN", "government"},
		{"a doctor",
			"NAIROBI (Reuters) - Somali Health Minister Dr. Amina Warsame said new cases had fallen.",
			[][2]string{{"NAIROBI", "GPE"}, {"Reuters", "ORG"}, {"Somali", "NORP"}, {"Amina Warsame", "PER"}}, "Amina Warsame", "SOM", "government"},
		{"a capitalised minister's title under a New Delhi dateline",
			"NEW DELHI (Reuters) - Commerce Minister Ravi Mehrotra said on Wednesday tariffs on steel would be cut.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Ravi Mehrotra", "PER"}}, "Ravi Mehrotra", "IND", "government"},
		{"an interior minister under a Bissau dateline",
			"BISSAU (Reuters) - Interior Minister Braima Sanha said on Wednesday the army had restored order.",
			[][2]string{{"BISSAU", "GPE"}, {"Reuters", "ORG"}, {"Braima Sanha", "PER"}}, "Braima Sanha", "GNB", "government"},
		{"two countries named before the title",
			"NEW DELHI (Reuters) - India and Pakistan traded fire overnight. Commerce Minister Ravi Mehrotra said on Wednesday trade would suffer.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"India", "GPE"}, {"Pakistan", "GPE"}, {"Ravi Mehrotra", "PER"}}, "Ravi Mehrotra", "", "government"},
		{"another country named in its sentence",
			"NEW DELHI (Reuters) - Commerce Minister Ravi Mehrotra met Japanese officials on Wednesday.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Ravi Mehrotra", "PER"}, {"Japanese", "NORP"}}, "Ravi Mehrotra", "", "government"},
		{"a visitor",
			"NEW DELHI (Reuters) - Visiting Commerce Minister Ravi Mehrotra said on Wednesday trade would grow.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Ravi Mehrotra", "PER"}}, "Ravi Mehrotra", "", ""},
		{"a former minister",
			"NEW DELHI (Reuters) - Former Commerce Minister Ravi Mehrotra said on Wednesday trade would grow.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Ravi Mehrotra", "PER"}}, "Ravi Mehrotra", "IND", ""},
		{"no dateline",
			"Commerce Minister Ravi Mehrotra said on Wednesday tariffs on steel would be cut.",
			[][2]string{{"Ravi Mehrotra", "PER"}}, "Ravi Mehrotra", "", "government"},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
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
		if got.Country != c.country {
			t.Errorf("%s: %q country %q, want %q", c.name, c.person, got.Country, c.country)
		}
		if c.sector != "" && got.Sector != c.sector {
			t.Errorf("%s: %q sectorr %q, want %q", c.name, c.person, got.Sector, c.sector)
		}
	}
}
