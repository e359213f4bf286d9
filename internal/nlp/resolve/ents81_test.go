package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// entityField is "country/sector" of the last entity whose text is text,
// "?" when there is none.
func entityField(art *model.Article, text string) string {
	got := "?"
	for _, e := range art.Entities {
		if e.Text == text {
			got = e.Country + "/" + e.Sector
		}
	}
	return got
}

// TestHomeSenatorTitle: a capitalised "Senator" before a name with no
// country is the dateline country's legislator, as a bare "Governor" is;
// a name suffix (Jr., III) does not stop the short form taking the same
// country. A foreign country in the senator's sentence leaves the person
// unplaced.
func TestHomeSenatorTitle(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"Jr. and its short form",
			"MANILA (Wire) - Senator Ramon Villanueva Jr. was charged with plunder on Monday. Villanueva Jr. denied wrongdoing.",
			[]ent{{"MANILA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Ramon Villanueva Jr.", model.EntityPerson}, {"Villanueva Jr.", model.EntityPerson}},
			"Villanueva Jr.", "PHL/legislature"},
		{"III",
			"MEXICO CITY (Wire) - Senator Lucia Ortega III accused the interior minister of lying on Monday.",
			[]ent{{"MEXICO CITY", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Lucia Ortega III", model.EntityPerson}},
			"Lucia Ortega III", "MEX/legislature"},
		{"no suffix",
			"BOGOTA (Wire) - Senator Andres Lozano said on Tuesday he would vote against the reform.",
			[]ent{{"BOGOTA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Andres Lozano", model.EntityPerson}},
			"Andres Lozano", "COL/legislature"},
		{"near miss: foreign countries in the sentence",
			"KYIV (Wire) - Senator Andres Lozano visited Poland and Hungary on Monday.",
			[]ent{{"KYIV", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Andres Lozano", model.EntityPerson}, {"Poland", model.EntityGPE}, {"Hungary", model.EntityGPE}},
			"Andres Lozano", "/legislature"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}

// TestMinisterOfField: a country or nationality before a minister's title
// whose field follows "of" ("UAE Minister of Industry", "Egyptian Minister
// of Foreign Affairs", "Kenyan Cabinet Secretary of Trade and Industry")
// is the holder's, as it is before "Industry Minister". The title with no
// country, datelined abroad with another country named, gives none.
func TestMinisterOfField(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"acronym",
			"ABU DHABI (Wire) - UAE Minister of Industry Khalid Al Mansouri announced the fund on Monday.",
			[]ent{{"ABU DHABI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"UAE", model.EntityGPE}, {"Khalid Al Mansouri", model.EntityPerson}},
			"Khalid Al Mansouri", "ARE/government"},
		{"nationality, two-word field",
			"CAIRO (Wire) - Egyptian Minister of Foreign Affairs Karim Nasser met his Sudanese counterpart on Monday.",
			[]ent{{"CAIRO", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Egyptian", model.EntityNORP}, {"Karim Nasser", model.EntityPerson}, {"Sudanese", model.EntityNORP}},
			"Karim Nasser", "EGY/government"},
		{"secretary, field with and",
			"GENEVA (Wire) - Kenyan Cabinet Secretary of Trade and Industry Ruth Kamau met the Chinese ambassador on Monday.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kenyan", model.EntityNORP}, {"Ruth Kamau", model.EntityPerson}, {"Chinese", model.EntityNORP}},
			"Ruth Kamau", "KEN/government"},
		{"near miss: no country before the title",
			"GENEVA (Wire) - Minister of Industry Tomas Lindqvist met Chinese officials in Geneva on Monday.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Tomas Lindqvist", model.EntityPerson}, {"Chinese", model.EntityNORP}, {"Geneva", model.EntityGPE}},
			"Tomas Lindqvist", "/government"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}

// TestDatelineOfficeOf: an "Office of the Ombudsman" or "Office of the
// Attorney General" with no country, in a story datelined at home that
// names no other country before it or in its sentence, is the dateline
// country's state; another country in the sentence leaves it unplaced.
func TestDatelineOfficeOf(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		office     string
		want       string
	}{
		{"ombudsman",
			"MANILA (Wire) - The Office of the Ombudsman filed graft charges against the mayor on Monday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Ombudsman", model.EntityOrg}},
			"Office of the Ombudsman", "PHL/government"},
		{"attorney general",
			"NAIROBI (Wire) - The Office of the Attorney General said on Tuesday it would appeal the ruling.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Attorney General", model.EntityOrg}},
			"Office of the Attorney General", "KEN/government"},
		{"prosecutor general",
			"KYIV (Wire) - The Office of the Prosecutor General opened a war crimes case on Monday.",
			[]ent{{"KYIV", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Prosecutor General", model.EntityOrg}},
			"Office of the Prosecutor General", "UKR/judiciary"},
		{"near miss: another country in the sentence",
			"KYIV (Wire) - The Office of the Prosecutor General said Russian forces shelled the city on Monday.",
			[]ent{{"KYIV", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Prosecutor General", model.EntityOrg}, {"Russian", model.EntityNORP}},
			"Office of the Prosecutor General", "/"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.office); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.office, got, c.want)
		}
	}
}

// TestPressApposition: a newsroom post in apposition after a name ("Jane
// Wanjiru, editor of The Star,", "a reporter for The Standard") makes the
// person a journalist, of the dateline's country when the outlet has none
// known and the story names no other country; a foreign place in the
// sentence leaves only the sector, and an editor of something that is no
// outlet ("editor of the report") nothing.
func TestPressApposition(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"editor of The Star",
			"NAIROBI (Wire) - Jane Wanjiru, editor of The Star, condemned the raid on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Jane Wanjiru", model.EntityPerson}, {"The Star", model.EntityOrg}},
			"Jane Wanjiru", "KEN/media"},
		{"a reporter for The Herald",
			"HARARE (Wire) - Tendai Moyo, a reporter for The Herald, was detained by police on Monday.",
			[]ent{{"HARARE", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Tendai Moyo", model.EntityPerson}, {"The Herald", model.EntityOrg}},
			"Tendai Moyo", "ZWE/media"},
		{"a foreign place in the sentence",
			"LONDON (Wire) - Jane Wanjiru, editor of The Star, spoke at a conference in Nairobi on Tuesday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Jane Wanjiru", model.EntityPerson}, {"The Star", model.EntityOrg}, {"Nairobi", model.EntityGPE}},
			"Jane Wanjiru", "/media"},
		{"near miss: editor of no outlet",
			"NAIROBI (Wire) - Jane Wanjiru, editor of the report, condemned the raid on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Jane Wanjiru", model.EntityPerson}},
			"Jane Wanjiru", "/"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}
