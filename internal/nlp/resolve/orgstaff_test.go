package resolve

import "testing"

// TestOrgStaffBeforeName: an organisation's name used as a modifier before
// a post that is no office of a state ("adviser", "researcher", "analyst")
// makes the name after it the organisation's person, as "Hamas spokesman"
// does; a person's or a country's name before the post makes nothing. A
// chamber's leadership post ("Senate Majority Leader", "Minority Whip")
// serves the legislature, not the government.
func TestOrgStaffBeforeName(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		person          string
		country, sector string
	}{
		{"a short name given earlier", "The Rapid Support Forces (RSF) took the town on Monday. RSF adviser Youssef Ezzat said aid could pass.",
			[][2]string{{"Rapid Support Forces", "ORG"}, {"RSF", "ORG"}, {"RSF", "ORG"}, {"Youssef Ezzat", "PER"}}, "Youssef Ezzat", "SDN", "rebel"},
		{"a modifier between", "Amnesty International senior researcher Jane Doe said the detainees were beaten.",
			[][2]string{{"Amnesty International", "ORG"}, {"Jane Doe", "PER"}}, "Jane Doe", "AMN", "ngo"},
		{"a company's analyst", "Goldman Sachs analyst John Doe said oil prices would rise.",
			[][2]string{{"Goldman Sachs", "ORG"}, {"John Doe", "PER"}}, "John Doe", "USA", "business"},
		{"a chamber's majority leader serves the legislature", "Senate Majority Leader Chuck Schumer said the bill would pass.",
			[][2]string{{"Senate", "ORG"}, {"Chuck Schumer", "PER"}}, "Chuck Schumer", "USA", "legislature"},
		{"a chamber's whip", "Senate Minority Whip Dick Durbin said the bill would fail.",
			[][2]string{{"Senate", "ORG"}, {"Dick Durbin", "PER"}}, "Dick Durbin", "USA", "legislature"},
		{"a whip before a group's name is no chamber's", "Hamas whip Jane Doe said the talks would resume.",
			[][2]string{{"Hamas", "ORG"}, {"Jane Doe", "PER"}}, "Jane Doe", "", ""},
		{"a person's adviser is no organisation's", "Trump adviser Stephen Miller said the order would stand.",
			[][2]string{{"Trump", "PER"}, {"Stephen Miller", "PER"}}, "Stephen Miller", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
			for _, e := range art.Entities {
				if e.Text != c.person {
					continue
				}
				if e.Country != c.country || e.Sector != c.sector {
					t.Errorf("%q: %s is %q/%q, want %q/%q", c.text, e.Text, e.Country, e.Sector, c.country, c.sector)
				}
				return
			}
			t.Fatalf("%q: no entity %q", c.text, c.person)
		})
	}
}
