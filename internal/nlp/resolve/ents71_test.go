package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSpeakerOfParliament: the speaker of a parliament, written in lower
// case or capitalised, speaks for the home country's legislature, and a
// capitalised "Parliament" after "of" stays a mention of that legislature
// (it is a body's name by itself, no fragment of the title).
func TestSpeakerOfParliament(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role, want string // the role mention and its actor
		body       string // a body mention that must stay, with the same actor
	}{
		{"lower case, Warsaw", "WARSAW — the speaker of parliament said the vote would be delayed.",
			[]ent{{"WARSAW", model.EntityGPE}}, "speaker of parliament", "POL.LEG", ""},
		{"lower case, Nairobi", "NAIROBI — the speaker of parliament said the vote would be delayed.",
			[]ent{{"NAIROBI", model.EntityGPE}}, "speaker of parliament", "KEN.LEG", ""},
		{"capitalised, Warsaw", "WARSAW — The speaker of Parliament said the vote would be delayed.",
			[]ent{{"WARSAW", model.EntityGPE}, {"Parliament", model.EntityOrg}}, "speaker of Parliament", "POL.LEG", "Parliament"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		got := ""
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Text == c.role {
				got = e.ActorID
			}
		}
		if got != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.role, got, c.want)
		}
		if c.body != "" {
			if b := mentionActor(art, c.body); b != c.want {
				t.Errorf("%s: %q -> %q, want %q", c.name, c.body, b, c.want)
			}
		}
	}
}

// TestSejm: Poland's chambers are its legislature wherever the story is
// datelined.
func TestSejm(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, body string }{
		{"BERLIN — The Sejm criticised the German government on Friday.", "Sejm"},
		{"WARSAW — The Polish Senate rejected the bill on Friday.", "Polish Senate"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{c.body, model.EntityOrg}})
		checkMention(t, art, c.body, "POL.LEG", "POL", "legislature")
	}
}

// TestBodyPostHolders: a person the knowledge base lacks, in apposition
// with a post of a party or a union, takes the body's country and sector;
// a post of another kind of body is left as the appositive reader gives it
// (the ministry's sector, the company's).
func TestBodyPostHolders(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person, body string
		bodyType                 string
		country, sector          string
	}{
		{"a union's secretary general", "NAIROBI — Francis Atwoli, the secretary general of the Central Organization of Trade Unions, said workers would strike.",
			"Francis Atwoli", "Central Organization of Trade Unions", model.EntityOrg, "KEN", "labour"},
		{"a party's leader, no article", "NAIROBI — Raila Odinga, leader of the ODM party, said the vote was rigged.",
			"Raila Odinga", "ODM", model.EntityOrg, "KEN", "party"},
		{"a ministry's spokeswoman", "NAIROBI — Jane Wambui, a spokeswoman for the Interior Ministry, said the curfew would end.",
			"Jane Wambui", "Interior Ministry", model.EntityOrg, "", "government"},
		{"a post of a company", "NAIROBI — Peter Kamau, the chief executive of Kestrel Holdings, said profits rose.",
			"Peter Kamau", "Kestrel Holdings", model.EntityOrg, "", "business"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"NAIROBI", model.EntityGPE}, {c.person, model.EntityPerson}, {c.body, c.bodyType}})
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

// TestSportFirstFederation: a federation styled sport first, "<Sport>
// <Country> Federation", is that country's sports actor, as "<Country>
// Football Federation" is; a body of another field with the country inside
// its name is not.
func TestSportFirstFederation(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, body, id, country, sector string
	}{
		{"NAIROBI — The Football Kenya Federation suspended the league on Monday.", "Football Kenya Federation", "KEN.SPT", "KEN", "sports"},
		{"LONDON — The Athletics Kenya Federation named its team on Monday.", "Athletics Kenya Federation", "KEN.SPT", "KEN", "sports"},
		{"LAGOS — The Nigeria Football Federation sacked the coach on Monday.", "Nigeria Football Federation", "NGA.SPT", "NGA", "sports"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{c.body, model.EntityOrg}})
		checkMention(t, art, c.body, c.id, c.country, c.sector)
	}
	art := resolveGiven(t, s, "NAIROBI — The Farmers Kenya Federation protested on Monday.", "2026-11-23", []ent{{"Farmers Kenya Federation", model.EntityOrg}})
	for _, e := range art.Entities {
		if e.Text == "Farmers Kenya Federation" && e.Sector == "sports" {
			t.Errorf("Farmers Kenya Federation -> %q sector sports", e.ActorID)
		}
	}
}
