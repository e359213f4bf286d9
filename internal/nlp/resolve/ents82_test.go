package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPressAppositionLowerThe: an outlet the knowledge base lacks after a
// lower-case "the" ("a reporter for the Daily Graphic") gives its reporter
// the dateline's country, as "The Herald" does, when its name has a word
// of the news media's names; "the Ministry of Information" has none and
// gives no country (the post alone still reads as the press's).
func TestPressAppositionLowerThe(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"a reporter for the Daily Graphic",
			"ACCRA (Wire) - Kofi Mensah, a reporter for the Daily Graphic, was arrested by police on Monday.",
			[]ent{{"ACCRA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kofi Mensah", model.EntityPerson}, {"Daily Graphic", model.EntityOrg}},
			"Kofi Mensah", "GHA/media"},
		{"editor at the Sunday Mirror Times",
			"LUSAKA (Wire) - Mary Banda, an editor at the Sunday Mirror Times, was questioned by police on Tuesday.",
			[]ent{{"LUSAKA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Mary Banda", model.EntityPerson}, {"Sunday Mirror Times", model.EntityOrg}},
			"Mary Banda", "ZMB/media"},
		{"near miss: a reporter for a ministry",
			"ACCRA (Wire) - Kofi Mensah, a reporter for the Ministry of Information, was arrested by police on Monday.",
			[]ent{{"ACCRA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kofi Mensah", model.EntityPerson}, {"Ministry of Information", model.EntityOrg}},
			"Kofi Mensah", "/media"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}

// TestDatelineOfficeOfLongTitles: the office of a Director of Public
// Prosecutions, an Auditor General or an Inspector General of Police with
// no country, in a story datelined at home naming no other country, is
// the dateline country's judiciary, government or police; a foreign
// country in the sentence leaves it unplaced.
func TestDatelineOfficeOfLongTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		office     string
		want       string
	}{
		{"director of public prosecutions",
			"NAIROBI (Wire) - The Office of the Director of Public Prosecutions said on Monday it would charge three officials.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Director of Public Prosecutions", model.EntityOrg}},
			"Office of the Director of Public Prosecutions", "KEN/judiciary"},
		{"auditor-general",
			"KAMPALA (Wire) - The Office of the Auditor-General found on Tuesday that funds had been misused.",
			[]ent{{"KAMPALA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Auditor-General", model.EntityOrg}},
			"Office of the Auditor-General", "UGA/government"},
		{"inspector general of police",
			"ABUJA (Wire) - The Office of the Inspector General of Police ordered an inquiry on Monday.",
			[]ent{{"ABUJA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Inspector General of Police", model.EntityOrg}},
			"Office of the Inspector General of Police", "NGA/police"},
		{"near miss: another country in the sentence",
			"NAIROBI (Wire) - The Office of the Director of Public Prosecutions said Ugandan suspects fled on Monday.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Office of the Director of Public Prosecutions", model.EntityOrg}, {"Ugandan", model.EntityNORP}},
			"Office of the Director of Public Prosecutions", "/"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.office); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.office, got, c.want)
		}
	}
}

// TestMinisterOfTheField: "Minister of the Interior" after a country is a
// minister's title as "Minister of Industry" is, so the country before it
// is the holder's; with no country before the title and another named
// abroad, the holder gets none.
func TestMinisterOfTheField(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person     string
		want       string
	}{
		{"possessive country",
			"LAGOS (Wire) - Nigeria's Minister of the Interior Ada Okafor said on Monday the border would reopen.",
			[]ent{{"LAGOS", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Nigeria", model.EntityGPE}, {"Ada Okafor", model.EntityPerson}},
			"Ada Okafor", "NGA/government"},
		{"nationality",
			"GENEVA (Wire) - Kenyan Minister of the Environment Grace Wanjiku met Chinese officials on Monday.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Kenyan", model.EntityNORP}, {"Grace Wanjiku", model.EntityPerson}, {"Chinese", model.EntityNORP}},
			"Grace Wanjiku", "KEN/government"},
		{"near miss: no country before the title",
			"GENEVA (Wire) - Minister of the Interior Tomas Lindqvist met Chinese officials on Monday.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Tomas Lindqvist", model.EntityPerson}, {"Chinese", model.EntityNORP}},
			"Tomas Lindqvist", "/government"},
	} {
		if got := entityField(resolveGiven(t, s, c.text, "2026-11-23", c.ents), c.person); got != c.want {
			t.Errorf("%s: %q: %s -> %q, want %q", c.name, c.text, c.person, got, c.want)
		}
	}
}
