package store

import "testing"

// TestUntilCuts: the month and the year an until ends inside of, whose
// coarse events a range to it leaves out; none for a period's last day.
func TestUntilCuts(t *testing.T) {
	tests := []struct{ until, month, year string }{
		{"2025-01-31", "", "2025-01-01"},
		{"2025-01-20", "2025-01-01", "2025-01-01"},
		{"2025-12-31", "", ""},
		{"2025-12-30", "2025-12-01", "2025-01-01"},
		{"2025-02-28", "", "2025-01-01"},
		{"2024-02-28", "2024-02-01", "2024-01-01"}, // a leap year's February goes on
		{"2024-02-29", "", "2024-01-01"},
		{"2025-04-31", "", "2025-01-01"}, // the API's end of a month
		{"2025-12-31T10:00", "", ""},     // no day: no cut
		{"", "", ""},
		{"2025-13-01", "", ""},
	}
	for _, tc := range tests {
		if m, y := UntilCuts(tc.until); m != tc.month || y != tc.year {
			t.Errorf("UntilCuts(%q) = %q, %q; want %q, %q", tc.until, m, y, tc.month, tc.year)
		}
	}
}
