package display

import (
	"testing"
	"time"
)

// TestWidenStaysInFourDigitYears: the widened upper bound of a range
// ending on the last days of year 9999 stops at that year's last second
// (SQLite compares the instants as text), and other bounds grow by the
// largest offset on either side.
func TestWidenStaysInFourDigitYears(t *testing.T) {
	day := func(s string) *time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	for _, c := range []struct {
		from, to         *time.Time
		wideFrom, wideTo time.Time
	}{
		{day("2025-04-01"), day("2025-04-03"), day("2025-03-31").UTC(), day("2025-04-04").UTC()},
		{nil, day("9999-12-30"), time.Time{}, day("9999-12-31").UTC()},
		{nil, day("9999-12-31"), time.Time{}, time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)},
	} {
		f, to := Widen(c.from, c.to)
		if (f == nil) != (c.from == nil) || f != nil && !f.Equal(c.wideFrom) {
			t.Errorf("from %v: widened to %v, want %v", c.from, f, c.wideFrom)
		}
		if to == nil || !to.Equal(c.wideTo) {
			t.Errorf("to %v: widened to %v, want %v", c.to, to, c.wideTo)
		}
		if to != nil && to.Year() > 9999 {
			t.Errorf("to %v: widened past year 9999: %v", c.to, to)
		}
	}
}
