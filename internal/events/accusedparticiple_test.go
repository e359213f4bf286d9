package events_test

import (
	"testing"
	"time"
)

// TestAccusedActParticiple checks that a participial adjunct after an act
// charged by "accused Y of <verb>-ing" ("accused Russia of shelling
// Kharkiv, killing three civilians") is the accused's act, not the
// accuser's, and that its victims are of the place attacked, named
// bare, after its kind ("the city of Kharkiv") or in a plain clause; a
// noun charge ("of war crimes") leaves the adjunct to the main subject.
func TestAccusedActParticiple(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text    string
		trigger string
		src     string
		tgt     string
	}{
		{"KYIV (Wire) - Ukraine accused Russia of shelling the city of Kharkiv, killing three civilians.", "killing", "RUS", "UKR"},
		{"KYIV (Wire) - Ukraine accused Russia of shelling Kharkiv, killing three civilians.", "killing", "RUS", "UKR"},
		{"Pakistan accused India of bombing the town of Muzaffarabad, killing two soldiers.", "killing", "IND", "PAK"},
		{"KYIV (Wire) - Russian forces shelled the city of Kharkiv, killing three civilians.", "killing", "RUS", "UKR"},
	}
	for _, tc := range tests {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "ASSAULT" || len(e.Evidence) == 0 || e.Evidence[0].Trigger != tc.trigger {
				continue
			}
			found = true
			if len(e.Source) == 0 || e.Source[0].Country != tc.src {
				t.Errorf("%s: %q source coded%s, want country %s", tc.text, tc.trigger, describe(art.Events), tc.src)
			}
			if len(e.Target) == 0 || e.Target[0].Country != tc.tgt {
				t.Errorf("%s: %q victims coded%s, want country %s", tc.text, tc.trigger, describe(art.Events), tc.tgt)
			}
		}
		if !found {
			t.Errorf("%s: no ASSAULT on %q:%s", tc.text, tc.trigger, describe(art.Events))
		}
	}
	// A noun charge: the participle is not the accused's.
	art := codeSentence(t, stages, "Ukraine accused Russia of war crimes, killing the talks.", pub)
	for _, e := range art.Events {
		if len(e.Evidence) > 0 && e.Evidence[0].Trigger == "killing" && len(e.Source) > 0 && e.Source[0].Country == "RUS" {
			t.Errorf("noun charge: participle given to the accused:%s", describe(art.Events))
		}
	}
}
