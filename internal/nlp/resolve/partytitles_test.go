package resolve

import "testing"

// TestPartyTitledPersons: a party's name or abbreviation, then a head's
// title (also "co-chair") or a candidate's word, then a name makes the
// person the party's; in a U.S. story the bare "Republican" or
// "Democratic" before a race's candidate does too. A title of the state
// after a party adjective outside such a frame is left alone.
func TestPartyTitledPersons(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		person          string
		country, sector string
	}{
		{"co-chair", "BERLIN, May 9 (Reuters) - SPD co-chair Helga Straub said on Friday the coalition would hold.",
			[]ent{{"BERLIN", "GPE"}, {"Reuters", "ORG"}, {"SPD", "ORG"}, {"Helga Straub", "PER"}}, "Helga Straub", "DEU", "party"},
		{"candidate", "BERLIN, May 9 (Reuters) - SPD candidate Jonas Feldmann conceded defeat on Sunday.",
			[]ent{{"BERLIN", "GPE"}, {"Reuters", "ORG"}, {"SPD", "ORG"}, {"Jonas Feldmann", "PER"}}, "Jonas Feldmann", "DEU", "party"},
		{"us senate candidate", "WASHINGTON, May 9 (Reuters) - Republican Senate candidate Dave Kowalczyk said the bill was a disgrace.",
			[]ent{{"WASHINGTON", "GPE"}, {"Reuters", "ORG"}, {"Senate", "ORG"}, {"Dave Kowalczyk", "PER"}}, "Dave Kowalczyk", "USA", "party"},
		{"us gubernatorial nominee", "ATLANTA, May 9 (Reuters) - Democratic gubernatorial nominee Alicia Brandt said she would win.",
			[]ent{{"ATLANTA", "GPE"}, {"Reuters", "ORG"}, {"Alicia Brandt", "PER"}}, "Alicia Brandt", "USA", "party"},
		// Near miss: outside a U.S. story the bare adjective names no party.
		{"not us", "ANKARA, May 9 (Reuters) - Republican candidate Deniz Arslan said he would win.",
			[]ent{{"ANKARA", "GPE"}, {"Reuters", "ORG"}, {"Deniz Arslan", "PER"}}, "Deniz Arslan", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-05-09", c.ents)
			checkMention(t, art, c.person, "", c.country, c.sector)
		})
	}
}

// TestPartyHeadedNames: a name right after a lower-case "party" heading
// its noun phrase is a party of the story's home country; without the
// head noun the name stays as it was.
func TestPartyHeadedNames(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		org             string
		country, sector string
	}{
		{"separatist party", "MADRID, March 4 (Reuters) - The Catalan separatist party Junts said it would not back the budget.",
			[]ent{{"MADRID", "GPE"}, {"Reuters", "ORG"}, {"Catalan", "NORP"}, {"Junts", "ORG"}}, "Junts", "ESP", "party"},
		{"possessive, far-right", "LISBON, March 4 (Reuters) - Portugal's far-right party Avante Novo gained seats on Sunday.",
			[]ent{{"LISBON", "GPE"}, {"Reuters", "ORG"}, {"Portugal", "GPE"}, {"Avante Novo", "ORG"}}, "Avante Novo", "PRT", "party"},
		// Near miss: no head noun.
		{"no party word", "MADRID, March 4 (Reuters) - Avancem said it would not back the budget.",
			[]ent{{"MADRID", "GPE"}, {"Reuters", "ORG"}, {"Avancem", "ORG"}}, "Avancem", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
			checkMention(t, art, c.org, "", c.country, c.sector)
		})
	}
}
