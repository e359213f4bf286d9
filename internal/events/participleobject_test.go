package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestParticipleAfterObject checks that a participle clause after the
// object of an arrest ("arrested a blogger accusing the governor of
// fraud") tells of the one arrested: the arresting side is not the source
// of the act told in the clause (an event below the main-clause
// threshold, which the probes do not see), and the actor inside the
// clause is not the one arrested. Sentences written for this test.
func TestParticipleAfterObject(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text       string
		clauseType string // the participle clause's event
		mainSide   string // the main clause's subject: neither source of the clause's event nor target of the arrest
		clauseTgt  string // the actor inside the clause: no target of the arrest
	}{
		{"Kenyan police arrested a blogger accusing the governor of fraud.", "ACCUSE", "Kenyan police", "governor"},
		{"Kenyan police arrested a man accusing the governor of fraud.", "ACCUSE", "Kenyan police", "governor"},
		{"Nigerian soldiers detained a farmer accusing the army of looting.", "ACCUSE", "Nigerian soldiers", "army"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		var coerce, clause *model.Event
		for k := range art.Events {
			e := &art.Events[k]
			switch e.Type {
			case "COERCE":
				coerce = e
			case tc.clauseType:
				clause = e
			}
		}
		if coerce == nil || clause == nil {
			t.Errorf("%s\n\twant a COERCE and a %s event; got:%s", tc.text, tc.clauseType, describe(art.Events))
			continue
		}
		for _, a := range coerce.Target {
			if a.Text == tc.clauseTgt {
				t.Errorf("%s\n\tthe clause's %q is the target of the arrest:%s", tc.text, tc.clauseTgt, describe(art.Events))
			}
		}
		for _, a := range clause.Source {
			if a.Text == tc.mainSide {
				t.Errorf("%s\n\tthe arresting %q is the source of the clause's %s:%s", tc.text, tc.mainSide, tc.clauseType, describe(art.Events))
			}
		}
		found := false
		for _, a := range clause.Target {
			found = found || a.Text == tc.clauseTgt
		}
		if !found {
			t.Errorf("%s\n\tthe clause's %s does not target %q:%s", tc.text, tc.clauseType, tc.clauseTgt, describe(art.Events))
		}
	}
}
