package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestRelativeClauseEventApart checks that the act told in a subject's
// restrictive relative clause ("Militants who captured Kidal attacked a
// convoy") stays an event of its own, told as background, and that the
// main clause's event does not take the clause's object as its target or
// its trigger as evidence. Sentences written for this test.
func TestRelativeClauseEventApart(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text            string
		mainTrigger     string // the main clause's verb
		clauseTrigger   string // the relative clause's verb
		clausePlace     string // the clause's object, no target of the main event
		clauseMergeWith bool   // the clause's verb is one of the main event's (coordinated verbs)
	}{
		{"Militants who captured Kidal attacked a convoy on Tuesday.", "attacked", "captured", "Kidal", false},
		{"Jihadists who overran Menaka attacked a supply convoy on Sunday.", "attacked", "overran", "Menaka", false},
		// One clause, two verbs: one event told twice.
		{"Malian troops attacked and captured Kidal on Tuesday.", "attacked", "captured", "", true},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		var main, clause *model.Event
		for k := range art.Events {
			e := &art.Events[k]
			for _, ev := range e.Evidence {
				switch ev.Trigger {
				case tc.mainTrigger:
					main = e
				case tc.clauseTrigger:
					clause = e
				}
			}
		}
		if main == nil || clause == nil {
			t.Errorf("%s\n\twant events with triggers %q and %q; got:%s", tc.text, tc.mainTrigger, tc.clauseTrigger, describe(art.Events))
			continue
		}
		if tc.clauseMergeWith {
			if main != clause {
				t.Errorf("%s\n\tthe coordinated verbs are two events:%s", tc.text, describe(art.Events))
			}
			continue
		}
		if main == clause {
			t.Errorf("%s\n\tthe relative clause's act merged into the main one:%s", tc.text, describe([]model.Event{*main}))
			continue
		}
		if main.Confidence < 0.5 || clause.Confidence >= 0.5 {
			t.Errorf("%s\n\tmain confidence %.2f, clause confidence %.2f: want the clause's act as background", tc.text, main.Confidence, clause.Confidence)
		}
		for _, a := range main.Target {
			if a.Text == tc.clausePlace {
				t.Errorf("%s\n\tthe main event targets the clause's object %q:%s", tc.text, a.Text, describe([]model.Event{*main}))
			}
		}
	}
}
