package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Movable holidays whose day a rule computes: Easter (the Gregorian
// computus), Orthodox Easter (the Julian computus, moved to the Gregorian
// calendar) and the days fixed from them, and the United States'
// Thanksgiving, the fourth Thursday of November. The Lunar New Year,
// Ramadan and the Eids come from a table (lunar.go), the feasts of the
// Hebrew calendar (Passover, Hanukkah) from its arithmetic (hebrew.go);
// other holidays of lunisolar calendars (Diwali, Vesak, Holi) depend on
// calendars this package does not carry: they stay undated.

// movableHolidays gives, for each name (lower case), the days after the
// Easter it counts from, and which Easter; Thanksgiving is read apart.
var movableHolidays = map[string]struct {
	offset   int
	orthodox bool
}{
	"easter": {0, false}, "easter sunday": {0, false}, "easter day": {0, false},
	"easter monday": {1, false}, "good friday": {-2, false},
	"orthodox easter": {0, true}, "orthodox easter sunday": {0, true},
	// The feasts of the Western churches fixed from Easter (and public
	// holidays in much of Europe and Africa): Shrove Tuesday (Mardi
	// Gras) and Ash Wednesday open Lent, Palm Sunday, Maundy Thursday
	// and Holy Saturday are of Holy Week, Ascension is the 40th day of
	// Easter and Pentecost (Whitsun) the 50th.
	"shrove tuesday": {-47, false}, "mardi gras": {-47, false}, "ash wednesday": {-46, false},
	"palm sunday": {-7, false}, "maundy thursday": {-3, false}, "holy thursday": {-3, false},
	"holy saturday": {-1, false}, "ascension day": {39, false}, "ascension thursday": {39, false},
	"pentecost": {49, false}, "pentecost sunday": {49, false}, "whit sunday": {49, false},
	"whitsunday": {49, false}, "whitsun": {49, false}, "whit monday": {50, false},
	"pentecost monday": {50, false},
}

// movableHoliday is the day a movable holiday falls on in year y, or false
// for a name it does not know or a year its rules do not cover.
func movableHoliday(name string, y int) (time.Time, bool) {
	switch name {
	case "thanksgiving", "thanksgiving day":
		// The fourth Thursday of November (fixed by law from 1942).
		return nthWeekday(y, time.November, time.Thursday, 4, 1942)
	case "black friday", "cyber monday":
		// The shopping days after Thanksgiving, named so from the 1960s
		// (Black Friday) and 2005 (Cyber Monday; read from the same years).
		t, ok := nthWeekday(y, time.November, time.Thursday, 4, 1960)
		if name == "cyber monday" {
			return t.AddDate(0, 0, 4), ok
		}
		return t.AddDate(0, 0, 1), ok
	case "labor day":
		// The United States' and Canada's, the first Monday of
		// September ("Labour Day" in most other places is May 1 and is
		// not read).
		return nthWeekday(y, time.September, time.Monday, 1, 1894)
	case "memorial day":
		// The last Monday of May (from 1971; May 30 before).
		if y < 1971 {
			return time.Time{}, false
		}
		t, _ := nthWeekday(y, time.May, time.Monday, 5, 1971)
		if t.Month() != time.May {
			t = t.AddDate(0, 0, -7)
		}
		return t, true
	}
	h, ok := movableHolidays[name]
	if !ok {
		return time.Time{}, false
	}
	var e time.Time
	if h.orthodox {
		e, ok = orthodoxEaster(y)
	} else {
		e, ok = westernEaster(y)
	}
	if !ok {
		return time.Time{}, false
	}
	return e.AddDate(0, 0, h.offset), true
}

// nthWeekday is the n-th weekday wd of month mo of year y (n may run past
// the month: the caller checks), or false before the year from.
func nthWeekday(y int, mo time.Month, wd time.Weekday, n, from int) (time.Time, bool) {
	if y < from {
		return time.Time{}, false
	}
	first := time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)
	ahead := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, ahead+7*(n-1)), true
}

// westernEaster is Easter Sunday of the Gregorian calendar (the anonymous
// Gregorian algorithm, as in Meeus, Astronomical Algorithms), from 1583.
func westernEaster(y int) (time.Time, bool) {
	if y < 1583 {
		return time.Time{}, false
	}
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(mo), day, 12, 0, 0, 0, time.UTC), true
}

// orthodoxEaster is the Easter of the Julian computus (Meeus), written as
// a Gregorian date: 13 days later from 1900 to 2099, the only years it
// covers.
func orthodoxEaster(y int) (time.Time, bool) {
	if y < 1900 || y > 2099 {
		return time.Time{}, false
	}
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	mo := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return time.Date(y, time.Month(mo), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, 13), true
}

// namedDayWords, capitalised before a bare weekday, make a name of their
// own: a feast ("Good Friday", "Palm Sunday", "Ash Wednesday"), a day of
// history ("Bloody Sunday") or of trade or politics ("Black Friday",
// "Super Tuesday"). It is not the weekday nearest the day of writing.
var namedDayWords = map[string]bool{
	"Good": true, "Easter": true, "Palm": true, "Ash": true, "Holy": true, "Maundy": true, "Whit": true,
	"Shrove": true, "Black": true, "Bloody": true, "Super": true, "Cyber": true,
}

// namedWeekday says the kWeekday match m, with no modifier, is the tail of
// such a name.
func namedWeekday(s string, m match) bool {
	return m.groups[1] == "" && namedDayWords[lastWord(s[:m.start])]
}

// holidayInYearRE is a year written after a holiday's name with "in":
// "Christmas in 2019", "at Easter in 2024".
var holidayInYearRE = regexp.MustCompile(`^ in (` + fullYearRE + `)\b`)

// holidayInYear is the year of holidayInYearRE at the start of rest, the
// text after a holiday's name.
func holidayInYear(rest string) (int, bool) {
	m := holidayInYearRE.FindStringSubmatch(rest)
	if m == nil {
		return 0, false
	}
	y, _ := strconv.Atoi(m[1])
	return y, true
}

// holidayFallsRE is a verb of a day's place in the calendar right after
// a holiday's name, and a year its clause names: "Easter falls late this
// year", "Ramadan began early last year", "Thanksgiving comes late".
var holidayFallsRE = regexp.MustCompile(`^ (?:falls|fell|will fall|is due to fall|comes|came|will come|arrives|arrived|will arrive)\b([^.;:,!?]*)`)

// yearInClauseRE is the writer's year a clause names ("this year").
var yearInClauseRE = regexp.MustCompile(`\b(?i:(last|this|next)) year\b`)

// holidayFalls says the text after a holiday's name places the day in the
// calendar, which makes its bare name a day ("Easter falls on April 5",
// not "Easter traditions"); the year its clause names is given as 1
// (last), 2 (this) or 3 (next), 0 for none.
func holidayFalls(rest string) (int, bool) {
	m := holidayFallsRE.FindStringSubmatch(rest)
	if m == nil {
		return 0, false
	}
	y := yearInClauseRE.FindStringSubmatch(m[1])
	if y == nil {
		return 0, true
	}
	switch strings.ToLower(y[1]) {
	case "last":
		return 1, true
	case "next":
		return 3, true
	}
	return 2, true
}

// timingVerbs tell when a thing falls against its usual time: "early" or
// "late" after them is said of the verb ("falls late this year"), not a
// part of the year. ("Fell" and "fall" are left out: "prices fell late
// last year" is a fall in the last months.)
var timingVerbs = map[string]bool{
	"falls": true, "comes": true, "came": true, "come": true, "arrives": true, "arrived": true, "arrive": true,
}
