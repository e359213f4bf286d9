package resolve

import (
	"strings"
	"testing"
)

// TestMissionGovernment: a country's embassy, consulate or high commission
// is that country's government (CAMEO codes an embassy so), the mention
// keeping the mission's name; the host place after it stays the host's,
// and names that only look like missions stay what they were.
func TestMissionGovernment(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       []string // text|actor/country/sector for every entity
	}{
		{"a nationality's embassy speaking", "MOSCOW (Wire) - The Russian embassy said the visas were void.",
			[][2]string{{"MOSCOW", "GPE"}, {"Wire", "ORG"}, {"Russian", "NORP"}},
			[]string{"MOSCOW|place:RUS:moscow/RUS/", "Wire|//media", "Russian embassy|RUS.GOV/RUS/government"}},
		{"an embassy in another country's capital", "The French embassy in Kabul said it would close on Monday.",
			[][2]string{{"French", "NORP"}, {"Kabul", "GPE"}},
			[]string{"French embassy|FRA.GOV/FRA/government", "Kabul|place:AFG:kabul/AFG/"}},
		{"the same country's ministry after its embassy", "The Danish embassy said it was closed. The Danish foreign ministry said staff were safe.",
			[][2]string{{"Danish embassy", "ORG"}, {"Danish", "NORP"}},
			[]string{"Danish embassy|DNK.GOV/DNK/government", "Danish|DNK/DNK/", "foreign ministry|DNK.GOV/DNK/government"}},
		{"a hotel named Embassy is no mission", "The Embassy Suites Hotel said bookings rose.",
			[][2]string{{"Embassy Suites Hotel", "ORG"}},
			[]string{"Embassy Suites Hotel|doc:org:embassy_suites_hotel//"}},
		{"a commission of no country is no mission", "The Zarvian High Commission met on Monday.",
			[][2]string{{"Zarvian High Commission", "ORG"}},
			[]string{"Zarvian High Commission|doc:org:zarvian_high_commission//"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
			var got []string
			for _, e := range art.Entities {
				got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
