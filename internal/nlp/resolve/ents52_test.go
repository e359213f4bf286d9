package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOwnTitleSectors: the title right before a person's name says whom he
// serves. A title naming its own body ("opposition leader") is not given
// the sector of a body that acts on him ("police arrested ..."), nor is a
// bare title across a verb; an armed group's head leads the group (rebel),
// not a government; under a US dateline a bare "House" is the House of
// Representatives, whose speaker sits in the legislature.
func TestOwnTitleSectors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		country, sector    string
	}{
		{"opposition leader after the arresting police",
			"KAMPALA, Nov 18 (Reuters) - Ugandan police arrested opposition leader Kato Mugisha on Monday.", "Kato Mugisha",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ugandan", model.EntityNORP}, {"Kato Mugisha", model.EntityPerson}},
			"UGA", "opposition"},
		{"a bare spokesman after the arresting police",
			"KAMPALA, Nov 18 (Reuters) - Ugandan police detained spokesman Kato Mugisha on Monday.", "Kato Mugisha",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ugandan", model.EntityNORP}, {"Kato Mugisha", model.EntityPerson}},
			"", "government"},
		{"a police spokesman is still the police's",
			"KAMPALA, Nov 18 (Reuters) - Police spokesman Kato Mugisha said two men were held.", "Kato Mugisha",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kato Mugisha", model.EntityPerson}},
			"UGA", "police"},
		{"an armed group's leader",
			"DOHA, Nov 18 (Reuters) - Hamas leader Omar Rahim said the group would not disarm.", "Omar Rahim",
			[]ent{{"DOHA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Hamas", model.EntityOrg}, {"Omar Rahim", model.EntityPerson}},
			"PSE", "rebel"},
		{"an armed group's chief",
			"BEIRUT, Nov 18 (Reuters) - Hezbollah chief Omar Rahim said the group would not disarm.", "Omar Rahim",
			[]ent{{"BEIRUT", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Hezbollah", model.EntityOrg}, {"Omar Rahim", model.EntityPerson}},
			"LBN", "rebel"},
		{"House Speaker under a US dateline",
			"WASHINGTON, Nov 18 (Reuters) - House Speaker Tom Reilly said the chamber would vote on Tuesday.", "Tom Reilly",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"House", model.EntityOrg}, {"Tom Reilly", model.EntityPerson}},
			"USA", "legislature"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-11-18", c.ents)
			for _, e := range personsNamed(t, art, c.person) {
				if e.Country != c.country {
					t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.country)
				}
				if e.Sector != c.sector {
					t.Errorf("%s -> sector %q, want %q", e.Text, e.Sector, c.sector)
				}
			}
		})
	}
}

// TestUSHouse: a bare "House" or "the House" is the United States House of
// Representatives under a US dateline or after "U.S."; under another
// dateline it links to no chamber.
func TestUSHouse(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"the House under a US dateline", "WASHINGTON, Nov 18 (Reuters) - The House passed the spending bill on Tuesday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"House", model.EntityOrg}}, "USA.LEG.HOUSE"},
		{"U.S. before House under a foreign dateline", "LONDON, Nov 18 (Reuters) - The U.S. House passed the spending bill on Tuesday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"House", model.EntityOrg}}, "USA.LEG.HOUSE"},
		{"the House under a British dateline", "LONDON, Nov 18 (Reuters) - The House passed the spending bill on Tuesday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"House", model.EntityOrg}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-11-18", c.ents)
			for _, e := range art.Entities {
				if e.Text != "House" {
					continue
				}
				if got := e.ActorID; (c.want == "") != (got == "" || got[:4] == "doc:") || c.want != "" && got != c.want {
					t.Errorf("House -> %q, want %q", got, c.want)
				}
				return
			}
			t.Fatalf("no House in %v", art.Entities)
		})
	}
}
