package timex

import (
	"testing"
	"time"
)

// The day a vote, poll or meeting is called or set for lies ahead of the
// call, whatever an age, a count or a relative clause before it says.
func TestFindSetForAhead(t *testing.T) {
	r := time.Date(2026, 9, 25, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value string
	}{
		{"Japanese Prime Minister Kenji Sato called a snap general election for November 14.", "November 14", "2026-11-14"},
		{"Prime Minister Kenji Sato, who took office last year, called a snap general election for November 14.", "November 14", "2026-11-14"},
		{"The 64-year-old leader called a snap general election for November 14.", "November 14", "2026-11-14"},
		{"Sato, 64, called an early poll for November 14.", "November 14", "2026-11-14"},
		{"The 27-nation bloc set a meeting for 14 November.", "14 November", "2026-11-14"},
		{"The court fixed a hearing for November 14.", "November 14", "2026-11-14"},
		// Near misses: a year or a counting-back word before the call
		// anchors it; a relative clause after tells the vote as done.
		{"In 2025, Sato called a snap general election for November 14.", "November 14", "2025-11-14"},
		{"Sato had called a snap general election for November 14.", "November 14", "2025-11-14"},
		{"Sato called a snap general election for November 14, which his party won.", "November 14", "2025-11-14"},
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
