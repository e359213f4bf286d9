package events_test

import (
	"testing"
	"time"
)

// "over the objections of X" and "despite the objections of X" tell that X
// objected to the act the phrase qualifies: X rejects that act's doer, and
// with no doer named, no one (never X's own country by default). The
// objection is background to the clause, so TestProbes, which reads main
// clauses only, cannot check it.
func TestOverObjections(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text             string
		tgtText, tgtSect string // tgtText "" means no target
	}{
		{"NAIROBI (Wire) - Parliament passed the finance bill over the objections of the opposition on Tuesday.", "Parliament", "legislature"},
		{"NAIROBI (Wire) - Parliament approved the budget despite the objections of the opposition on Thursday.", "Parliament", "legislature"},
		{"NAIROBI (Wire) - The finance bill was passed over the objections of the opposition on Tuesday.", "", ""},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "REJECT" || len(e.Source) != 1 || e.Source[0].Text != "opposition" {
				continue
			}
			found = true
			switch {
			case tt.tgtText == "" && len(e.Target) != 0:
				t.Errorf("%s\n\ttarget %+v, want none", tt.text, e.Target)
			case tt.tgtText != "" && (len(e.Target) != 1 || e.Target[0].Text != tt.tgtText || e.Target[0].Sector != tt.tgtSect):
				t.Errorf("%s\n\ttarget %+v, want %s (%s)", tt.text, e.Target, tt.tgtText, tt.tgtSect)
			}
		}
		if !found {
			t.Errorf("%s\n\tno REJECT by the opposition; got:%s", tt.text, describe(art.Events))
		}
	}
}
