package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestNamedCourts: a court named with a number or three or more words that
// the knowledge base does not know is one court of the judiciary, of the
// country its name's city says or else of the article's home country (here
// the dateline's). A district court stays the place's (TestHomeOrgHeads),
// and a court named "of" someone is left alone.
func TestNamedCourts(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention, country string
		ents                         []ent
	}{
		{"a tribunal of three words", "DHAKA, June 3 (Newsgraph Wire) - The International Crimes Tribunal sentenced an opposition leader on Sunday.",
			"International Crimes Tribunal", "BGD",
			[]ent{{"DHAKA", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"International Crimes Tribunal", model.EntityOrg}}},
		{"a special court", "DUBLIN, June 3 (Newsgraph Wire) - The Special Criminal Court convicted the two men on Friday.",
			"Special Criminal Court", "IRL",
			[]ent{{"DUBLIN", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Special Criminal Court", model.EntityOrg}}},
		{"a numbered court", "LAHORE, June 3 (Newsgraph Wire) - The Anti-Terrorism Court No. 3 indicted the suspects on Monday.",
			"Anti-Terrorism Court No. 3", "PAK",
			[]ent{{"LAHORE", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Anti-Terrorism Court No. 3", model.EntityOrg}}},
		{"a city's numbered court", "HONG KONG, June 3 (Newsgraph Wire) - The Beijing No. 2 Intermediate People's Court jailed a lawyer on Monday.",
			"Beijing No. 2 Intermediate People's Court", "CHN",
			[]ent{{"HONG KONG", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Beijing No. 2 Intermediate People's Court", model.EntityOrg}}},
		// must not: a district court is the place's; a court "of" a body
		// says whose it is.
		{"a district court of three words", "LIMA, June 3 (Newsgraph Wire) - The Second Criminal District Court freed the men on Tuesday.",
			"Second Criminal District Court", "",
			[]ent{{"LIMA", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Second Criminal District Court", model.EntityOrg}}},
		{"a court of a bloc", "LIMA, June 3 (Newsgraph Wire) - The Court of Justice of the Andean Community ruled on Tuesday.",
			"Court of Justice of the Andean Community", "",
			[]ent{{"LIMA", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Court of Justice of the Andean Community", model.EntityOrg}}},
	} {
		art := resolveGiven(t, s, c.text, "2025-06-04", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.mention {
				continue
			}
			found = true
			if e.Country != c.country {
				t.Errorf("%s: %q -> country %q, want %q", c.name, c.mention, e.Country, c.country)
			}
			if c.country != "" && e.Sector != "judiciary" {
				t.Errorf("%s: %q -> sector %q, want judiciary", c.name, c.mention, e.Sector)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.mention)
		}
	}
}
