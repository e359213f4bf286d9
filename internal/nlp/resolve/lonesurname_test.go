package resolve

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestLoneSurnameNeedsEvidence: a family name written alone is an office
// holder's only when the article gives evidence for the holder
// (kb.LoneSurname): the full name anywhere in it, an office title right
// before it, the holder's country named (a dateline, a demonym, a capital),
// or a family name no one else is known by. Common family names that
// office holders share with millions stay the article's own persons.
func TestLoneSurnameNeedsEvidence(t *testing.T) {
	s := newStage(t)
	madrid := "MADRID (Reuters) - Spanish police arrested Castro, a 34-year-old electrician, on Tuesday, officials said. Paz, his neighbour, told reporters the arrest was unfair. Fernandez criticised the police."
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string
		person                string // the family name whose link is checked
		want                  string // its actor id, "" for a person of the article's own
	}{
		{"a neighbour in a Madrid story is not Bolivia's president", madrid, "2026-11-20",
			[][2]string{{"MADRID", "GPE"}, {"Spanish", "NORP"}, {"Castro", "PER"}, {"Paz", "PER"}, {"Fernandez", "PER"}}, "Paz", ""},
		{"a critic in a Madrid story is not Costa Rica's president", madrid, "2026-11-20",
			[][2]string{{"MADRID", "GPE"}, {"Spanish", "NORP"}, {"Castro", "PER"}, {"Paz", "PER"}, {"Fernandez", "PER"}}, "Fernandez", ""},
		{"an honorific is no evidence", "Mr Paz told reporters the arrest was unfair.", "2026-11-20",
			[][2]string{{"Paz", "PER"}}, "Paz", ""},
		{"an office title is evidence", "President Paz said the government would cut fuel subsidies.", "2026-11-20",
			[][2]string{{"Paz", "PER"}}, "Paz", "person:rodrigo_paz"},
		{"a dateline of the holder's country is evidence", "LA PAZ (Reuters) - Paz said the government would cut fuel subsidies.", "2026-11-20",
			[][2]string{{"LA PAZ", "GPE"}, {"Paz", "PER"}}, "Paz", "person:rodrigo_paz"},
		{"the holder's country named later is evidence", "Paz said fuel subsidies would be cut across Bolivia.", "2026-11-20",
			[][2]string{{"Paz", "PER"}, {"Bolivia", "GPE"}}, "Paz", "person:rodrigo_paz"},
		{"the full name earlier is evidence", "LIMA (Reuters) - Rodrigo Paz met Peruvian officials on Tuesday. Paz later criticised the opposition.", "2026-11-20",
			[][2]string{{"LIMA", "GPE"}, {"Rodrigo Paz", "PER"}, {"Peruvian", "NORP"}, {"Paz", "PER"}}, "Paz", "person:rodrigo_paz"},
		{"a family name no one else is known by needs no more", "Putin said talks would continue.", "2026-11-20",
			[][2]string{{"Putin", "PER"}}, "Putin", "person:vladimir_putin"},
		{"a Moscow dateline", "MOSCOW (Reuters) - Putin said talks would continue.", "2026-11-20",
			[][2]string{{"MOSCOW", "GPE"}, {"Putin", "PER"}}, "Putin", "person:vladimir_putin"},
		{"a family name a nation shares needs its country", "Kim told reporters the arrest was unfair.", "2025-08-01",
			[][2]string{{"Kim", "PER"}}, "Kim", ""},
		{"a family name a nation shares with its country named", "SEOUL (Reuters) - Kim told reporters the cabinet would meet on Monday.", "2025-08-01",
			[][2]string{{"SEOUL", "GPE"}, {"Kim", "PER"}}, "Kim", "person:kim_min_seok"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.ents)
			checkPersonLink(t, art, c.person, c.want)
		})
	}
}

// TestLoneSurnameEvidenceElsewhere: the other ways a lone family name
// reaches an office holder need the same evidence (kb.LoneSurname): a year
// in the sentence with no title ("In 2023, Castro ...") names the holder
// of that year only when the article names the holder's country (or the
// name is no one else's), and a family name the tagger called an
// organisation becomes the person in office only with that evidence.
func TestLoneSurnameEvidenceElsewhere(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string
		mention               string // the family name whose link is checked
		wantType, want        string // its type after resolution and actor id ("" for none or the article's own)
	}{
		{"a dated sentence: a common family name without its country is no past leader",
			"MADRID (Reuters) - In 2023, Castro opened a bakery near the station, neighbours said.", "2026-11-20",
			[][2]string{{"MADRID", "GPE"}, {"Castro", "PER"}}, "Castro", "PER", ""},
		{"a dated sentence: the holder's country named is evidence",
			"TEGUCIGALPA (Reuters) - In 2023, Castro signed a decree on electricity prices.", "2026-11-20",
			[][2]string{{"TEGUCIGALPA", "GPE"}, {"Castro", "PER"}}, "Castro", "PER", "person:xiomara_castro"},
		{"a dated sentence: a demonym is evidence",
			"In 2023, Castro signed a decree on electricity prices, Honduran officials said.", "2026-11-20",
			[][2]string{{"Castro", "PER"}, {"Honduran", "NORP"}}, "Castro", "PER", "person:xiomara_castro"},
		{"a dated sentence: a title is evidence",
			"In 2023, President Castro signed a decree on electricity prices.", "2026-11-20",
			[][2]string{{"Castro", "PER"}}, "Castro", "PER", "person:xiomara_castro"},
		{"a family name tagged as an organisation stays one without evidence",
			"MADRID (Reuters) - Castro said on Tuesday its bakeries would close early.", "2024-06-11",
			[][2]string{{"MADRID", "GPE"}, {"Castro", "ORG"}}, "Castro", "ORG", ""},
		{"a family name tagged as an organisation is the holder with her country named",
			"TEGUCIGALPA (Reuters) - Castro's spokesman said the decree would be signed on Tuesday.", "2024-06-11",
			[][2]string{{"TEGUCIGALPA", "GPE"}, {"Castro", "ORG"}}, "Castro", "PER", "person:xiomara_castro"},
		{"a family name no one else bears tagged as an organisation is the holder",
			"Putin's spokesman said talks would continue.", "2024-06-11",
			[][2]string{{"Putin", "ORG"}}, "Putin", "PER", "person:vladimir_putin"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// One sentence each: the dated rule reads the years of the
			// mention's sentence.
			art := article(c.text, c.published)
			art.Sentences = []model.Sentence{{Start: 0, End: len(c.text), Text: c.text}}
			from := 0
			for _, e := range c.ents {
				ent := entity(art, e[0], e[1], from)
				from = ent.End
				art.Entities = append(art.Entities, ent)
			}
			if err := s.Process(context.Background(), &model.Document{Article: art}); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found = true
				got := e.ActorID
				if len(got) > 4 && got[:4] == "doc:" {
					got = ""
				}
				if string(e.Type) != c.wantType || got != c.want {
					t.Errorf("%s -> %s %q (%s), want %s %q", e.Text, e.Type, e.ActorID, e.Country, c.wantType, c.want)
				}
			}
			if !found {
				t.Fatalf("no mention %q in %v", c.mention, art.Entities)
			}
		})
	}
}
