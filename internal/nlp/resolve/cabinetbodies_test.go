package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCabinetTitleCountry: a person the knowledge base does not list,
// written after a national cabinet title, takes the country a nationality
// word before the title or the story's dateline gives, as a government
// member; with neither, the title alone says no country.
func TestCabinetTitleCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string // the person's country; "" for none
	}{
		{"foreign minister, nationality word", "Iranian Foreign Minister Darius Farrokhzad said on Wednesday the talks would resume.",
			[]ent{{"Iranian", model.EntityNORP}, {"Darius Farrokhzad", model.EntityPerson}}, "IRN"},
		{"foreign minister, dateline", "TEHRAN — Foreign Minister Darius Farrokhzad told state television the talks would resume.",
			[]ent{{"TEHRAN", model.EntityGPE}, {"Darius Farrokhzad", model.EntityPerson}}, "IRN"},
		{"defence minister, dateline", "ANKARA — Defence Minister Kemal Oztas said on Wednesday the jets would be delivered in May.",
			[]ent{{"ANKARA", model.EntityGPE}, {"Kemal Oztas", model.EntityPerson}}, "TUR"},
		{"defense minister, U.S. spelling", "Polish Defense Minister Tomasz Wrobel said the brigade would move east.",
			[]ent{{"Polish", model.EntityNORP}, {"Tomasz Wrobel", model.EntityPerson}}, "POL"},
		{"interior minister", "Kenyan Interior Minister Peter Kamau said police had arrested 12 suspects.",
			[]ent{{"Kenyan", model.EntityNORP}, {"Peter Kamau", model.EntityPerson}}, "KEN"},
		{"finance minister", "Ghanaian Finance Minister Kofi Mensah-Boateng said the budget would be cut.",
			[]ent{{"Ghanaian", model.EntityNORP}, {"Kofi Mensah-Boateng", model.EntityPerson}}, "GHA"},
		{"justice minister", "Chilean Justice Minister Rosa Campos said the prison would close.",
			[]ent{{"Chilean", model.EntityNORP}, {"Rosa Campos", model.EntityPerson}}, "CHL"},
		{"trade minister", "Vietnamese Trade Minister Tran Van Long said exports had risen.",
			[]ent{{"Vietnamese", model.EntityNORP}, {"Tran Van Long", model.EntityPerson}}, "VNM"},
		{"health minister, dateline", "LIMA — Health Minister Carla Quispe said on Monday hospitals were full.",
			[]ent{{"LIMA", model.EntityGPE}, {"Carla Quispe", model.EntityPerson}}, "PER"},
		{"energy minister", "Nigerian Energy Minister Musa Bello said the grid had collapsed again.",
			[]ent{{"Nigerian", model.EntityNORP}, {"Musa Bello", model.EntityPerson}}, "NGA"},
		{"no nationality word, no dateline", "Foreign Minister Darius Farrokhzad said on Wednesday the talks would resume.",
			[]ent{{"Darius Farrokhzad", model.EntityPerson}}, ""},
	} {
		art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Type == model.EntityPerson {
				got, found = e.Country, true
				if c.want != "" && e.Sector != "government" {
					t.Errorf("%s: %q: sector %q, want government", c.name, c.text, e.Sector)
				}
			}
		}
		if !found {
			t.Fatalf("%s: no person in %v", c.name, art.Entities)
		}
		if got != c.want {
			t.Errorf("%s: %q: country %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
