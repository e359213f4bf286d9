package resolve

import "testing"

// TestHomeDemocraticParty: "Democratic Party" is the name of Italy's
// Partito Democratico and of the U.S. party; a story from Rome means
// Italy's, a story from Washington the U.S. one, and the Italian name
// means Italy's anywhere.
func TestHomeDemocraticParty(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		id, cc     string
	}{
		{"rome, opposition", "ROME, March 4 (Reuters) - The opposition Democratic Party accused the government of cutting health spending.",
			[]ent{{"ROME", "GPE"}, {"Reuters", "ORG"}, {"Democratic Party", "ORG"}}, "ITA.PTY.PD", "ITA"},
		{"milan, leader", "MILAN, May 9 (Reuters) - Democratic Party leader Carla Ferrante said the reform would fail.",
			[]ent{{"MILAN", "GPE"}, {"Reuters", "ORG"}, {"Democratic Party", "ORG"}, {"Carla Ferrante", "PER"}}, "ITA.PTY.PD", "ITA"},
		{"italian name abroad", "BRUSSELS, May 9 (Reuters) - The Partito Democratico said it would vote against the plan.",
			[]ent{{"BRUSSELS", "GPE"}, {"Reuters", "ORG"}, {"Partito Democratico", "ORG"}}, "ITA.PTY.PD", "ITA"},
		// Near miss: a Washington story keeps the U.S. party.
		{"washington", "WASHINGTON, March 4 (Reuters) - The Democratic Party accused the administration of cutting health spending.",
			[]ent{{"WASHINGTON", "GPE"}, {"Reuters", "ORG"}, {"Democratic Party", "ORG"}}, "USA.PTY.DEM", "USA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
			mention := c.ents[2].text
			checkMention(t, art, mention, c.id, c.cc, "party")
		})
	}
}

// TestListedMovementsAndCourts: Planned Parenthood, Falun Gong and
// China's Supreme People's Court are actors of the knowledge base, named
// bare; an unlisted body of the same shape stays unresolved.
func TestListedMovementsAndCourts(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text           string
		ents           []ent
		mention        string
		id, cc, sector string
	}{
		{"Planned Parenthood said it would sue the state.", []ent{{"Planned Parenthood", "ORG"}}, "Planned Parenthood", "USA.NGO.PP", "USA", "ngo"},
		{"The clinic is run by Planned Parenthood, a spokeswoman said.", []ent{{"Planned Parenthood", "ORG"}}, "Planned Parenthood", "USA.NGO.PP", "USA", "ngo"},
		{"Falun Gong said its members had been detained.", []ent{{"Falun Gong", "ORG"}}, "Falun Gong", "FALUNGONG", "", "religion"},
		{"Practitioners of Falun Dafa protested outside the consulate.", []ent{{"Falun Dafa", "ORG"}}, "Falun Dafa", "FALUNGONG", "", "religion"},
		{"The Supreme People's Court rejected the appeal on Friday.", []ent{{"Supreme People's Court", "ORG"}}, "Supreme People's Court", "CHN.JUD", "CHN", "judiciary"},
		{"The appeal was rejected by the Supreme People's Court in a brief ruling.", []ent{{"Supreme People's Court", "ORG"}}, "Supreme People's Court", "CHN.JUD", "CHN", "judiciary"},
		// Near miss: an unlisted body of the same shape.
		{"The Supreme Provincial Court rejected the appeal.", []ent{{"Supreme Provincial Court", "ORG"}}, "Supreme Provincial Court", "", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
		if c.id == "" {
			if got := mentionActor(art, c.mention); got != "" && got[:4] != "doc:" {
				t.Errorf("%q: %s -> %s, want no actor", c.text, c.mention, got)
			}
			continue
		}
		checkMention(t, art, c.mention, c.id, c.cc, c.sector)
	}
}
