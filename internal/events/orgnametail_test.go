package events_test

import (
	"testing"
	"time"
)

// A shorter name the knowledge base knows at the end of a longer
// organisation's name ("Democratic Party" in "Kurdistan Democratic
// Party") is a cut of that name: the whole name is the actor, not another
// country's party.
func TestOrgNameTailIsTheWholeName(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, typ, wantName, notID string
	}{
		{"The Kurdistan Democratic Party accused the Iraqi government of withholding salaries.", "ACCUSE", "Kurdistan Democratic Party", "USA.PTY.DEM"},
		{"The Kurdistan Workers Party attacked a Turkish army post on Monday.", "ASSAULT", "Kurdistan Workers Party", "PRK.PTY.WPK"},
		// The party's own name is still that party.
		{"The Democratic Party accused the president of lying.", "ACCUSE", "Democratic Party", ""},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != tt.typ {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].Text != tt.wantName || tt.notID != "" && e.Source[0].ActorID == tt.notID {
				t.Errorf("%q: source %+v, want one actor named %q (not %s)", tt.text, e.Source, tt.wantName, tt.notID)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d %s events, want 1; events %+v", tt.text, n, tt.typ, art.Events)
		}
	}
}
