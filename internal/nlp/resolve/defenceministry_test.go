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

// TestLowerCaseDefenceMinistry: a defence ministry written in lower case,
// under a dateline or after a possessive country, is coded as the
// capitalised "Russia's Defence Ministry" is (the knowledge base's body,
// else the country's military), never as the government as a whole;
// other portfolio ministries stay the government.
func TestLowerCaseDefenceMinistry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a listed defence ministry under its dateline",
			"MOSCOW, Nov 22 (Reuters) - The defence ministry said on Sunday that its units had taken a village.", "ministry",
			[]ent{{"MOSCOW", model.EntityGPE}, {"Reuters", model.EntityOrg}},
			"RUS.GOV.MOD", "RUS", kb.SectorMilitary},
		{"an unlisted defence ministry under its dateline, American spelling",
			"KYIV, Nov 22 (Reuters) - The defense ministry said on Sunday that air defences had downed 30 drones.", "ministry",
			[]ent{{"KYIV", model.EntityGPE}, {"Reuters", model.EntityOrg}},
			"UKR.MIL", "UKR", kb.SectorMilitary},
		{"a defence ministry after a possessive country",
			"NAIROBI, Nov 22 (Reuters) - Ukraine's defence ministry said on Sunday that two soldiers were wounded.", "ministry",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ukraine", model.EntityGPE}},
			"UKR.MIL", "UKR", kb.SectorMilitary},
		{"the foreign ministry under its dateline stays the government",
			"NAIROBI, Nov 22 (Reuters) - The foreign ministry said on Sunday that it had summoned the envoy.", "foreign ministry",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}},
			"KEN.GOV", "KEN", kb.SectorGovernment},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMention(t, resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.mention, c.id, c.country, c.sector)
		})
	}
}
