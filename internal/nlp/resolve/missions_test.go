package resolve

import (
	"strings"
	"testing"
)

// TestMissionName: embassies, consulates and high commissions are named
// missions; a bare "High Commission" and other commissions are not.
func TestMissionName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"british high commission", true},
		{"u.s. embassy", true},
		{"embassy of japan", true},
		{"indian consulate general", true},
		{"french consulate", true},
		{"high commission", false},
		{"european commission", false},
		{"election commission", false},
		{"embassy", false},
		{"embassy suites hotel", false},
	} {
		if got := missionName(strings.Fields(c.name)); got != c.want {
			t.Errorf("missionName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMissionSector: a named mission of a country stands for its
// government, as the knowledge base's ministries do; a mission of no known
// country gets no sector.
func TestMissionSector(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       []string
	}{
		{"a high commission by demonym", "The British High Commission in Ottawa issued new guidance.",
			[][2]string{{"British High Commission", "ORG"}, {"Ottawa", "GPE"}},
			[]string{"GBR.GOV/GBR/government", "place:CAN:ottawa/CAN/"}},
		{"an embassy by country abbreviation", "The U.S. Embassy warned citizens to leave.",
			[][2]string{{"U.S. Embassy", "ORG"}},
			[]string{"USA.GOV/USA/government"}},
		{"a commission that is no mission", "The Zarvian Commission met on Monday.",
			[][2]string{{"Zarvian Commission", "ORG"}},
			[]string{"doc:org:zarvian_commission//"}},
	} {
		art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
		got := actorKeys(art)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
