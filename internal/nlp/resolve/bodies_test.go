package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBodiesDescribed: bodies and officials described, not named, get the
// actor of their country's sector: from a nationality or a possessive
// country before them, from the article's dateline, or from the body named
// just before ("..., a spokeswoman said"). Where nothing says which
// country, they get none. The entities are given as a tagger gives them,
// mistakes included ("Philippine coast" as one name).
func TestBodiesDescribed(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name string
		text string
		ents []ent
		role string // the role mention's text
		want string // its actor id; "" for none
	}{
		{"nationality before a cut name", "The Philippine coast guard boarded the trawler on Sunday.",
			[]ent{{"Philippine coast", model.EntityOrg}}, "coast guard", "PHL.GOV.PCG"},
		// A described body the knowledge base lists under the country's
		// name is that body; without one, the country's sector.
		{"a national body by the country's name", "The Japanese coast guard said four ships entered its waters.",
			[]ent{{"Japanese coast", model.EntityOrg}}, "coast guard", "JPN.GOV.JCG"},
		{"no curated body: the sector", "The Indonesian coast guard seized the trawler on Sunday.",
			[]ent{{"Indonesian", model.EntityNORP}}, "coast guard", "IDN.MIL"},
		{"a capitalised body stays a name", "The Philippine Coast Guard boarded the trawler on Sunday.",
			[]ent{{"Philippine Coast Guard", model.EntityOrg}}, "guard", ""},
		{"presidency", "The Nigerian presidency denied the report.",
			[]ent{{"Nigerian", model.EntityNORP}}, "presidency", "NGA.GOV"},
		{"possessive country and army chief", "Sudan's army chief flew to Jeddah.",
			[]ent{{"Sudan", model.EntityGPE}, {"Jeddah", model.EntityGPE}}, "army chief", "SDN.MIL"},
		{"one word between the possessive and the body", "The head of Iran's nuclear agency met inspectors.",
			[]ent{{"Iran", model.EntityGPE}}, "agency", "IRN.GOV"},
		{"a role serving a body after a nationality", "A spokesperson for the Philippine coast guard denied the report.",
			[]ent{{"Philippine coast", model.EntityOrg}}, "spokesperson", "PHL.GOV.PCG"},
		{"agency with a country of its own", "Japan's space agency launched a probe.",
			[]ent{{"Japan", model.EntityGPE}}, "agency", "JPN.GOV"},
		{"agency without one points back, no role", "MANILA — The World Food Programme sent rice. The agency said more would come from Japan.",
			[]ent{{"MANILA", model.EntityGPE}, {"World Food Programme", model.EntityOrg}, {"Japan", model.EntityGPE}}, "agency", ""},
		{"nationality and two words before the body", "An Iranian state oil company signed the deal.",
			[]ent{{"Iranian", model.EntityNORP}}, "company", "IRN.BUS"},
		{"nationality and one word before a ministry", "The German defence ministry ordered new rifles.",
			[]ent{{"German", model.EntityNORP}}, "ministry", "DEU.GOV"},
		{"dateline gives the country", "MANILA — The civil aviation authority grounded the fleet on Friday.",
			[]ent{{"MANILA", model.EntityGPE}}, "authority", "PHL.GOV"},
		{"no dateline, no country", "The civil aviation authority grounded the fleet on Friday.",
			nil, "authority", ""},
		{"a generic office with a modifier", "SEOUL — The unification minister proposed talks on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}}, "minister", "KOR.GOV"},
		{"the dateline's country named less than another", "SEOUL — The unification minister met Japanese and Japanese-born envoys from Japan.",
			[]ent{{"SEOUL", model.EntityGPE}, {"Japanese", model.EntityNORP}, {"Japan", model.EntityGPE}}, "minister", ""},
		{"a bare body points back, not to the dateline", "CAIRO — The agency said the dam was safe.",
			[]ent{{"CAIRO", model.EntityGPE}}, "agency", ""},
		{"no dateline: the only country, named twice", "Kenya closed the border. The interior ministry said Kenyan troops would stay.",
			[]ent{{"Kenya", model.EntityGPE}, {"Kenyan", model.EntityNORP}}, "ministry", "KEN.GOV"},
		{"no dateline: the only country, named once", "Kenya closed the border. The interior ministry said troops would stay.",
			[]ent{{"Kenya", model.EntityGPE}}, "ministry", ""},
		{"an office of one holder is not the home country's", "SEOUL — The foreign minister flew to Tokyo on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}, {"Tokyo", model.EntityGPE}}, "foreign minister", ""},
		// A defence minister, unlike a foreign minister, is reported at
		// home: the title without a country is the home country's office.
		{"a defence minister is the home country's", "SEOUL — The defence minister inspected the troops on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}}, "defence minister", "person:shin_won_sik"},
		{"the portfolio written out", "SEOUL — The Minister of Defence inspected the troops on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}}, "Minister of Defence", "person:shin_won_sik"},
		{"a home country without a known holder", "NAIROBI — The Defence Minister inspected the troops on Monday.",
			[]ent{{"NAIROBI", model.EntityGPE}}, "Defence Minister", "KEN.GOV"},
		{"a defence minister with no home country", "The defence minister inspected the troops on Monday.",
			nil, "defence minister", ""},
		{"a former defence minister is no holder", "SEOUL — The former defence minister inspected the troops on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}}, "defence minister", ""},
		{"a spokeswoman after one named body", "The Department of Foreign Affairs confirmed the detention of a man, a spokeswoman said.",
			[]ent{{"Department of Foreign Affairs", model.EntityOrg}}, "spokeswoman", "doc:org:department_of_foreign_affairs"},
		// A spokesman "for" a named body is that body's, never the one
		// named before it.
		{"a spokesman for a named body", "The State Department criticised the plan. A spokesman for the Office of Management and Budget said it was sound.",
			[]ent{{"State Department", model.EntityOrg}, {"Office of Management and Budget", model.EntityOrg}}, "spokesman", "USA.GOV.OMB"},
		{"the spokesman for a named body", "The State Department criticised the plan. The spokesman for the Office of Management and Budget said it was sound.",
			[]ent{{"State Department", model.EntityOrg}, {"Office of Management and Budget", model.EntityOrg}}, "spokesman", "USA.GOV.OMB"},
		{"a spokesman for a body the tables lack", "The State Department criticised the plan. A spokesman for the Office of Widget Standards said it was sound.",
			[]ent{{"State Department", model.EntityOrg}, {"Office of Widget Standards", model.EntityOrg}}, "spokesman", "doc:org:office_of_widget_standards"},
		{"a spokeswoman after two bodies", "The Department of Foreign Affairs and the Red Cross visited the man. A spokeswoman said he was well.",
			[]ent{{"Department of Foreign Affairs", model.EntityOrg}, {"Red Cross", model.EntityOrg}}, "spokeswoman", ""},
	} {
		got := roleHolder(t, s, c.text, "2024-05-01", c.ents, c.role)
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.role, got, c.want)
		}
	}
}

// TestHomeDepartment: a government department the knowledge base does not
// know, named without its country, is the dateline country's; without a
// dateline or a single country, it keeps none.
func TestHomeDepartment(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct{ text, dateline, want string }{
		{"CANBERRA — The Department of Foreign Affairs confirmed the detention.", "CANBERRA", "AUS"},
		{"The Department of Foreign Affairs confirmed the detention.", "", ""},
	} {
		art := article(c.text, "2024-05-01")
		standInEntities(t, s.kb, art)
		art.Entities = []model.Entity{entity(art, "Department of Foreign Affairs", model.EntityOrg, 0)}
		if c.dateline != "" {
			art.Entities = append(art.Entities, entity(art, c.dateline, model.EntityGPE, 0))
		}
		s.Resolve(art)
		for _, e := range art.Entities {
			if e.Type == model.EntityOrg && e.Country != c.want {
				t.Errorf("%q: %s country %q, want %q", c.text, e.Text, e.Country, c.want)
			}
		}
	}
}

// TestNamedStateBody: a body the knowledge base lacks, named with its
// country and headed by a word for a state body, is that government's; a
// university, a school named as an institute, a society, a rights
// commission (a rights group's name, or an independent watchdog) and a body
// named with no country are not.
func TestNamedStateBody(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, ent string
		want            string // country/sector of the entity
	}{
		{"institute of", "The Philippine Institute of Volcanology and Seismology said the volcano erupted.", "Philippine Institute of Volcanology and Seismology", "PHL/government"},
		{"agency", "The Indonesian Disaster Mitigation Agency said rivers burst their banks.", "Indonesian Disaster Mitigation Agency", "IDN/government"},
		{"authority after a country's name", "The Nepal Electricity Authority said power cuts would end.", "Nepal Electricity Authority", "NPL/government"},
		{"ministry of", "The Philippine Ministry of Fisheries said the catch fell.", "Philippine Ministry of Fisheries", "PHL/government"},
		{"a university", "The Philippine University of Mindanao said classes resumed.", "Philippine University of Mindanao", "PHL/"},
		{"a school named as an institute", "The Indian Institute of Technology said admissions rose.", "Indian Institute of Technology", "IND/"},
		{"a society", "The Kenya Red Cross Society said aid arrived.", "Kenya Red Cross Society", "KEN/"},
		{"a commission", "The Kenya Anti-Poaching Commission said two rhinos were killed.", "Kenya Anti-Poaching Commission", "KEN/government"},
		{"a rights commission", "The Kenya Human Rights Commission chairman said police killed protesters.", "Kenya Human Rights Commission", "KEN/"},
		{"a rights commission of", "The Nepal Commission for Human Rights said police killed protesters.", "Nepal Commission for Human Rights", "NPL/"},
		{"no country in the name", "The Brookings Institution said growth would slow.", "Brookings Institution", "/"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-12", [][2]string{{c.ent, "ORG"}})
			got := ""
			for _, e := range art.Entities {
				if e.Text == c.ent {
					got = e.Country + "/" + e.Sector
				}
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
