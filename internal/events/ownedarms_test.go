package events_test

import (
	"testing"
	"time"
)

// Arms owned by a pronoun whose owner is a named armed group ("the
// Houthis said their drones hit ...") are that group acting: the event's
// source is the group's own actor, not some unnamed rebels of its
// country. A state's arms ("Russia said its missiles ...") stay its
// military, with no group's actor.
func TestOwnedArmsOfNamedGroup(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, wantID, wantCountry, wantSector string
	}{
		{"The Houthis said their drones hit a cargo ship in the Gulf of Aden.", "YEM.REB.HOUTHI", "YEM", "rebel"},
		{"Hezbollah said its rockets struck an Israeli army post on Monday.", "LBN.REB.HEZBOLLAH", "LBN", "rebel"},
		// Near miss: a state's arms are its military, no named group.
		{"Russia said its missiles struck a power plant on Monday.", "", "RUS", "military"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != "ASSAULT" {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].ActorID != tt.wantID || e.Source[0].Country != tt.wantCountry || e.Source[0].Sector != tt.wantSector {
				t.Errorf("%q: source %+v, want %q %s (%s)", tt.text, e.Source, tt.wantID, tt.wantCountry, tt.wantSector)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d ASSAULT events, want 1; events %+v", tt.text, n, art.Events)
		}
	}
}
