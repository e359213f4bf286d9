package cli

import (
	"fmt"
	"strings"
	"time"
)

// dateFlagForms names the date forms every --since and --until of the
// store commands takes (parseDateFlag), for their help texts.
const dateFlagForms = "YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339"

// dateFlag is a date given on the command line, at the precision it was
// given: a year, a month, a day or an instant.
type dateFlag struct {
	// Start is the first instant of the date (a year, month or day
	// starts at midnight UTC) or the instant itself.
	Start time.Time
	// Filter is the date as the event filters take it (YYYY, YYYY-MM or
	// YYYY-MM-DD): an instant is its day at the offset it was written
	// with, since events are dated to the day at best.
	Filter string
}

// dateFlagLayouts are the forms parseDateFlag reads, coarsest first; an
// instant without a zone (as analyze --date takes) is in UTC.
var dateFlagLayouts = []struct {
	layout  string
	instant bool
}{
	{"2006", false},
	{"2006-01", false},
	{time.DateOnly, false},
	{"2006-01-02T15:04:05", true},
	{time.RFC3339, true},
}

// parseDateFlag reads a --since or --until date: one parser for the
// commands that filter by a date (events, export, reanalyze), so that each
// takes what the others take. The forms are the event filters' (a year or
// a month: event dates have a precision) and RFC 3339 instants, which
// reanalyze took alone before.
func parseDateFlag(s string) (dateFlag, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateFlagLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !l.instant {
			return dateFlag{Start: t, Filter: s}, nil
		}
		return dateFlag{Start: t, Filter: t.Format(time.DateOnly)}, nil
	}
	return dateFlag{}, fmt.Errorf("%q is not a date (want %s)", s, dateFlagForms)
}
