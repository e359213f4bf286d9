package resolve

import (
	"strings"
	"testing"
)

// TestIGOHeadInApposition: the head of an international body named in an
// apposition after the person ("Qu Dongyu, the FAO director-general,")
// acts for the body, as before the name: the body's code and the igo
// sector, not the government sector of the office's title word; a
// non-governmental group's officer, before or after the name, is the
// group's (ngo), whatever sector the title word alone has.
func TestIGOHeadInApposition(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a UN agency's director-general", "Qu Dongyu, the FAO director-general, said food prices would rise.",
			[][2]string{{"Qu Dongyu", "PER"}, {"FAO", "ORG"}},
			[]string{"Qu Dongyu|PER|doc:person:qu_dongyu/UNO/igo", "FAO|ORG|UNO.FAO/UNO/igo", "director-general|ROLE|doc:person:qu_dongyu/UNO/igo"}},
		{"an NGO's officer in an apposition", "Agnes Callamard, Amnesty International's secretary general, said the trial was unfair.",
			[][2]string{{"Agnes Callamard", "PER"}, {"Amnesty International", "ORG"}},
			[]string{"Agnes Callamard|PER|doc:person:agnes_callamard/AMN/ngo", "Amnesty International|ORG|AMN/AMN/ngo",
				"secretary general|ROLE|doc:person:agnes_callamard/AMN/ngo"}},
		{"an NGO's officer before the name", "Amnesty International Secretary General Agnes Callamard said the trial was unfair.",
			[][2]string{{"Amnesty International", "ORG"}, {"Agnes Callamard", "PER"}},
			[]string{"Amnesty International|ORG|AMN/AMN/ngo", "Agnes Callamard|PER|doc:person:agnes_callamard/AMN/ngo"}},
		{"a company's title word after an NGO's name", "Amitabh Behar, Oxfam's executive director, said the cuts would cost lives.",
			[][2]string{{"Amitabh Behar", "PER"}, {"Oxfam", "ORG"}},
			[]string{"Amitabh Behar|PER|doc:person:amitabh_behar/OXFAM/ngo", "Oxfam|ORG|OXFAM/OXFAM/ngo", "executive director|ROLE|OXFAM/OXFAM/ngo"}},
		{"a state's director-general keeps the government", "Ann Lee, the Kenyan director-general of health, said the clinics would reopen.",
			[][2]string{{"Ann Lee", "PER"}, {"Kenyan", "NORP"}},
			[]string{"Ann Lee|PER|doc:person:ann_lee/KEN/government", "Kenyan|NORP|KEN/KEN/", "director-general|ROLE|doc:person:ann_lee/KEN/government"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-04", c.ents)
			var got []string
			for _, e := range art.Entities {
				got = append(got, e.Text+"|"+e.Type+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
