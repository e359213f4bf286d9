package resolve

import (
	"strings"
	"testing"
)

// TestOppositionLeaders: leaders of parties out of government, known to
// the knowledge base with no office, resolve to the person with the
// party's country and the opposition's or the party's sector, by full
// name and by the family name news uses alone ("Le Pen", even where the
// tagger read the French article as an organisation's name); and a
// party's leader as a role is the party, not the holder of the state's
// office of that name.
func TestOppositionLeaders(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string // the tagger's entities
		want                  []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a family name with a Romance article the tagger called an organisation", "Le Pen said the government should resign.", "2024-06-10",
			[][2]string{{"Le Pen", "ORG"}}, []string{"Le Pen|PER|person:marine_le_pen/FRA/opposition"}},
		{"the full name", "Marine Le Pen met Jordan Bardella in Paris.", "2024-06-10",
			[][2]string{{"Marine Le Pen", "PER"}, {"Jordan Bardella", "PER"}, {"Paris", "GPE"}},
			[]string{"Marine Le Pen|PER|person:marine_le_pen/FRA/opposition", "Jordan Bardella|PER|person:jordan_bardella/FRA/opposition", "Paris|GPE|place:FRA:paris/FRA/"}},
		{"a British party leader by family name", "Farage said the vote was a turning point.", "2024-07-10",
			[][2]string{{"Farage", "PER"}}, []string{"Farage|PER|person:nigel_farage/GBR/opposition"}},
		{"a party leader who leads the opposition", "Badenoch said the tax rise was a mistake.", "2025-01-10",
			[][2]string{{"Badenoch", "PER"}}, []string{"Badenoch|PER|person:kemi_badenoch/GBR/opposition"}}, // Leader of the Opposition since 2024-11-02 (kb.SectorAt)
		{"a Russian opposition leader", "Navalny's allies called for protests.", "2023-08-10",
			[][2]string{{"Navalny", "PER"}}, []string{"Navalny|PER|person:alexei_navalny/RUS/opposition"}},
		{"an Indian opposition leader", "Rahul Gandhi addressed supporters in Delhi.", "2024-06-10",
			[][2]string{{"Rahul Gandhi", "PER"}}, []string{"Rahul Gandhi|PER|person:rahul_gandhi/IND/opposition"}},
		{"a Dutch party leader named without a title", "Geert Wilders said his party would vote against the budget.", "2026-03-03",
			[][2]string{{"Geert Wilders", "PER"}}, []string{"Geert Wilders|PER|person:geert_wilders/NLD/party"}},
		{"a German opposition co-leader by family name", "Weidel said the coalition had failed.", "2025-09-10",
			[][2]string{{"Weidel", "PER"}}, []string{"Weidel|PER|person:alice_weidel/DEU/opposition"}},
		{"an Austrian party leader", "Herbert Kickl called for an early election.", "2025-05-10",
			[][2]string{{"Herbert Kickl", "PER"}}, []string{"Herbert Kickl|PER|person:herbert_kickl/AUT/party"}},
		{"a Swedish party leader spelt without the ring", "Jimmie Akesson said the plan went too far.", "2025-05-10",
			[][2]string{{"Jimmie Akesson", "PER"}}, []string{"Jimmie Akesson|PER|person:jimmie_akesson/SWE/party"}},
		{"a Spanish opposition leader by the family name news uses", "Feijoo demanded a snap election.", "2025-05-10",
			[][2]string{{"Feijoo", "PER"}}, []string{"Feijoo|PER|person:alberto_nunez_feijoo/ESP/opposition"}},
		{"a party's leader is the party's, not the state's leader", "The National Rally leader said the budget would fail.", "2024-06-10",
			[][2]string{{"National Rally", "ORG"}}, []string{"National Rally|ORG|FRA.PTY.RN/FRA/party", "leader|ROLE|FRA.PTY.RN/FRA/party"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.ents)
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
