package cli

import (
	"testing"
	"time"
)

// TestFmtDay: the CLI tables show a publish day as the web pages do, at
// the publisher's own offset (the store gives the time at it), so a story
// of 23:30 in New York is listed on its own day, not the next day in UTC.
func TestFmtDay(t *testing.T) {
	ny := time.FixedZone("", -5*3600)
	at := func(t time.Time) *time.Time { return &t }
	for _, c := range []struct {
		name string
		in   *time.Time
		want string
	}{
		{"none", nil, ""},
		{"zero", at(time.Time{}), ""},
		{"publisher west of UTC, late evening", at(time.Date(2026, 11, 26, 23, 30, 0, 0, ny)), "2026-11-26"},
		{"publisher east of UTC, early morning", at(time.Date(2026, 11, 27, 7, 0, 0, 0, time.FixedZone("", 9*3600))), "2026-11-27"},
		{"no offset of its own (UTC)", at(time.Date(2026, 11, 27, 4, 30, 0, 0, time.UTC)), "2026-11-27"},
		{"the process's local zone reads as UTC", at(time.Date(2026, 11, 26, 23, 30, 0, 0, ny).In(time.Local)), "2026-11-27"},
	} {
		if got := fmtDay(c.in); got != c.want {
			t.Errorf("%s: fmtDay = %q, want %q", c.name, got, c.want)
		}
	}
}
