package resolve

import (
	"strings"
	"testing"
)

// TestHomeParty: a party the knowledge base lacks, named before a
// lower-case "party" or with "Party" at the end of its name, acts as a
// party, of the country its name names or else of the article's home
// country; an organisation that is not called a party stays without a
// sector, and a name naming two countries gives none.
func TestHomeParty(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"the country in the name", "The opposition Progressive Slovakia party demanded an early election.",
			[][2]string{{"Progressive Slovakia", "ORG"}},
			[]string{"Progressive Slovakia|ORG|doc:org:progressive_slovakia/SVK/party"}},
		{"a capital Party in the name", "The opposition Progressive Slovakia Party demanded an early election.",
			[][2]string{{"Progressive Slovakia Party", "ORG"}},
			[]string{"Progressive Slovakia Party|ORG|doc:org:progressive_slovakia_party/SVK/party"}},
		{"the dateline's country", "VILNIUS, March 12 (Reuters) - The ruling Dawn of Nemunas party left the coalition.",
			[][2]string{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Dawn of Nemunas", "ORG"}},
			[]string{"VILNIUS|GPE|place:LTU:vilnius/LTU/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media", "Dawn of Nemunas|ORG|doc:org:dawn_of_nemunas/LTU/party"}},
		{"a country the name's nationality gave is kept", "The Hungarian Civic Alliance party won two seats.",
			[][2]string{{"Hungarian Civic Alliance", "ORG"}},
			[]string{"Hungarian Civic Alliance|ORG|doc:org:hungarian_civic_alliance/HUN/party"}},
		{"two countries in the name give none", "The opposition Union for Estonia and Latvia party met.",
			[][2]string{{"Union for Estonia and Latvia", "ORG"}},
			[]string{"Union for Estonia and Latvia|ORG|doc:org:union_for_estonia_and_latvia//party"}},
		{"no party word", "The Progressive Slovakia movement demanded an early election.",
			[][2]string{{"Progressive Slovakia", "ORG"}},
			[]string{"Progressive Slovakia|ORG|doc:org:progressive_slovakia//"}},
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
