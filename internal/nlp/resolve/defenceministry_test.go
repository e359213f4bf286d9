package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

func TestDefenceMinistryName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Defence Ministry", true},
		{"Defense Ministry", true},
		{"Ministry of Defence", true},
		{"Ministry of National Defense", true},
		{"National Defence Ministry", true},
		{"Foreign Ministry", false},
		{"Ministry of Lands", false},
		{"Defence Industry Ministry", false},
	} {
		if got := defenceMinistryName(strings.Fields(kb.Normalize(c.name))); got != c.want {
			t.Errorf("defenceMinistryName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A country's defence ministry, named after its possessive country, is its
// own actor of the military sector: the knowledge base's body where it
// lists one (Russia's, in British spelling too), else the country's
// military; other ministries stay the government.
func TestPossessiveDefenceMinistry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, country, body, want, sector string
	}{
		{"Russia's Defence Ministry said its forces shot down 12 drones.", "Russia", "Defence Ministry", "RUS.GOV.MOD", kb.SectorMilitary},
		{"Ukraine's Defence Ministry said two soldiers were wounded.", "Ukraine", "Defence Ministry", "UKR.MIL", kb.SectorMilitary},
		{"Kenya's Foreign Ministry summoned the envoy on Monday.", "Kenya", "Foreign Ministry", "KEN.GOV", kb.SectorGovernment},
	} {
		art := article(c.text, "2024-10-12")
		art.Entities = []model.Entity{
			entity(art, c.country, model.EntityGPE, strings.Index(c.text, c.country)),
			entity(art, c.body, model.EntityOrg, strings.Index(c.text, c.body)),
		}
		s.Resolve(art)
		for _, e := range art.Entities {
			if e.Text == c.body && (e.ActorID != c.want || e.Sector != c.sector) {
				t.Errorf("%q: %s -> %s/%s, want %s/%s", c.text, c.body, e.ActorID, e.Sector, c.want, c.sector)
			}
		}
	}
}
