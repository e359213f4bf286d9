package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHomeLegislature: a legislature named without its country ("the
// National Assembly") is the home country's legislature, and stays an
// unplaced organisation when the story has no home country.
func TestHomeLegislature(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name string
		text string
		ents []ent
		body string
		want string // its actor id
	}{
		{"dateline Nairobi", "NAIROBI — The National Assembly must approve the nominees, the president said.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"National Assembly", model.EntityOrg}}, "National Assembly", "KEN.LEG"},
		{"dateline Abuja", "ABUJA — Lawmakers in the National Assembly rejected the budget on Tuesday.",
			[]ent{{"ABUJA", model.EntityGPE}, {"National Assembly", model.EntityOrg}}, "National Assembly", "NGA.LEG"},
		{"chamber of deputies", "ROME — The Chamber of Deputies approved the reform on Tuesday.",
			[]ent{{"ROME", model.EntityGPE}, {"Chamber of Deputies", model.EntityOrg}}, "Chamber of Deputies", "ITA.LEG"},
		{"no home country", "The National Assembly approved the budget on Tuesday.",
			[]ent{{"National Assembly", model.EntityOrg}}, "National Assembly", "doc:org:national_assembly"},
		{"a regional assembly is no national one", "NAIROBI — The Nairobi County Assembly approved the budget on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Nairobi County Assembly", model.EntityOrg}}, "Nairobi County Assembly", "doc:org:nairobi_county_assembly"},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2024-05-01", c.ents), c.body); got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.body, got, c.want)
		}
	}
}

// TestSameNamedParty: a party name two countries' parties share is the one
// of the country the story names; one the knowledge base holds only for
// a foreign country is, in a story datelined elsewhere that does not name
// that country, a party of the home country; Britain's stays Britain's.
func TestSameNamedParty(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string // the mention's actor id
		country    string // and country
	}{
		{"dateline Abuja", "ABUJA — The main opposition Labour Party rejected the result on Wednesday.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "NGA.PTY.LP", "NGA"},
		{"dateline London", "LONDON — The Labour Party won the by-election on Thursday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "GBR.PTY.LAB", "GBR"},
		{"no dateline keeps the knowledge base's", "The Labour Party won the by-election on Thursday.",
			[]ent{{"Labour Party", model.EntityOrg}}, "GBR.PTY.LAB", "GBR"},
		// A country with a Labour Party the knowledge base lacks: the
		// home country's party, not Britain's.
		{"dateline Dublin", "DUBLIN — The opposition Labour Party rejected the budget on Tuesday.",
			[]ent{{"DUBLIN", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "doc:org:labour_party", "IRL"},
		{"the text names the party's country", "WASHINGTON — Britain's Labour Party won the vote, the ambassador said.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Britain", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "GBR.PTY.LAB", "GBR"},
	} {
		art := resolveGiven(t, s, c.text, "2023-03-01", c.ents)
		got, country := "", ""
		for _, e := range art.Entities {
			if e.Text == "Labour Party" {
				got, country = e.ActorID, e.Country
			}
		}
		if got != c.want || country != c.country {
			t.Errorf("%s: %q -> %q (%s), want %q (%s)", c.name, c.text, got, country, c.want, c.country)
		}
	}
}

// TestElectoralHead: the holder named after an electoral body and a post
// at its head takes the body's country; a person of another post, or with
// no home country, takes none.
func TestElectoralHead(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string // the person's country
	}{
		{"chairman under a dateline", "ABUJA — The count was fair, said electoral commission chairman Ade Bello on Monday.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Ade Bello", model.EntityPerson}}, "Ade Bello", "NGA"},
		{"spokeswoman under a dateline", "NAIROBI — Results will follow on Friday, election board spokeswoman Jane Wanjiru said.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Jane Wanjiru", model.EntityPerson}}, "Jane Wanjiru", "KEN"},
		{"no post between", "ABUJA — The electoral commission told Ade Bello to wait.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Ade Bello", model.EntityPerson}}, "Ade Bello", ""},
		{"no home country", "The count was fair, said electoral commission chairman Ade Bello on Monday.",
			[]ent{{"Ade Bello", model.EntityPerson}}, "Ade Bello", ""},
	} {
		art := resolveGiven(t, s, c.text, "2023-03-01", c.ents)
		got := "?"
		for _, e := range art.Entities {
			if e.Text == c.person {
				got = e.Country
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q country %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}
