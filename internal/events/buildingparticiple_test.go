package events_test

import (
	"testing"
	"time"
)

// A participle in -ing after a building told with a preposition of place
// ("outside the education ministry in Asuncion calling for ...") is done
// by the clause's subject or the noun before the building, never by the
// building nor the place after it: a building, named as a body or not, is
// where the crowd stands, as the place is (TestPlacedParticipleDoer).
// Events of every confidence are checked. Fixtures written for this test.
func TestBuildingParticipleDoer(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, typ, country, sector string
	}{
		{"outside a palace", "Students rallied outside the presidential palace in Asuncion calling for the minister's resignation.", "REQUEST", "PRY", "education"},
		{"outside a ministry", "Nurses gathered outside the health ministry in Lima calling for better pay.", "REQUEST", "PER", "health"},
		{"outside headquarters", "Workers protested outside the headquarters in Quito demanding higher wages.", "REQUEST", "ECU", "labour"},
		{"marched to a ministry", "Teachers marched to the education ministry in Bogota demanding higher wages.", "REQUEST", "COL", "education"},
		// Near-miss: the noun before the building keeps the participle.
		{"noun before the building", "Police in Lima arrested protesters outside the ministry demanding new elections.", "REQUEST", "PER", "protester"},
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
				if s.Sector == "government" || s.Sector == "police" {
					t.Errorf("%s by %q (%s) in %q", tt.typ, s.Text, s.Sector, tt.text)
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
