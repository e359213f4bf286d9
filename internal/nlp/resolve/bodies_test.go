package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestNationalBodiesAndPeacekeepers: national bodies of the KB resolve
// with their country and sector, the NDMA two countries' agencies share
// goes to the one of the country the article names, and UN missions named
// in apposition are UN military. The entities are given as a tagger gives
// them.
func TestNationalBodiesAndPeacekeepers(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name                           string
		text                           string
		ents                           []ent
		mention, want, country, sector string
	}{
		{"Kenya's anti-graft body", "Kenya's Ethics and Anti-Corruption Commission (EACC) arrested two county officials.",
			[]ent{{"Kenya", model.EntityGPE}, {"Ethics and Anti-Corruption Commission", model.EntityOrg}, {"EACC", model.EntityOrg}},
			"EACC", "KEN.GOV.EACC", "KEN", "government"},
		{"the Daily Nation is Kenyan media", "The officials were charged in court, the Daily Nation reported.",
			[]ent{{"Daily Nation", model.EntityOrg}},
			"Daily Nation", "KEN.MED.NATION", "KEN", "media"},
		{"Pakistan's NDMA", "Pakistan's prime minister ordered the National Disaster Management Authority to send tents.",
			[]ent{{"Pakistan", model.EntityGPE}, {"National Disaster Management Authority", model.EntityOrg}},
			"National Disaster Management Authority", "PAK.GOV.NDMA", "PAK", "government"},
		{"India's NDMA", "India's National Disaster Management Authority (NDMA) warned of heavy rain in Kerala.",
			[]ent{{"India", model.EntityGPE}, {"National Disaster Management Authority", model.EntityOrg}, {"NDMA", model.EntityOrg}, {"Kerala", model.EntityGPE}},
			"NDMA", "IND.GOV.NDMA", "IND", "government"},
		{"MONUSCO in apposition", "The UN peacekeeping mission, MONUSCO, said its teams were securing the site.",
			[]ent{{"UN", model.EntityOrg}, {"MONUSCO", model.EntityOrg}},
			"MONUSCO", "UNO.PKO.MONUSCO", "UNO", "military"},
		{"UNIFIL", "UNIFIL said a patrol came under fire near the Blue Line.",
			[]ent{{"UNIFIL", model.EntityOrg}, {"the Blue Line", model.EntityLoc}},
			"UNIFIL", "UNO.PKO.UNIFIL", "UNO", "military"},
		{"a country's football federation is its sports body", "Algeria's football federation sacked the national coach on Monday.",
			[]ent{{"Algeria", model.EntityGPE}},
			"football federation", "DZA.SPT", "DZA", "sports"},
		{"a nationality's Olympic committee", "The Kenyan Olympic committee backed the ban.",
			[]ent{{"Kenyan", model.EntityNORP}},
			"Olympic committee", "KEN.SPT", "KEN", "sports"},
		{"KFOR is NATO's", "KFOR troops were deployed to the northern border crossings.",
			[]ent{{"KFOR", model.EntityOrg}},
			"KFOR", "NATO.MIL.KFOR", "NATO", "military"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.mention {
				continue
			}
			found = true
			if e.ActorID != c.want || e.Country != c.country || e.Sector != c.sector {
				t.Errorf("%s: %q: %q -> %q (%s, %s), want %q (%s, %s)", c.name, c.text, c.mention, e.ActorID, e.Country, e.Sector, c.want, c.country, c.sector)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.mention)
		}
	}
}
