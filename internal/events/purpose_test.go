package events_test

import (
	"testing"
	"time"
)

// TestPurposeClauseAims checks that an infinitive of purpose, or one that
// completes a noun, states an aim: the act it names is intended, not
// done, and preventing a state of affairs ("prevent a civil war", "avert
// a famine") coerces no one, while an actor stopped from acting still is
// (CAMEO 172). Background events count here, not only main-clause ones.
// Sentences written for this test.
func TestPurposeClauseAims(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text         string
		trigger      string // the trigger of the event checked
		wantEvent    bool   // an event with this trigger is coded
		wantModality string // its modality, when coded
	}{
		// A state of affairs prevented, in a purpose clause or a main one.
		{"Ethnic Albanians in southern Serbia are demanding a NATO peacekeeping force to protect them against Serb police and prevent a Kosovo-style civil war.", "prevent", false, ""},
		{"Kenyan mediators prevented a civil war in South Sudan last year.", "prevented", false, ""},
		{"Ghana and Togo agreed to share grain stocks to prevent a famine in the north.", "prevent", false, ""},
		{"The army moved reinforcements to the capital to prevent further bloodshed.", "prevent", false, ""},
		{"Turkey closed the border crossing to prevent an escalation of the fighting.", "prevent", false, ""},
		// An actor stopped from acting: done in a main clause, aimed at
		// in a purpose clause.
		{"Serbian police prevented protesters from marching on parliament on Wednesday.", "prevented", true, "actual"},
		{"Thailand tightened controls at its southern border in order to prevent insurgents from crossing from Malaysia.", "prevent", true, "intended"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			for _, ev := range e.Evidence {
				if ev.Trigger != tc.trigger {
					continue
				}
				found = true
				if tc.wantEvent && e.Modality != tc.wantModality {
					t.Errorf("%s\n\t%q coded with modality %q, want %q:%s", tc.text, tc.trigger, e.Modality, tc.wantModality, describe(art.Events))
				}
			}
		}
		if found != tc.wantEvent {
			t.Errorf("%s\n\tevent with trigger %q coded: %v, want %v:%s", tc.text, tc.trigger, found, tc.wantEvent, describe(art.Events))
		}
	}
}
