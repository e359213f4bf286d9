package resolve

import (
	"strings"
	"testing"
)

// TestPressAudienceHasNoPlace: reporters a speaker tells or speaks to "in"
// a place are the audience of a briefing held there, not that country's
// media; reporters who act there ("reporters in Nairobi said") are.
func TestPressAudienceHasNoPlace(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		ents       [][2]string
		want       string // role mentions: text|actor/country/sector, "; "-joined
	}{
		{"told reporters in a capital",
			"The ceasefire was holding, the envoy Hanna Tetteh told reporters in Nairobi.",
			[][2]string{{"Hanna Tetteh", "PER"}, {"Nairobi", "GPE"}},
			""},
		{"briefed journalists in a capital",
			"The minister briefed journalists in Geneva on the talks.",
			[][2]string{{"Geneva", "GPE"}},
			""},
		{"spoke to reporters in a capital",
			"Amara Sow spoke to reporters in Nairobi after the meeting.",
			[][2]string{{"Amara Sow", "PER"}, {"Nairobi", "GPE"}},
			""},
		// Must: reporters who are the subject are the place's press.
		{"reporters in a capital as subject",
			"Reporters in Nairobi said the talks had stalled.",
			[][2]string{{"Nairobi", "GPE"}},
			"Reporters|KEN.MED/KEN/media"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := resolveTagged(t, s, tt.text, "2025-03-12", tt.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == EntityRole {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
				}
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
