package timex

import (
	"testing"
	"time"
)

// "earlier this week" is the part of the week of writing before the day of
// writing (that day itself the report would call "today"), "later this
// week" the part after it; "earlier last week" and "later next week" stay
// inside the week they name; "earlier in the week" after a named day is
// the part of that day's week before it.
func TestWeekPart(t *testing.T) {
	wed := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	mon := time.Date(2025, 6, 9, 9, 0, 0, 0, time.UTC)
	sun := time.Date(2025, 6, 15, 9, 0, 0, 0, time.UTC)
	tue := time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		pub  time.Time
		text string
		expr string
		want string
	}{
		{"earlier this week", wed, "Police arrested two men earlier this week.", "earlier this week", "2025-06-09/2025-06-10"},
		{"later this week", wed, "The envoy will arrive later this week.", "later this week", "2025-06-12/2025-06-15"},
		{"earlier this week said on a Tuesday", tue, "Police arrested two men earlier this week.", "earlier this week", "2025-06-09"},
		{"earlier last week", wed, "Police arrested two men earlier last week.", "earlier last week", "2025-06-02/2025-06-08"},
		{"later next week", wed, "The envoy will arrive later next week.", "later next week", "2025-06-16/2025-06-22"},
		{"earlier in the week after a named day", wed, "Officials said on Friday, June 6, that the envoy had met rebels earlier in the week.", "earlier in the week", "2025-06-02/2025-06-05"},
		{"later in the week after a named day", wed, "The talks opened on Tuesday, June 3. A deal was signed later in the week.", "later in the week", "2025-06-04/2025-06-08"},
		{"earlier in the week, day of writing", wed, "Police said two men were arrested earlier in the week.", "earlier in the week", "2025-06-09/2025-06-10"},
		// Near misses: no day before the Monday or after the Sunday is in
		// the week; the day itself dates it, not the week before or after.
		{"earlier this week on a Monday", mon, "Police arrested two men earlier this week.", "earlier this week", "2025-06-09"},
		{"later this week on a Sunday", sun, "The envoy will arrive later this week.", "later this week", "2025-06-15"},
		{"this week is the whole week", wed, "Police arrested two men this week.", "this week", "2025-06-09/2025-06-15"},
		{"last week is the whole week", wed, "Police arrested two men last week.", "last week", "2025-06-02/2025-06-08"},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, tt.pub)
		if got[tt.expr] != tt.want {
			t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, tt.expr, got[tt.expr], tt.want, got)
		}
	}
}
