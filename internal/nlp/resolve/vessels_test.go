package resolve

import (
	"strings"
	"testing"
)

func TestVessels(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name string
		text string
		ents []ent
		want []string // text/TYPE/actor/country/sector of each entity, roles too
	}{
		{"a Philippine prefix gives the country and the military",
			"The Chinese coast guard fired water cannon at the BRP Teresa Magbanua near the shoal.",
			[]ent{{"Chinese", "NORP"}, {"BRP Teresa Magbanua", "MISC"}},
			[]string{"Chinese/NORP/CHN/CHN/", "coast guard/ROLE/CHN.GOV.CCG/CHN/military", "BRP Teresa Magbanua/MISC/doc:org:brp_teresa_magbanua/PHL/military"}},
		{"a U.S. ship named after a person is no person",
			"The USS Carl Vinson arrived in Busan on Monday.",
			[]ent{{"USS Carl Vinson", "MISC"}, {"Busan", "GPE"}},
			[]string{"USS Carl Vinson/MISC/doc:org:uss_carl_vinson/USA/military", "Busan/GPE/city:KOR:busan/KOR/"}},
		{"a British ship named after an office is no office holder",
			"HMS Prince of Wales sailed from Portsmouth.",
			[]ent{{"HMS Prince of Wales", "MISC"}, {"Portsmouth", "GPE"}},
			[]string{"HMS Prince of Wales/MISC/doc:org:hms_prince_of_wales/GBR/military", "Portsmouth/GPE/place:GBR-POR/GBR/"}},
		{"Indian, Japanese and Korean prefixes",
			"The INS Vikrant, the JS Izumo and the ROKS Sejong the Great sailed together.",
			[]ent{{"INS Vikrant", "MISC"}, {"JS Izumo", "MISC"}, {"ROKS Sejong the Great", "MISC"}},
			[]string{"INS Vikrant/MISC/doc:org:ins_vikrant/IND/military", "JS Izumo/MISC/doc:org:js_izumo/JPN/military",
				"ROKS Sejong the Great/MISC/doc:org:roks_sejong_the_great/KOR/military"}},
		{"a vessel noun after a nationality gives its country",
			"The Russian destroyer Admiral Kulakov left port.",
			[]ent{{"Russian", "NORP"}, {"Admiral Kulakov", "MISC"}},
			[]string{"Russian/NORP/RUS/RUS/", "Admiral Kulakov/MISC/doc:org:admiral_kulakov/RUS/military"}},
		{"a coast guard named after its ship is the service",
			"The BRP Cabra was hit, the Philippine coast guard said.",
			[]ent{{"BRP Cabra", "MISC"}, {"Philippine", "NORP"}},
			[]string{"BRP Cabra/MISC/doc:org:brp_cabra/PHL/military", "Philippine/NORP/PHL/PHL/", "coast guard/ROLE/PHL.GOV.PCG/PHL/military"}},
		{"a name tagged as an organisation after a prefix is read the same",
			"The USS Nimitz sailed on Monday.",
			[]ent{{"USS Nimitz", "ORG"}},
			[]string{"USS Nimitz/ORG/doc:org:uss_nimitz/USA/military"}},
		{"a known organisation after a vessel noun is left to the knowledge base",
			"The tanker Reuters chartered was seized.",
			[]ent{{"Reuters", "ORG"}},
			[]string{"Reuters/ORG/GBR.MED.REUTERS/GBR/media"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := tagged(t, c.text, c.ents)
			s.Resolve(art)
			var g []string
			for _, e := range art.Entities {
				g = append(g, strings.Join([]string{e.Text, e.Type, e.ActorID, e.Country, e.Sector}, "/"))
			}
			if strings.Join(g, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", g, c.want)
			}
		})
	}
}

func TestHyphenatedCountries(t *testing.T) {
	s := newStage(t)
	runCompoundCases(t, s, []compoundCase{
		{"Timor-Leste is one country",
			"Indonesia signed a border accord with Timor-Leste on Tuesday.",
			[]ent{{"Indonesia", "GPE"}, {"Timor-Leste", "GPE"}},
			[]string{"Indonesia/GPE/IDN/IDN", "Timor-Leste/GPE/TLS/TLS"}},
		{"Bosnia-Herzegovina is one country",
			"Troops from Bosnia-Herzegovina arrived on Friday.",
			[]ent{{"Bosnia-Herzegovina", "GPE"}},
			[]string{"Bosnia-Herzegovina/GPE/BIH/BIH"}},
	})
}
