package resolve

import (
	"strings"
	"testing"
)

// TestHealthRegulators: national health bodies and medicines regulators
// the knowledge base lists resolve to their country's government, named
// bare or after their country, and the AU's Africa CDC to the AU; an
// unlisted body of the same shape stays without a country.
func TestHealthRegulators(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text    string
		ents    []ent
		mention string
		id      string
		country string
		sector  string
	}{
		{"Health Canada said on Tuesday it had approved the vaccine.", []ent{{"Health Canada", "ORG"}},
			"Health Canada", "CAN.GOV.HC", "CAN", "government"},
		{"Britain's MHRA said it was reviewing the data.", []ent{{"Britain", "GPE"}, {"MHRA", "ORG"}},
			"MHRA", "GBR.GOV.MHRA", "GBR", "government"},
		{"The drug was cleared by Nigeria's NAFDAC last week.", []ent{{"Nigeria", "GPE"}, {"NAFDAC", "ORG"}},
			"NAFDAC", "NGA.GOV.NAFDAC", "NGA", "government"},
		{"In Beijing, the National Health Commission reported 12 new cases.", []ent{{"Beijing", "GPE"}, {"National Health Commission", "ORG"}},
			"National Health Commission", "CHN.GOV.NHC", "CHN", "government"},
		{"The Africa CDC said cases were rising.", []ent{{"Africa CDC", "ORG"}},
			"Africa CDC", "AFU.CDC", "AFU", "igo"},
		{"Australia's Therapeutic Goods Administration said it would act.", []ent{{"Australia", "GPE"}, {"Therapeutic Goods Administration", "ORG"}},
			"Therapeutic Goods Administration", "AUS.GOV.TGA", "AUS", "government"},
		// Near miss: a made-up regulator has no actor of the KB.
		{"The Regional Drug Board said it was reviewing the data.", []ent{{"Regional Drug Board", "ORG"}},
			"Regional Drug Board", "", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2025-04-02", c.ents)
		if c.id == "" {
			if got := mentionActor(art, c.mention); got != "" && got[:4] != "doc:" {
				t.Errorf("%q: %s -> %s, want no actor", c.text, c.mention, got)
			}
			continue
		}
		checkMention(t, art, c.mention, c.id, c.country, c.sector)
	}
}

// TestItsOrganisationOfficial: "its <title>, <Name>" after an
// organisation the knowledge base knows is that organisation's official,
// not the dateline government's; after a country it stays as before.
func TestItsOrganisationOfficial(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		person          string
		country, sector string
	}{
		{"igo, dateline elsewhere", "ADDIS ABABA, June 2 (Reuters) - The Africa CDC said on Monday that cases were rising. Its director general, Samuel Okafor, said the agency needed funds.",
			[]ent{{"ADDIS ABABA", "GPE"}, {"Reuters", "ORG"}, {"Africa CDC", "ORG"}, {"Samuel Okafor", "PER"}}, "Samuel Okafor", "AFU", "igo"},
		{"igo, same sentence", "ADDIS ABABA, June 2 (Reuters) - The Africa CDC will open a lab in Kigali, its director general, Ruth Alemu, said on Monday.",
			[]ent{{"ADDIS ABABA", "GPE"}, {"Reuters", "ORG"}, {"Africa CDC", "ORG"}, {"Ruth Alemu", "PER"}}, "Ruth Alemu", "AFU", "igo"},
		{"government agency", "OTTAWA, June 2 (Reuters) - Health Canada approved the drug on Monday. Its director general, Claire Dubois, said supplies would follow.",
			[]ent{{"OTTAWA", "GPE"}, {"Reuters", "ORG"}, {"Health Canada", "ORG"}, {"Claire Dubois", "PER"}}, "Claire Dubois", "CAN", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-06-02", c.ents)
			checkMention(t, art, c.person, "", c.country, c.sector)
		})
	}
	// Near miss: an organisation the KB does not know leaves the official
	// to the rules that were there before (the dateline's government).
	text := "ADDIS ABABA, June 2 (Reuters) - The Horn Relief Forum said on Monday that cases were rising. Its director general, Samuel Okafor, said the agency needed funds."
	art := resolveGiven(t, s, text, "2025-06-02", []ent{{"ADDIS ABABA", "GPE"}, {"Reuters", "ORG"}, {"Horn Relief Forum", "ORG"}, {"Samuel Okafor", "PER"}})
	for _, e := range art.Entities {
		if e.Text == "Samuel Okafor" && e.Country == "AFU" {
			t.Errorf("unknown organisation gave %s the AU: %+v", e.Text, e)
		}
	}
}

