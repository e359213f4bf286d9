package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts64Actors: a leader the knowledge base holds with dates, a
// president's staff under a dateline, a union's leader in apposition and
// a news agency named after "state news agency" each get the country and
// sector the text gives them.
func TestEnts64Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, date, mention string
		ents                      []ent
		id, country, sector       string
	}{
		{"a sitting president the KB dates",
			"BISSAU, May 31 (Reuters) - President Umaro Sissoco Embalo met opposition leaders on Saturday.", "2025-06-01", "Umaro Sissoco Embalo",
			[]ent{{"BISSAU", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Umaro Sissoco Embalo", model.EntityPerson}},
			"", "GNB", "government"},
		{"a presidential spokesman under a dateline",
			"ABUJA, Nov 22 (Reuters) - The government will not pay the ransom, presidential spokesman Bayo Onanuga said on Saturday.", "2026-11-23", "Bayo Onanuga",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Bayo Onanuga", model.EntityPerson}},
			"", "NGA", "government"},
		{"a presidential adviser under a dateline",
			"ABUJA, Nov 22 (Reuters) - The government will not pay the ransom, presidential adviser Musa Ibrahim said on Saturday.", "2026-11-23", "Musa Ibrahim",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Musa Ibrahim", model.EntityPerson}},
			"", "NGA", "government"},
		{"a leader of a farmers' union",
			"WARSAW, Nov 22 (Reuters) - Jan Kowalski, a leader of the farmers' union, criticised the government on Saturday.", "2026-11-23", "Jan Kowalski",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jan Kowalski", model.EntityPerson}},
			"", "", "agriculture"},
		{"a leader of a teachers' union",
			"WARSAW, Nov 22 (Reuters) - Anna Nowak, a leader of the teachers' union, called a strike on Saturday.", "2026-11-23", "Anna Nowak",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Anna Nowak", model.EntityPerson}},
			"", "", "labour"},
		{"a state news agency the KB holds by its full name",
			"WARSAW, Nov 22 (Reuters) - Farmers blocked roads on Saturday, state news agency PAP reported.", "2026-11-23", "PAP",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"PAP", model.EntityOrg}},
			"POL.MED.PAP", "POL", "media"},
		{"a state news agency the KB holds without its short name",
			"SOFIA, Nov 22 (Reuters) - Farmers blocked roads on Saturday, state news agency BTA reported.", "2026-11-23", "BTA",
			[]ent{{"SOFIA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"BTA", model.EntityOrg}},
			"BGR.MED.BTA", "BGR", "media"},
		{"a state news agency the KB lacks",
			"VADUZ, Nov 22 (Reuters) - Farmers blocked roads on Saturday, state news agency LPA reported.", "2026-11-23", "LPA",
			[]ent{{"VADUZ", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"LPA", model.EntityOrg}},
			"", "LIE", "media"},
		{"a state news agency by its short name",
			"BRATISLAVA, Nov 22 (Reuters) - Farmers blocked roads on Saturday, state news agency TASR reported.", "2026-11-23", "TASR",
			[]ent{{"BRATISLAVA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"TASR", model.EntityOrg}},
			"SVK.MED.TASR", "SVK", "media"},
		{"another country's news agency keeps its country",
			"WARSAW, Nov 22 (Reuters) - Farmers blocked roads on Saturday, Slovak news agency TASR reported.", "2026-11-23", "TASR",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Slovak", model.EntityNORP}, {"TASR", model.EntityOrg}},
			"SVK.MED.TASR", "SVK", "media"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, c.date, c.ents)
			checkMention(t, art, c.mention, c.id, c.country, c.sector)
		})
	}
}
