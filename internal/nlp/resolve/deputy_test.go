package resolve

import (
	"strings"
	"testing"
)

// A deputy's title ("deputy prime minister", "vice premier") names no
// holder of the office deputised in; "deputy president" and "vice
// president" are an office of their own. An armed group's word before a
// word for leaders or commanders ("rebel leaders") keeps the group's
// sector.
func TestDeputyAndGroupRoles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string
		role                  string // the role entity's text
		want                  string // actor id/country/sector; "" for no entity
	}{
		{"deputy prime minister", "Italy's deputy prime minister criticised France.", "2020-03-05",
			[][2]string{{"Italy", "GPE"}, {"France", "GPE"}}, "deputy prime minister", "ITA.GOV/ITA/government"},
		{"vice premier", "China's vice premier met the envoy.", "2020-03-05",
			[][2]string{{"China", "GPE"}}, "vice premier", "CHN.GOV/CHN/government"},
		{"deputy foreign minister", "The Russian deputy foreign minister met the envoy.", "2020-03-05",
			[][2]string{{"Russian", "NORP"}}, "deputy foreign minister", "RUS.GOV/RUS/government"},
		{"the prime minister is still the holder", "Italy's prime minister criticised France.", "2020-03-05",
			[][2]string{{"Italy", "GPE"}, {"France", "GPE"}}, "prime minister", "person:giuseppe_conte/ITA/government"},
		{"deputy president is an office", "Kenya's deputy president criticised Uganda.", "2020-03-05",
			[][2]string{{"Kenya", "GPE"}, {"Uganda", "GPE"}}, "deputy president", "person:william_ruto/KEN/government"},
		{"vice president", "The U.S. vice president met the envoy.", "1962-03-05",
			[][2]string{{"U.S.", "GPE"}}, "vice president", "person:lyndon_b_johnson/USA/government"},
		{"rebel leaders", "Rebel leaders in Syria rejected the plan.", "2020-03-05",
			[][2]string{{"Syria", "GPE"}}, "Rebel leaders", "SYR.REB/SYR/rebel"},
		{"insurgent commanders", "Insurgent commanders in Afghanistan met the envoy.", "2020-03-05",
			[][2]string{{"Afghanistan", "GPE"}}, "Insurgent commanders", "AFG.REB/AFG/rebel"},
		{"military leaders stay military", "Mali's military leaders rejected the plan.", "2020-03-05",
			[][2]string{{"Mali", "GPE"}}, "military leaders", "MLI.MIL/MLI/military"},
	} {
		art := resolveTagged(t, s, c.text, c.published, c.ents)
		got := ""
		at := strings.Index(c.text, c.role)
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Start == at && e.Text == c.role {
				got = e.ActorID + "/" + e.Country + "/" + e.Sector
			}
		}
		if got != c.want {
			var all []string
			for _, e := range art.Entities {
				all = append(all, e.Text+"|"+e.Type+"|"+e.ActorID)
			}
			t.Errorf("%s: %q -> %q, want %q (entities %s)", c.name, c.role, got, c.want, strings.Join(all, ", "))
		}
	}
}
