package kb

import (
	"testing"
	"time"
)

// TestOutgoingHolder checks "the outgoing president" around handovers of
// the leaders table: before the handover the holder, on its day and the
// two days after it the one who left, later the holder again.
func TestOutgoingHolder(t *testing.T) {
	k := mustLoad(t)
	for _, tc := range []struct {
		country, role, date, want string
	}{
		{"FRA", "president", "2017-05-10", "person:francois_hollande"}, // before: the holder, leaving
		{"FRA", "president", "2017-05-14", "person:francois_hollande"}, // the handover's day
		{"FRA", "president", "2017-05-15", "person:francois_hollande"}, // the day after
		{"FRA", "president", "2017-05-16", "person:francois_hollande"},
		{"FRA", "president", "2017-05-20", "person:emmanuel_macron"}, // a week on: the holder
		{"USA", "president", "2017-01-19", "person:barack_obama"},
		{"USA", "president", "2017-01-21", "person:barack_obama"},
		{"USA", "president", "2017-03-01", "person:donald_trump"},
	} {
		day, err := time.Parse("2006-01-02", tc.date)
		if err != nil {
			t.Fatal(err)
		}
		a, ok := k.OutgoingHolder(tc.country, tc.role, day)
		got := ""
		if ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("OutgoingHolder(%s, %s, %s) = %q, want %q", tc.country, tc.role, tc.date, got, tc.want)
		}
	}
}
