package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestLowerStateTitles: a state official's title written in lower case
// before the name, with no country of its own, in a story datelined in a
// country that names no other one before it or in its sentence, is the
// dateline country's (so is a capitalised minister's title, see
// TestCapitalMinisterTitles); a title of no state office,
// another country named, a visitor or no dateline leave it no country.
func TestLowerStateTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string
		want       string // the person's country
	}{
		{"a ministry spokesman in a New Delhi story",
			"NEW DELHI (Reuters) - India rejected the report on Thursday, ministry spokesman Arvind Mehra told reporters.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"India", "GPE"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", "IND"},
		{"a regional prefect in a story datelined in France",
			"LYON, France (Reuters) - Floods forced hundreds from their homes on Sunday, regional prefect Paul Garnier said.",
			[][2]string{{"LYON", "GPE"}, {"France", "GPE"}, {"Reuters", "ORG"}, {"Paul Garnier", "PER"}}, "Paul Garnier", "FRA"},
		{"another country named in the sentence",
			"NEW DELHI (Reuters) - Pakistan rejected the report on Thursday, ministry spokesman Arvind Mehra told reporters.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Pakistan", "GPE"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", ""},
		{"a visitor",
			"NEW DELHI (Reuters) - The talks went well, visiting ministry spokesman Arvind Mehra told reporters.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", ""},
		{"a role of no state office",
			"NEW DELHI (Reuters) - The shares fell on Thursday, company spokesman Arvind Mehra told reporters.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", ""},
		{"no dateline",
			"India rejected the report on Thursday, ministry spokesman Arvind Mehra told reporters.",
			[][2]string{{"India", "GPE"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", ""},
		{"a former official",
			"NEW DELHI (Reuters) - The plan will fail, former ministry spokesman Arvind Mehra told reporters.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Reuters", "ORG"}, {"Arvind Mehra", "PER"}}, "Arvind Mehra", "IND"},
	} {
		art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == c.person {
				got, found = e.Country, true
			}
		}
		if !found {
			t.Errorf("%s: no person %q in %v", c.name, c.person, art.Entities)
		} else if got != c.want {
			t.Errorf("%s: %q country %q, want %q", c.name, c.person, got, c.want)
		}
	}
}
