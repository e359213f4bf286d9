package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestNationalBodyByCapitalOrPossessive: a body role after a possessive
// country or capital ("China's foreign ministry", "Beijing's central
// bank") is the country's own body where the knowledge base lists it by
// the country's nationality word or possessive name ("Chinese Foreign
// Ministry", "Russia's central bank"), as the nationality word before the
// role already found it; a country with no such body listed keeps its
// government, and a capital lends its own country's body, never another's.
func TestNationalBodyByCapitalOrPossessive(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text string
		ents []ent
		role string
		want string
	}{
		{"China's foreign ministry said the visit was a provocation.", []ent{{"China", model.EntityGPE}}, "foreign ministry", "CHN.GOV.MFA"},
		{"Beijing's foreign ministry said the visit was a provocation.", []ent{{"Beijing", model.EntityGPE}}, "foreign ministry", "CHN.GOV.MFA"},
		{"Moscow's foreign ministry summoned the envoy.", []ent{{"Moscow", model.EntityGPE}}, "foreign ministry", "RUS.GOV.MFA"},
		{"Tokyo's foreign ministry lodged a protest.", []ent{{"Tokyo", model.EntityGPE}}, "foreign ministry", "JPN.GOV.MOFA"},
		{"Pyongyang's foreign ministry issued a statement.", []ent{{"Pyongyang", model.EntityGPE}}, "foreign ministry", "PRK.GOV.MFA"},
		{"Russia's central bank raised rates.", []ent{{"Russia", model.EntityGPE}}, "central bank", "RUS.GOV.CBR"},
		{"Beijing's central bank cut the reserve ratio.", []ent{{"Beijing", model.EntityGPE}}, "central bank", "CHN.GOV.PBOC"},
		{"Berlin's central bank warned of a recession.", []ent{{"Berlin", model.EntityGPE}}, "central bank", "DEU.GOV.BBK"},
		{"Seoul's central bank held rates.", []ent{{"Seoul", model.EntityGPE}}, "central bank", "KOR.GOV.BOK"},
		{"The U.S. central bank held rates.", []ent{{"U.S.", model.EntityGPE}}, "central bank", "USA.GOV.FED"},
		{"Washington's central bank held rates.", []ent{{"Washington", model.EntityGPE}}, "central bank", "USA.GOV.FED"},
		{"The Japanese central bank ended negative rates.", []ent{{"Japanese", model.EntityNORP}}, "central bank", "JPN.GOV.BOJ"},
		{"Britain's central bank cut rates.", []ent{{"Britain", model.EntityGPE}}, "central bank", "GBR.GOV.BOE"},
		// Near misses: no body of that name listed for the country, or
		// another country's body named like it.
		{"Kenya's foreign ministry summoned the envoy.", []ent{{"Kenya", model.EntityGPE}}, "foreign ministry", "KEN.GOV"},
		{"Taipei's foreign ministry rejected the claim.", []ent{{"Taipei", model.EntityGPE}}, "foreign ministry", "TWN.GOV"},
		{"Kenya's central bank held rates.", []ent{{"Kenya", model.EntityGPE}}, "central bank", "KEN.GOV"},
	} {
		if got := roleHolder(t, s, c.text, "2024-05-01", c.ents, c.role); got != c.want {
			t.Errorf("%s\n\t%s -> %q, want %q", c.text, c.role, got, c.want)
		}
	}
}
