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

// TestOrgStaffApposition: the name in apposition after an organisation's
// post ("the UN resident coordinator in Bangladesh, Gwyn Lewis,") is the
// organisation's person, not the country's where the post is held; a
// plural post before a list names no one holder.
func TestOrgStaffApposition(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		person          string
		country, sector string
	}{
		{"the post's station before the name", "The UN resident coordinator in Bangladesh, Gwyn Lewis, said aid would arrive within days.",
			[][2]string{{"UN", "ORG"}, {"Bangladesh", "GPE"}, {"Gwyn Lewis", "PER"}}, "Gwyn Lewis", "UNO", "igo"},
		{"no station", "The UN humanitarian coordinator, Gwyn Lewis, said aid would arrive within days.",
			[][2]string{{"UN", "ORG"}, {"Gwyn Lewis", "PER"}}, "Gwyn Lewis", "UNO", "igo"},
		{"an organisation's director", "The Amnesty director in Kenya, Jane Doe, said the detainees were beaten.",
			[][2]string{{"Amnesty", "ORG"}, {"Kenya", "GPE"}, {"Jane Doe", "PER"}}, "Jane Doe", "AMN", "ngo"},
		{"a plural post before a list", "The UN directors in Kenya, Jane Doe and John Roe, said aid would arrive.",
			[][2]string{{"UN", "ORG"}, {"Kenya", "GPE"}, {"Jane Doe", "PER"}, {"John Roe", "PER"}}, "Jane Doe", "", ""},
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
