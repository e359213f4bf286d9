package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestAgentlessSubjectParticiple checks that a past participle with no
// agent and no object after a clause's subject ("protesters arrested in
// October remained in detention") codes the act with that subject as its
// target, as a background event: the noun suffered the arrest, and the
// clause reports what followed. An -ed verb with an object is the clause's
// own (last row). Sentences written for this test.
func TestAgentlessSubjectParticiple(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text       string
		suffered   string // the noun before the participle
		background bool   // the act is told in passing (below the main-clause threshold)
	}{
		{"N'DJAMENA (Wire) - A rights group said hundreds of protesters arrested in October 2022 remained in detention.", "protesters", true},
		{"NAIROBI (Wire) - Dozens of journalists detained last year remained in prison, a rights group said.", "journalists", true},
		{"HARARE (Wire) - Opposition activists jailed after the disputed election were still in prison on Monday, their lawyers said.", "Opposition activists", true},
		{"NAIROBI (Wire) - Police arrested 30 protesters outside parliament on Tuesday.", "protesters", false},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		var coerce *model.Event
		for k := range art.Events {
			if art.Events[k].Type == "COERCE" {
				coerce = &art.Events[k]
			}
		}
		if coerce == nil {
			t.Errorf("%s\n\twant a COERCE event; got:%s", tc.text, describe(art.Events))
			continue
		}
		for _, a := range coerce.Source {
			if a.Text == tc.suffered {
				t.Errorf("%s\n\t%q, who suffered the act, is its source:%s", tc.text, tc.suffered, describe(art.Events))
			}
		}
		found := false
		for _, a := range coerce.Target {
			found = found || a.Text == tc.suffered
		}
		if !found {
			t.Errorf("%s\n\tthe act does not target %q:%s", tc.text, tc.suffered, describe(art.Events))
		}
		if bg := coerce.Confidence < 0.5; bg != tc.background {
			t.Errorf("%s\n\tbackground = %v, want %v:%s", tc.text, bg, tc.background, describe(art.Events))
		}
	}
}
