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

// International broadcasters and agencies that wire copy cites as
// employers of detained journalists or as sources resolve to their state
// of ownership with the media sector, under their full names and the short
// forms news uses.
func TestInternationalMedia(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, id, country string }{
		{"Radio France Internationale", "FRA.MED.RFI", "FRA"},
		{"RFI", "FRA.MED.RFI", "FRA"},
		{"France 24", "FRA.MED.FRANCE24", "FRA"},
		{"France24", "FRA.MED.FRANCE24", "FRA"},
		{"Deutsche Welle", "DEU.MED.DW", "DEU"},
		{"Voice of America", "USA.MED.VOA", "USA"},
		{"BBC World Service", "GBR.MED.BBC", "GBR"},
		{"BBC", "GBR.MED.BBC", "GBR"},
		{"Al Jazeera", "QAT.MED.ALJAZEERA", "QAT"},
		{"Al-Jazeera", "QAT.MED.ALJAZEERA", "QAT"},
		{"RT", "RUS.MED.RT", "RUS"},
		{"Russia Today", "RUS.MED.RT", "RUS"},
		{"Xinhua", "CHN.MED.XINHUA", "CHN"},
		{"Anadolu Agency", "TUR.MED.ANADOLU", "TUR"},
		{"Anadolu", "TUR.MED.ANADOLU", "TUR"},
	} {
		got := k.Lookup(c.name, at)
		if len(got) == 0 || got[0].ID != c.id || got[0].Country != c.country || got[0].Sector != SectorMedia {
			t.Errorf("Lookup(%q) = %v, want %s (%s, media)", c.name, got, c.id, c.country)
		}
	}
}

// Arabic names written with the article joined by a hyphen ("Al-Nusra",
// "al-Shabaab") resolve as their spaced forms do, and the Nusra Front only
// while it bore that name.
func TestHyphenatedArticleNames(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, id string }{
		{"Al-Nusra", "SYR.REB.NUSRA"},
		{"al Nusra", "SYR.REB.NUSRA"},
		{"Jabhat al-Nusra", "SYR.REB.NUSRA"},
		{"Nusra Front", "SYR.REB.NUSRA"},
		{"Al-Shabaab", "SOM.REB.SHABAAB"},
		{"Al Shabaab", "SOM.REB.SHABAAB"},
		{"al-Qaeda", "AFG.REB.ALQAEDA"},
		{"Al Qaeda", "AFG.REB.ALQAEDA"},
	} {
		got := k.Lookup(c.name, at)
		if len(got) == 0 || got[0].ID != c.id {
			t.Errorf("Lookup(%q) = %v, want %s", c.name, got, c.id)
		}
	}
	// Merged into Hayat Tahrir al-Sham in January 2017: after that the
	// name names no group in existence, and, as an ended state's does,
	// still the group of history, a Syrian rebel group ("a former Nusra
	// commander", or the name its foes keep using), where it named no one
	// before. A name an actor valid at the date holds is that actor's:
	// the Taliban of 2025 are Afghanistan's government, not the
	// insurgency that ended in 2021.
	late := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"Nusra Front", "al-Nusra Front", "Nusra", "Jabhat al-Nusra"} {
		if got := k.Lookup(name, late); len(got) != 1 || got[0].ID != "SYR.REB.NUSRA" || got[0].Sector != SectorRebel || got[0].Country != "SYR" {
			t.Errorf("Lookup(%q) in 2025 = %v, want only the Nusra Front (SYR, rebel)", name, got)
		}
	}
	if got := k.Lookup("the Taliban", late); len(got) != 1 || got[0].ID != "AFG.GOV.TALIBAN" {
		t.Errorf("Lookup(the Taliban) in 2025 = %v, want only AFG.GOV.TALIBAN", got)
	}
	// Before it was founded the name names nothing: the fallback is for
	// what has ended, not for what is yet to come.
	if got := k.Lookup("Nusra Front", time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Errorf("Lookup(Nusra Front) in 2010 = %v, want none", got)
	}
	// An ended body that is no armed group keeps no name after it ends.
	if got := k.Lookup("Cheong Wa Dae", late); len(got) != 0 {
		t.Errorf("Lookup(Cheong Wa Dae) in 2025 = %v, want none", got)
	}
}

// TestTalibanByDate: the Taliban were an insurgency until they took Kabul
// on 27 September 1996, Afghanistan's government (the Islamic Emirate)
// until Kandahar fell on 7 December 2001, an insurgency again until they
// took Kabul on 15 August 2021 and the de facto government from that day
// (to is exclusive, so no day is two); Pakistan's Taliban movement stays
// a rebel group at every date, and an undated text keeps the insurgency's
// row first.
func TestTalibanByDate(t *testing.T) {
	k := mustLoad(t)
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		name, date, id, sector string
	}{
		{"Taliban", "1995-02-01", "AFG.REB.TALIBAN1994", SectorRebel},
		{"Taliban", "1996-09-26", "AFG.REB.TALIBAN1994", SectorRebel},
		{"Taliban", "1996-09-27", "AFG.GOV.TALIBAN1996", SectorGovernment},
		{"the Taliban regime", "1999-10-15", "AFG.GOV.TALIBAN1996", SectorGovernment},
		{"Islamic Emirate of Afghanistan", "1999-10-15", "AFG.GOV.TALIBAN1996", SectorGovernment},
		{"the Islamic Emirate", "2000-03-01", "AFG.GOV.TALIBAN1996", SectorGovernment},
		{"Taliban", "2001-12-06", "AFG.GOV.TALIBAN1996", SectorGovernment},
		{"Taliban", "2001-12-07", "AFG.REB.TALIBAN", SectorRebel},
		{"the Islamic Emirate", "2012-05-01", "AFG.REB.TALIBAN", SectorRebel},
		{"Taliban", "2020-06-01", "AFG.REB.TALIBAN", SectorRebel},
		{"the Taliban", "2020-06-01", "AFG.REB.TALIBAN", SectorRebel},
		{"Afghan Taliban", "2020-06-01", "AFG.REB.TALIBAN", SectorRebel},
		{"Taliban", "2021-08-14", "AFG.REB.TALIBAN", SectorRebel},
		{"Taliban", "2021-08-15", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Taliban", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"the Taliban", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Taliban government", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Taliban administration", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Islamic Emirate of Afghanistan", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"the Islamic Emirate", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Taliban regime", "2023-06-01", "AFG.GOV.TALIBAN", SectorGovernment},
		{"Pakistani Taliban", "2020-06-01", "PAK.REB.TTP", SectorRebel},
		{"Pakistani Taliban", "2023-06-01", "PAK.REB.TTP", SectorRebel},
		{"Tehrik-i-Taliban Pakistan", "2023-06-01", "PAK.REB.TTP", SectorRebel},
	} {
		got := k.Lookup(c.name, day(c.date))
		if len(got) != 1 || got[0].ID != c.id || got[0].Sector != c.sector || got[0].Country != "AFG" && c.id != "PAK.REB.TTP" {
			t.Errorf("Lookup(%q, %s) = %v, want only %s (%s)", c.name, c.date, got, c.id, c.sector)
		}
	}
	if got := k.Lookup("Taliban", time.Time{}); len(got) == 0 || got[0].ID != "AFG.REB.TALIBAN" {
		t.Errorf("Lookup(Taliban, undated) = %v, want AFG.REB.TALIBAN first", got)
	}
}
