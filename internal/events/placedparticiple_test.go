package events_test

import (
	"testing"
	"time"
)

// A participle in -ing after places told with a preposition of place is
// done by the noun before those places, or by the clause's subject, never
// by the place nearest to it (a capital would be its government). Events
// of every confidence are checked (the participle's are background, which
// TestProbes leaves out). Fixtures written for this test.
func TestPlacedParticipleDoer(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, typ, country, sector string
	}{
		{"crowd verb, one place", "Thousands of teachers marched in Quito demanding higher wages.", "REQUEST", "ECU", "education"},
		{"crowd verb, tagged as participle", "Protesters gathered in Lima demanding new elections.", "REQUEST", "PER", "protester"},
		{"calling for", "Nurses rallied in Bogota calling for better pay.", "REQUEST", "COL", "health"},
		{"object before the place", "Police fired tear gas at students in Santiago demanding free education.", "REQUEST", "CHL", "education"},
		// Near-miss: no place between; the noun before the participle
		// keeps it, as before.
		{"noun right before", "Police in Lima arrested 30 protesters demanding new elections.", "REQUEST", "PER", "protester"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeSentence(t, stages, tt.text, pub).Events
			found := false
			for _, e := range evs {
				if e.Type != tt.typ {
					continue
				}
				if len(e.Source) != 1 {
					t.Errorf("%s with %d sources: %+v", tt.typ, len(e.Source), describe(evs))
					continue
				}
				s := e.Source[0]
				if s.Sector == "government" {
					t.Errorf("%s by the place's government %q in %q", tt.typ, s.Text, tt.text)
				}
				if s.Country == tt.country && s.Sector == tt.sector {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s by %s %s in %+v", tt.typ, tt.country, tt.sector, describe(evs))
			}
		})
	}
}
