package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestTowns: a place below the cities' table (kb.KB.Towns) is taken only
// with its country in the article (named, by a demonym or an actor of the
// country, or as the dateline's) or, for a name one town has, where the
// text calls it a town; a place the text calls a town that no table holds
// gets the country named after "in" or the dateline's. Common words and
// names that are towns somewhere stay unlinked without such evidence. The
// entities are given as a tagger gives them.
func TestTowns(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		mention string // the mention under test
		want    string // its actor id; "" for none
		country string // its country
	}{
		{"a demonym before names the country", "Ukrainian troops shelled Russian positions near Avdiivka on Monday.",
			[]ent{{"Ukrainian", model.EntityNORP}, {"Russian", model.EntityNORP}, {"Avdiivka", model.EntityLoc}}, "Avdiivka", "town:UKR:avdiyivka", "UKR"},
		{"the country named after the town", "Fighting in Bakhmut went on for months. Ukraine said on Friday its troops had left.",
			[]ent{{"Bakhmut", model.EntityLoc}, {"Ukraine", model.EntityGPE}}, "Bakhmut", "town:UKR:bakhmut", "UKR"},
		{"the dateline's country", "BAMAKO, Mali (Newsgraph Wire) - Separatist fighters withdrew from Koutiala on Tuesday.",
			[]ent{{"BAMAKO", model.EntityGPE}, {"Mali", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Koutiala", model.EntityLoc}}, "Koutiala", "town:MLI:koutiala", "MLI"},
		{"one town of the name, called a town", "Police said the town of Dongola was calm on Sunday.",
			[]ent{{"Dongola", model.EntityLoc}}, "Dongola", "town:SDN:dongola", "SDN"},
		{"a town of each of two countries: the one named", "Floods hit Leer in South Sudan on Monday.",
			[]ent{{"Leer", model.EntityLoc}, {"South Sudan", model.EntityGPE}}, "Leer", "town:SSD:leer", "SSD"},
		{"a town no table holds, the country after in", "Rebels seized Bunagana, a town in eastern Congo, on Monday.",
			[]ent{{"Bunagana", model.EntityLoc}, {"Congo", model.EntityGPE}}, "Bunagana", "doc:place:bunagana_cod", "COD"},
		{"a town no table holds, the dateline's country", "GOMA, Congo (Newsgraph Wire) - Rebels seized the town of Kitchanga on Tuesday.",
			[]ent{{"GOMA", model.EntityGPE}, {"Congo", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Kitchanga", model.EntityLoc}}, "Kitchanga", "doc:place:kitchanga_cod", "COD"},
		{"a U.S. town with its state's AP abbreviation", "Police in Evanston, Ill., said the road was closed.",
			[]ent{{"Evanston", model.EntityGPE}, {"Ill.", model.EntityGPE}}, "Evanston", "town:USA:evanston", "USA"},
		{"a U.S. town with its state's name", "Fire crews in Fort Lee, New Jersey, worked through the night.",
			[]ent{{"Fort Lee", model.EntityGPE}, {"New Jersey", model.EntityGPE}}, "Fort Lee", "town:USA:fort_lee", "USA"},
		{"a state after a town the table has only abroad is the article's own U.S. place", "Floods hit Leer, Ga., on Monday.",
			[]ent{{"Leer", model.EntityGPE}, {"Ga.", model.EntityGPE}}, "Leer", "doc:place:leer_ga", "USA"},
		{"a dateline town no table holds, its country after the comma", "KAKUMA, Kenya, June 3 (Newsgraph Wire) - Police arrested four men on Tuesday.",
			[]ent{{"KAKUMA", model.EntityGPE}, {"Kenya", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}}, "KAKUMA", "doc:place:kakuma_ken", "KEN"},
		// Must not: no country named and no word calling it a town.
		{"an unknown place after the dateline, a country after its comma", "NAIROBI, June 3 (Newsgraph Wire) - Police in Kakura, Kenya, arrested four men.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Kakura", model.EntityGPE}, {"Kenya", model.EntityGPE}}, "Kakura", "", ""},
		{"a town of two countries, neither named", "Floods hit Leer on Monday.",
			[]ent{{"Leer", model.EntityLoc}}, "Leer", "", ""},
		{"a common word, no country", "Officials in Bath said the festival would go ahead.",
			[]ent{{"Bath", model.EntityLoc}}, "Bath", "", ""},
		{"a common word whose towns' countries are not named", "Officials in Mission said the bridge was closed. Mexico reopened its side.",
			[]ent{{"Mission", model.EntityLoc}, {"Mexico", model.EntityGPE}}, "Mission", "", ""},
		{"a given name stays a person's without a place word", "Britain's opposition leader thanked Barry for his work.",
			[]ent{{"Britain", model.EntityGPE}, {"Barry", model.EntityLoc}}, "Barry", "", ""},
		{"a given name after a preposition of place is the town", "British police closed roads in Barry on Sunday.",
			[]ent{{"British", model.EntityNORP}, {"Barry", model.EntityLoc}}, "Barry", "town:GBR:barry", "GBR"},
		{"a town's name after the is no town", "Kenyan herders crossed the Wamba with their cattle.",
			[]ent{{"Kenyan", model.EntityNORP}, {"Wamba", model.EntityLoc}}, "Wamba", "", ""},
		{"a place the text calls a town with no country anywhere", "Soldiers shelled the village of Karuba on Monday.",
			[]ent{{"Karuba", model.EntityLoc}}, "Karuba", "", ""},
		{"a town no table holds under a joint dateline: no country", "THE HAGUE/NEW YORK (Newsgraph Wire) - Inspectors blamed the air force for an attack on the town of Karuba.",
			[]ent{{"THE HAGUE", model.EntityGPE}, {"NEW YORK", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Karuba", model.EntityLoc}}, "Karuba", "", ""},
		{"a town no table holds under a joint dateline, the country after in", "GENEVA/NEW YORK (Newsgraph Wire) - Rebels seized the town of Kitchanga in eastern Congo on Tuesday.",
			[]ent{{"GENEVA", model.EntityGPE}, {"NEW YORK", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Kitchanga", model.EntityLoc}, {"Congo", model.EntityGPE}}, "Kitchanga", "doc:place:kitchanga_cod", "COD"},
		{"no cue, no table: nothing", "Congolese soldiers fought rebels near Kitchanga.",
			[]ent{{"Congolese", model.EntityNORP}, {"Kitchanga", model.EntityLoc}}, "Kitchanga", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2024-05-01", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.mention {
				continue
			}
			found = true
			if e.ActorID != c.want || e.Country != c.country {
				t.Errorf("%s: %q: %q -> %q (%s), want %q (%s)", c.name, c.text, c.mention, e.ActorID, e.Country, c.want, c.country)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.mention)
		}
	}
}
