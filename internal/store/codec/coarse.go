package codec

import (
	"cmp"
	"database/sql"
	"slices"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// CoarseCount is a group of events known only to a month or a year, as a
// backend counts them for CoarseSplit: their stored date (the period's
// first day), precision and quad class.
type CoarseCount struct {
	Date        string
	Precision   string
	QuadClass   int
	DateTo      string // the last day of the span of days it is dated by ("" for none)
	Events      int
	NotAsserted int
}

// FirstDays are the dates of counts that are the first day of a month:
// where events known only to a month or a year are stored, so the only
// days of the kept counts CoarseSplit may have to take some from.
func FirstDays(counts []store.DateCount) []string {
	var out []string
	for _, c := range counts {
		if len(c.Date) == len("2006-01-02") && c.Date[8:] == "01" && !slices.Contains(out, c.Date) {
			out = append(out, c.Date)
		}
	}
	return out
}

// CoarseSplit turns counts by stored date (the kept counts, which hold an
// event known to a month or a year at the period's first day) into counts
// as EventCounts gives them: each coarse group is taken out of its first
// day's count and counted under its month or year (store.CoarseDateSQL), unless
// until ends inside that period (store.UntilCuts), when it is left out, as the
// listing leaves it out. coarse are the coarse groups at counts' dates.
// Groups that fall to zero are dropped; the result is in date order, then
// quad class.
func CoarseSplit(counts []store.DateCount, coarse []CoarseCount, until string) []store.DateCount {
	if len(coarse) == 0 {
		return counts
	}
	monthCut, yearCut := store.UntilCuts(until)
	type key struct {
		date string
		quad int
	}
	at := map[key]int{}
	for i, c := range counts {
		at[key{c.Date, c.QuadClass}] = i
	}
	for _, g := range coarse {
		if i, ok := at[key{g.Date, g.QuadClass}]; ok {
			counts[i].Events -= g.Events
			counts[i].NotAsserted -= g.NotAsserted
		}
		// An event dated by a span of days ("next week", stored as its
		// month) whose span ends by until is inside the range.
		spanIn := g.DateTo != "" && g.DateTo <= until
		short := g.Date
		switch g.Precision {
		case model.PrecisionMonth:
			if g.Date == monthCut && !spanIn {
				continue
			}
			short = g.Date[:min(len(g.Date), 7)]
		case model.PrecisionYear:
			if g.Date == yearCut && !spanIn {
				continue
			}
			short = g.Date[:min(len(g.Date), 4)]
		}
		k := key{short, g.QuadClass}
		if i, ok := at[k]; ok {
			counts[i].Events += g.Events
			counts[i].NotAsserted += g.NotAsserted
			continue
		}
		at[k] = len(counts)
		counts = append(counts, store.DateCount{Date: short, QuadClass: g.QuadClass, Events: g.Events, NotAsserted: g.NotAsserted})
	}
	out := counts[:0]
	for _, c := range counts {
		if c.Events > 0 {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b store.DateCount) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.QuadClass, b.QuadClass))
	})
	return out
}

// ScanCoarseCounts reads a backend's coarse groups: stored date,
// precision, quad class, span end, events and how many of them did not
// take place.
func ScanCoarseCounts(rows *sql.Rows) ([]CoarseCount, error) {
	var out []CoarseCount
	for rows.Next() {
		var c CoarseCount
		if err := rows.Scan(&c.Date, &c.Precision, &c.QuadClass, &c.DateTo, &c.Events, &c.NotAsserted); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SumDateCounts is the Total of a whole timeline's counts (exact: the
// counts are of every matching event).
func SumDateCounts(counts []store.DateCount, err error) (store.Total, error) {
	if err != nil {
		return store.Total{}, err
	}
	n := 0
	for _, c := range counts {
		n += c.Events
	}
	return store.Total{N: n}, nil
}
