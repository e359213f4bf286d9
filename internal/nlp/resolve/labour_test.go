package resolve

import (
	"strings"
	"testing"
)

// TestOrganisedLabour: a bare "Labour" in a story about a workers' union of
// a country whose Labour party the knowledge base does not know by that
// bare word is the union (organised labour), and its leader a union
// leader of that country; a union of a country with a party called
// "Labour" leaves the name to the party.
func TestOrganisedLabour(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a Nigerian union's leader",
			"ABUJA (Wire) - The Nigeria Labour Congress said on Monday it would begin a strike. Labour leader Joe Ajaero said talks had failed.",
			[][2]string{{"ABUJA", "GPE"}, {"Nigeria Labour Congress", "ORG"}, {"Labour", "ORG"}, {"Joe Ajaero", "PER"}},
			[]string{"ABUJA|GPE|place:NGA:abuja/NGA/", "Wire|ORG|//media", "Nigeria Labour Congress|ORG|NGA.LAB.NLC/NGA/labour",
				"Labour|ORG|NGA.LAB.NLC/NGA/labour", "Joe Ajaero|PER|doc:person:joe_ajaero/NGA/labour"}},
		{"a British union beside Britain's Labour",
			"LONDON (Wire) - The Trades Union Congress said on Monday it would strike. Labour leader Keir Starmer said the strike was wrong.",
			[][2]string{{"LONDON", "GPE"}, {"Trades Union Congress", "ORG"}, {"Labour", "ORG"}, {"Keir Starmer", "PER"}},
			[]string{"LONDON|GPE|place:GBR:london/GBR/", "Wire|ORG|//media", "Trades Union Congress|ORG|doc:org:trades_union_congress/GBR/labour",
				"Labour|ORG|GBR.PTY.LAB/GBR/party", "Keir Starmer|PER|person:keir_starmer/GBR/government"}},
		{"a Nigerian union in a story naming Britain",
			"ABUJA (Wire) - The Nigeria Labour Congress said on Monday that Britain's Labour had backed its strike.",
			[][2]string{{"ABUJA", "GPE"}, {"Nigeria Labour Congress", "ORG"}, {"Britain", "GPE"}, {"Labour", "ORG"}},
			[]string{"ABUJA|GPE|place:NGA:abuja/NGA/", "Wire|ORG|//media", "Nigeria Labour Congress|ORG|NGA.LAB.NLC/NGA/labour",
				"Britain|GPE|GBR/GBR/", "Labour|ORG|GBR.PTY.LAB/GBR/party"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-04", c.ents)
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
