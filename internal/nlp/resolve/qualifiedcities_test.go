package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestQualifiedCities: a name cities of similar size in several countries
// share ("Richmond": Virginia's, British Columbia's; "Cambridge":
// England's, Massachusetts') stands for none of them alone, but its state
// or country after a comma, a nationality word or the dateline picks that
// country's city (cities.tsv rows marked qualified). A name one city has
// alone keeps it ("London" is the United Kingdom's), and a smaller
// namesake abroad, with its country, is never that city: it is a place of
// the document in the country named ("London, Ont."), as the data keeps no
// city of a name another country's city has alone. The entities are
// given as a tagger gives them.
func TestQualifiedCities(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		mention string // the mention under test
		want    string // its actor id; "" for none
		country string // its country
	}{
		{"a U.S. state's AP abbreviation", "Police in Richmond, Va., arrested two men on Monday.",
			[]ent{{"Richmond", model.EntityGPE}, {"Va.", model.EntityGPE}}, "Richmond", "city:USA:richmond_va", "USA"},
		{"a Canadian province's abbreviation", "Police in Richmond, B.C., arrested two men on Monday.",
			[]ent{{"Richmond", model.EntityGPE}, {"B.C.", model.EntityGPE}}, "Richmond", "city:CAN:richmond", "CAN"},
		{"a U.S. state's name", "Students in Cambridge, Massachusetts, marched on Friday.",
			[]ent{{"Cambridge", model.EntityGPE}, {"Massachusetts", model.EntityGPE}}, "Cambridge", "city:USA:cambridge_ma", "USA"},
		{"a U.S. state's short form", "Students in Cambridge, Mass., marched on Friday.",
			[]ent{{"Cambridge", model.EntityGPE}, {"Mass.", model.EntityGPE}}, "Cambridge", "city:USA:cambridge_ma", "USA"},
		{"a country of the United Kingdom", "Students in Cambridge, England, marched on Friday.",
			[]ent{{"Cambridge", model.EntityGPE}, {"England", model.EntityGPE}}, "Cambridge", "city:GBR:cambridge", "GBR"},
		{"a nationality word elsewhere", "British police said a protest in Cambridge ended peacefully.",
			[]ent{{"British", model.EntityNORP}, {"Cambridge", model.EntityGPE}}, "Cambridge", "city:GBR:cambridge", "GBR"},
		{"the dateline's country", "OTTAWA, Canada (Newsgraph Wire) - Flooding closed roads in Richmond on Tuesday.",
			[]ent{{"OTTAWA", model.EntityGPE}, {"Canada", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Richmond", model.EntityGPE}}, "Richmond", "city:CAN:richmond", "CAN"},
		{"a name one city has alone keeps it", "Police in London, England, arrested two men.",
			[]ent{{"London", model.EntityGPE}, {"England", model.EntityGPE}}, "London", "place:GBR:london", "GBR"},
		{"the larger city of a name alone", "Bushfires burned near Perth, Australia, on Monday.",
			[]ent{{"Perth", model.EntityGPE}, {"Australia", model.EntityGPE}}, "Perth", "city:AUS:perth", "AUS"},
		{"an abbreviation ending the sentence", "Flooding closed roads in Richmond, B.C. Crews worked overnight.",
			[]ent{{"Richmond", model.EntityGPE}, {"B.C.", model.EntityGPE}}, "Richmond", "city:CAN:richmond", "CAN"},
		// Must not: the name alone, a country that opens a clause or a
		// list, or another country's smaller namesake.
		{"a country after the comma that opens a clause", "Ministers met in Geneva, Russia said on Monday.",
			[]ent{{"Geneva", model.EntityGPE}, {"Russia", model.EntityGPE}}, "Geneva", "city:CHE:geneve", "CHE"},
		{"a country after the comma in a list", "Envoys flew to Geneva, Russia, and Turkey.",
			[]ent{{"Geneva", model.EntityGPE}, {"Russia", model.EntityGPE}, {"Turkey", model.EntityGPE}}, "Geneva", "city:CHE:geneve", "CHE"},
		{"a list of places", "There are flights to Damascus, Dubai, Kuwait and Istanbul.",
			[]ent{{"Damascus", model.EntityGPE}, {"Dubai", model.EntityGPE}, {"Kuwait", model.EntityGPE}, {"Istanbul", model.EntityGPE}}, "Damascus", "place:SYR:damascus", "SYR"},
		{"a region of the country named", "Bushfires burned across Victoria, Australia, on Monday.",
			[]ent{{"Victoria", model.EntityGPE}, {"Australia", model.EntityGPE}}, "Victoria", "place:AUS-VIC", "AUS"},
		{"a U.S. state named like a country", "A storm hit Atlanta, Georgia, on Monday.",
			[]ent{{"Atlanta", model.EntityGPE}, {"Georgia", model.EntityGPE}}, "Atlanta", "city:USA:atlanta", "USA"},
		{"the name alone, no country", "Flooding closed roads in Richmond on Tuesday.",
			[]ent{{"Richmond", model.EntityGPE}}, "Richmond", "", ""},
		{"a smaller namesake abroad is not the name's city", "Police in London, Ont., arrested two men.",
			[]ent{{"London", model.EntityGPE}, {"Ont.", model.EntityGPE}}, "London", "doc:place:london_can", "CAN"},
		{"a smaller namesake in another country is not the name's city", "Police in Perth, Scotland, arrested two men.",
			[]ent{{"Perth", model.EntityGPE}, {"Scotland", model.EntityGPE}}, "Perth", "doc:place:perth_gbr", "GBR"},
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
