package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestMayorTitleCity: "<City> Mayor <Name>", the American press's way of
// naming a mayor, makes a name a U.S. city shares with another country's
// capital the U.S. city, unless the article names the other country; the
// name without the title keeps the capital (its country where it acts).
func TestMayorTitleCity(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"mayor's title before a name", "San Jose Mayor Matt Mahan said on Tuesday the city would borrow more.",
			[]ent{{"San Jose", model.EntityGPE}, {"Matt Mahan", model.EntityPerson}}, "city:USA:san_jose"},
		{"the other country named", "San Jose Mayor Diego Mora said on Tuesday that Costa Rica would help.",
			[]ent{{"San Jose", model.EntityGPE}, {"Diego Mora", model.EntityPerson}, {"Costa Rica", model.EntityGPE}}, "CRI"},
		{"no title: the capital", "Protesters marched in San Jose on Tuesday.",
			[]ent{{"San Jose", model.EntityGPE}}, "place:CRI:san_jose"},
		{"lower-case mayor is no title", "San Jose mayor elections were held on Sunday.",
			[]ent{{"San Jose", model.EntityGPE}}, "CRI"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			if got := mentionActor(art, "San Jose"); got != c.want {
				t.Errorf("San Jose -> %q, want %q", got, c.want)
			}
		})
	}
}
