package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// partOfRE is the first or last stretch of a month or a year: "the last week
// of March", "the final days of 2025", "the first weeks of the year", "the
// last day of 2025", "the last day of the month". "The last day of July"
// falls to the spelled-day rule ("the last day of" a named month is that
// month's last day, dated as "the first day of July" is), and partOf leaves
// it there. A noun after "of" that is no month or year ("the last day of
// talks", "the final days of the campaign") is no date.
var partOfRE = regexp.MustCompile(`\b(?i:the) (?i:(last|final|closing|first|opening)) (?i:(days?|weeks?|few days|few weeks|months?|few months)) (?i:of) (?:(` + monthRE + `)(?:,? (` + fullYearRE + `))?|(` + fullYearRE + `)|(?i:(this|next|last|the)) (?i:(month|year)))\b`)

// lastDayWord says a spelled-day match's day is "last" or "final": the
// month's last day ("the last day of July").
func lastDayWord(ds string) bool {
	return strings.EqualFold(ds, "last") || strings.EqualFold(ds, "final")
}

// daysIn is the number of days of month mo in year y.
func daysIn(y int, mo time.Month) int {
	return time.Date(y, mo+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// partOf dates a partOfRE match. One day ("the last day of 2025", "the first
// day of next month") is that day; more ("the last week of March", "the
// final days of 2025", "the last months of the year") are the month or the
// year with the mod END or START, as TimeML writes "the end of March": the
// words seldom say how many days.
func partOf(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	tense = tenseOutside(s, m)
	g := m.groups
	if isCap(g[2]) {
		return te, false // "The Last Day of the Year", "the Final Days of 1999": a title, in title case
	}
	last := !strings.EqualFold(g[1], "first") && !strings.EqualFold(g[1], "opening")
	unit := strings.ToLower(g[2])
	y, mo := 0, time.Month(0)
	switch {
	case g[3] != "":
		if unit == "day" {
			return te, false // the spelled-day rule's
		}
		var ok bool
		if mo, ok = parseMonth(g[3]); !ok || !isCap(g[3]) {
			return te, false
		}
		if y, ok = yearWrittenOr(g[4], hasRef, func() int {
			return inferYear(mo, 0, ref, nominalTense(s, m.start, m.end, tense, monthsBack(mo, ref)))
		}); !ok {
			return te, false
		}
	case g[5] != "":
		y, _ = strconv.Atoi(g[5])
	default:
		if !hasRef {
			return te, false
		}
		rel := strings.ToLower(g[6])
		step := 0
		switch rel {
		case "last":
			step = -1
		case "next":
			step = 1
		}
		if strings.EqualFold(g[7], "month") {
			t := time.Date(ref.Year(), ref.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, step, 0)
			y, mo = t.Year(), t.Month()
		} else {
			y = ref.Year() + step
		}
	}
	switch {
	case mo != 0 && unit == "day":
		d := 1
		if last {
			d = daysIn(y, mo)
		}
		te.Value, te.Precision = day(time.Date(y, mo, d, 12, 0, 0, 0, time.UTC)), model.PrecisionDay
	case mo == 0 && unit == "day":
		d := time.Date(y, 1, 1, 12, 0, 0, 0, time.UTC)
		if last {
			d = time.Date(y, 12, 31, 12, 0, 0, 0, time.UTC)
		}
		te.Value, te.Precision = day(d), model.PrecisionDay
	case mo == 0 && unit == "month":
		mo = 1
		if last {
			mo = 12
		}
		te.Value, te.Precision = month(time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
	case mo != 0:
		te.Value, te.Precision = month(time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
		te.Mod = partMod("end")
		if !last {
			te.Mod = partMod("start")
		}
	default:
		te.Value, te.Precision = year(y), model.PrecisionYear
		te.Mod = partMod("end")
		if !last {
			te.Mod = partMod("start")
		}
	}
	return te, true
}

// lastWeekOf says a "last week" match is the last week of something the
// words after it name ("the last week of the trial", "the last week of
// campaigning"), counted from that thing's end, not the week before the day
// of writing. partOfRE dates it when a month or a year follows.
func lastWeekOf(s string, m match) bool {
	return m.groups[1] == "" && strings.EqualFold(m.groups[2], "last") &&
		strings.EqualFold(lastWord(s[:m.start]), "the") && strings.HasPrefix(s[m.end:], " of ")
}

// tenseOutside is the tense of the words around the match m of s, its own
// words left out: the "last" of "the last week of December" is no cue of
// the past ("The deal expires in the last week of December" looks ahead).
func tenseOutside(s string, m match) Tense {
	return TenseAround(s[:m.start]+strings.Repeat(" ", m.end-m.start)+s[m.end:], m.start, m.end)
}

// weekOfMonthRE is a numbered week or half of a named month: "the second
// week of April", "the first half of May 2027". "The first week of April"
// and "the last week of March" are partOfRE's (the month with START or
// END), which comes first among the rules.
var weekOfMonthRE = regexp.MustCompile(`\b(?i:the) (?i:(first|second|third|fourth)) (?i:(week|half)) (?i:of) (` + monthRE + `)(?:,? (` + fullYearRE + `))?\b`)

// weekOfMonth dates a weekOfMonthRE match to its days, as "mid-April" is
// dated to the 10th to the 20th: the n-th week is days 7n-6 to 7n, the
// first half the 1st to the 15th and the second the 16th to the month's
// end. Without a year the month takes the one the tense calls for.
func weekOfMonth(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	g := m.groups
	mo, ok := parseMonth(g[3])
	if !ok || !isCap(g[3]) || isCap(g[2]) {
		return te, false // "the Second Week of May", a title
	}
	n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[strings.ToLower(g[1])]
	half := strings.EqualFold(g[2], "half")
	if half && n > 2 {
		return te, false
	}
	d1, d2 := 7*n-6, 7*n
	if half {
		d1, d2 = 1, 15
		if n == 2 {
			d1, d2 = 16, 0 // the month's last day, once its year is known
		}
	}
	y, ok := yearWrittenOr(g[4], hasRef, func() int {
		return inferYear(mo, d1, ref, nominalTense(s, m.start, m.end, tenseOutside(s, m), monthsBack(mo, ref)))
	})
	if !ok {
		return te, false
	}
	if d2 == 0 {
		d2 = daysIn(y, mo)
	}
	te.Value, te.Precision = day(time.Date(y, mo, d1, 12, 0, 0, 0, time.UTC)), model.PrecisionDay
	te.EndValue = day(time.Date(y, mo, d2, 12, 0, 0, 0, time.UTC))
	return te, true
}

// dayOfRelMonthRE is a day of the month of writing, or of the one before or
// after it, by its ordinal: "the first of next month", "the 5th of this
// month", "the 20th of last month".
var dayOfRelMonthRE = regexp.MustCompile(`\b(?i:the) ((?:[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)|` + ordDayWordRE + `) (?i:of) (?i:(this|next|last)) (?i:month)\b`)

// dayOfRelMonth dates a dayOfRelMonthRE match: that day of the month named
// from the publish date's.
func dayOfRelMonth(te model.TimeExpr, m match, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	if !hasRef {
		return te, false
	}
	first := time.Date(ref.Year(), ref.Month(), 1, 12, 0, 0, 0, time.UTC)
	switch strings.ToLower(m.groups[2]) {
	case "next":
		first = first.AddDate(0, 1, 0)
	case "last":
		first = first.AddDate(0, -1, 0)
	}
	d := parseDay(m.groups[1])
	if !validDate(first.Year(), first.Month(), d) {
		return te, false // "the 31st of next month" in a month of 30 days
	}
	te.Value, te.Precision = day(first.AddDate(0, 0, d-1)), model.PrecisionDay
	return te, true
}

// weekOfDayRE is the week a day falls in, as American copy names a week by
// its first day: "the week of March 23", "the week of June 8, 2026".
var weekOfDayRE = regexp.MustCompile(`\b(?i:the) (?i:week) (?i:of) (` + monthRE + `) ((?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?:,? (` + fullYearRE + `))?\b`)

// weekOfDay dates a weekOfDayRE match to the seven days of that week: from
// the day named when it is a Sunday (American weeks start on it), else from
// the Monday on or before it; the year of the day as the tense calls for
// when none is written.
func weekOfDay(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	g := m.groups
	mo, ok := parseMonth(g[1])
	if !ok || !isCap(g[1]) {
		return te, false
	}
	d := parseDay(g[2])
	y, ok := yearWrittenOr(g[3], hasRef, func() int { return inferYear(mo, d, ref, tenseOutside(s, m)) })
	if !ok || !validDate(y, mo, d) {
		return te, false
	}
	t := time.Date(y, mo, d, 12, 0, 0, 0, time.UTC)
	first := t // a week named by its first day, a Sunday or a Monday
	if t.Weekday() != time.Sunday {
		first = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // else the Monday before
	}
	te.Value, te.EndValue, te.Precision = day(first), day(first.AddDate(0, 0, 6)), model.PrecisionDay
	return te, true
}
