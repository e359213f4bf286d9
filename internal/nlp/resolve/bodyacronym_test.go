package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An acronym written after "<Country>'s <body noun>" (or a nationality
// and the body noun) is that body's name: the country's, of the government
// or of the police, and the body noun before it is a mention of it, not of
// another body of the government. A body noun with no country, a news
// agency's word and a name in mixed case are left alone.
func TestBodyAcronym(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		acronym    string
		country    string
		sector     string
		roleIsIt   bool // the body noun is a role word ("agency") and resolves to the acronym's actor
	}{
		{"possessive country, intelligence agency", "Turkey's intelligence agency MIT said on Friday it had detained five suspects.",
			[]ent{{"Turkey", model.EntityGPE}, {"MIT", model.EntityOrg}}, "MIT", "TUR", "government", true},
		{"nationality, security service", "The Ukrainian security service SBU said it had opened a treason case.",
			[]ent{{"Ukrainian", model.EntityNORP}, {"SBU", model.EntityOrg}}, "SBU", "UKR", "government", false},
		{"three modifiers", "France's domestic intelligence directorate DGSI arrested two men on Tuesday.",
			[]ent{{"France", model.EntityGPE}, {"DGSI", model.EntityOrg}}, "DGSI", "FRA", "government", false},
		{"a police body", "Kenya's police service NPS said the officers had been suspended.",
			[]ent{{"Kenya", model.EntityGPE}, {"NPS", model.EntityOrg}}, "NPS", "KEN", "police", false},
		{"no country written with the body noun", "A spokesman said the agency MIT had detained five suspects.",
			[]ent{{"MIT", model.EntityOrg}}, "MIT", "", "", false},
		{"a news agency's word", "Turkey's state news agency AA said five suspects had been detained.",
			[]ent{{"Turkey", model.EntityGPE}, {"AA", model.EntityOrg}}, "AA", "", "", false},
	} {
		art := tagged(t, c.text, c.ents)
		s.Resolve(art)
		var acr, role *model.Entity
		for i := range art.Entities {
			e := &art.Entities[i]
			switch {
			case e.Text == c.acronym:
				acr = e
			case e.Type == EntityRole && e.End <= acr0(art, c.acronym) && e.End+1 == acr0(art, c.acronym):
				role = e
			}
		}
		if acr == nil {
			t.Fatalf("%s: %q: %s not resolved: %+v", c.name, c.text, c.acronym, art.Entities)
		}
		if c.country != "" && (acr.Country != c.country || acr.Sector != c.sector) {
			t.Errorf("%s: %q: %s -> %s/%s, want %s/%s", c.name, c.text, c.acronym, acr.Country, acr.Sector, c.country, c.sector)
		}
		if c.country == "" && acr.Sector == "government" {
			t.Errorf("%s: %q: %s -> %s/%s, want no state body", c.name, c.text, c.acronym, acr.Country, acr.Sector)
		}
		if c.roleIsIt && (role == nil || role.ActorID != acr.ActorID) {
			t.Errorf("%s: %q: body noun resolved as %+v, want %s", c.name, c.text, role, acr.ActorID)
		}
	}
}

// acr0 returns the offset of the acronym's first byte in the article.
func acr0(art *model.Article, acronym string) int {
	for _, e := range art.Entities {
		if e.Text == acronym {
			return e.Start
		}
	}
	return -1
}
