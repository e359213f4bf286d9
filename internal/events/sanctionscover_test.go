package events_test

import (
	"testing"
	"time"
)

// TestSanctionsCoverIsNoAttack checks that a participle "targeting" after
// sanctions or like measures names what they cover and codes no attack,
// while one after an armed attack, or in another clause than the
// measures, keeps its ASSAULT. Background events count here, not only
// main-clause ones. Sentences written for this test.
func TestSanctionsCoverIsNoAttack(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		trigger string // the trigger of the event checked
		want    bool   // an ASSAULT with this trigger is coded
	}{
		{"Washington imposed sanctions on Iran on Tuesday, targeting eleven tankers.", "targeting eleven tankers", false},
		{"Britain announced new measures on Friday, targeting tankers of the shadow fleet.", "targeting tankers", false},
		{"Houthi rebels fired at shipping in the Red Sea on Tuesday, targeting two tankers.", "targeting two tankers", true},
		{"Iran imposed sanctions on Tuesday, and Houthi rebels launched drones, targeting two tankers.", "targeting two tankers", true},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			for _, ev := range e.Evidence {
				if e.Type == "ASSAULT" && ev.Trigger == tc.trigger {
					found = true
				}
			}
		}
		if found != tc.want {
			t.Errorf("%q: ASSAULT by %q coded = %v, want %v", tc.text, tc.trigger, found, tc.want)
		}
	}
}
