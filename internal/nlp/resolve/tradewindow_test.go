package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestTradeDescriptionWindow: "the drugmaker", "the toymaker" or any
// "<product>maker" refers back up to three sentences to a company known to
// ply that trade; a company of another trade, one four sentences back,
// and, beyond the previous sentence, a firm of no known trade are not it.
func TestTradeDescriptionWindow(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role, want string // the role mention's text and actor ("" for none)
	}{
		{"a drugmaker three sentences back",
			"Pfizer raised its forecast on Tuesday. Shares rose. Analysts were pleased. The drugmaker said demand was strong.",
			[]ent{{"Pfizer", model.EntityOrg}}, "drugmaker", "USA.BUS.PFIZER"},
		{"the drugmaker of two companies",
			"Renault and Sanofi reported results on Thursday. Shares rose. The drugmaker said profits rose.",
			[]ent{{"Renault", model.EntityOrg}, {"Sanofi", model.EntityOrg}}, "drugmaker", "FRA.BUS.SANOFI"},
		{"a toymaker",
			"Hasbro cut 900 jobs on Monday. The toymaker said sales of board games fell.",
			[]ent{{"Hasbro", model.EntityOrg}}, "toymaker", "USA.BUS.HASBRO"},
		{"an automaker is a carmaker",
			"Toyota met unions on Monday. Talks went on. The automaker said it would try again.",
			[]ent{{"Toyota", model.EntityOrg}}, "automaker", "JPN.BUS.TOYOTAMOTOR"},
		// Near misses.
		{"four sentences back",
			"Pfizer raised its forecast on Tuesday. Shares rose. Analysts were pleased. Rivals fell. The drugmaker said demand was strong.",
			[]ent{{"Pfizer", model.EntityOrg}}, "drugmaker", ""},
		{"a company of another trade",
			"Nvidia shares jumped on Monday. The carmaker said it would recall 10,000 vehicles.",
			[]ent{{"Nvidia", model.EntityOrg}}, "carmaker", ""},
		{"a firm of no known trade beyond the previous sentence",
			"Kestrel Holdings raised its forecast. Shares rose. The drugmaker said demand was strong.",
			[]ent{{"Kestrel Holdings", model.EntityOrg}}, "drugmaker", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
			got, found := "", false
			for _, e := range art.Entities {
				if e.Type == EntityRole && e.Text == c.role {
					got, found = e.ActorID, true
				}
			}
			if !found && c.want != "" {
				t.Fatalf("no role mention %q in %v", c.role, art.Entities)
			}
			if got != c.want {
				t.Errorf("%q -> %q, want %q", c.role, got, c.want)
			}
		})
	}
}
