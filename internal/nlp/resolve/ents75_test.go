package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBodyPostBefore: a person the knowledge base lacks, named after a
// lower-case post of a body ("<body> secretary-general <Name>"), holds the
// body's post, not an office of the state: a party or a union of a country
// gives its country and sector, a body the knowledge base does not know
// leaves the sector unknown rather than the government's, and a capitalised
// title or a government body is left as the role reader gives it.
func TestBodyPostBefore(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, body, person string
		country, sector          string
	}{
		{"a party's officer", "NAIROBI — The vote was rigged, ODM secretary-general Edwin Sifuna said on Monday.",
			"ODM", "Edwin Sifuna", "KEN", "party"},
		{"an unknown body's officer", "NAIROBI — Lecturers will stay on strike, UASU secretary-general Constantine Wasonga said on Monday.",
			"UASU", "Constantine Wasonga", "KEN", ""},
		{"a ministry's spokesman", "NAIROBI — Police will stay, Interior Ministry spokesman Ann Wanjiru said on Monday.",
			"Interior Ministry", "Ann Wanjiru", "KEN", "government"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"NAIROBI", model.EntityGPE}, {c.body, model.EntityOrg}, {c.person, model.EntityPerson}})
		var p *model.Entity
		for i := range art.Entities {
			if art.Entities[i].Text == c.person {
				p = &art.Entities[i]
			}
		}
		if p == nil {
			t.Errorf("%s: no mention %q", c.name, c.person)
			continue
		}
		if p.Country != c.country || p.Sector != c.sector {
			t.Errorf("%s: %s -> %q/%q, want %q/%q", c.name, c.person, p.Country, p.Sector, c.country, c.sector)
		}
	}
}

// TestIGOStaffAppositive: a person described in apposition as an
// international organisation's, by any lower-case noun ("a U.N. human
// rights investigator", "a WHO epidemiologist"), is the organisation's; a
// noun after another kind of body, or words going on past the apposition,
// make no such holder.
func TestIGOStaffAppositive(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person, body string
		country, sector          string
	}{
		{"a U.N. investigator", "GENEVA — Maria Lindqvist, a U.N. human rights investigator, condemned the shelling.",
			"Maria Lindqvist", "U.N.", "UNO", "igo"},
		{"a WHO epidemiologist", "GENEVA — Jane Roe, a WHO epidemiologist, warned of an outbreak.",
			"Jane Roe", "WHO", "WHO", "igo"},
		{"a news agency's photographer", "GENEVA — Jane Roe, a Reuters photographer, was detained.",
			"Jane Roe", "Reuters", "", ""},
		{"no closing comma", "GENEVA — Jane Roe, a U.N. human rights investigator who resigned in May said the inquiry was closed.",
			"Jane Roe", "U.N.", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"GENEVA", model.EntityGPE}, {c.person, model.EntityPerson}, {c.body, model.EntityOrg}})
		var p *model.Entity
		for i := range art.Entities {
			if art.Entities[i].Text == c.person {
				p = &art.Entities[i]
			}
		}
		if p == nil {
			t.Errorf("%s: no mention %q", c.name, c.person)
			continue
		}
		if p.Country != c.country || p.Sector != c.sector {
			t.Errorf("%s: %s -> %q/%q, want %q/%q", c.name, c.person, p.Country, p.Sector, c.country, c.sector)
		}
	}
}
