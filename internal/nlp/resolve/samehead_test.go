package resolve

import (
	"strings"
	"testing"
)

// TestSameHeadRole: a definite role with no office ("the junta", "the
// army") right after a role of the same head noun that named its country is
// that body again, not the latest organisation of the same sector (a
// foreign armed group named in between). With no such role before, the
// sector's organisation named last is still taken.
func TestSameHeadRole(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		wantRole   string      // text|actor/country of the last role mention with that text
	}{
		{"junta after a foreign armed group", "Niger's military junta invited the Wagner Group to help. The junta also expelled the French ambassador.",
			[][2]string{{"Niger", "GPE"}, {"Wagner Group", "ORG"}, {"French", "NORP"}},
			"junta|NER.MIL/NER"},
		{"army after a foreign armed group", "Sudan's army fought the Wagner Group near Khartoum. The army said it had retaken the bridge.",
			[][2]string{{"Sudan", "GPE"}, {"Wagner Group", "ORG"}, {"Khartoum", "GPE"}},
			"army|SDN.MIL/SDN"},
		{"no earlier role: the organisation of the sector named last", "Russia's Wagner Group moved fighters north. The army said it had retaken the bridge.",
			[][2]string{{"Russia", "GPE"}, {"Wagner Group", "ORG"}},
			"army|RUS.MIL.WAGNER/RUS"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-08-03", c.ents)
			var got []string
			last := ""
			text := strings.SplitN(c.wantRole, "|", 2)[0]
			for _, e := range art.Entities {
				if e.Type == EntityRole {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country)
					if e.Text == text {
						last = got[len(got)-1]
					}
				}
			}
			if last != c.wantRole {
				t.Errorf("roles %v, want the last %q to be %q", got, text, c.wantRole)
			}
		})
	}
}
