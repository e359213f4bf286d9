package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCityOfNamedCountrysRegion checks that "the city of X", when the only
// city the knowledge base knows by the name lies in a country the article
// never names, is the region of that name in a country it does name (the
// city at its heart: Santa Cruz de la Sierra, Venezuela's Mérida), not the
// foreign namesake. A city of a country the article names, or one no
// region of a named country shares, keeps its city (last rows).
// Sentences written for this test.
func TestCityOfNamedCountrysRegion(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, place, want string
	}{
		{"Farmers blocked 30 highways across Bolivia on Tuesday, cutting off the city of Santa Cruz from the west.", "Santa Cruz", "place:BOL-SC"},
		{"Bolivian truck drivers blocked the roads into the city of Santa Cruz on Monday.", "Santa Cruz", "place:BOL-SC"},
		{"Students marched in the city of Mérida in western Venezuela on Monday to protest power cuts.", "Mérida", "place:VEN-L"},
		{"Floods cut off the city of Santa Cruz in the Philippines on Monday.", "Santa Cruz", "city:PHL:santa_cruz"},
		{"Mexican police detained six men in the city of Mérida on Monday.", "Mérida", "city:MEX:merida"},
		{"Protesters marched in the city of Mérida on Monday.", "Mérida", "city:MEX:merida"},
	} {
		ents := []ent{{c.place, model.EntityGPE}}
		for _, n := range []string{"Bolivia", "Venezuela", "Philippines"} {
			if strings.Contains(c.text, n) {
				ents = append(ents, ent{n, model.EntityGPE})
			}
		}
		art := resolveGiven(t, s, c.text, "2024-05-01", ents)
		if got := mentionActor(art, c.place); got != c.want {
			t.Errorf("%q: %s is %q, want %q", c.text, c.place, got, c.want)
		}
	}
}
