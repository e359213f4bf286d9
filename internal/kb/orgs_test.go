package kb

import (
	"testing"
	"time"
)

// International organisations and public agencies that news names often
// resolve to their actor under their full names, other spellings and
// acronyms; acronyms that are also a city's name or a name other bodies
// share are no aliases.
func TestMoreOrganisations(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, id, sector string }{
		{"OECD", "OECD", SectorIGO},
		{"Organisation for Economic Co-operation and Development", "OECD", SectorIGO},
		{"Organization for Economic Cooperation and Development", "OECD", SectorIGO},
		{"Food and Agriculture Organization", "UNO.FAO", SectorIGO},
		{"International Labour Organisation", "UNO.ILO", SectorIGO},
		{"Asian Development Bank", "ADB", SectorIGO},
		{"European Court of Human Rights", "COE.ECHR", SectorJudiciary},
		{"International Olympic Committee", "IOC", SectorSports},
		{"FIFA", "FIFA", SectorSports},
		{"NASA", "USA.GOV.NASA", SectorGovernment},
		{"Centers for Disease Control and Prevention", "USA.GOV.CDC", SectorGovernment},
		{"CDC", "USA.GOV.CDC", SectorGovernment},
		{"US National Hurricane Center", "USA.GOV.NHC", SectorGovernment},
		{"Drug Enforcement Administration", "USA.GOV.DEA", SectorPolice},
		{"Scotland Yard", "GBR.GOV.MET", SectorPolice},
		{"Indian Space Research Organisation", "IND.GOV.ISRO", SectorGovernment},
		{"Home Office", "GBR.GOV.HO", SectorGovernment},
		{"UK Home Office", "GBR.GOV.HO", SectorGovernment},
		{"Enforcement Directorate", "IND.GOV.ED", SectorPolice},
		{"Directorate of Enforcement", "IND.GOV.ED", SectorPolice},
	} {
		got := k.Lookup(c.name, at)
		if len(got) == 0 || got[0].ID != c.id || got[0].Sector != c.sector {
			t.Errorf("Lookup(%q) = %v, want %s (%s)", c.name, got, c.id, c.sector)
		}
	}
	// "Itu" is a Brazilian city, "Security Service" the name of several
	// countries' services, "ICE" and "BIS" common words.
	for _, name := range []string{"Itu", "ITU", "Security Service", "ICE", "BIS", "ESA", "ED"} {
		if got := k.Lookup(name, at); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", name, got)
		}
	}
}
