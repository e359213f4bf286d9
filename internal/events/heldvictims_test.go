package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestHeldVictimsNotPlace checks that people held ("inmates", "prisoners",
// "detainees") acted on in a city take the city's country, as civilians
// do, and that the city itself is never the main-clause event's target;
// people of a named country keep it. Sentences written for this test.
func TestHeldVictimsNotPlace(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, target string // target: the actor id wanted
	}{
		{"Egyptian guards beat inmates in Cairo on Monday.", "ASSAULT", "EGY"},
		{"Guards tortured detainees at a prison in Cairo.", "ASSAULT", "EGY"},
		{"Gunmen killed two prisoners in Mogadishu.", "ASSAULT", "SOM"},
		{"Egyptian guards beat inmates.", "ASSAULT", "EGY"},
		// Near misses: a country named for the victims or the place is
		// the target as before.
		{"Militants seized hostages in Nigeria.", "ASSAULT", "NGA"},
		{"Gunmen seized two Egyptian hostages in Libya.", "ASSAULT", "EGY"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != tc.typ || e.Confidence < 0.5 {
				continue
			}
			for _, a := range e.Target {
				found = found || a.ActorID == tc.target
				if strings.HasPrefix(a.ActorID, "place:") {
					t.Errorf("%s\n\ttarget %q is a place", tc.text, a.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s\n\tno %s event targets %s; got:%s", tc.text, tc.typ, tc.target, describe(art.Events))
		}
	}
}
