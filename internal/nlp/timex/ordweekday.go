package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// nthWeekdayRE is a weekday counted in a month: "the first Monday of
// March", "the last Sunday in May", "the second Tuesday of November
// 2024". Laws and calendars fix days so (elections, courts' terms,
// parliaments' sittings, festivals); the day is the month's n-th such
// weekday.
var nthWeekdayRE = regexp.MustCompile(`\b(?i:the) (?i:(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?i:of|in) (` + monthRE + `)(?:,? (` + fullYearRE + `))?\b`)

// nthWeekdayOf reads an nthWeekdayRE match: with its year, that year's
// day; without, the year the tense calls for, as a yearless date takes.
// A fifth weekday the month does not have is no date.
func nthWeekdayOf(te model.TimeExpr, g []string, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	mo, ok := parseMonth(g[3])
	if !ok {
		return te, false
	}
	wd := weekdays[strings.ToLower(g[2])]
	n := 0
	switch strings.ToLower(g[1]) {
	case "first", "1st":
		n = 1
	case "second", "2nd":
		n = 2
	case "third", "3rd":
		n = 3
	case "fourth", "4th":
		n = 4
	case "fifth", "5th":
		n = 5
	case "last":
		n = -1
	}
	on := func(y int) (time.Time, bool) {
		if n < 0 {
			// The last: the fifth, or else the fourth.
			t, _ := nthWeekday(y, mo, wd, 5, 0)
			if t.Month() != mo {
				t = t.AddDate(0, 0, -7)
			}
			return t, true
		}
		t, _ := nthWeekday(y, mo, wd, n, 0)
		return t, t.Month() == mo
	}
	var y int
	switch {
	case g[4] != "":
		y, _ = strconv.Atoi(g[4])
	case !hasRef:
		return te, false
	default:
		// The day in the publish year stands for the day in any year
		// when the tense picks the year: they are at most six days apart.
		near, _ := on(ref.Year())
		y = inferYear(mo, near.Day(), ref, tense)
	}
	t, ok := on(y)
	if !ok {
		return te, false
	}
	te.Value, te.Precision = day(t), model.PrecisionDay
	return te, true
}
