package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts70Actors: a qualified government, a ministry named by its
// portfolio under a dateline and a federation's head resolve to their
// country's actors.
func TestEnts70Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a hyphenated qualifier after the possessive",
			"KHARTOUM, Nov 22 (Reuters) - Sudan's army-aligned government rejected the report on Sunday.", "government",
			[]ent{{"KHARTOUM", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sudan", model.EntityGPE}},
			"SDN.GOV", "SDN", "government"},
		{"a qualifier naming the ruling group after the possessive: the Taliban's government",
			"KABUL, Nov 22 (Reuters) - Afghanistan's Taliban-led government said it had closed the crossing.", "government",
			[]ent{{"KABUL", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Afghanistan", model.EntityGPE}, {"Taliban", model.EntityOrg}},
			"AFG.GOV.TALIBAN", "AFG", "government"},
		{"a qualifier of two hyphens after the possessive",
			"YANGON, Nov 22 (Reuters) - Myanmar's military-backed government denied the claims on Sunday.", "government",
			[]ent{{"YANGON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Myanmar", model.EntityGPE}},
			"MMR.GOV", "MMR", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2026-11-23", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.ActorID != c.id || e.Country != c.country || e.Sector != c.sector {
					t.Errorf("%s -> %q country %q sector %q, want %q %q %q", e.Text, e.ActorID, e.Country, e.Sector, c.id, c.country, c.sector)
				}
			}
			if found == 0 {
				t.Fatalf("%s not among the entities: %+v", c.mention, art.Entities)
			}
		})
	}
}
