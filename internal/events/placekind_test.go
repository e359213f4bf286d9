package events_test

import (
	"testing"
	"time"
)

// TestPlaceOfKindIsNoTarget checks that a place introduced by its kind
// ("in the eastern city of Lublin") in the acting side's own country is
// the event's location and not its target, while one in another country
// still stands in for the people acted on. The probes compare countries
// only, which are the same for the city and its state. Sentences written
// for this test.
func TestPlaceOfKindIsNoTarget(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
		placeTarget      bool // the place is (true) or is not (false) the target
	}{
		{"Poland's Internal Security Agency arrested the clerk last week in the eastern city of Lublin.", "COERCE", "Lublin", false},
		{"Polish police detained the driver on Monday in the town of Lublin.", "COERCE", "Lublin", false},
		{"Israeli troops raided homes in the town of Jenin on Monday.", "ASSAULT", "Jenin", true},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ {
				continue
			}
			found = true
			isTarget := len(e.Target) > 0 && e.Target[0].Text == tc.place
			if isTarget != tc.placeTarget {
				t.Errorf("%s\n\tplace %s as target = %v, want %v; got:%s", tc.text, tc.place, isTarget, tc.placeTarget, describe(art.Events))
			}
			if e.Location == nil || e.Location.Text != tc.place {
				t.Errorf("%s\n\twant location %s; got:%s", tc.text, tc.place, describe(art.Events))
			}
		}
		if !found {
			t.Errorf("%s\n\twant a %s event; got:%s", tc.text, tc.typ, describe(art.Events))
		}
	}
}
