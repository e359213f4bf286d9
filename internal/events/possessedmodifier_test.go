package events_test

import (
	"testing"
	"time"
)

// An -ing form inside a possessed noun phrase ("Ghana's $3 billion lending
// programme") modifies the noun after it: no event of any confidence is
// coded from it, while the same form with no noun after it ("China's
// lending to Angola") is still read.
func TestPossessedIngModifierCodesNoEvent(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, trigger string
		want          bool
	}{
		{"The IMF said it had suspended its review of Ghana's $3 billion lending programme.", "lending", false},
		{"The EU said Zambia's $1.3 billion lending facility would be reviewed in March.", "lending", false},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var got bool
		for _, e := range art.Events {
			for _, ev := range e.Evidence {
				if ev.Trigger == tt.trigger {
					got = true
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: event from %q = %v, want %v; events %+v", tt.text, tt.trigger, got, tt.want, art.Events)
		}
	}
}
