package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// fromNowRE is a count of days, weeks, months or years from the day of
// writing: "a week from today", "two years from now", "10 days from
// tomorrow"; back from it, "a year ago today"; or, as American reports
// write, weeks from or before a weekday: "a week from Friday" (the week
// after the coming Friday), "two weeks ago Sunday" (the Sunday two weeks
// before the last one).
var fromNowRE = regexp.MustCompile(`\b(` + numRE + `) (?i:(days?|weeks?|months?|years?)) (?i:(from|ago)) ((?i:today|now|tomorrow)|` + wdRE + `)\b`)

// fromNow reads a fromNowRE match: the day, month or year that far after
// the publish date (after the day after it for "tomorrow", after the
// coming weekday), or before it for "ago" (before the last weekday).
// "Ago now" is no anchor ("two years ago now" is two years ago), nor a
// count of months or years from a weekday.
func fromNow(te model.TimeExpr, g []string, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	n := parseNum(g[1])
	if !hasRef || n == 0 {
		return te, false
	}
	unit := strings.TrimSuffix(strings.ToLower(g[2]), "s")
	anchor := strings.ToLower(g[4])
	wd, isWeekday := weekdays[anchor]
	ago := strings.EqualFold(g[3], "ago")
	switch {
	case ago && anchor == "now", ago && anchor == "tomorrow", ago && isWeekday && unit != "week":
		return te, false
	case isWeekday && unit != "day" && unit != "week":
		return te, false
	}
	from := ref
	switch {
	case anchor == "tomorrow":
		from = ref.AddDate(0, 0, 1)
	case isWeekday && ago:
		// The last such weekday, the day of writing itself when it is one.
		from = ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
	case isWeekday:
		from = ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+7)%7)
	}
	if ago {
		n = -n
	}
	// "A year ago today" is that very day of the year gone, not the year.
	onDay := ago && anchor == "today"
	switch unit {
	case "day":
		te.Value, te.Precision = day(from.AddDate(0, 0, n)), model.PrecisionDay
	case "week":
		te.Value, te.Precision = day(from.AddDate(0, 0, 7*n)), model.PrecisionDay
	case "month":
		te.Value, te.Precision = month(from.AddDate(0, n, 0)), model.PrecisionMonth
		if onDay {
			te.Value, te.Precision = day(from.AddDate(0, n, 0)), model.PrecisionDay
		}
	default:
		te.Value, te.Precision = year(from.Year()+n), model.PrecisionYear
		if onDay {
			te.Value, te.Precision = day(from.AddDate(n, 0, 0)), model.PrecisionDay
		}
	}
	te.Relation = "future"
	if ago {
		te.Relation = "past"
	}
	return te, true
}

// monthsOfRE is the first or last months of a year: "the first nine
// months of 2025", "the first 10 months of the year", "the last three
// months of last year", as company and trade figures are reported.
var monthsOfRE = regexp.MustCompile(`\b(?i:the) (?i:(first|last|final)) (` + numRE + `) (?i:months) (?i:of) (?:(` + fullYearRE + `)|(?i:(this|last|next|the)) (?i:year))\b`)

// monthsOf reads a monthsOfRE match as the months it names. "The year"
// is the one the tense is in, as for "the first half of the year"; a
// vague count ("the first few months") is no span.
func monthsOf(te model.TimeExpr, g []string, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	switch strings.ToLower(g[2]) {
	case "a", "an", "one", "several", "few", "a few":
		return te, false
	}
	n := parseNum(g[2])
	if n < 2 || n > 11 {
		return te, false
	}
	var y int
	switch strings.ToLower(g[4]) {
	case "":
		y, _ = strconv.Atoi(g[3])
	case "last":
		y = ref.Year() - 1
	case "next":
		y = ref.Year() + 1
	default:
		y = ref.Year()
	}
	if g[3] == "" && !hasRef {
		return te, false
	}
	first := 1
	if !strings.EqualFold(g[1], "first") {
		first = 13 - n
	}
	start := time.Date(y, time.Month(first), 1, 12, 0, 0, 0, time.UTC)
	end := start.AddDate(0, n, -1)
	if strings.EqualFold(g[4], "the") {
		switch {
		case tense == TensePast && start.After(ref):
			start, end = start.AddDate(-1, 0, 0), end.AddDate(-1, 0, 0)
		case tense == TenseFuture && end.Before(ref):
			start, end = start.AddDate(1, 0, 0), end.AddDate(1, 0, 0)
		}
	}
	te.Value, te.EndValue, te.Precision = month(start), month(end), model.PrecisionMonth
	return te, true
}
