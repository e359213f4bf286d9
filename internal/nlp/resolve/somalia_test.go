package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSomaliaStatesAndEUNavalForces: Somalia's federal member states (and
// Somaliland, coded by international recognition) are places of SOM, their
// capitals' English spellings are the GeoNames towns and cities, and the
// EU's naval operations are EU military. The entities are given as a
// tagger gives them.
func TestSomaliaStatesAndEUNavalForces(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		mention string
		want    string // actor id
		country string
		sector  string
	}{
		{"Puntland is a place of Somalia", "Puntland forces repelled an attack on Monday.",
			[]ent{{"Puntland", model.EntityGPE}}, "Puntland", "loc:puntland", "SOM", ""},
		{"Jubaland is a place of Somalia", "Troops in Jubaland clashed with militants.",
			[]ent{{"Jubaland", model.EntityGPE}}, "Jubaland", "loc:jubaland", "SOM", ""},
		{"self-declared Somaliland is coded SOM", "Somaliland held a presidential election on Wednesday.",
			[]ent{{"Somaliland", model.EntityGPE}}, "Somaliland", "loc:somaliland", "SOM", ""},
		{"Garowe dateline with the country", "GAROWE, Somalia (Newsgraph Wire) - Officials condemned the hijacking.",
			[]ent{{"GAROWE", model.EntityGPE}, {"Somalia", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}}, "GAROWE", "town:SOM:garoowe", "SOM", ""},
		{"a bare Garowe dateline with Puntland named after it", "GAROWE (Newsgraph Wire) - Puntland's president condemned the hijacking.",
			[]ent{{"GAROWE", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Puntland", model.EntityGPE}}, "GAROWE", "town:SOM:garoowe", "SOM", ""},
		{"a bare Garowe dateline with nothing of Somalia: no town", "GAROWE (Newsgraph Wire) - Officials condemned the hijacking.",
			[]ent{{"GAROWE", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}}, "GAROWE", "", "", ""},
		{"a town in Gaza named with the strip", "Israeli tanks pushed into Beit Lahia in the north of the Gaza Strip.",
			[]ent{{"Beit Lahia", model.EntityGPE}, {"the Gaza Strip", model.EntityLoc}}, "Beit Lahia", "town:PSE:bayt_lahya", "PSE", ""},
		{"Hargeisa is the city GeoNames spells Hargeysa", "Protesters marched in Hargeisa on Sunday.",
			[]ent{{"Hargeisa", model.EntityGPE}}, "Hargeisa", "city:SOM:hargeysa", "SOM", ""},
		{"a Puntland official is SOM government", "Puntland President Said Abdullahi Deni condemned the hijacking.",
			[]ent{{"Puntland", model.EntityGPE}, {"Said Abdullahi Deni", model.EntityPerson}}, "Said Abdullahi Deni", "", "SOM", "government"},
		{"EUNAVFOR Atalanta is EU military", "EUNAVFOR Atalanta said a warship was shadowing the vessel.",
			[]ent{{"EUNAVFOR Atalanta", model.EntityOrg}}, "EUNAVFOR Atalanta", "EUR.MIL.ATALANTA", "EUR", "military"},
		{"Operation Atalanta", "Operation Atalanta said it was tracking the dhow.",
			[]ent{{"Operation Atalanta", model.EntityOrg}}, "Operation Atalanta", "EUR.MIL.ATALANTA", "EUR", "military"},
		{"EU NAVFOR", "EU NAVFOR sent a frigate to the area.",
			[]ent{{"EU NAVFOR", model.EntityOrg}}, "EU NAVFOR", "EUR.MIL.ATALANTA", "EUR", "military"},
		{"Aspides in the Red Sea", "EUNAVFOR Aspides escorted two tankers through the Red Sea.",
			[]ent{{"EUNAVFOR Aspides", model.EntityOrg}, {"the Red Sea", model.EntityLoc}}, "EUNAVFOR Aspides", "EUR.MIL.ASPIDES", "EUR", "military"},
		{"bare Atalanta stays no EU force (the Bergamo club)", "Atalanta beat Napoli 2-1 on Sunday.",
			[]ent{{"Atalanta", model.EntityOrg}, {"Napoli", model.EntityOrg}}, "Atalanta", "", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.mention {
				continue
			}
			found = true
			if c.want != "" && e.ActorID != c.want || e.Country != c.country || c.sector != "" && e.Sector != c.sector {
				t.Errorf("%s: %q: %q -> %q (%s, %s), want %q (%s, %s)", c.name, c.text, c.mention, e.ActorID, e.Country, e.Sector, c.want, c.country, c.sector)
			}
			if c.want == "" && c.country == "" && e.ActorID != "" && e.Country != "" {
				t.Errorf("%s: %q: %q -> %q (%s), want no actor of a country", c.name, c.text, c.mention, e.ActorID, e.Country)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.mention)
		}
	}
}
