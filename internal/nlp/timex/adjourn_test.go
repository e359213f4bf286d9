package timex

import (
	"testing"
	"time"
)

// A court or a body that adjourns or defers a hearing or a vote to a day
// sets that day ahead of the adjourning, as one that postpones it does.
func TestFindAdjournedTo(t *testing.T) {
	r := time.Date(2026, 9, 23, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value string
	}{
		{"The tribunal adjourned the hearing to Friday.", "Friday", "2026-09-25"},
		{"Judge Maria Costa adjourned the hearing until Monday.", "Monday", "2026-09-28"},
		{"Lawmakers deferred the vote to January 14.", "January 14", "2027-01-14"},
		// Near miss: the hearing held on a day is the past one.
		{"The tribunal adjourned after a hearing on Friday.", "Friday", "2026-09-18"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value {
			t.Errorf("%q: %q = %s, want %s", tt.sentence, tt.text, te.Value, tt.value)
		}
	}
}
