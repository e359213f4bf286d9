package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestArticleLeadName: an organisation whose name begins with a Romance or
// Arabic article ("La Pampilla", "La Brea") is not placed in Los Angeles
// because "La" folds to the city's abbreviation "LA"; the abbreviation
// written as one ("LA Times") still is.
func TestArticleLeadName(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, org string
		ents            []ent
		country         string
	}{
		{"a refinery named with La",
			"LIMA, Nov 18 (Reuters) - Oil from the La Pampilla refinery reached beaches north of the capital.", "La Pampilla",
			[]ent{{"LIMA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"La Pampilla", model.EntityOrg}},
			""},
		{"the abbreviation of Los Angeles",
			"Editors at the LA Times said on Monday the paper would cut jobs.", "LA Times",
			[]ent{{"LA Times", model.EntityOrg}},
			"USA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-11-18", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Text != c.org {
					continue
				}
				found = true
				if e.Country != c.country {
					t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.country)
				}
			}
			if !found {
				t.Fatalf("%s not among the entities", c.org)
			}
		})
	}
}

// TestOrgTail: a one-word mention the tagger reads as a person's that is
// the last word of an organisation named in full before it is that
// organisation, unless a person named with the word or a title before it
// says it is a person.
func TestOrgTail(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		mention    string
		wantType   string
		wantID     string
	}{
		{"an operation shortened to its name",
			"The European Union's naval force, Operation Atalanta, said pirates had released a cargo ship. Atalanta said the ship was freed.",
			[]ent{{"European Union", model.EntityOrg}, {"Operation Atalanta", model.EntityOrg}, {"Atalanta", model.EntityPerson}},
			"Atalanta", model.EntityOrg, "EUR.MIL.ATALANTA"},
		{"an operation the knowledge base lacks shortened to its name",
			"The Ghanaian navy's anti-smuggling force, Operation Corvina, said it had seized a trawler. Corvina said the crew were held.",
			[]ent{{"Ghanaian", model.EntityNORP}, {"Operation Corvina", model.EntityOrg}, {"Corvina", model.EntityPerson}},
			"Corvina", model.EntityOrg, "doc:org:operation_corvina"},
		{"a person named with the word wins",
			"Operation Halvorsen ended on Monday. Its commander, Erik Halvorsen, flew home. Halvorsen said the ships were safe.",
			[]ent{{"Operation Halvorsen", model.EntityOrg}, {"Erik Halvorsen", model.EntityPerson}, {"Halvorsen", model.EntityPerson}},
			"Halvorsen", model.EntityPerson, "doc:person:erik_halvorsen"},
		{"a title says it is a person",
			"Operation Atalanta freed the ship on Monday. Mr. Atalanta said the crew was safe.",
			[]ent{{"Operation Atalanta", model.EntityOrg}, {"Atalanta", model.EntityPerson}},
			"Atalanta", model.EntityPerson, "doc:person:atalanta"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := tagged(t, c.text, c.ents)
			s.Resolve(art)
			e := art.Entities[len(art.Entities)-1]
			if e.Text != c.mention {
				t.Fatalf("last entity %q, want %q", e.Text, c.mention)
			}
			if e.Type != c.wantType || e.ActorID != c.wantID {
				t.Errorf("%s -> %s %q, want %s %q", e.Text, e.Type, e.ActorID, c.wantType, c.wantID)
			}
		})
	}
}

// TestFormerStateTitles: a former office-holder titled with no country of
// its own under a dateline is the dateline country's, as a serving one is,
// while no other country is named before it or in its sentence.
func TestFormerStateTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               [][2]string
		want               string
	}{
		{"a former prime minister in lower case",
			"BAMAKO (Reuters) - Former prime minister Moussa Mara said on Monday the junta must set a date for elections.", "Moussa Mara",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Moussa Mara", "PER"}}, "MLI"},
		{"a former minister after the verb",
			"BAMAKO (Reuters) - The junta detained former justice minister Amadou Keita on Monday.", "Amadou Keita",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Amadou Keita", "PER"}}, "MLI"},
		{"another country named in the sentence",
			"BAMAKO (Reuters) - Former prime minister Moussa Mara met French officials on Monday.", "Moussa Mara",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Moussa Mara", "PER"}, {"French", "NORP"}}, ""},
		{"a serving visitor opening the sentence",
			"BAMAKO (Reuters) - Visiting prime minister Moussa Mara said on Monday the talks had failed.", "Moussa Mara",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Moussa Mara", "PER"}}, ""},
		{"a former visitor",
			"BAMAKO (Reuters) - Visiting former prime minister Moussa Mara said on Monday the talks had failed.", "Moussa Mara",
			[][2]string{{"BAMAKO", "GPE"}, {"Reuters", "ORG"}, {"Moussa Mara", "PER"}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2026-11-23", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson && e.Text == c.person {
					found = true
					if e.Country != c.want {
						t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.want)
					}
				}
			}
			if !found {
				t.Fatalf("%s not among the entities", c.person)
			}
		})
	}
}
