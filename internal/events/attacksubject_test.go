package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestAttackNounSubject checks that an attack noun which is the subject of a
// verb of attacking ("Israeli air strikes pounded Gaza City") is coded as
// one attack on what the verb hit, not again as an attack with no target.
func TestAttackNounSubject(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		src, tgt  string
		wantCount int
	}{
		{"Israeli air strikes pounded the Gaza Strip on Monday.", "ISR", "PSE", 1},
		{"Russian missile strikes hit Odesa before dawn on Friday.", "RUS", "UKR", 1},
		{"Israeli air strikes struck the Gaza Strip overnight.", "ISR", "PSE", 1},
	}
	for _, tc := range tests {
		art := codeSentence(t, stages, tc.text, pub)
		var assaults []model.Event
		for _, e := range art.Events {
			if e.Type == "ASSAULT" && e.Confidence >= 0.5 {
				assaults = append(assaults, e)
			}
		}
		if len(assaults) != tc.wantCount {
			t.Errorf("%s: %d ASSAULT events, want %d:%s", tc.text, len(assaults), tc.wantCount, describe(assaults))
			continue
		}
		e := assaults[0]
		if len(e.Source) == 0 || e.Source[0].Country != tc.src || len(e.Target) == 0 || e.Target[0].Country != tc.tgt {
			t.Errorf("%s: got%s, want ASSAULT %s>%s", tc.text, describe(assaults), tc.src, tc.tgt)
		}
	}
}
