package resolve

import "testing"

// TestFormerPresidentHomeCountry: a capitalised "Former President" with no
// country before a name in a wire story from home is the home country's
// former president, as "ex-President" is: the country, no sector; another
// country in the sentence leaves it unplaced, as for a serving president.
func TestFormerPresidentHomeCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, dateline, person, country string
	}{
		{"former, opening", "WASHINGTON (Wire) - Former President Walter Hague said the bill was flawed.", "WASHINGTON", "Walter Hague", "USA"},
		{"former, after by", "LIMA (Wire) - The reform was attacked on Monday by former President Ana Quispe.", "LIMA", "Ana Quispe", "PER"},
		{"ex-", "WASHINGTON (Wire) - The bill was criticised by ex-President Joan Mercer.", "WASHINGTON", "Joan Mercer", "USA"},
		// Near miss: another country in the sentence.
		{"other country", "LIMA (Wire) - Former President Ana Quispe flew to Chile on Monday.", "LIMA", "Ana Quispe", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents := []ent{{c.dateline, "GPE"}, {"Wire", "ORG"}, {c.person, "PER"}}
			if c.country == "" {
				ents = append(ents, ent{"Chile", "GPE"})
			}
			art := resolveGiven(t, s, c.text, "2025-03-04", ents)
			checkMention(t, art, c.person, "", c.country, "")
		})
	}
}
