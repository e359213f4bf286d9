package events_test

import (
	"strings"
	"testing"
	"time"
)

// A bracketed gloss right after a name (its translation or acronym) belongs
// to the name: the phrase after it goes on as if it were absent, so the
// named group is the source, not the role word after the bracket, and an
// acronym the knowledge base knows decides which body the name is.
func TestGlossedNameIsTheSource(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, wantID, wantName string
	}{
		{"The Hizbollah (Party of God) guerrilla group attacked an Israeli patrol on Monday.", "LBN.REB.HEZBOLLAH", "Hizbollah"},
		{"The Kurdistan Workers Party (PKK) attacked a Turkish army post on Monday.", "TUR.REB.PKK", "Kurdistan Workers Party"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != "ASSAULT" {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].ActorID != tt.wantID || !strings.Contains(e.Source[0].Text, tt.wantName) {
				t.Errorf("%q: source %+v, want one actor %s named %q", tt.text, e.Source, tt.wantID, tt.wantName)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d ASSAULT events, want 1; events %+v", tt.text, n, art.Events)
		}
	}
}
