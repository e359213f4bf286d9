package resolve

import (
	"testing"
)

// A company's workers ("workers at Samsung Electronics", "Volkswagen
// employees") are their country's labour, not the company; its executives
// are the company's (near miss). A continent's adjective ("South American",
// "North American") lends the role after it no country, where
// "American" alone lends the United States (near miss).
func TestCompanyWorkersAndContinentRoles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, role string
		ents             [][2]string
		wantID, wantCC   string
	}{
		{"workers at a company",
			"SEOUL, Nov 23 (Reuters) - Workers at Samsung Electronics went on strike on Wednesday.", "Workers",
			[][2]string{{"SEOUL", "GPE"}, {"Reuters", "ORG"}, {"Samsung Electronics", "ORG"}}, "KOR.LAB", "KOR"},
		{"a company's employees",
			"BERLIN, Nov 23 (Reuters) - Volkswagen employees walked out on Monday.", "employees",
			[][2]string{{"BERLIN", "GPE"}, {"Reuters", "ORG"}, {"Volkswagen", "ORG"}}, "DEU.LAB", "DEU"},
		{"a company's executives",
			"BERLIN, Nov 23 (Reuters) - Volkswagen executives met the minister on Monday.", "executives",
			[][2]string{{"BERLIN", "GPE"}, {"Reuters", "ORG"}, {"Volkswagen", "ORG"}}, "DEU.BUS.VOLKSWAGEN", "DEU"},
		{"a continent's automakers",
			"TORONTO, Nov 23 (Reuters) - North American automakers criticised the duties on Monday.", "automakers",
			[][2]string{{"TORONTO", "GPE"}, {"Reuters", "ORG"}, {"North American", "NORP"}}, "", ""},
		{"the United States' automakers",
			"TORONTO, Nov 23 (Reuters) - American automakers criticised the duties on Monday.", "automakers",
			[][2]string{{"TORONTO", "GPE"}, {"Reuters", "ORG"}, {"American", "NORP"}}, "USA.BUS", "USA"},
	} {
		art := resolveTagged(t, s, c.text, "2026-11-23", c.ents)
		var gotID, gotCC string
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Text == c.role {
				gotID, gotCC = e.ActorID, e.Country
			}
		}
		if gotID != c.wantID || gotCC != c.wantCC {
			t.Errorf("%s: role %q is %q (%q), want %q (%q); entities %+v", c.name, c.role, gotID, gotCC, c.wantID, c.wantCC, art.Entities)
		}
	}
}
