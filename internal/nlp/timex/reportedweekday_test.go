package timex

import (
	"testing"
	"time"
)

// A weekday ahead in a clause reported by a saying dated by a past weekday
// is the first such weekday after the saying: the plan was told then.
func TestFindReportedWeekday(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"Egypt said on Sunday Israel and Hamas will resume talks in Cairo on Tuesday.", "Tuesday", "2025-06-10", "past"},
		{"Egypt said on Sunday that Israel and Hamas would resume talks in Cairo on Tuesday.", "Tuesday", "2025-06-10", "past"},
		{"Israel and Hamas will resume talks in Cairo on Tuesday, Egypt said on Sunday.", "Tuesday", "2025-06-10", "past"},
		{"Qatar's foreign ministry told reporters on Monday the two sides would meet in Doha on Thursday.", "Thursday", "2025-06-12", "future"},
		{"Kenya announced on Saturday that it would reopen the border crossing on Monday.", "Monday", "2025-06-09", "past"},
		// The saying's own day stays as it was.
		{"Egypt said on Sunday Israel and Hamas will resume talks in Cairo on Tuesday.", "Sunday", "2025-06-08", "past"},
		// Near misses: no dated saying, a weekday with a modifier of its
		// own, and a saying told today.
		{"Egypt said Israel and Hamas will resume talks in Cairo on Tuesday.", "Tuesday", "2025-06-17", "future"},
		{"Egypt said on Sunday Israel and Hamas will resume talks in Cairo next Tuesday.", "next Tuesday", "2025-06-17", "future"},
		{"Egypt said on Wednesday Israel and Hamas will resume talks in Cairo on Tuesday.", "Tuesday", "2025-06-17", "future"},
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
