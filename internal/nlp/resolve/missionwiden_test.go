package resolve

import (
	"strings"
	"testing"
)

// TestCountryQualifiedHolders: a mission word the tagger left after a
// nationality or a country ("the Dutch embassy") makes one organisation,
// its state's government abroad; a person after a country's trade
// representative's title takes the country and the government sector.
func TestCountryQualifiedHolders(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a nationality before a lower-case embassy", "The Dutch embassy in Nairobi said the talks would go on.",
			[][2]string{{"Dutch", "NORP"}, {"Nairobi", "GPE"}},
			[]string{"Dutch embassy|ORG|NLD.GOV/NLD/government", "Nairobi|GPE|place:KEN:nairobi/KEN/"}},
		{"a high commission and a consulate general", "The Canadian high commission and the Mexican consulate general closed.",
			[][2]string{{"Canadian", "NORP"}, {"Mexican", "NORP"}},
			[]string{"Canadian high commission|ORG|CAN.GOV/CAN/government",
				"Mexican consulate general|ORG|MEX.GOV/MEX/government"}},
		{"a nationality before another noun stays a nationality", "The Dutch envoy in Nairobi said the talks would go on.",
			[][2]string{{"Dutch", "NORP"}, {"Nairobi", "GPE"}},
			[]string{"Dutch|NORP|NLD/NLD/", "envoy|ROLE|NLD.GOV/NLD/government", "Nairobi|GPE|place:KEN:nairobi/KEN/"}},
		{"high without commission is no mission", "The Dutch high court ruled on Monday.",
			[][2]string{{"Dutch", "NORP"}},
			[]string{"Dutch|NORP|NLD/NLD/", "court|ROLE|NLD.JUD/NLD/judiciary"}},
		{"a country's trade representative", "U.S. Trade Representative Dana Moss met the delegation.",
			[][2]string{{"U.S. Trade Representative", "ORG"}, {"Dana Moss", "PER"}},
			[]string{"U.S. Trade Representative|ORG|USA.GOV.USTR/USA/government", "Dana Moss|PER|doc:person:dana_moss/USA/government"}},
		{"a nationality before a trade representative", "Japanese trade representative Ken Mori met the delegation.",
			[][2]string{{"Japanese", "NORP"}, {"Ken Mori", "PER"}},
			[]string{"Japanese|NORP|JPN/JPN/", "Ken Mori|PER|doc:person:ken_mori/JPN/government"}},
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
