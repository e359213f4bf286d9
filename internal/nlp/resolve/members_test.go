package resolve

import "testing"

// TestMembersOfNamedOrg: "members of" a named organisation, with or
// without a nationality and description before its name, are a mention of
// the organisation, as its fighters are; members of an intergovernmental
// body are its member states, not the body, and "members" with no
// organisation after it is no mention at all.
func TestMembersOfNamedOrg(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // the actor of the "Members" mention, "" for none
	}{
		{"a described armed group",
			"Members of the Palestinian group Hamas attacked an army post near the border on Tuesday",
			[][2]string{{"Palestinian", "NORP"}, {"Hamas", "ORG"}}, "PSE.REB.HAMAS"},
		{"a bare name",
			"Members of Hamas attacked an army post near the border on Tuesday",
			[][2]string{{"Hamas", "ORG"}}, "PSE.REB.HAMAS"},
		{"a private military company",
			"Members of the Wagner Group attacked a village in central Mali on Tuesday",
			[][2]string{{"Wagner Group", "ORG"}, {"Mali", "GPE"}}, "RUS.MIL.WAGNER"},
		{"an intergovernmental body's members are states",
			"Members of NATO attacked a village in central Mali on Tuesday",
			[][2]string{{"NATO", "ORG"}, {"Mali", "GPE"}}, ""},
		{"no organisation named",
			"Members of the village attacked an army post near the border on Tuesday",
			nil, ""},
	} {
		art := resolveWithTags(t, s, c.text, c.ents)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Text == "Members" {
				got, found = e.ActorID, true
			}
		}
		switch {
		case c.want == "" && found:
			t.Errorf("%s: a mention %q for Members, want none (%v)", c.name, got, art.Entities)
		case c.want != "" && got != c.want:
			t.Errorf("%s: Members -> %q (found %v), want %q (%v)", c.name, got, found, c.want, art.Entities)
		}
	}
}
