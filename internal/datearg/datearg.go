// Package datearg reads the dates that bound a listing (since, until):
// one parser for the command line (events, export, reanalyze) and the API
// and web filters, so that each takes what the others take. An RFC 3339
// instant that `export --since` took was refused by /api/events.
package datearg

import (
	"fmt"
	"strings"
	"time"
)

// Forms names the forms Parse reads, for help texts and error messages.
const Forms = "YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339"

// Date is a date as given, at the precision it was given: a year, a month,
// a day or an instant.
type Date struct {
	// Start is the first instant of the date (a year, month or day
	// starts at midnight UTC) or the instant itself.
	Start time.Time
	// Filter is the date as the event filters take it (YYYY, YYYY-MM or
	// YYYY-MM-DD): an instant is its day at the offset it was written
	// with, since events are dated to the day at best.
	Filter string
	// Instant reports a date given with a time of day.
	Instant bool
}

// layouts are the forms Parse reads, coarsest first; an instant without a
// zone (as analyze --date takes) is in UTC.
var layouts = []struct {
	layout  string
	instant bool
}{
	{"2006", false},
	{"2006-01", false},
	{time.DateOnly, false},
	{"2006-01-02T15:04:05", true},
	{time.RFC3339, true},
}

// Parse reads a since or until date in one of Forms; surrounding space is
// ignored. The error quotes s and names the forms.
func Parse(s string) (Date, error) {
	s = strings.TrimSpace(s)
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !l.instant {
			return Date{Start: t, Filter: s}, nil
		}
		return Date{Start: t, Filter: t.Format(time.DateOnly), Instant: true}, nil
	}
	return Date{}, fmt.Errorf("%q is not a date (want %s)", s, Forms)
}

// Day is the day that bounds a range by d, as YYYY-MM-DD: the first day of
// a year or a month, or with end its last ("2025-02" ends on 2025-02-28);
// a day or an instant is its own day (Filter). Listings filtered by a day
// (quotes, by their article's day) take a month or a year so, for since
// and until alike, on the command line and in the API.
func (d Date) Day(end bool) string { return PeriodDay(d.Filter, end) }

// PeriodDay is Day of a date filter as Date.Filter holds it (YYYY,
// YYYY-MM or YYYY-MM-DD); anything else is returned as it is.
func PeriodDay(filter string, end bool) string {
	var t time.Time
	var err error
	switch len(filter) {
	case len("2006"):
		if t, err = time.Parse("2006", filter); err == nil && end {
			t = t.AddDate(1, 0, -1)
		}
	case len("2006-01"):
		if t, err = time.Parse("2006-01", filter); err == nil && end {
			t = t.AddDate(0, 1, -1)
		}
	default:
		return filter
	}
	if err != nil {
		return filter
	}
	return t.Format(time.DateOnly)
}
