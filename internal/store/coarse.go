package store

import (
	"strconv"

	"github.com/newsgraph/newsgraph/internal/model"
)

// CoarseDateSQL is, in the SQL both backends read, the date an event of
// the table aliased e is counted under by Store.EventCounts: its day, or
// for an event known only to a month or a year (stored at the period's
// first day, so that it sorts after the days of it) the month ("2030-04")
// or the year ("2030"). The timeline drew a year's event as a bar on its
// 1 January, and /api/timeline gave it as that day's.
const CoarseDateSQL = `CASE e.precision WHEN '` + model.PrecisionMonth + `' THEN substr(e.date, 1, 7) WHEN '` +
	model.PrecisionYear + `' THEN substr(e.date, 1, 4) ELSE e.date END`

// UntilCuts returns the first days (YYYY-MM-DD) of the month and of the
// year that a listing's until (an EventQuery.Until: YYYY-MM-DD, or the
// API's YYYY-MM-31 for the end of a month) ends inside of, each "" when
// until is that period's last day or later. An event known only to that
// month or year is not inside the range, so the listing leaves it out:
// until=2025-01-31 did list an event dated only "2025", stored on
// 2025-01-01, among January's.
func UntilCuts(until string) (month, year string) {
	if len(until) != len("2006-01-02") || until[4] != '-' || until[7] != '-' {
		return "", ""
	}
	y, err1 := strconv.Atoi(until[:4])
	m, err2 := strconv.Atoi(until[5:7])
	d, err3 := strconv.Atoi(until[8:])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 {
		return "", ""
	}
	last := daysIn(y, m)
	if d < last {
		month = until[:8] + "01"
	}
	if m < 12 || d < last {
		year = until[:5] + "01-01"
	}
	return month, year
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
