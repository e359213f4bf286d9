package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPressAppositionLowerThe: an outlet the knowledge base lacks after a
// lower-case "the" ("a reporter for the Daily Graphic") gives its reporter
// the dateline's country, as "The Herald" does, when its name has a word
// of the news media's names; "the Ministry of Information" has none and
// gives no country (the post alone still reads as the press's).
func TestPressAppositionLowerThe(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"a reporter for the Daily Graphic",
			"ACCRA (Wire) - Kofi Mensah, a reporter for the Daily Graphic, was arrested by police on Monday.",
			[]ent{{"ACCRA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kofi Mensah", model.EntityPerson}, {"Daily Graphic", model.EntityOrg}},
			"Kofi Mensah", "GHA/media"},
		{"editor at the Sunday Mirror Times",
			"LUSAKA (Wire) - Mary Banda, an editor at the Sunday Mirror Times, was questioned by police on Tuesday.",
			[]ent{{"LUSAKA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Mary Banda", model.EntityPerson}, {"Sunday Mirror Times", model.EntityOrg}},
			"Mary Banda", "ZMB/media"},
		{"near miss: a reporter for a ministry",
			"ACCRA (Wire) - Kofi Mensah, a reporter for the Ministry of Information, was arrested by police on Monday.",
			[]ent{{"ACCRA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kofi Mensah", model.EntityPerson}, {"Ministry of Information", model.EntityOrg}},
			"Kofi Mensah", "/media"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}
