package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOppositionLeaderApposition: a leader whose apposition says he leads
// the opposition, or a party it calls an opposition one, is the
// opposition's, not a government's (as a bare "leader" would make him);
// a leader of a ruling party keeps the government reading.
func TestOppositionLeaderApposition(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		want               string
	}{
		{"leader of the opposition party name", "Marek Dvorsky, leader of the opposition Progressive Slovakia, called for early elections.", "Marek Dvorsky",
			[]ent{{"Marek Dvorsky", model.EntityPerson}, {"Slovakia", model.EntityGPE}}, kb.SectorOpposition},
		{"leader of the opposition", "Marek Dvorsky, leader of the opposition, called for early elections.", "Marek Dvorsky",
			[]ent{{"Marek Dvorsky", model.EntityPerson}}, kb.SectorOpposition},
		{"head of the main opposition party", "Jana Kollar, head of the main opposition party, rejected the budget on Tuesday.", "Jana Kollar",
			[]ent{{"Jana Kollar", model.EntityPerson}}, kb.SectorOpposition},
		{"leader of the ruling party stays government", "Jana Kollar, leader of the ruling party, defended the budget on Tuesday.", "Jana Kollar",
			[]ent{{"Jana Kollar", model.EntityPerson}}, kb.SectorGovernment},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson && e.Text == c.person {
					found = true
					if e.Sector != c.want {
						t.Errorf("%s -> sector %q, want %q", e.Text, e.Sector, c.want)
					}
				}
			}
			if !found {
				t.Fatalf("no person %q in %v", c.person, art.Entities)
			}
		})
	}
}
