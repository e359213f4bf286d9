package timex

import (
	"testing"
	"time"
)

// "since" a day runs to the publish date, as "since April" and "since 2018"
// do; a day with no "since" has no end.
func TestFindSinceDay(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, end string
	}{
		{"Israel has bombed Gaza since October 7.", "October 7", "2024-10-07", "2025-06-11"},
		{"Russian forces have shelled Kharkiv since 2 June 2025.", "2 June 2025", "2025-06-02", "2025-06-11"},
		{"Sudan has attacked Chad since mid-April.", "since mid-April", "2025-04-10", "2025-06-11"},
		// Near miss: a day with no "since".
		{"Russian forces shelled Kharkiv on October 7.", "October 7", "2024-10-07", ""},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s..%s, want %s..%s", tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.end)
		}
	}
}
