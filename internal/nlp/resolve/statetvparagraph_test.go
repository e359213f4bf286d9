package resolve

import (
	"strings"
	"testing"
)

// TestStateOutletOtherParagraph: a bare "state TV" takes the country of the
// official named last before it, unless that official is in an earlier
// paragraph and the story names officials of another country too (a
// round-up of several states): then it is no more that state's broadcaster
// than the other's, and only the dateline may say whose it is.
func TestStateOutletOtherParagraph(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, want string // want: the country of "state TV"/"state television"; "" for none
	}{
		{"round-up, the last official a paragraph before",
			"Hungary's trade minister said the deal was dead.\n\nThe Polish prime minister said the border would stay open.\n\nThe army had retaken the town, state TV reported.", ""},
		{"round-up, other wording",
			"Kenya's foreign minister said the talks had failed.\n\nThe Ugandan president said troops would stay.\n\nRebels had left the town, state television said.", ""},
		{"near miss: one state's officials only, a paragraph before",
			"The Polish prime minister said the border would stay open.\n\nThe army had retaken the town, state TV reported.", "POL"},
		{"near miss: two states, the last official in the same paragraph",
			"Hungary's trade minister said the deal was dead.\n\nThe Polish prime minister said the border would stay open, state TV reported.", "POL"},
	} {
		art := article(c.text, "2025-03-12")
		standInEntities(t, s.kb, art)
		for i := range art.Sentences {
			art.Sentences[i].Paragraph = strings.Count(c.text[:art.Sentences[i].Start], "\n\n")
		}
		s.Resolve(art)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Text == "state TV" || e.Text == "state television" {
				got, found = e.Country, true
			}
		}
		if !found && c.want != "" {
			// With no country the resolver leaves the outlet no mention
			// at all, which is what the round-ups want.
			t.Errorf("%s: no state outlet in %v", c.name, art.Entities)
			continue
		}
		if got != c.want {
			t.Errorf("%s: state outlet country %q, want %q", c.name, got, c.want)
		}
	}
}
