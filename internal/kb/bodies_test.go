package kb

import (
	"testing"
	"time"
)

// TestNationalBodiesAndPeacekeepers: Kenya's anti-graft commission and
// leading daily, the disaster agencies Pakistan and India both call the
// National Disaster Management Authority, and the UN's peacekeeping
// missions (UNO military) and NATO's Kosovo Force, each only while it
// exists.
func TestNationalBodiesAndPeacekeepers(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, id, country, sector string
		at                        time.Time
	}{
		{"Ethics and Anti-Corruption Commission", "KEN.GOV.EACC", "KEN", SectorGovernment, at},
		{"EACC", "KEN.GOV.EACC", "KEN", SectorGovernment, at},
		{"Daily Nation", "KEN.MED.NATION", "KEN", SectorMedia, at},
		{"MONUSCO", "UNO.PKO.MONUSCO", "UNO", SectorMilitary, at},
		{"MONUC", "UNO.PKO.MONUC", "UNO", SectorMilitary, time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)},
		{"MINUSCA", "UNO.PKO.MINUSCA", "UNO", SectorMilitary, at},
		{"UNMISS", "UNO.PKO.UNMISS", "UNO", SectorMilitary, at},
		{"UNIFIL", "UNO.PKO.UNIFIL", "UNO", SectorMilitary, at},
		{"UNFICYP", "UNO.PKO.UNFICYP", "UNO", SectorMilitary, at},
		{"UNDOF", "UNO.PKO.UNDOF", "UNO", SectorMilitary, at},
		{"MINURSO", "UNO.PKO.MINURSO", "UNO", SectorMilitary, at},
		{"UNISFA", "UNO.PKO.UNISFA", "UNO", SectorMilitary, at},
		{"MINUSMA", "UNO.PKO.MINUSMA", "UNO", SectorMilitary, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"KFOR", "NATO.MIL.KFOR", "NATO", SectorMilitary, at},
		{"Kosovo Force", "NATO.MIL.KFOR", "NATO", SectorMilitary, at},
	} {
		got := k.Lookup(c.name, c.at)
		if len(got) == 0 || got[0].ID != c.id || got[0].Country != c.country || got[0].Sector != c.sector {
			t.Errorf("Lookup(%q, %s) = %v, want %s (%s, %s)", c.name, c.at.Format(time.DateOnly), got, c.id, c.country, c.sector)
		}
	}
	// Both NDMAs answer to the name; the resolver picks by the country the
	// article names.
	for _, name := range []string{"National Disaster Management Authority", "NDMA"} {
		ids := map[string]bool{}
		for _, a := range k.Lookup(name, at) {
			ids[a.ID] = true
		}
		if !ids["PAK.GOV.NDMA"] || !ids["IND.GOV.NDMA"] {
			t.Errorf("Lookup(%q) = %v, want PAK.GOV.NDMA and IND.GOV.NDMA", name, ids)
		}
	}
	// A mission is nothing outside its mandate; "Nation" alone is a word.
	for _, c := range []struct {
		name string
		at   time.Time
	}{
		{"MONUSCO", time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)},
		{"MONUC", at},
		{"MINUSMA", at},
		{"Nation", at},
	} {
		if got := k.Lookup(c.name, c.at); len(got) != 0 {
			t.Errorf("Lookup(%q, %s) = %v, want none", c.name, c.at.Format(time.DateOnly), got)
		}
	}
}

// TestSportsBodyRoles: a country's governing body of a sport is a role of
// the sports sector, in the singular and the plural.
func TestSportsBodyRoles(t *testing.T) {
	k := mustLoad(t)
	for _, w := range []string{"football federation", "football federations", "football association", "soccer federation", "athletics federation", "olympic committee", "national olympic committee"} {
		r, ok := k.Role(w)
		if !ok || r.Sector != SectorSports || r.Office != "" {
			t.Errorf("Role(%q) = %+v, %v; want sector sports, no office", w, r, ok)
		}
	}
}
