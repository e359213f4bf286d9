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
		// No dateline and no country shown: Britain's, Ireland's, Nigeria's,
		// Norway's, New Zealand's are all "the Labour Party"; a party of no
		// known country (see TestUnplacedNamesakeParty).
		{"no dateline and no country shown", "The Labour Party won the by-election on Thursday.",
			[]ent{{"Labour Party", model.EntityOrg}}, "doc:org:labour_party", ""},
		// A country with a Labour Party the knowledge base lacks: the
		// home country's party, not Britain's.
		{"dateline Dublin", "DUBLIN — The opposition Labour Party rejected the budget on Tuesday.",
			[]ent{{"DUBLIN", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "IRL.PTY.LAB", "IRL"},
		{"the text names the party's country", "WASHINGTON — Britain's Labour Party won the vote, the ambassador said.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Britain", model.EntityGPE}, {"Labour Party", model.EntityOrg}}, "GBR.PTY.LAB", "GBR"},
		// The agency's home is no country the story names.
		{"a British agency's byline", "NAIROBI (Reuters) — The Labour Party rejected the budget on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Labour Party", model.EntityOrg}}, "doc:org:labour_party", "KEN"},
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

// TestHomePartyLeader: the leader named after a party read as the home
// country's takes no country from the knowledge base's namesake abroad,
// and leads a party.
func TestHomePartyLeader(t *testing.T) {
	s := newStage(t)
	text := "NAIROBI (Reuters) — Labour Party leader John Kamau rejected the budget on Tuesday."
	art := resolveGiven(t, s, text, "2023-03-01", []ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg},
		{"Labour Party", model.EntityOrg}, {"John Kamau", model.EntityPerson}})
	found := false
	for _, e := range art.Entities {
		if e.Text != "John Kamau" {
			continue
		}
		found = true
		if e.Country == "GBR" || e.Sector != "party" {
			t.Errorf("John Kamau: %s/%s, want no British party's country and sector party", e.Country, e.Sector)
		}
	}
	if !found {
		t.Errorf("no mention John Kamau in %q", text)
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
		{"capitalised at the text's start after a dateline", "ABUJA (Reuters) - Electoral commission chairman Ade Bello said the vote would go ahead.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ade Bello", model.EntityPerson}}, "Ade Bello", "NGA"},
		{"capitalised at a sentence start", "ABUJA — The vote was calm. Election board chief Ade Bello said turnout was high.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Ade Bello", model.EntityPerson}}, "Ade Bello", "NGA"},
		{"capitalised inside a sentence is a name's", "ABUJA — Police said Electoral commission chairman Ade Bello was safe.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Ade Bello", model.EntityPerson}}, "Ade Bello", ""},
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

// TestHomeParliament: a bare "Parliament" is the home country's
// legislature, the parliament the text named before when there is one,
// and nothing in the United States, with no home country, or with a
// country written before it.
func TestHomeParliament(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string // the actor id of the last "Parliament"
	}{
		{"dateline Nairobi", "NAIROBI — Parliament passed the finance bill on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Parliament", model.EntityOrg}}, "KEN.LEG"},
		{"the European Parliament named before", "BRUSSELS — The European Parliament backed the law. Parliament will vote again in May.",
			[]ent{{"BRUSSELS", model.EntityGPE}, {"European Parliament", model.EntityOrg}, {"Parliament", model.EntityOrg}}, "EUR.PAR"},
		{"a United States dateline", "WASHINGTON — Parliament passed the bill on Tuesday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Parliament", model.EntityOrg}}, ""},
		{"no home country", "Parliament passed the bill on Tuesday.",
			[]ent{{"Parliament", model.EntityOrg}}, ""},
		// Not the home (Kenyan) legislature: the possessive's country's
		// own (possessedParliament).
		{"a country before it", "NAIROBI — Uganda's Parliament passed the bill on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Uganda", model.EntityGPE}, {"Parliament", model.EntityOrg}}, "UGA.LEG"},
		{"a street named after it", "NAIROBI — Protesters gathered on Parliament Road on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Parliament", model.EntityOrg}}, ""},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2024-05-01", c.ents), "Parliament"); got != c.want {
			t.Errorf("%s: %q: Parliament -> %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestHomeParliamentTwice: named twice, "Parliament" has a document id
// before it is relinked; both mentions take the home legislature.
func TestHomeParliamentTwice(t *testing.T) {
	s := newStage(t)
	text := "NAIROBI — Parliament passed the bill on Tuesday. The speaker of Parliament signed it."
	art := article(text, "2024-05-01")
	standInEntities(t, s.kb, art)
	first := entity(art, "Parliament", model.EntityOrg, 0)
	second := entity(art, "Parliament", model.EntityOrg, first.End)
	second.Sentence = 1
	art.Entities = []model.Entity{entity(art, "NAIROBI", model.EntityGPE, 0), first, second}
	s.Resolve(art)
	n := 0
	for _, e := range art.Entities {
		if e.Text == "Parliament" {
			n++
			if e.ActorID != "KEN.LEG" {
				t.Errorf("Parliament at %d -> %q, want KEN.LEG", e.Start, e.ActorID)
			}
		}
	}
	if n != 2 {
		t.Fatalf("%d mentions of Parliament, want 2", n)
	}
}

// TestBareLabourByDateline: a bare "Labour" is the dateline country's
// Labour party where the knowledge base holds one, even though the wire
// agency's credit names Britain; elsewhere it stays Britain's.
func TestBareLabourByDateline(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		dateline, want string
	}{
		{"WELLINGTON", "NZL.PTY.LAB"},
		{"DUBLIN", "IRL.PTY.LAB"},
		{"OSLO", "NOR.PTY.AP"},
		{"LONDON", "GBR.PTY.LAB"},
		{"PARIS", "GBR.PTY.LAB"},
	} {
		text := c.dateline + ", Nov 22 (Reuters) - Labour won the most seats in Saturday's election, officials said."
		ents := []ent{{c.dateline, model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Labour", model.EntityOrg}}
		if got := mentionActor(resolveGiven(t, s, text, "2026-11-23", ents), "Labour"); got != c.want {
			t.Errorf("%s: Labour -> %q, want %q", c.dateline, got, c.want)
		}
	}
}
