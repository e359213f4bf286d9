package events

import (
	"strings"
	"testing"
)

// "charge" accuses only someone named after it or in a "that" clause: a
// thing charged ("charging pad", "charging higher prices") or a charging
// with nothing after it ("while charging.") alleges nothing.
func TestThingCharged(t *testing.T) {
	p := &Pattern{Type: "ACCUSE", Words: []string{"charge"}}
	for _, tt := range []struct {
		words string
		at    int
		want  bool
	}{
		{"its battery died while charging .", 4, true},
		{"a wireless charging pad for phones", 2, true},
		{"Tesla is charging higher prices", 2, true},
		{"Iran charged on Monday that Israel attacked", 1, false},
		{"Kenya charged that Uganda armed the rebels", 1, false},
	} {
		var toks []tok
		for _, w := range strings.Fields(tt.words) {
			toks = append(toks, tok{text: w, low: strings.ToLower(w)})
		}
		tr := &trigger{p: p, i: tt.at, j: tt.at + 1, head: tt.at}
		if got := thingCharged(toks, nil, p, tr); got != tt.want {
			t.Errorf("%q at %d: thingCharged = %v, want %v", tt.words, tt.at, got, tt.want)
		}
	}
}
