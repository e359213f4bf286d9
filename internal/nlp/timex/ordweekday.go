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
var nthWeekdayRE = regexp.MustCompile(`\b(?i:the) (?i:(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?i:of|in) (` + monthRE + `|(?i:the month))(?:,? (` + fullYearRE + `))?\b`)

// nthWeekdayOf reads an nthWeekdayRE match: with its year, that year's
// day; without, the year the tense calls for, as a yearless date takes.
// A fifth weekday the month does not have is no date.
func nthWeekdayOf(te model.TimeExpr, g []string, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	if strings.EqualFold(g[3], "the month") {
		return nthWeekdayOfTheMonth(te, g, ref, hasRef, tense)
	}
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
	y, ok := yearWrittenOr(g[4], hasRef, func() int {
		// The day in the publish year stands for the day in any year
		// when the tense picks the year: they are at most six days apart.
		near, _ := on(ref.Year())
		return inferYear(mo, near.Day(), ref, tense)
	})
	if !ok {
		return te, false
	}
	t, ok := on(y)
	if !ok {
		return te, false
	}
	te.Value, te.Precision = day(t), model.PrecisionDay
	return te, true
}

// nthWeekdayOfTheMonth reads "the last Wednesday of the month" told ahead
// ("will present the budget on the last Wednesday of the month"): that day
// of the month of writing, or of the next one when it has passed. Told
// otherwise it is a day that comes back each month ("meetings are held on
// the first Monday of the month"), no date (ordinalOfMonth).
func nthWeekdayOfTheMonth(te model.TimeExpr, g []string, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	if !hasRef || tense != TenseFuture || g[4] != "" {
		return te, false
	}
	for _, t := range []time.Time{ref, time.Date(ref.Year(), ref.Month()+1, 1, 12, 0, 0, 0, time.UTC)} {
		g2 := []string{g[0], g[1], g[2], t.Month().String(), strconv.Itoa(t.Year())}
		v, ok := nthWeekdayOf(te, g2, ref, hasRef, tense)
		if ok && v.Value >= day(ref) {
			return v, true
		}
	}
	return te, false
}
