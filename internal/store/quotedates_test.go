package store

import (
	"errors"
	"testing"
	"time"
)

// TestQuoteDatesBounds: the range QuoteDates gives is [since, until+1 day)
// as UTC midnights, and an until on the last day a four-digit year can
// name has no upper bound (its next day could not be compared as text).
func TestQuoteDatesBounds(t *testing.T) {
	day := func(s string) *time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	for _, c := range []struct {
		since, until string
		from, to     *time.Time
	}{
		{"", "", nil, nil},
		{"2025-04-01", "", day("2025-04-01"), nil},
		{"", "2025-04-01", nil, day("2025-04-02")},
		{"", "2025-12-31", nil, day("2026-01-01")},
		{"", "9999-12-30", nil, day("9999-12-31")},
		{"", "9999-12-31", nil, nil},
		{"0000-01-01", "9999-12-31", day("0000-01-01"), nil},
	} {
		from, to, err := QuoteDates(c.since, c.until)
		if err != nil {
			t.Errorf("%q..%q: %v", c.since, c.until, err)
			continue
		}
		same := func(a, b *time.Time) bool { return a == nil && b == nil || a != nil && b != nil && a.Equal(*b) }
		if !same(from, c.from) || !same(to, c.to) {
			t.Errorf("%q..%q: [%v, %v), want [%v, %v)", c.since, c.until, from, to, c.from, c.to)
		}
	}
	if _, _, err := QuoteDates("", "9999-12-32"); !errors.Is(err, ErrBadQuery) {
		t.Errorf("until 9999-12-32: %v, want ErrBadQuery", err)
	}
}
