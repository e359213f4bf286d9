package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCourtInSeat: "the court in <city>" after an international court is
// named is that court when the city is its seat (data/seats.tsv), not the
// city's judiciary; a court in another city, or in the seat with no
// international court named, stays the local one.
func TestCourtInSeat(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string // actor id of the "court" role mention
	}{
		{"ITLOS in Hamburg", "The International Tribunal for the Law of the Sea ordered Russia to release the vessels. The court in Hamburg said the ships must be returned.",
			[]ent{{"International Tribunal for the Law of the Sea", model.EntityOrg}, {"Russia", model.EntityGPE}, {"Hamburg", model.EntityGPE}}, "ITLOS"},
		{"ECHR in Strasbourg", "The European Court of Human Rights ruled against Turkey on Tuesday. The court in Strasbourg said the detention was unlawful.",
			[]ent{{"European Court of Human Rights", model.EntityOrg}, {"Turkey", model.EntityGPE}, {"Strasbourg", model.EntityGPE}}, "COE.ECHR"},
		{"Inter-American Court in San Jose", "The Inter-American Court of Human Rights ordered Guatemala to reopen the case. The court in San Jose said the amnesty law was void.",
			[]ent{{"Inter-American Court of Human Rights", model.EntityOrg}, {"Guatemala", model.EntityGPE}, {"San Jose", model.EntityGPE}}, "OAS.IACTHR"},
		{"a court in another city is not the tribunal", "The International Tribunal for the Law of the Sea ordered Russia to release the vessels. The court in Strasbourg said nothing.",
			[]ent{{"International Tribunal for the Law of the Sea", model.EntityOrg}, {"Russia", model.EntityGPE}, {"Strasbourg", model.EntityGPE}}, "!ITLOS"},
		{"no international court named", "Police in Hamburg arrested two men on Monday. The court in Hamburg remanded them in custody.",
			[]ent{{"Hamburg", model.EntityGPE}, {"Hamburg", model.EntityGPE}}, "!ITLOS"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Text != "court" && e.Text != "The court" {
					continue
				}
				found = true
				if not, ok := cutBang(c.want); ok {
					if e.ActorID == not {
						t.Errorf("%q -> %s, want another actor", e.Text, e.ActorID)
					}
				} else if e.ActorID != c.want {
					t.Errorf("%q -> %s, want %s", e.Text, e.ActorID, c.want)
				}
			}
			if !found {
				t.Fatalf("no court mention in %v", art.Entities)
			}
		})
	}
}

func cutBang(s string) (string, bool) {
	if len(s) > 0 && s[0] == '!' {
		return s[1:], true
	}
	return s, false
}
