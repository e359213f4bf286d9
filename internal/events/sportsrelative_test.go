package events_test

import (
	"testing"
	"time"
)

// TestSportsRelativeClause checks that words of sport in the main clause do
// not make an act told in a non-restrictive relative clause play: "Ukraine,
// which has fought Russia since 2022, beat Georgia 2-0" keeps the fight (a
// relative clause's event, below the probes' main-clause confidence), while
// a relative clause telling of sport itself ("who crushed Italy 3-0") stays
// play. Sentences written for this test.
func TestSportsRelativeClause(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		trigger string
		want    bool // an ASSAULT with this trigger is coded, at any confidence
	}{
		{"Ukraine, which has fought Russia since 2022, beat Georgia 2-0.", "fought", true},
		{"Armenia, which clashed with Azerbaijan in 2020, beat Cyprus 3-1 on Sunday.", "clashed", true},
		{"Spain, who crushed Italy 3-0 on Sunday, will meet France next.", "crushed", false},
		{"Ukraine fought back to beat Georgia 2-0.", "fought", false},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		got := false
		for _, e := range art.Events {
			for _, ev := range e.Evidence {
				got = got || e.Type == "ASSAULT" && ev.Trigger == tc.trigger
			}
		}
		if got != tc.want {
			t.Errorf("%s\n\tASSAULT on %q coded %v, want %v; got:%s", tc.text, tc.trigger, got, tc.want, describe(art.Events))
		}
	}
}
