package timex

import (
	"testing"
	"time"
)

// "earlier in the week" told as done ends by the day of writing: a day
// ahead that the text named last is no anchor for it, and the week is the
// one of writing. In a clause about the future the day ahead still anchors
// it, and a past day named last anchors it as before.
func TestInTheEarlierAfterFutureDay(t *testing.T) {
	pub := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name, text, expr, want string
	}{
		{"past clause after a day ahead", "Israel and Hamas will resume talks in Cairo on Tuesday. Protesters clashed with police earlier in the week, officials said.",
			"earlier in the week", "2025-06-09/2025-06-10"},
		{"past clause after a day ahead, attributed", "The summit will open on Friday. Ministers from both countries met earlier in the week to draft the statement, officials said.",
			"earlier in the week", "2025-06-09/2025-06-10"},
		// Near misses: a future clause keeps the day ahead, a past day
		// named last anchors the week as before.
		{"future clause", "The summit will open on Friday. Earlier in the week, ministers will meet to draft the statement.",
			"Earlier in the week", "2025-06-09/2025-06-12"},
		{"past day named", "The envoy arrived on Tuesday. Officials had met earlier in the week to prepare the visit.",
			"earlier in the week", "2025-06-09"},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, pub)
		if got[tt.expr] != tt.want {
			t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, tt.expr, got[tt.expr], tt.want, got)
		}
	}
}
