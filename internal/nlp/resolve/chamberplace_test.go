package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestChamberInPlace: a bare "Congress" or "Senate" followed by "in" and a
// city or country stands there, so it is that country's legislature, with
// no dateline or against one; a place in the United States keeps the US
// chamber, and a chamber with no place after it is left to the home
// country (TestHomeChamber).
func TestChamberInPlace(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		chamber string // the chamber mention's text
		want    string // its actor id
	}{
		{"a capital after the chamber", "Protesters gathered outside the Congress in Lima on Monday.",
			[]ent{{"Congress", model.EntityOrg}, {"Lima", model.EntityGPE}}, "Congress", "PER.LEG"},
		{"a capital of two words", "Pensioners rallied outside Congress in Buenos Aires on Wednesday.",
			[]ent{{"Congress", model.EntityOrg}, {"Buenos Aires", model.EntityGPE}}, "Congress", "ARG.LEG"},
		{"a country after the chamber", "Teachers marched to Congress in Colombia on Tuesday.",
			[]ent{{"Congress", model.EntityOrg}, {"Colombia", model.EntityGPE}}, "Congress", "COL.LEG"},
		{"a senate in a capital", "Farmers protested outside the Senate in Manila on Friday.",
			[]ent{{"Senate", model.EntityOrg}, {"Manila", model.EntityGPE}}, "Senate", "PHL.LEG"},
		{"the place outweighs a dateline", "LIMA — Protesters gathered outside the Senate in Santiago on Friday.",
			[]ent{{"LIMA", model.EntityGPE}, {"Senate", model.EntityOrg}, {"Santiago", model.EntityGPE}}, "Senate", "CHL.LEG"},
		// Near misses: an American place, and no place at all.
		{"washington keeps the US chamber", "Protesters gathered outside Congress in Washington on Monday.",
			[]ent{{"Congress", model.EntityOrg}, {"Washington", model.EntityGPE}}, "Congress", "USA.LEG"},
		{"washington against a foreign dateline", "LIMA — Protesters gathered outside the Senate in Washington on Friday.",
			[]ent{{"LIMA", model.EntityGPE}, {"Senate", model.EntityOrg}, {"Washington", model.EntityGPE}}, "Senate", "USA.LEG.SEN"},
		{"no place after the chamber", "Protesters gathered outside Congress on Monday in the rain.",
			[]ent{{"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2024-05-01", c.ents), c.chamber); got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.chamber, got, c.want)
		}
	}
}
