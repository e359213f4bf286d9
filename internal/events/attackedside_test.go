package events_test

import (
	"testing"
	"time"
)

// TestAttackedSideVictims checks that the victims of a participial adjunct
// after an attack on another side's positions or troops ("shelled Armenian
// army positions, killing three soldiers") take the attacked side's
// country, never the attacker's (the domestic default), while victims of
// an attack on an unplaced object stay with that default.
func TestAttackedSideVictims(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text    string
		trigger string
		tgt     string
	}{
		{"Azerbaijani forces shelled Armenian army positions near the village of Sotk, killing three soldiers.", "killing", "ARM"},
		{"Russian troops shelled Ukrainian positions near the town on Tuesday, killing two soldiers.", "killing", "UKR"},
		{"Indian troops shelled Pakistani border posts, wounding four soldiers.", "wounding", "PAK"},
		{"Russian forces with Belarusian support attacked the village, killing four people.", "killing", "RUS"},
	}
	for _, tc := range tests {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "ASSAULT" || len(e.Evidence) == 0 || e.Evidence[0].Trigger != tc.trigger {
				continue
			}
			found = true
			if len(e.Target) == 0 || e.Target[0].Country != tc.tgt {
				t.Errorf("%s: %q victims coded%s, want country %s", tc.text, tc.trigger, describe(art.Events), tc.tgt)
			}
		}
		if !found {
			t.Errorf("%s: no ASSAULT on %q:%s", tc.text, tc.trigger, describe(art.Events))
		}
	}
}
