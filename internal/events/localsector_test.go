package events_test

import (
	"testing"
	"time"
)

// TestRegionSectorIsLocalActor checks that a region's officials or police
// named as a party ("Texas officials") are that region's sector actor, as
// "the governor of Texas" is, and not the region itself, as a country's
// officials are its government's (KEN.GOV, which merging matches as the
// state). The
// probes compare countries and sectors only, which are the same for both.
// Sentences written for this test.
func TestRegionSectorIsLocalActor(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, sourceID string
	}{
		{"Texas officials accused the federal government of negligence on Monday.", "ACCUSE", "place:USA-TX.GOV"},
		{"The governor of Texas accused the federal government of negligence on Monday.", "ACCUSE", "place:USA-TX.GOV"},
		{"Texas authorities arrested two smugglers near the border on Tuesday.", "COERCE", "place:USA-TX.GOV"},
		{"Texas police arrested two smugglers near the border on Tuesday.", "COERCE", "place:USA-TX.COP"},
		{"Kenyan officials accused Somalia of harbouring militants on Monday.", "ACCUSE", "KEN.GOV"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ || len(e.Source) == 0 {
				continue
			}
			found = true
			if got := e.Source[0].ActorID; got != tc.sourceID {
				t.Errorf("%s\n\tsource id %q, want %q; got:%s", tc.text, got, tc.sourceID, describe(art.Events))
			}
		}
		if !found {
			t.Errorf("%s\n\twant a %s event; got:%s", tc.text, tc.typ, describe(art.Events))
		}
	}
}
