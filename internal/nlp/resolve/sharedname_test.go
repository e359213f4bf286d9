package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSharedNameStateNamedAfter: a name that is one state's body or an
// international one ("RSF": Sudan's Rapid Support Forces, Reporters
// Without Borders) is the state's when the article names that state
// anywhere, after the name too: by its name, a nationality word or a
// place of it. With nothing of the state named, the first listed stands;
// a name several states' bodies share ("Labour") is not decided by a
// place the story goes to.
func TestSharedNameStateNamedAfter(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text       string
		ents       []ent
		name, want string
	}{
		{"The RSF shelled El Fasher overnight.", []ent{{"RSF", model.EntityOrg}, {"El Fasher", model.EntityGPE}}, "RSF", "SDN.REB.RSF"},
		{"RSF fighters entered the Sudanese city.", []ent{{"RSF", model.EntityOrg}, {"Sudanese", model.EntityNORP}}, "RSF", "SDN.REB.RSF"},
		{"The RSF took the town, the army in Sudan said.", []ent{{"RSF", model.EntityOrg}, {"Sudan", model.EntityGPE}}, "RSF", "SDN.REB.RSF"},
		// Near misses.
		{"RSF said the reporter was jailed in Paris.", []ent{{"RSF", model.EntityOrg}, {"Paris", model.EntityGPE}}, "RSF", "RSF"},
		{"The RSF ranked press freedom.", []ent{{"RSF", model.EntityOrg}}, "RSF", "RSF"},
		{"Labour won the vote, and its leader later flew to Dublin.", []ent{{"Labour", model.EntityOrg}, {"Dublin", model.EntityGPE}}, "Labour", "GBR.PTY.LAB"},
	} {
		art := resolveGiven(t, s, c.text, "2024-05-01", c.ents)
		checked := false
		for _, e := range art.Entities {
			if e.Text == c.name {
				checked = true
				if e.ActorID != c.want {
					t.Errorf("%s\n\t%s -> %q, want %q", c.text, c.name, e.ActorID, c.want)
				}
			}
		}
		if !checked {
			t.Errorf("%s: no mention %q", c.text, c.name)
		}
	}
}
