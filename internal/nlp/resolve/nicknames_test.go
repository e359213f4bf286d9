package resolve

import "testing"

// TestNicknameShortForms: a later nickname or short form of a
// knowledge-base person the article named in full links to that person,
// whether the knowledge base holds it alone ("Lula", "AMLO") or only in a
// longer alias ("Bibi" of "Bibi Netanyahu", "Radek" of "Radek Sikorski");
// a nickname with no such person before it, or a longer name of someone
// else, stays a person of its own.
func TestNicknameShortForms(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		mention    string
		want       string // "" for a document-level person
	}{
		{"bibi after the full name",
			"JERUSALEM (Wire) - Benjamin Netanyahu met his cabinet on Sunday. Bibi told ministers the campaign would go on.",
			[][2]string{{"JERUSALEM", "GPE"}, {"Wire", "ORG"}, {"Benjamin Netanyahu", "PER"}, {"Bibi", "PER"}}, "Bibi", "person:benjamin_netanyahu"},
		{"radek after the full name",
			"WARSAW (Wire) - Radosław Sikorski flew to Kyiv on Monday. \"We stand with Ukraine,\" Radek said.",
			[][2]string{{"WARSAW", "GPE"}, {"Wire", "ORG"}, {"Radosław Sikorski", "PER"}, {"Kyiv", "GPE"}, {"Ukraine", "GPE"}, {"Radek", "PER"}}, "Radek", "person:radoslaw_sikorski"},
		{"lula after the full name",
			"BRASILIA (Wire) - Luiz Inácio Lula da Silva signed the decree on Monday. Lula said poverty would fall.",
			[][2]string{{"BRASILIA", "GPE"}, {"Wire", "ORG"}, {"Luiz Inácio Lula da Silva", "PER"}, {"Lula", "PER"}}, "Lula", "person:luiz_inacio_lula_da_silva"},
		{"amlo alone",
			"MEXICO CITY (Wire) - AMLO criticised the court ruling on Monday.",
			[][2]string{{"MEXICO CITY", "GPE"}, {"Wire", "ORG"}, {"AMLO", "PER"}}, "AMLO", "person:andres_manuel_lopez_obrador"},
		// Near misses: no full name before; another person's longer name.
		{"bibi alone",
			"NAIROBI (Wire) - Bibi told reporters the market had flooded.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Bibi", "PER"}}, "Bibi", ""},
		{"another person's name",
			"JERUSALEM (Wire) - Benjamin Netanyahu visited a school where Bibi Cohen teaches. Cohen said the visit was short.",
			[][2]string{{"JERUSALEM", "GPE"}, {"Wire", "ORG"}, {"Benjamin Netanyahu", "PER"}, {"Bibi Cohen", "PER"}, {"Cohen", "PER"}}, "Bibi Cohen", ""},
	} {
		art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
		got := orgByText(art, c.mention)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.mention, art.Entities)
			continue
		}
		if c.want == "" && (len(got.ActorID) < 4 || got.ActorID[:4] != "doc:") || c.want != "" && got.ActorID != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.mention, got.ActorID, c.want)
		}
	}
}
