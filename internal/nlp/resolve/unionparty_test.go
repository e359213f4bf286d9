package resolve

import "testing"

// A capitalised "Union" ending a party's name before a head title is no
// "union leader": "Homeland Union leader X" leads a party of the story's
// country, where "the union leader", "Union leader X" opening a sentence,
// a workers' union's name ("Teachers Union leader X") and a bloc the
// knowledge base knows ("African Union leader") keep what they were.
func TestUnionNamedPartyLeader(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		person          string
		country, sector string
	}{
		{"party before the title", "VILNIUS, Lithuania (AP) - Homeland Union leader Jonas Petraitis criticised the government on Tuesday.",
			[]ent{{"VILNIUS", "GPE"}, {"Lithuania", "GPE"}, {"AP", "ORG"}, {"Homeland Union", "ORG"}, {"Jonas Petraitis", "PER"}}, "Jonas Petraitis", "LTU", "party"},
		{"party chairman", "WARSAW, Poland (AP) - Democratic Union chairman Jan Kowalczyk criticised the government on Tuesday.",
			[]ent{{"WARSAW", "GPE"}, {"Poland", "GPE"}, {"AP", "ORG"}, {"Democratic Union", "ORG"}, {"Jan Kowalczyk", "PER"}}, "Jan Kowalczyk", "POL", "party"},
		{"name the tagger missed", "VILNIUS, Lithuania (AP) - Homeland Union leader Jonas Petraitis criticised the government on Tuesday.",
			[]ent{{"VILNIUS", "GPE"}, {"Lithuania", "GPE"}, {"AP", "ORG"}, {"Jonas Petraitis", "PER"}}, "Jonas Petraitis", "", ""},
		{"bare union leader", "NAIROBI, Kenya (AP) - Union leader Jonas Petraitis said workers would strike on Tuesday.",
			[]ent{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"AP", "ORG"}, {"Jonas Petraitis", "PER"}}, "Jonas Petraitis", "", "labour"},
		{"workers' union", "NAIROBI, Kenya (AP) - Teachers Union leader Jonas Petraitis said teachers would strike on Tuesday.",
			[]ent{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"AP", "ORG"}, {"Teachers Union", "ORG"}, {"Jonas Petraitis", "PER"}}, "Jonas Petraitis", "", "labour"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-03-03", c.ents)
			for _, p := range personsNamed(t, art, c.person) {
				if c.name == "name the tagger missed" {
					// No name to lead: whatever the person is, not
					// organised labour's.
					if p.Sector == "labour" {
						t.Errorf("%s: sector labour, want none of the union leader's", p.Text)
					}
					continue
				}
				if p.Country != c.country || p.Sector != c.sector {
					t.Errorf("%s: country %q sector %q, want %q %q", p.Text, p.Country, p.Sector, c.country, c.sector)
				}
			}
		})
	}
}

// A generic plural party name ("the Social Democrats", "Democrats" the
// tagger cut from it) in a story datelined in another country is that
// country's party (or the one of a country named right after it), not
// the United States' Democrats the knowledge base holds under that name;
// a story that names the United States, a Washington dateline and an
// undatelined story keep the knowledge base's party.
func TestGenericPluralPartyAbroad(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text       string
		ents             []ent
		party            string
		id, country, sec string
	}{
		{"Helsinki Social Democrats", "HELSINKI, Finland (AP) - The Social Democrats won the most seats in Finland's election on Sunday.",
			[]ent{{"HELSINKI", "GPE"}, {"Finland", "GPE"}, {"AP", "ORG"}, {"Social Democrats", "ORG"}, {"Finland", "GPE"}}, "Social Democrats", "", "FIN", "party"},
		{"Helsinki cut Democrats", "HELSINKI, Finland (AP) - The Social Democrats won the most seats in Finland's election on Sunday.",
			[]ent{{"HELSINKI", "GPE"}, {"Finland", "GPE"}, {"AP", "ORG"}, {"Democrats", "ORG"}, {"Finland", "GPE"}}, "Democrats", "", "FIN", "party"},
		{"country named after", "LONDON (AP) - The Conservatives won. The Social Democrats in Germany lost the vote.",
			[]ent{{"LONDON", "GPE"}, {"AP", "ORG"}, {"Conservatives", "ORG"}, {"Social Democrats", "ORG"}, {"Germany", "GPE"}}, "Social Democrats", "", "DEU", "party"},
		{"Washington", "WASHINGTON (AP) - The Democrats criticised the White House on Tuesday.",
			[]ent{{"WASHINGTON", "GPE"}, {"AP", "ORG"}, {"Democrats", "ORG"}, {"White House", "ORG"}}, "Democrats", "USA.PTY.DEM", "USA", "party"},
		{"names the United States", "BERLIN (AP) - The Democrats in the United States welcomed the vote.",
			[]ent{{"BERLIN", "GPE"}, {"AP", "ORG"}, {"Democrats", "ORG"}, {"United States", "GPE"}}, "Democrats", "USA.PTY.DEM", "USA", "party"},
		{"undatelined", "The Democrats criticised the bill on Tuesday.",
			[]ent{{"Democrats", "ORG"}}, "Democrats", "USA.PTY.DEM", "USA", "party"},
		{"London Conservatives", "LONDON (AP) - The Conservatives won the vote.",
			[]ent{{"LONDON", "GPE"}, {"AP", "ORG"}, {"Conservatives", "ORG"}}, "Conservatives", "GBR.PTY.CON", "GBR", "party"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-03-03", c.ents)
			checkMention(t, art, c.party, c.id, c.country, c.sec)
			if c.id == "" {
				for _, e := range art.Entities {
					if e.Text == c.party && e.ActorID == "USA.PTY.DEM" {
						t.Errorf("%s -> %s", e.Text, e.ActorID)
					}
				}
			}
		})
	}
}
