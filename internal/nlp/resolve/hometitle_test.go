package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDomesticTitleDateline: a person the knowledge base does not list,
// titled as a home official or the opposition's leader with no country,
// before the name or in apposition before it, takes the country of the
// story's dateline, as a cabinet title does (TestCabinetTitleCountry);
// a title anyone's organisation has, or no dateline, places no one.
func TestDomesticTitleDateline(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		country, sector    string
	}{
		{"opposition leader before the name", "CONAKRY, March 23 (Reuters) - The count was rigged, opposition leader Mamadou Barry told Reuters.", "Mamadou Barry",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Mamadou Barry", model.EntityPerson}, {"Reuters", model.EntityOrg}}, "GIN", "opposition"},
		{"opposition politician before the name", "KAMPALA, Nov 18 (Reuters) - Police said opposition politician Jane Akello would appear in court.", "Jane Akello",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jane Akello", model.EntityPerson}}, "UGA", "opposition"},
		{"opposition figure opening the text", "KAMPALA, Nov 18 (Reuters) - Opposition figure Jane Akello was charged on Monday.", "Jane Akello",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jane Akello", model.EntityPerson}}, "UGA", "opposition"},
		{"opposition politician with no dateline", "Police said opposition politician Jane Akello would appear in court.", "Jane Akello",
			[]ent{{"Jane Akello", model.EntityPerson}}, "", ""},
		{"government spokesman in apposition", "CONAKRY, March 23 (Reuters) - The government spokesman, Sekou Camara, rejected the accusation.", "Sekou Camara",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sekou Camara", model.EntityPerson}}, "GIN", "government"},
		{"interior ministry spokesman in apposition", "LIMA, May 2 (Reuters) - The interior ministry spokesman, Rosa Quispe, said the curfew would end.", "Rosa Quispe",
			[]ent{{"LIMA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Rosa Quispe", model.EntityPerson}}, "PER", "government"},
		{"a company's spokesman in apposition", "CONAKRY, March 23 (Reuters) - The company spokesman, Sekou Camara, rejected the accusation.", "Sekou Camara",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sekou Camara", model.EntityPerson}}, "", ""},
		{"a bare spokesman in apposition", "CONAKRY, March 23 (Reuters) - The spokesman, Sekou Camara, rejected the accusation.", "Sekou Camara",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sekou Camara", model.EntityPerson}}, "", ""},
		{"no dateline", "The government spokesman, Sekou Camara, rejected the accusation.", "Sekou Camara",
			[]ent{{"Sekou Camara", model.EntityPerson}}, "", ""},
		{"another country named first", "CONAKRY, March 23 (Reuters) - Mali's envoy met the government spokesman, Sekou Camara, on Monday.", "Sekou Camara",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Mali", model.EntityGPE}, {"Sekou Camara", model.EntityPerson}}, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			for _, e := range personsNamed(t, art, c.person) {
				if e.Country != c.country {
					t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.country)
				}
				if c.sector != "" && e.Sector != c.sector {
					t.Errorf("%s -> sector %q, want %q", e.Text, e.Sector, c.sector)
				}
			}
		})
	}
}
