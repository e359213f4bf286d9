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
