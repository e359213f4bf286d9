package events_test

import (
	"testing"
	"time"
)

// TestBeingAdjunctTarget: a passive participle after "before being",
// "after being" or "without being" has no subject of its own; the one it
// acts on is the subject of the clause it hangs from, at whatever
// confidence the adjunct is coded. Sentences written for the test.
func TestBeingAdjunctTarget(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		cameo  string
		target string // country and sector of the one acted on
	}{
		{"The Kenyan opposition leader was questioned for six hours before being charged with treason.", "173", "KEN/opposition"},
		{"Kenyan police said the opposition leader was questioned for six hours before being charged with treason.", "173", "KEN/opposition"},
		{"The Ugandan opposition leader was released on Monday after being detained for a week.", "173", "UGA/opposition"},
	} {
		art := codeSentence(t, stages, c.text, pub)
		found := false
		for _, e := range art.Events {
			if e.CAMEO != c.cameo {
				continue
			}
			found = true
			if len(e.Target) != 1 || e.Target[0].Country+"/"+e.Target[0].Sector != c.target {
				t.Errorf("%q: CAMEO %s target %+v, want %s", c.text, c.cameo, e.Target, c.target)
			}
		}
		if !found {
			t.Errorf("%q: no CAMEO %s event; events %v", c.text, c.cameo, summarize(art.Events))
		}
	}
}
