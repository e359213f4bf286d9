package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestRemitApposition: a role whose remit follows it ("envoy for the Horn
// of Africa", "ambassador to Japan") and then a name in apposition gives
// the person the role's body or country, as "UN envoy Hanna Tetteh"
// does; a place after "in", a list or a verb in place of the remit
// leaves the person unplaced.
func TestRemitApposition(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		want               string
	}{
		{"igo envoy with a regional remit", "The United Nations envoy for the Horn of Africa, Hanna Tetteh, appealed to Eritrea on Monday.", "Hanna Tetteh",
			[]ent{{"United Nations", model.EntityOrg}, {"Horn of Africa", model.EntityLoc}, {"Hanna Tetteh", model.EntityPerson}, {"Eritrea", model.EntityGPE}}, "UNO"},
		{"national envoy to a country", "The Kenyan ambassador to Japan, Wanjiru Otieno, met officials in Tokyo.", "Wanjiru Otieno",
			[]ent{{"Kenyan", model.EntityNORP}, {"Japan", model.EntityGPE}, {"Wanjiru Otieno", model.EntityPerson}, {"Tokyo", model.EntityGPE}}, "KEN"},
		{"no remit, as before", "The United Nations envoy, Hanna Tetteh, appealed to Eritrea on Monday.", "Hanna Tetteh",
			[]ent{{"United Nations", model.EntityOrg}, {"Hanna Tetteh", model.EntityPerson}, {"Eritrea", model.EntityGPE}}, "UNO"},
		{"a place after in is no remit", "The Kenyan envoys in Tokyo, Wanjiru Otieno said, would return.", "Wanjiru Otieno",
			[]ent{{"Kenyan", model.EntityNORP}, {"Tokyo", model.EntityGPE}, {"Wanjiru Otieno", model.EntityPerson}}, ""},
		{"a long clause is no remit", "The Kenyan envoy to the talks that ended in failure last week, Wanjiru Otieno, spoke.", "Wanjiru Otieno",
			[]ent{{"Kenyan", model.EntityNORP}, {"Wanjiru Otieno", model.EntityPerson}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson && e.Text == c.person {
					found = true
					if e.Country != c.want {
						t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.want)
					}
				}
			}
			if !found {
				t.Fatalf("no person %q in %v", c.person, art.Entities)
			}
		})
	}
}
