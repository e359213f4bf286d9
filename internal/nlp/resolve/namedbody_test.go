package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestNamedBodyCountry: a spokesman whose title names a body word
// ("ministry spokesman", "army spokesman") with no country takes the
// country the article wrote with that body before ("Egypt's foreign
// ministry", "the Israeli army"), even under another country's dateline;
// bodies of two countries, or a body word the story never placed, leave
// it no country.
func TestNamedBodyCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string
		want       string // the person's country
	}{
		{"a ministry named with its country before, no dateline",
			"Egypt's foreign ministry said on Tuesday it rejected the plan. Foreign ministry spokesman Kamal Saeed said the proposal was unacceptable.",
			[][2]string{{"Egypt", "GPE"}, {"Kamal Saeed", "PER"}}, "Kamal Saeed", "EGY"},
		{"under another country's dateline",
			"JERUSALEM (Reuters) - Israel struck Gaza on Tuesday. Egypt's foreign ministry condemned the strikes. Foreign ministry spokesman Kamal Saeed said the attack broke the truce.",
			[][2]string{{"JERUSALEM", "GPE"}, {"Reuters", "ORG"}, {"Israel", "GPE"}, {"Gaza", "GPE"}, {"Egypt", "GPE"}, {"Kamal Saeed", "PER"}}, "Kamal Saeed", "EGY"},
		{"a nationality before the body",
			"The Israeli army said on Monday it had struck a weapons depot. Army spokesman David Levi said two fighters were killed.",
			[][2]string{{"Israeli", "NORP"}, {"David Levi", "PER"}}, "David Levi", "ISR"},
		// A nationality right before a two-word body title is the
		// holder's, under another country's dateline too.
		{"a nationality before a two-word body title",
			"Azerbaijani foreign ministry spokesman Rauf Mammadli said the deal was dangerous.",
			[][2]string{{"Azerbaijani", "NORP"}, {"Rauf Mammadli", "PER"}}, "Rauf Mammadli", "AZE"},
		{"a nationality before a two-word body title under a foreign dateline",
			"YEREVAN (Reuters) - The deal is dangerous, Azerbaijani defence ministry spokesman Rauf Mammadli told the state news agency.",
			[][2]string{{"YEREVAN", "GPE"}, {"Reuters", "ORG"}, {"Azerbaijani", "NORP"}, {"Rauf Mammadli", "PER"}}, "Rauf Mammadli", "AZE"},
		{"a country's possessive before a two-word body title",
			"France's foreign ministry spokeswoman Claire Morel said the pact was defensive.",
			[][2]string{{"France", "GPE"}, {"Claire Morel", "PER"}}, "Claire Morel", "FRA"},
		// Must not: words before the body that name no country.
		{"no country before a two-word body title",
			"The foreign ministry spokesman Rauf Mammadli said the deal was dangerous.",
			[][2]string{{"Rauf Mammadli", "PER"}}, "Rauf Mammadli", ""},
		{"two countries' ministries",
			"Egypt's foreign ministry and Qatar's foreign ministry welcomed the truce on Tuesday. Foreign ministry spokesman Kamal Saeed said talks would resume.",
			[][2]string{{"Egypt", "GPE"}, {"Qatar", "GPE"}, {"Kamal Saeed", "PER"}}, "Kamal Saeed", ""},
		{"a body word never placed",
			"The talks were postponed on Tuesday. Foreign ministry spokesman Kamal Saeed said they would resume.",
			[][2]string{{"Kamal Saeed", "PER"}}, "Kamal Saeed", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
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
