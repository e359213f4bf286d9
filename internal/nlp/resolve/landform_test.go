package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestLandformNamedOrg checks that an organisation named after a river's
// delta or basin that shares its name with a country ("Niger Delta",
// "Congo Basin") does not take that country from its first word: the
// Niger Delta lies in Nigeria, the Congo Basin across six countries. A
// country's name before any other word still gives its country (last
// rows). Sentences written for this test.
func TestLandformNamedOrg(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, org, want string
	}{
		{"The Niger Delta Avengers claimed the attack on Tuesday.", "Niger Delta Avengers", ""},
		{"The Niger Delta Development Commission said on Tuesday it would close two offices.", "Niger Delta Development Commission", ""},
		{"The Congo Basin Forest Fund said on Monday it would double its grants.", "Congo Basin Forest Fund", ""},
		{"The Gambia River Basin Development Organisation met on Monday.", "Gambia River Basin Development Organisation", ""},
		{"The Kenya Wildlife Service said on Tuesday it would close two parks.", "Kenya Wildlife Service", "KEN"},
		{"The Niger Workers Union said on Tuesday it would strike.", "Niger Workers Union", "NER"},
	} {
		art := resolveGiven(t, s, c.text, "2024-05-01", []ent{{c.org, model.EntityOrg}})
		found := false
		for _, e := range art.Entities {
			if e.Text == c.org {
				found = true
				if e.Country != c.want {
					t.Errorf("%q: %s country %q, want %q", c.text, c.org, e.Country, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", c.text, c.org)
		}
	}
}
