package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHomeParty: a party the knowledge base lacks, named before a
// lower-case "party" or with "Party" at the end of its name, acts as a
// party, of the country its name names or else of the article's home
// country; a name naming a country after "the opposition" or "the ruling"
// is that country's party without the word "party"; an organisation that
// is not called a party stays without a sector, and a name naming two
// countries gives none.
func TestHomeParty(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"the country in the name", "The opposition Movement for a Democratic Slovakia party demanded an early election.",
			[][2]string{{"Movement for a Democratic Slovakia", "ORG"}},
			[]string{"Movement for a Democratic Slovakia|ORG|doc:org:movement_for_a_democratic_slovakia/SVK/party"}},
		{"a capital Party in the name", "The opposition Progressive Slovakia Party demanded an early election.",
			[][2]string{{"Progressive Slovakia Party", "ORG"}},
			[]string{"Progressive Slovakia Party|ORG|doc:org:progressive_slovakia_party/SVK/party"}},
		{"the dateline's country", "VILNIUS, March 12 (Reuters) - The ruling Dawn of Varta party left the coalition.",
			[][2]string{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Dawn of Varta", "ORG"}},
			[]string{"VILNIUS|GPE|place:LTU:vilnius/LTU/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media", "Dawn of Varta|ORG|doc:org:dawn_of_varta/LTU/party"}},
		{"a country the name's nationality gave is kept", "The Hungarian Civic Alliance party won two seats.",
			[][2]string{{"Hungarian Civic Alliance", "ORG"}},
			[]string{"Hungarian Civic Alliance|ORG|doc:org:hungarian_civic_alliance/HUN/party"}},
		{"two countries in the name give none", "The opposition Union for Estonia and Latvia party met.",
			[][2]string{{"Union for Estonia and Latvia", "ORG"}},
			[]string{"Union for Estonia and Latvia|ORG|doc:org:union_for_estonia_and_latvia//party"}},
		{"no party word", "The Democratic Slovakia movement demanded an early election.",
			[][2]string{{"Democratic Slovakia", "ORG"}},
			[]string{"Democratic Slovakia|ORG|doc:org:democratic_slovakia//"}},
		// "the opposition" / "the ruling" before a name naming a country
		// says it is that country's party, with no word "party".
		{"the opposition, a country's name", "The opposition Lithuanian Farmers and Foresters Union walked out on Tuesday.",
			[][2]string{{"Lithuanian Farmers and Foresters Union", "ORG"}},
			[]string{"Lithuanian Farmers and Foresters Union|ORG|doc:org:lithuanian_farmers_and_foresters_union/LTU/party"}},
		{"the ruling, a demonym", "The ruling Georgian Hope rejected the criticism.",
			[][2]string{{"Georgian Hope", "ORG"}},
			[]string{"Georgian Hope|ORG|doc:org:georgian_hope/GEO/party"}},
		{"the opposition party, then the name", "Members of the opposition party Free Moldova Alliance walked out.",
			[][2]string{{"Free Moldova Alliance", "ORG"}},
			[]string{"Free Moldova Alliance|ORG|doc:org:free_moldova_alliance/MDA/party"}},
		{"a country's possessive before ruling", "Kenya's ruling Kenya Kwanza coalition met on Monday.",
			[][2]string{{"Kenya", "GPE"}, {"Kenya Kwanza", "ORG"}},
			[]string{"Kenya|GPE|KEN/KEN/", "Kenya Kwanza|ORG|doc:org:kenya_kwanza/KEN/party"}},
		// No country word: the frame alone does not say which country.
		{"the opposition, no country word", "The opposition Civic Renewal Front demanded an early election.",
			[][2]string{{"Civic Renewal Front", "ORG"}},
			[]string{"Civic Renewal Front|ORG|doc:org:civic_renewal_front//"}},
		// "the leader of the opposition X": X has a leader and opposes,
		// so it is a party of the story's country (here its dateline's);
		// with no country in the story it stays of none.
		{"leader of the opposition, dateline", "TUNIS, March 12 (Reuters) - The leader of the opposition Movement for Renewal, Jean Dupont, said the vote was rigged.",
			[][2]string{{"TUNIS", "GPE"}, {"Reuters", "ORG"}, {"Movement for Renewal", "ORG"}},
			[]string{"TUNIS|GPE|place:TUN:tunis/TUN/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media",
				"leader|ROLE|doc:org:movement_for_renewal/TUN/party", "Movement for Renewal|ORG|doc:org:movement_for_renewal/TUN/party"}},
		{"leader of the opposition, no country", "The leader of the opposition Movement for Renewal, Jean Dupont, said the vote was rigged.",
			[][2]string{{"Movement for Renewal", "ORG"}},
			[]string{"Movement for Renewal|ORG|doc:org:movement_for_renewal//"}},
		// Without "the opposition" the body is not known to be a party (the
		// bare title "leader" is read by the role rules as a government's).
		{"leader of another frame is no party", "TUNIS, March 12 (Reuters) - The leader of the Movement for Renewal said the vote was rigged.",
			[][2]string{{"TUNIS", "GPE"}, {"Reuters", "ORG"}, {"Movement for Renewal", "ORG"}},
			[]string{"TUNIS|GPE|place:TUN:tunis/TUN/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media",
				"leader|ROLE|doc:org:movement_for_renewal//government", "Movement for Renewal|ORG|doc:org:movement_for_renewal//"}},
		// A country's name without the frame is no party.
		{"a country's name, no frame", "The Slovakia Investment Fund bought the plant.",
			[][2]string{{"Slovakia Investment Fund", "ORG"}},
			[]string{"Slovakia Investment Fund|ORG|doc:org:slovakia_investment_fund/SVK/"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
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

// TestPartyLeaders: a person the knowledge base lacks, named in apposition
// after "its leader" (its: a party named just before), "the party's
// chairman" or "the party leader", is that party's leader; "its" referring
// back to a company or a party named sentences back gives nothing.
func TestPartyLeaders(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // Mention|type|country/sector of each person and role
	}{
		{"its leader", "The opposition Progressive Slovakia party demanded an early election. Its leader, Michal Simecka, said the government had failed. Simecka spoke in Bratislava.",
			[][2]string{{"Progressive Slovakia", "ORG"}, {"Michal Simecka", "PER"}, {"Simecka", "PER"}, {"Bratislava", "GPE"}},
			[]string{"leader|ROLE|SVK/party", "Michal Simecka|PER|SVK/party", "Simecka|PER|SVK/party"}},
		{"the party's chairman", "The ruling Civic Platform party backed the budget. The party's chairman, Jan Kowalczyk, praised it.",
			[][2]string{{"Civic Platform", "ORG"}, {"Jan Kowalczyk", "PER"}},
			[]string{"Jan Kowalczyk|PER|POL/party"}},
		{"its head after a company", "Orlen reported higher profits. Its head, Jan Kowalczyk, said margins improved.",
			[][2]string{{"Orlen", "ORG"}, {"Jan Kowalczyk", "PER"}},
			[]string{"Jan Kowalczyk|PER|/"}},
		// "the leader of the opposition X" in apposition with the name,
		// on either side of it: the person leads X, a party of the
		// dateline's country; a leader titled "of the opposition" keeps
		// the opposition's sector.
		{"the leader of the opposition X, name", "TUNIS, March 12 (Reuters) - The leader of the opposition Movement for Renewal, Jean Dupont, said the vote was rigged.",
			[][2]string{{"TUNIS", "GPE"}, {"Reuters", "ORG"}, {"Movement for Renewal", "ORG"}, {"Jean Dupont", "PER"}},
			[]string{"leader|ROLE|TUN/party", "Jean Dupont|PER|TUN/party"}},
		{"name, leader of the opposition X", "TUNIS, March 12 (Reuters) - Jean Dupont, leader of the opposition Movement for Renewal, said the vote was rigged.",
			[][2]string{{"TUNIS", "GPE"}, {"Reuters", "ORG"}, {"Jean Dupont", "PER"}, {"Movement for Renewal", "ORG"}},
			[]string{"Jean Dupont|PER|TUN/opposition", "leader|ROLE|TUN/opposition"}},
		{"name, leader of a body no party", "TUNIS, March 12 (Reuters) - Jean Dupont, leader of the Movement for Renewal, said the vote was rigged.",
			[][2]string{{"TUNIS", "GPE"}, {"Reuters", "ORG"}, {"Jean Dupont", "PER"}, {"Movement for Renewal", "ORG"}},
			[]string{"Jean Dupont|PER|/government", "leader|ROLE|/government"}}, // the role rules' reading, no party's
		{"its leader with a party sentences back", "The opposition Progressive Slovakia party met. Rain fell on Monday. Roads closed. Its leader, Michal Simecka, spoke.",
			[][2]string{{"Progressive Slovakia", "ORG"}, {"Michal Simecka", "PER"}},
			[]string{"leader|ROLE|/government", "Michal Simecka|PER|/"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := article(c.text, "2025-03-12")
			// Sentences end at ". ", as the pipeline's splitter ends these.
			for start := 0; start < len(c.text); {
				end := strings.Index(c.text[start:], ". ")
				if end < 0 {
					end = len(c.text)
				} else {
					end += start + 1
				}
				art.Sentences = append(art.Sentences, model.Sentence{Index: len(art.Sentences), Start: start, End: end, Text: c.text[start:end]})
				start = end + 1
			}
			from := 0
			for _, e := range c.ents {
				ent := entity(art, e[0], e[1], from)
				ent.Sentence = len(art.Sentences) - 1
				for k, st := range art.Sentences {
					if ent.Start >= st.Start && ent.Start < st.End {
						ent.Sentence = k
					}
				}
				from = ent.End
				art.Entities = append(art.Entities, ent)
			}
			if err := s.Process(context.Background(), &model.Document{Article: art}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson || e.Type == EntityRole {
					got = append(got, e.Text+"|"+e.Type+"|"+e.Country+"/"+e.Sector)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

// TestTitledPartyHeads: a person titled by a party's name ("BNP leader",
// "BNP chairman") acts for the party when the knowledge base gives the
// person no sector; a person it places keeps that sector, and a title after
// a body that is no party gives the person nothing.
func TestTitledPartyHeads(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|country/sector of each person
	}{
		{"leader", "BNP leader Tarique Rahman accused the government of rigging the vote.",
			[][2]string{{"BNP", "ORG"}, {"Tarique Rahman", "PER"}},
			[]string{"Tarique Rahman|PER|BGD/party"}},
		{"chairman", "BNP chairman Tarique Rahman accused the government of rigging the vote.",
			[][2]string{{"BNP", "ORG"}, {"Tarique Rahman", "PER"}},
			[]string{"Tarique Rahman|PER|BGD/party"}},
		// A head title that is also an office of the state
		// ("president", "leader") is the party's after its name, with
		// a dateline or without one: the state's president is another.
		{"party president with dateline", "NEW DELHI - Congress president Mallikarjun Kharge said the government had failed farmers.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Congress", "ORG"}, {"Mallikarjun Kharge", "PER"}},
			[]string{"Mallikarjun Kharge|PER|IND/party"}},
		{"party president without dateline", "Congress president Ravi Kumar said the party would contest the poll.",
			[][2]string{{"Congress", "ORG"}, {"Ravi Kumar", "PER"}},
			[]string{"Ravi Kumar|PER|IND/party"}},
		{"party president of another country", "Awami League president Anwar Hossain told reporters the vote was unfair.",
			[][2]string{{"Awami League", "ORG"}, {"Anwar Hossain", "PER"}},
			[]string{"Anwar Hossain|PER|BGD/party"}},
		{"a state's president keeps the office", "French President Emmanuel Macron met the Indian delegation.",
			[][2]string{{"French", "NORP"}, {"Emmanuel Macron", "PER"}},
			[]string{"Emmanuel Macron|PER|FRA/government"}},
		{"a placed person keeps the sector", "Congress leader Rahul Gandhi criticised the government.",
			[][2]string{{"Congress", "ORG"}, {"Rahul Gandhi", "PER"}},
			[]string{"Rahul Gandhi|PER|IND/opposition"}},
		{"a company's head is no party's", "Orlen chief Jan Kowalczyk said margins improved.",
			[][2]string{{"Orlen", "ORG"}, {"Jan Kowalczyk", "PER"}},
			[]string{"Jan Kowalczyk|PER|/"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-12", c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson {
					got = append(got, e.Text+"|"+e.Type+"|"+e.Country+"/"+e.Sector)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

// TestFramedPartyHeads: a title followed by "of the opposition <party>" or
// "of the ruling <party>" is the party's, and the person holding it takes
// the party's country: the frame words describe the party, they do not end
// the phrase naming whom the title serves.
func TestFramedPartyHeads(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|country/sector of each person and role
	}{
		{"leader of the opposition party", "Michal Simecka, leader of the opposition Progressive Slovakia, said the government had failed.",
			[][2]string{{"Michal Simecka", "PER"}, {"Progressive Slovakia", "ORG"}},
			[]string{"Michal Simecka|PER|SVK/opposition", "leader|ROLE|SVK/opposition"}},
		{"lawmaker of the ruling party", "Nino Beridze, a lawmaker of the ruling Georgian Dream, rejected the criticism.",
			[][2]string{{"Nino Beridze", "PER"}, {"Georgian Dream", "ORG"}},
			[]string{"Nino Beridze|PER|GEO/legislature", "lawmaker|ROLE|GEO/legislature"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson || e.Type == EntityRole {
					got = append(got, e.Text+"|"+e.Type+"|"+e.Country+"/"+e.Sector)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
