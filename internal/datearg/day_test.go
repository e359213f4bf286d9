package datearg

import "testing"

// TestDay: a year or a month bounds a range by its first day (since) or
// its last (until); a day or an instant by its own day.
func TestDay(t *testing.T) {
	tests := []struct {
		in         string
		first, end string
	}{
		{"2025", "2025-01-01", "2025-12-31"},
		{"2025-04", "2025-04-01", "2025-04-30"},
		{"2024-02", "2024-02-01", "2024-02-29"}, // a leap year's February
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2025-12", "2025-12-01", "2025-12-31"},
		{"2025-04-17", "2025-04-17", "2025-04-17"},
		{"2025-03-10T23:30:00-05:00", "2025-03-10", "2025-03-10"},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if got := d.Day(false); got != tc.first {
			t.Errorf("%q.Day(false) = %q, want %q", tc.in, got, tc.first)
		}
		if got := d.Day(true); got != tc.end {
			t.Errorf("%q.Day(true) = %q, want %q", tc.in, got, tc.end)
		}
	}
}
