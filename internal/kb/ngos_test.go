package kb

import (
	"testing"
	"time"
)

// Gavi, the vaccine alliance, is an organisation under its short name, its
// capitals and its former full name, never a person; a given name that
// begins like it is not it.
func TestVaccineAlliance(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"Gavi", "GAVI", "Gavi Alliance", "Global Alliance for Vaccines and Immunization"} {
		got := k.Lookup(name, at)
		if len(got) == 0 || got[0].ID != "GAVI" || got[0].Type != TypeOrganisation || got[0].Sector != SectorNGO {
			t.Errorf("Lookup(%q) = %v, want GAVI (organisation, ngo)", name, got)
		}
		for _, a := range got {
			if a.Type == TypePerson {
				t.Errorf("Lookup(%q) gives the person %v", name, a)
			}
		}
	}
	for _, name := range []string{"Gavin", "Vaccine Alliance"} {
		if got := k.Lookup(name, at); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", name, got)
		}
	}
}
