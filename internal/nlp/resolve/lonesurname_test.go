package resolve

import (
	"testing"
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
			found := false
			for _, e := range art.Entities {
				if e.Type != "PER" || e.Text != c.person {
					continue
				}
				found = true
				got := e.ActorID
				if len(got) > 4 && got[:4] == "doc:" {
					got = ""
				}
				if got != c.want {
					t.Errorf("%s -> %q (%s), want %q", e.Text, e.ActorID, e.Country, c.want)
				}
			}
			if !found {
				t.Fatalf("no person mention %q in %v", c.person, art.Entities)
			}
		})
	}
}
