package timex

import (
	"testing"
	"time"
)

// A day a vote is called or set for lies ahead of the call, unless a
// relative clause right after the date tells the vote as done: "called snap
// elections for 14 May, which his party won" dates a past May.
func TestFindSetForPastRelative(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"Prime Minister Arvid Kellner called snap elections for 14 May, which his party won, officials said in March.", "14 May", "2025-05-14", "past"},
		{"President Lena Varga set the referendum for May 4, which voters rejected by a wide margin.", "May 4", "2025-05-04", "past"},
		{"The junta scheduled the vote for April 20, which was boycotted by the main opposition parties.", "April 20", "2025-04-20", "past"},
		{"Unions called a general strike for Monday, which paralysed the capital.", "Monday", "2025-06-09", "past"},
		// Near misses: a relative clause in the present or the future, and
		// none at all, leave the called vote ahead.
		{"Prime Minister Arvid Kellner called snap elections for 14 May, which his party is expected to win.", "14 May", "2026-05-14", "future"},
		{"Prime Minister Arvid Kellner called snap elections for 14 May, officials said.", "14 May", "2026-05-14", "future"},
		{"Unions called a general strike for Monday, which will close schools.", "Monday", "2025-06-16", "future"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}
