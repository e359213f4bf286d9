package datearg

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		filter  string
		start   time.Time
		instant bool
		bad     bool
	}{
		{in: "2025", filter: "2025", start: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		{in: "2025-03", filter: "2025-03", start: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)},
		{in: " 2025-03-10 ", filter: "2025-03-10", start: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)},
		{in: "2025-03-10T23:30:00Z", filter: "2025-03-10", start: time.Date(2025, 3, 10, 23, 30, 0, 0, time.UTC), instant: true},
		// An instant is its day at the offset it was written with.
		{in: "2025-03-10T23:30:00-05:00", filter: "2025-03-10", start: time.Date(2025, 3, 11, 4, 30, 0, 0, time.UTC), instant: true},
		{in: "2025-03-11T01:00:00+09:00", filter: "2025-03-11", start: time.Date(2025, 3, 10, 16, 0, 0, 0, time.UTC), instant: true},
		{in: "2025-03-10T08:00:00", filter: "2025-03-10", start: time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC), instant: true},
		{in: "", bad: true},
		{in: "2025-13", bad: true},
		{in: "10 March 2025", bad: true},
		{in: "+2025", bad: true},
		{in: "2025-03-10T25:00:00Z", bad: true},
		{in: "2025-03-10 08:00:00", bad: true},
	}
	for _, tc := range tests {
		d, err := Parse(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("%q: %+v, want an error", tc.in, d)
			}
			continue
		}
		if err != nil || d.Filter != tc.filter || !d.Start.Equal(tc.start) || d.Instant != tc.instant {
			t.Errorf("%q: %+v, %v; want filter %s, start %s, instant %v", tc.in, d, err, tc.filter, tc.start, tc.instant)
		}
	}
}
