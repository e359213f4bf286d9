package events

import (
	"strings"
	"testing"
)

// TestCueInName: a cue word written with a capital between two capitalised
// words of a sentence in ordinary case is a word of a proper name ("Doctors
// Without Borders") and cues nothing; in running text, at a sentence's
// start or in a title-case headline it is still a cue.
func TestCueInName(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"an NGO's name", "Doctors Without Borders criticised the delays", "Without", true},
		{"another NGO's name", "The group Reporters Without Borders condemned the arrest", "Without", true},
		// Must not: a cue in running text, at the start, or in a
		// headline that capitalises every word.
		{"a cue in running text", "Egypt condemned the attack without naming Israel", "without", false},
		{"a cue opening the sentence", "Without Russia the talks failed", "Without", false},
		{"a title-case headline", "Iran Will Not Attack Israel Says Minister", "Not", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []tok
			k := -1
			for i, w := range strings.Fields(tt.text) {
				toks = append(toks, tok{text: w, low: strings.ToLower(w)})
				if w == tt.word {
					k = i
				}
			}
			if got := cueInName(toks, k); got != tt.want {
				t.Errorf("cueInName(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
			}
		})
	}
}
