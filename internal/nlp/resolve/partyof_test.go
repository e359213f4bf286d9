package resolve

import "testing"

// TestCountryPartyOf: a party the knowledge base lacks named "<name> Party
// of <country>" is that country's party, whatever country the story is
// about; a name placed with "of" and a word that is no country stays a
// party of the article's home country, or of none.
func TestCountryPartyOf(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		party      string
		country    string
	}{
		{"albania, no dateline",
			"The Socialist Party of Albania won a third term in the vote on Sunday.",
			[][2]string{{"Socialist Party of Albania", "ORG"}}, "Socialist Party of Albania", "ALB"},
		{"vietnam in a story about Japan",
			"Japan welcomed a delegation of the Communist Party of Vietnam on Monday.",
			[][2]string{{"Japan", "GPE"}, {"Communist Party of Vietnam", "ORG"}}, "Communist Party of Vietnam", "VNM"},
		{"the philippines",
			"The Communist Party of the Philippines rejected the offer.",
			[][2]string{{"Communist Party of the Philippines", "ORG"}}, "Communist Party of the Philippines", "PHL"},
		// Near miss: no country after "of"; the home country only.
		{"party of regions",
			"The Party of Regions rejected the offer.",
			[][2]string{{"Party of Regions", "ORG"}}, "Party of Regions", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-04", c.ents)
		got := orgByText(art, c.party)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.party, art.Entities)
			continue
		}
		if got.Country != c.country || c.country != "" && got.Sector != "party" {
			t.Errorf("%s: %q country %q sector %q, want %q party", c.name, c.party, got.Country, got.Sector, c.country)
		}
	}
}
