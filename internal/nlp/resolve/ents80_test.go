package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPossessedParliament: a bare "Parliament" the tagger read as an
// organisation right after a country's possessive is that country's
// legislature, whatever the dateline; a region's possessive names no
// country's chamber.
func TestPossessedParliament(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"abroad", "LONDON (Wire) - Kenya's Parliament approved the tax bill on Tuesday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Parliament", model.EntityOrg}}, "KEN.LEG"},
		{"at home, mid-sentence", "ACCRA (Wire) - Lawmakers said on Monday that Ghana's Parliament would debate the budget.",
			[]ent{{"ACCRA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Ghana", model.EntityGPE}, {"Parliament", model.EntityOrg}}, "GHA.LEG"},
		{"near miss: a region's possessive", "OTTAWA (Wire) - Quebec's Parliament passed the language bill on Tuesday.",
			[]ent{{"OTTAWA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Quebec", model.EntityGPE}, {"Parliament", model.EntityOrg}}, ""},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2026-11-23", c.ents), "Parliament"); got != c.want {
			t.Errorf("%s: %q: Parliament -> %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestTitledUnderNamedGovernment: a minister's capitalised title with no
// country, in a sentence that also names another country, is the
// dateline country's when the story named that country's government
// before; a capitalised "Governor" before a name is the dateline
// country's as a minister's title is. Another country's government named
// before, or a foreign country in the governor's sentence, leaves the
// person without one.
func TestTitledUnderNamedGovernment(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"Commerce Secretary",
			"WASHINGTON (Wire) - The U.S. government will impose new tariffs on Chinese steel, Commerce Secretary Helen Marsh said on Monday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Wire", model.EntityOrg}, {"U.S.", model.EntityGPE}, {"Chinese", model.EntityNORP}, {"Helen Marsh", model.EntityPerson}},
			"Helen Marsh", "USA"},
		{"Trade Minister",
			"THE HAGUE (Wire) - The Dutch government said on Friday it would curb exports of chip machines to China, Trade Minister Marieke Janssen told parliament.",
			[]ent{{"THE HAGUE", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Dutch", model.EntityNORP}, {"China", model.EntityGPE}, {"Marieke Janssen", model.EntityPerson}},
			"Marieke Janssen", "NLD"},
		{"near miss: another government named",
			"WASHINGTON (Wire) - China's government will retaliate against U.S. tariffs, Commerce Minister Li Wenhua said on Monday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Wire", model.EntityOrg}, {"China", model.EntityGPE}, {"U.S.", model.EntityGPE}, {"Li Wenhua", model.EntityPerson}},
			"Li Wenhua", ""},
		{"Governor after a central bank",
			"ABUJA (Wire) - Nigeria's central bank held its benchmark rate on Tuesday. Governor Olayemi Cardoso said inflation was easing.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Nigeria", model.EntityGPE}, {"Olayemi Cardoso", model.EntityPerson}},
			"Olayemi Cardoso", "NGA"},
		{"Governor first",
			"NAIROBI (Wire) - Governor Jane Wambui said on Monday the central bank would keep rates unchanged.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Jane Wambui", model.EntityPerson}},
			"Jane Wambui", "KEN"},
		{"near miss: a foreign country in the governor's sentence",
			"ABUJA (Wire) - Ghana's central bank raised rates on Tuesday, Governor Kofi Mensah said.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Ghana", model.EntityGPE}, {"Kofi Mensah", model.EntityPerson}},
			"Kofi Mensah", ""},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		got := "?"
		for _, e := range art.Entities {
			if e.Text == c.person {
				got = e.Country
			}
		}
		if got != c.want {
			t.Errorf("%s: %q country %q, want %q", c.name, c.person, got, c.want)
		}
	}
}

// TestLabourLeaderLowerCase: a nationality and a lower-case "labour
// leader" or "labor leader" before a name is organised labour's leader of
// that country; a capitalised "Labour leader" is the party's.
func TestLabourLeaderLowerCase(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		person          string
		country, sector string
	}{
		{"Nigerian labour leader",
			"LAGOS (Wire) - Nigerian labour leader Joe Ajaero said on Monday workers would strike next week.",
			[]ent{{"LAGOS", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Nigerian", model.EntityNORP}, {"Joe Ajaero", model.EntityPerson}},
			"Joe Ajaero", "NGA", "labour"},
		{"Kenyan labor leader",
			"GENEVA (Wire) - Kenyan labor leader Jane Wanjiku told delegates the wage deal had collapsed.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kenyan", model.EntityNORP}, {"Jane Wanjiku", model.EntityPerson}},
			"Jane Wanjiku", "KEN", "labour"},
		{"near miss: the party's leader",
			"LONDON (Wire) - Labour leader Jane Fells said on Monday the strike was wrong.",
			[]ent{{"LONDON", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Labour", model.EntityOrg}, {"Jane Fells", model.EntityPerson}},
			"Jane Fells", "GBR", "party"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		checkMention(t, art, c.person, "", c.country, c.sector)
	}
}

// TestPressCuedTheOutlet: an outlet the knowledge base lacks, named with
// a capital "The" after a press cue (an editor of it, a reporter for it,
// telling it), is a news medium; after "the offices of" it may be any
// body and gets no sector.
func TestPressCuedTheOutlet(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, org, sector string
	}{
		{"told", "GENEVA (Wire) - A police officer told The Beacon on Monday that the suspects had fled.", "Beacon", "media"},
		{"editor of", "GENEVA (Wire) - Police detained the editor of The Lantern on Monday, the group said.", "Lantern", "media"},
		{"a reporter for", "GENEVA (Wire) - Police detained a reporter for The Herald Sun Post on Monday.", "Herald Sun Post", "media"},
		{"near miss: offices of", "GENEVA (Wire) - Soldiers stormed the offices of The Elders on Monday.", "Elders", ""},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {c.org, model.EntityOrg}})
		found := false
		for _, e := range art.Entities {
			if e.Text == c.org {
				found = true
				if e.Sector != c.sector {
					t.Errorf("%s: %q -> %q sector %q, want %q", c.name, c.org, e.ActorID, e.Sector, c.sector)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.org)
		}
	}
}
