package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSharedCityName: a city's name another country's city also bears
// ("Kochi": Japan's prefecture and city, India's Cochin) is the city of a
// country the article names, by a mention resolved before it (the Indian
// ship, Japan's coast guard) or by the country's name; with none, the
// larger city of the two, as a city of half a million outranks a region.
func TestSharedCityName(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, place string
		ents              []ent // in text order, the place among them
		want              string
	}{
		{"the Indian ship's port", "The Indian navy ship docked in Kochi on Tuesday.", "Kochi",
			[]ent{{"Indian", model.EntityNORP}, {"Kochi", model.EntityGPE}}, "city:IND:cochin"},
		{"India named after the city", "Floods hit Kochi, the port city in southern India.", "Kochi",
			[]ent{{"Kochi", model.EntityGPE}, {"India", model.EntityGPE}}, "city:IND:cochin"},
		{"Japan named before", "Japan's coast guard said a typhoon was approaching Kochi.", "Kochi",
			[]ent{{"Japan", model.EntityGPE}, {"Kochi", model.EntityGPE}}, "place:JPN-39"},
		{"no country: the larger city", "Heavy rain hit Kochi on Tuesday.", "Kochi",
			[]ent{{"Kochi", model.EntityGPE}}, "city:IND:cochin"},
		{"a nationality word names Lebanon over Libya's capital", "Lebanese troops clashed with gunmen in Tripoli on Tuesday.", "Tripoli",
			[]ent{{"Lebanese", model.EntityNORP}, {"Tripoli", model.EntityGPE}}, "city:LBN:tripoli"},
		{"the nationality word after the city", "Gunmen clashed in Tripoli on Tuesday, the Lebanese army said.", "Tripoli",
			[]ent{{"Tripoli", model.EntityGPE}, {"Lebanese", model.EntityNORP}}, "city:LBN:tripoli"},
		{"the dateline names Lebanon", "BEIRUT (Reuters) - Gunmen clashed with troops in Tripoli on Tuesday.", "Tripoli",
			[]ent{{"BEIRUT", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Tripoli", model.EntityGPE}}, "city:LBN:tripoli"},
		{"Libya named: its capital", "Libyan militias clashed in Tripoli on Tuesday.", "Tripoli",
			[]ent{{"Libyan", model.EntityNORP}, {"Tripoli", model.EntityGPE}}, "place:LBY:tripoli"},
		{"both named: the text does not decide", "Libyan and Lebanese envoys met in Tripoli on Tuesday.", "Tripoli",
			[]ent{{"Libyan", model.EntityNORP}, {"Lebanese", model.EntityNORP}, {"Tripoli", model.EntityGPE}}, "place:LBY:tripoli"},
		{"a region's name: the Spanish city", "Farmers protested in Cordoba on Tuesday, the Spanish government said.", "Cordoba",
			[]ent{{"Cordoba", model.EntityGPE}, {"Spanish", model.EntityNORP}}, "city:ESP:cordoba"},
		{"Pakistan's Hyderabad", "Police in Hyderabad arrested two men, Pakistani officials said.", "Hyderabad",
			[]ent{{"Hyderabad", model.EntityGPE}, {"Pakistani", model.EntityNORP}}, "city:PAK:hyderabad"},
		{"an unshared name is untouched", "Floods hit Osaka on Tuesday.", "Osaka",
			[]ent{{"Osaka", model.EntityGPE}}, "city:JPN:osaka"},
	} {
		art := tagged(t, c.text, c.ents)
		s.Resolve(art)
		for _, e := range art.Entities {
			if e.Text == c.place && e.ActorID != c.want {
				t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.place, e.ActorID, c.want)
			}
		}
	}
}
