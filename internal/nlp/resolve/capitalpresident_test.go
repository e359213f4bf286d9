package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCapitalPresidentTitle: a capitalised "President" or "Vice President"
// before a person the knowledge base does not know, in a story datelined
// in that person's country, gives the person the dateline's country, as a
// capitalised minister's title does (TestCapitalMinisterTitles); another
// country named before the title or in its sentence, a visiting holder, a
// demonym's president and no dateline keep their own rules; a former
// president is the dateline's country's too, with no sector
// (formerPresidentTitle).
func TestCapitalPresidentTitle(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		person          string
		country, sector string
	}{
		{"a president who speaks",
			"LIMA (Wire) - President Ana Quispe said on Monday the economy would grow.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Ana Quispe", "PER"}}, "Ana Quispe", "PER", "government"},
		{"a president as the object, the home country named",
			"LIMA (Wire) - Peru's Congress voted on Thursday to remove President Ana Quispe from office.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Peru", "GPE"}, {"Congress", "ORG"}, {"Ana Quispe", "PER"}}, "Ana Quispe", "PER", "government"},
		{"a president in apposition to a critic",
			"TBILISI (Wire) - President Nino Kvaratskhelia, a critic of the government, said she would not accept the result.",
			[][2]string{{"TBILISI", "GPE"}, {"Wire", "ORG"}, {"Nino Kvaratskhelia", "PER"}}, "Nino Kvaratskhelia", "GEO", "government"},
		{"a vice president",
			"LIMA (Wire) - Vice President Luis Herrera will be sworn in on Thursday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Luis Herrera", "PER"}}, "Luis Herrera", "PER", "government"},
		{"another country in the sentence",
			"LIMA (Wire) - Chile's foreign minister met President Ana Quispe on Monday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Chile", "GPE"}, {"Ana Quispe", "PER"}}, "Ana Quispe", "", "government"},
		{"another country named before",
			"LIMA (Wire) - Chile recalled its ambassador on Monday. President Ana Quispe said the talks would go on.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Chile", "GPE"}, {"Ana Quispe", "PER"}}, "Ana Quispe", "", "government"},
		{"a former president",
			"LIMA (Wire) - Former President Luis Herrera was arrested on Monday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Luis Herrera", "PER"}}, "Luis Herrera", "PER", ""},
		{"a demonym's president",
			"LIMA (Wire) - Bolivian President Ana Quispe arrived on Monday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Bolivian", "NORP"}, {"Ana Quispe", "PER"}}, "Ana Quispe", "BOL", "government"},
		{"no dateline",
			"President Ana Quispe said on Monday the economy would grow.",
			[][2]string{{"Ana Quispe", "PER"}}, "Ana Quispe", "", "government"},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		var got *model.Entity
		for i, e := range art.Entities {
			if e.Type == model.EntityPerson && e.Text == c.person {
				got = &art.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no person %q in %v", c.name, c.person, art.Entities)
			continue
		}
		if got.Country != c.country {
			t.Errorf("%s: %q country %q, want %q", c.name, c.person, got.Country, c.country)
		}
		if c.sector != "" && got.Sector != c.sector {
			t.Errorf("%s: %q sector %q, want %q", c.name, c.person, got.Sector, c.sector)
		}
	}
}
