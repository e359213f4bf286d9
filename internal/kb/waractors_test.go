package kb

import (
	"testing"
	"time"
)

// Bodies of the wars in Gaza and the Red Sea that wire reports name as
// sources: Hamas's armed wing under its spellings, Israel's COGAT, the Royal
// Navy's UKMTO. Each is its country's armed group or military with its
// parent, and Hamas itself is still Hamas.
func TestWarReportingBodies(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, id, country, sector, parent string }{
		{"Qassam Brigades", "PSE.REB.HAMAS.QASSAM", "PSE", SectorRebel, "PSE.REB.HAMAS"},
		{"Izz ad-Din al-Qassam Brigades", "PSE.REB.HAMAS.QASSAM", "PSE", SectorRebel, "PSE.REB.HAMAS"},
		{"Ezzedine al-Qassam Brigades", "PSE.REB.HAMAS.QASSAM", "PSE", SectorRebel, "PSE.REB.HAMAS"},
		{"COGAT", "ISR.MIL.COGAT", "ISR", SectorMilitary, "ISR.MIL"},
		{"Coordinator of Government Activities in the Territories", "ISR.MIL.COGAT", "ISR", SectorMilitary, "ISR.MIL"},
		{"UKMTO", "GBR.MIL.UKMTO", "GBR", SectorMilitary, "GBR.MIL"},
		{"United Kingdom Maritime Trade Operations", "GBR.MIL.UKMTO", "GBR", SectorMilitary, "GBR.MIL"},
		{"Hamas", "PSE.REB.HAMAS", "PSE", SectorRebel, "PSE"},
	} {
		got := k.Lookup(tc.name, at)
		if len(got) == 0 || got[0].ID != tc.id || got[0].Country != tc.country || got[0].Sector != tc.sector || got[0].Parent != tc.parent {
			t.Errorf("Lookup(%q) = %v, want %s (%s, %s, parent %s)", tc.name, got, tc.id, tc.country, tc.sector, tc.parent)
		}
	}
	if got := k.Lookup("Brigades", at); len(got) != 0 {
		t.Errorf("Lookup(%q) = %v, want none", "Brigades", got)
	}
}
