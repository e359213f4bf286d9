package events_test

import (
	"testing"
	"time"
)

// TestAttackRelativeAddsNoEvent checks that a relative clause on a claimed
// attack ("the bombing, which killed 12 people") tells that attack's toll
// and adds no second, sourceless ASSAULT at any confidence, and that a
// claim with a date between it and its "for" still gives the claimant the
// attack. A relative clause on a person ("the man who killed 12 people")
// still codes its own act. Sentences written for this test.
func TestAttackRelativeAddsNoEvent(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text          string
		claimant      string // the source of the claimed attack, "" for none
		relativeEvent bool   // the relative clause's verb is an event of its own
	}{
		{"The Islamic State group claimed responsibility for the bombing, which killed 12 people.", "Islamic State", false},
		{"The Islamic State group claimed responsibility on Sunday for the bombing, which killed 12 people.", "Islamic State", false},
		{"Al Shabaab claimed responsibility for the attack that killed five soldiers.", "Al Shabaab", false},
		{"Police in Mogadishu arrested the man who killed 12 people.", "", true},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		claimed, relative := false, false
		for _, e := range art.Events {
			if e.Type != "ASSAULT" {
				continue
			}
			for _, ev := range e.Evidence {
				if ev.Trigger == "killed" {
					relative = true
				}
			}
			for _, a := range e.Source {
				if a.Text == tc.claimant {
					claimed = true
				}
			}
		}
		if tc.claimant != "" && !claimed {
			t.Errorf("%s\n\twant an ASSAULT by %s; got:%s", tc.text, tc.claimant, describe(art.Events))
		}
		if relative != tc.relativeEvent {
			t.Errorf("%s\n\trelative clause event %v, want %v; got:%s", tc.text, relative, tc.relativeEvent, describe(art.Events))
		}
	}
}
