package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tokenize"
)

// TestOfficeTitleSpans: a capitalised title of a state's office with the
// state beside it carries no organisation's tag (the resolver's role
// mention names the holder); a title alone, a body's name and a generic
// role keep the tagger's tags.
func TestOfficeTitleSpans(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word string
		org        bool // the word still in an ORG span
	}{
		{"The Supreme Leader of Iran gave a speech.", "Leader", false},
		{"Iran's Supreme Leader gave a speech.", "Leader", false},
		// Near misses: no state beside the title; a body of a state.
		{"The Supreme Leader spoke on Friday.", "Leader", true},
		{"The Office of the President of Kenya said so.", "Office", true},
	}
	for _, tt := range tests {
		var ws []string
		for _, tk := range tokenize.Tokens(tt.text, 0) {
			ws = append(ws, tk.Text)
		}
		tags := an.TagDocument([][]string{ws})[0]
		for i, w := range ws {
			if w == tt.word {
				if got := strings.HasSuffix(tags[i], "-ORG"); got != tt.org {
					t.Errorf("%q: %s tagged %s, want ORG %v (%s)", tt.text, w, tags[i], tt.org, strings.Join(tags, " "))
				}
			}
		}
	}
}
