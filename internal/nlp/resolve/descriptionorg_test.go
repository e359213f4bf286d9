package resolve

import "testing"

// TestDescriptionBeforeOrg: a nationality and a word for an organisation
// of any kind ("company", "firm", "group") right before a named
// organisation describe it, whatever its sector, so that "Russian private
// military company Wagner Group" is Wagner and no second, business actor;
// a word of one trade ("carmaker") before an organisation of another
// sector, or another country's nationality, stays a description of its own.
func TestDescriptionBeforeOrg(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		mention    string
		want       string // the mention's actor id
	}{
		{"a private military company",
			"BAMAKO (Reuters) - Russian private military company Wagner Group said on Friday it would leave Mali.",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Russian", "NORP"}, {"Wagner Group", "ORG"}, {"Mali", "GPE"}},
			"military company", "RUS.MIL.WAGNER"},
		{"a private security firm",
			"BAMAKO (Reuters) - Russian private security firm Wagner Group said on Friday it would leave Mali.",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Russian", "NORP"}, {"Wagner Group", "ORG"}, {"Mali", "GPE"}},
			"firm", "RUS.MIL.WAGNER"},
		{"a company of its own sector",
			"MOSCOW (Reuters) - Russian oil company Rosneft said on Friday it would raise output.",
			[][2]string{{"MOSCOW", "GPE"}, {"Reuters", "ORG"}, {"Russian", "NORP"}, {"Rosneft", "ORG"}},
			"company", "RUS.BUS.ROSNEFT"},
		{"another country's company",
			"BAMAKO (Reuters) - French company Wagner Group said on Friday it would leave Mali.",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"French", "NORP"}, {"Wagner Group", "ORG"}, {"Mali", "GPE"}},
			"company", "FRA.BUS"},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
		if got := mentionActor(art, c.mention); got != c.want {
			t.Errorf("%s: %q -> %q, want %q (%v)", c.name, c.mention, got, c.want, art.Entities)
		}
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.ActorID != c.want {
				t.Errorf("%s: an extra actor %q for %q", c.name, e.ActorID, e.Text)
			}
		}
	}
}