// TestCompanyNotGovernmentBody: "the company" after a government body the
// knowledge base lists and a company is the company, never the body.
func TestCompanyNotGovernmentBody(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text string
		ents []ent
		want string
	}{
		{"Health Canada approved a vaccine made by Pfizer. Health Canada said it was working with the company on the rollout.",
			[]ent{{"Health Canada", "ORG"}, {"Pfizer", "ORG"}, {"Health Canada", "ORG"}}, "USA.BUS.PFIZER"},
		{"Britain's MHRA cleared a drug made by Pfizer on Friday, and the MHRA said it had met the company twice.",
			[]ent{{"Britain", "GPE"}, {"MHRA", "ORG"}, {"Pfizer", "ORG"}, {"MHRA", "ORG"}}, "USA.BUS.PFIZER"},
	} {
		if got := roleHolder(t, s, c.text, "2025-04-02", c.ents, "company"); got != c.want {
			t.Errorf("%q: the company -> %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDemonymDrugmaker: "the <nationality> drugmaker" after a company of
// that country was named is that company, as "the French company" is; a
// company of another country named before leaves it the country's
// business sector.
func TestDemonymDrugmaker(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text string
		ents []ent
		want string
	}{
		{"Sanofi recalled a batch of insulin on Friday. A hospital group said it had demanded a refund from the French drugmaker.",
			[]ent{{"Sanofi", "ORG"}, {"French", "NORP"}}, "FRA.BUS.SANOFI"},
		{"Shares in Novartis fell on Monday after regulators in Bern questioned the Swiss drugmaker over its trial data.",
			[]ent{{"Novartis", "ORG"}, {"Bern", "GPE"}, {"Swiss", "NORP"}}, "CHE.BUS.NOVARTIS"},
		{"Shares in Airbus rose on Monday after the planemaker won an order from Qatar.",
			[]ent{{"Airbus", "ORG"}, {"Qatar", "GPE"}}, "NLD.BUS.AIRBUS"},
		// Near miss: the company named is of another country.
		{"Bayer recalled a batch of aspirin on Friday. A clinic said it had sued the French drugmaker.",
			[]ent{{"Bayer", "ORG"}, {"French", "NORP"}}, "FRA.BUS"},
	} {
		role := "drugmaker"
		if strings.Contains(c.text, "planemaker") {
			role = "planemaker"
		}
		if got := roleHolder(t, s, c.text, "2025-04-02", c.ents, role); got != c.want {
			t.Errorf("%q: %s -> %q, want %q", c.text, role, got, c.want)
		}
	}
}

// TestNGOBranch: "<NGO> <Country>" is the NGO's national branch, of the
// NGO sector and that country; an NGO's name alone stays the federation,
// and a company's name with a country after it is no NGO.
func TestNGOBranch(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text, mention   string
		country, sector string
	}{
		{"Friends of the Earth Netherlands said the study was flawed.", "Friends of the Earth Netherlands", "NLD", "ngo"},
		{"Amnesty International Kenya urged calm on Monday.", "Amnesty International Kenya", "KEN", "ngo"},
		{"Friends of the Earth said the study was flawed.", "Friends of the Earth", "FOEI", "ngo"},
		{"Harlow Freight Kenya said it would hire drivers.", "Harlow Freight Kenya", "", ""},
	} {
		art := resolveGiven(t, s, c.text, "2025-04-02", []ent{{c.mention, "ORG"}})
		checkMention(t, art, c.mention, "", c.country, c.sector)
	}
}
