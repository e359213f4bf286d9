package resolve

import (
	"strings"
	"testing"
)

// TestPortfolioBeforeMinister: a capitalised portfolio before a minister's
// title names the office's field, so the holder is a minister of the
// government (of the country written before the portfolio, if any), never
// a member of the party or body the word also names; a party's word before
// another title stays the party.
func TestPortfolioBeforeMinister(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a portfolio that is also a party's name", "Labour Minister Jordan Hill said the plan would cost jobs.",
			[][2]string{{"Jordan Hill", "PER"}}, []string{"Jordan Hill|PER|doc:person:jordan_hill//government"}},
		{"the country before the portfolio", "British Labour Minister Jordan Hill said the plan would cost jobs.",
			[][2]string{{"British", "NORP"}, {"Jordan Hill", "PER"}},
			[]string{"British|NORP|GBR/GBR/", "Jordan Hill|PER|doc:person:jordan_hill/GBR/government"}},
		{"a secretary's portfolio", "Labour Secretary Ann Lee said the strike would end.",
			[][2]string{{"Ann Lee", "PER"}}, []string{"Ann Lee|PER|doc:person:ann_lee//government"}},
		{"the party before a party's title", "Labour leader Keir Starmer criticised the move.",
			[][2]string{{"Labour", "ORG"}, {"Keir Starmer", "PER"}},
			[]string{"Labour|ORG|GBR.PTY.LAB/GBR/party", "Keir Starmer|PER|person:keir_starmer/GBR/government"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2026-03-03", c.ents)
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
