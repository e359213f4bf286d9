package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts65Actors: actors the knowledge base or the resolver missed get
// the country, sector and identity the text gives them, and the look-alikes
// of each keep none.
func TestEnts65Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, date, mention string
		ents                      []ent
		id, country, sector       string
	}{
		{"a state the tagger calls an organisation before its governor",
			"ABUJA, Nov 22 (Reuters) - Borno State Governor Babagana Zulum said on Sunday that schools would reopen.", "2026-11-23", "Borno State",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Borno State", model.EntityOrg}, {"Babagana Zulum", model.EntityPerson}},
			"place:NGA-BO", "NGA", ""},
		{"that state's governor",
			"ABUJA, Nov 22 (Reuters) - Borno State Governor Babagana Zulum said on Sunday that schools would reopen.", "2026-11-23", "Babagana Zulum",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Borno State", model.EntityOrg}, {"Babagana Zulum", model.EntityPerson}},
			"", "NGA", "government"},
		{"a state organisation under another country's dateline stays unresolved",
			"ACCRA, Nov 22 (Reuters) - Borno State officials visited the port on Sunday.", "2026-11-23", "Borno State",
			[]ent{{"ACCRA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Borno State", model.EntityOrg}},
			"", "", ""},
		{"a state government under the dateline",
			"ABUJA, Nov 22 (Reuters) - The Borno State government said on Sunday that schools would reopen.", "2026-11-23", "Borno State",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Borno State", model.EntityOrg}},
			"place:NGA-BO", "NGA", ""},
		{"a university called after a U.S. state is no region",
			"COLUMBUS, Ohio, Nov 22 (Reuters) - Ohio State said on Sunday that classes would resume.", "2026-11-23", "Ohio State",
			[]ent{{"COLUMBUS", model.EntityGPE}, {"Ohio", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ohio State", model.EntityOrg}},
			"", "", ""},
		{"the speaker of the lower house under a dateline",
			"WARSAW, Nov 22 (Reuters) - The speaker of the lower house said on Sunday that lawmakers would vote on the budget next week.", "2026-11-23", "speaker of the lower house",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}},
			"POL.LEG", "POL", "legislature"},
		{"the parliament speaker under a dateline",
			"VILNIUS, Nov 22 (Reuters) - The parliament speaker criticised the government on Sunday.", "2026-11-23", "parliament speaker",
			[]ent{{"VILNIUS", model.EntityGPE}, {"Reuters", model.EntityOrg}},
			"", "LTU", "legislature"},
		{"a named parliament speaker under a dateline",
			"WARSAW, Nov 22 (Reuters) - Parliament Speaker Jan Nowicki said on Sunday that lawmakers would vote next week.", "2026-11-23", "Jan Nowicki",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jan Nowicki", model.EntityPerson}},
			"", "POL", "legislature"},
		{"a portfolio ministry speaking after its capital spoke",
			"Kyiv said on Sunday that Russian drones had struck a power plant overnight. The interior ministry said air defences downed 40 drones.", "2026-11-23", "ministry",
			[]ent{{"Kyiv", model.EntityGPE}, {"Russian", model.EntityNORP}},
			"UKR.GOV", "UKR", "government"},
		{"a defence ministry speaking after its capital spoke is coded as the possessive one is",
			"Kyiv said on Sunday that Russian drones had struck a power plant overnight. The defence ministry said air defences downed 40 drones.", "2026-11-23", "ministry",
			[]ent{{"Kyiv", model.EntityGPE}, {"Russian", model.EntityNORP}},
			"UKR.MIL", "UKR", "military"},
		{"a region two countries share after its owner",
			"Pakistan's Punjab closed schools on Sunday as smog worsened.", "2026-11-23", "Punjab",
			[]ent{{"Pakistan", model.EntityGPE}, {"Punjab", model.EntityGPE}},
			"place:PAK-PB", "PAK", ""},
		{"a shared region with its division word after its owner",
			"Pakistan's Punjab province closed schools on Sunday as smog worsened.", "2026-11-23", "Punjab",
			[]ent{{"Pakistan", model.EntityGPE}, {"Punjab", model.EntityGPE}},
			"place:PAK-PB", "PAK", ""},
		{"a shared region with its division word under the dateline",
			"LAHORE, Nov 22 (Reuters) - Schools in Punjab province closed on Sunday as smog worsened.", "2026-11-23", "Punjab",
			[]ent{{"LAHORE", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Punjab", model.EntityGPE}},
			"place:PAK-PB", "PAK", ""},
		{"the other owner keeps its region",
			"India's Punjab closed schools on Sunday as smog worsened.", "2026-11-23", "Punjab",
			[]ent{{"India", model.EntityGPE}, {"Punjab", model.EntityGPE}},
			"place:IND-PB", "IND", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, c.date, c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found = true
				if e.Country != c.country || e.Sector != c.sector || c.id != "" && e.ActorID != c.id || c.id == "" && strings.HasPrefix(e.ActorID, "place:") {
					t.Errorf("%s -> %q country %q sector %q, want %q %q %q", e.Text, e.ActorID, e.Country, e.Sector, c.id, c.country, c.sector)
				}
			}
			if !found {
				t.Fatalf("%s not among the entities %+v", c.mention, art.Entities)
			}
		})
	}
}

// TestEnts65Unplaced: a presiding officer's title is the dateline
// country's only while the story names no other country, "speaker" alone
// names no legislature, and a bare ministry is a country's only after that
// country spoke.
func TestEnts65Unplaced(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, word string
		ents             []ent
	}{
		{"another country named before",
			"WARSAW, Nov 22 (Reuters) - The Hungarian foreign minister arrived on Sunday. The parliament speaker said talks went well.", "speaker",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Hungarian", model.EntityNORP}}},
		{"a speaker at a rally",
			"WARSAW, Nov 22 (Reuters) - A speaker at the rally criticised the government on Sunday.", "speaker",
			[]ent{{"WARSAW", model.EntityGPE}, {"Reuters", model.EntityOrg}}},
		{"a ministry after a sentence no country speaks in",
			"Russian drones struck a power plant in Kyiv overnight. The defence ministry said air defences downed 40 drones.", "ministry",
			[]ent{{"Russian", model.EntityNORP}, {"Kyiv", model.EntityGPE}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			for _, e := range art.Entities {
				if strings.Contains(strings.ToLower(e.Text), c.word) {
					t.Errorf("%s -> %q country %q sector %q, want no actor", e.Text, e.ActorID, e.Country, e.Sector)
				}
			}
		})
	}
}
