package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts74NationalArms: "<acronym> <Country>" names a company's national
// subsidiary, an organisation of that country, a business when the
// acronym is a company of the knowledge base; an acronym of another kind
// of actor (an international body's country office) is not read so.
func TestEnts74NationalArms(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a known company's national arm",
			"LAGOS, June 12 (Reuters) - The regulator ordered MTN Nigeria to disconnect unregistered lines.", "MTN Nigeria",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"MTN Nigeria", model.EntityOrg}},
			"doc:org:mtn_nigeria", "NGA", "business"},
		{"an unknown acronym before a country",
			"NAIROBI, June 12 (Reuters) - KTL Kenya said it would cut prices on Monday.", "KTL Kenya",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"KTL Kenya", model.EntityOrg}},
			"doc:org:ktl_kenya", "KEN", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
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

func TestAcronymName(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"MTN", true}, {"AT&T", true}, {"M", false}, {"Mtn", false}, {"NIGERIA", false}, {"3G", false},
	} {
		if got := acronymName(c.w); got != c.want {
			t.Errorf("acronymName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestEnts74SubjectBody: a bare spokesperson closing a sentence that opens
// with "the <noun>" speaks for the organisation named before whose name
// ends in that noun, not for the organisation named last; with no such
// organisation the body just named is kept.
func TestEnts74SubjectBody(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"the commission some sentences after its full name",
			"LAGOS, June 12 (Reuters) - The Nigerian Communications Commission fined two operators on Thursday. Kano Telecom said it would pay the fine. The firm said it had fixed the fault. The commission welcomed the payment, a spokesman told Reuters.", "spokesman",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Nigerian Communications Commission", model.EntityOrg}, {"Kano Telecom", model.EntityOrg}, {"Reuters", model.EntityOrg}},
			"doc:org:nigerian_communications_commission", "NGA", "government"},
		{"no organisation ends in the subject's noun",
			"LAGOS, June 12 (Reuters) - The Nigerian Communications Commission fined two operators on Thursday. The talks stalled, a spokesman said.", "spokesman",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Nigerian Communications Commission", model.EntityOrg}},
			"doc:org:nigerian_communications_commission", "NGA", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
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

// TestEnts74CountryBodyStaff: a staff post "of <Country>'s <body>" in
// apposition to a name gives the holder the country and the body's
// sector; a post of a country's something else, or of a body with no
// country, gives neither.
func TestEnts74CountryBodyStaff(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		country, sector     string
	}{
		{"director of a country's agency",
			"Luisa Meque, director of Mozambique's disaster agency, said 40,000 people had been displaced.", "Luisa Meque",
			[]ent{{"Luisa Meque", model.EntityPerson}, {"Mozambique", model.EntityGPE}},
			"MOZ", "government"},
		{"head of a country's police",
			"Joao Tembe, head of Mozambique's national police, said 12 people had been arrested.", "Joao Tembe",
			[]ent{{"Joao Tembe", model.EntityPerson}, {"Mozambique", model.EntityGPE}},
			"MOZ", "police"},
		{"director of a body with no country",
			"Luisa Meque, director of the disaster agency, said 40,000 people had been displaced.", "Luisa Meque",
			[]ent{{"Luisa Meque", model.EntityPerson}},
			"", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.Country != c.country || e.Sector != c.sector {
					t.Errorf("%s -> country %q sector %q, want %q %q", e.Text, e.Country, e.Sector, c.country, c.sector)
				}
			}
			if found == 0 {
				t.Fatalf("%s not among the entities: %+v", c.mention, art.Entities)
			}
		})
	}
}

// TestEnts74PartyOfficer: a lower-case "party <title> <Name>" is the
// officer of the party named just before (its country), or further back
// of the dateline country's party named in the story; with no party named
// the dateline alone gives no country.
func TestEnts74PartyOfficer(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		country, sector     string
	}{
		{"the party named in the sentence",
			"NAIROBI, June 12 (Reuters) - Kenya's opposition Orange Democratic Movement will field its own candidate, party secretary-general Hassan Omar told a news conference.", "Hassan Omar",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Orange Democratic Movement", model.EntityOrg}, {"Hassan Omar", model.EntityPerson}},
			"KEN", "party"},
		{"the dateline country's party named sentences before",
			"NAIROBI, June 12 (Reuters) - The Orange Democratic Movement met in Mombasa on Thursday. Delegates debated for hours. Some walked out. The candidates will be named next week, party secretary-general Hassan Omar said.", "Hassan Omar",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Orange Democratic Movement", model.EntityOrg}, {"Mombasa", model.EntityGPE}, {"Hassan Omar", model.EntityPerson}},
			"KEN", "party"},
		{"no party named: no country from the dateline alone",
			"NAIROBI, June 12 (Reuters) - The candidates will be named next week, party secretary-general Hassan Omar said.", "Hassan Omar",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Hassan Omar", model.EntityPerson}},
			"", "party"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.Country != c.country || e.Sector != c.sector {
					t.Errorf("%s -> country %q sector %q, want %q %q", e.Text, e.Country, e.Sector, c.country, c.sector)
				}
			}
			if found == 0 {
				t.Fatalf("%s not among the entities: %+v", c.mention, art.Entities)
			}
		})
	}
}
