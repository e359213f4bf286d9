package resolve

import (
	"strings"
	"testing"
)

// TestBodyOfficeRoles: a role word qualified by a body whose head holds an
// office of the body's own (leaders.tsv keys it by the organ's name and the
// word: commission_president, council_president) is that office's holder on
// the article's date, before or after the body's name; the role word of one
// body's head is not the other's ("the Commission president ... the Council
// president"), a bare "the president" after it is still that person, and a
// body whose head the data does not record keeps the role.
func TestBodyOfficeRoles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		orgs                  [][2]string
		want                  []string // the role mentions' actors, in text order
	}{
		{"the Commission's president before the title", "The EU Commission president said the bloc would respond.", "2025-03-12",
			[][2]string{{"EU Commission", "ORG"}}, []string{"person:ursula_von_der_leyen"}},
		{"after the title", "The president of the European Commission said the bloc would respond.", "2025-03-12",
			[][2]string{{"European Commission", "ORG"}}, []string{"person:ursula_von_der_leyen"}},
		{"his predecessor at an earlier date", "The European Commission president said the bloc would respond.", "2017-03-12",
			[][2]string{{"European Commission", "ORG"}}, []string{"person:jean_claude_juncker"}},
		{"two bodies' presidents", "The EU Commission president said the bloc would respond. The European Council president agreed.", "2025-03-12",
			[][2]string{{"EU Commission", "ORG"}, {"European Council", "ORG"}}, []string{"person:ursula_von_der_leyen", "person:antonio_costa"}},
		{"a bare title after it", "The EU Commission president said the bloc would respond. The president later flew to Kyiv.", "2025-03-12",
			[][2]string{{"EU Commission", "ORG"}, {"Kyiv", "GPE"}}, []string{"person:ursula_von_der_leyen", "person:ursula_von_der_leyen"}},
		{"the joint chiefs' chairman serves the body his title names", "The chairman of the Joint Chiefs of Staff Committee met Chinese officials.", "2025-03-12",
			[][2]string{{"Joint Chiefs of Staff Committee", "ORG"}, {"Chinese", "NORP"}}, []string{"PAK.MIL", "CHN.GOV"}},
		{"another bloc's commission", "The ECOWAS Commission president said the bloc would send observers.", "2025-03-12",
			[][2]string{{"ECOWAS Commission", "ORG"}}, []string{"person:omar_alieu_touray"}},
		{"a bare Commission after another bloc's", "The ECOWAS Commission president said the bloc would send observers. The Commission president also urged calm.", "2025-03-12",
			[][2]string{{"ECOWAS Commission", "ORG"}}, []string{"person:omar_alieu_touray", "person:omar_alieu_touray"}},
		{"a bare tagged Commission after another bloc's", "The ECOWAS Commission president said the bloc would send observers. The Commission president also urged calm.", "2025-03-12",
			[][2]string{{"ECOWAS Commission", "ORG"}, {"Commission", "ORG"}}, []string{"person:omar_alieu_touray", "person:omar_alieu_touray"}},
		{"a bare Commission alone is the European one", "The Commission president said the bloc would respond to the tariffs.", "2025-03-12",
			[][2]string{{"Commission", "ORG"}}, []string{"person:ursula_von_der_leyen"}},
		{"a legislature's president stays the body's", "The U.S. Senate president said the bill would pass.", "2025-03-12",
			[][2]string{{"U.S. Senate", "ORG"}}, []string{"USA.LEG.SEN"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.orgs)
			var got []string
			for _, e := range art.Entities {
				if e.Type == EntityRole {
					got = append(got, e.ActorID)
				}
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("%q: roles %v, want %v", c.text, got, c.want)
			}
		})
	}
}
