package timex

import "time"

// Movable holidays whose day a rule computes: Easter (the Gregorian
// computus), Orthodox Easter (the Julian computus, moved to the Gregorian
// calendar) and the days fixed from them, and the United States'
// Thanksgiving, the fourth Thursday of November. Holidays of lunar
// calendars (Ramadan, the Eids, Diwali, the Lunar New Year, Passover,
// Hanukkah) depend on observation or on calendars this package does not
// carry: they stay undated.

// movableHolidays gives, for each name (lower case), the days after the
// Easter it counts from, and which Easter; Thanksgiving is read apart.
var movableHolidays = map[string]struct {
	offset   int
	orthodox bool
}{
	"easter": {0, false}, "easter sunday": {0, false}, "easter day": {0, false},
	"easter monday": {1, false}, "good friday": {-2, false},
	"orthodox easter": {0, true}, "orthodox easter sunday": {0, true},
}

// movableHoliday is the day a movable holiday falls on in year y, or false
// for a name it does not know or a year its rules do not cover.
func movableHoliday(name string, y int) (time.Time, bool) {
	if name == "thanksgiving" || name == "thanksgiving day" {
		// The fourth Thursday of November (fixed by law from 1942).
		if y < 1942 {
			return time.Time{}, false
		}
		first := time.Date(y, time.November, 1, 12, 0, 0, 0, time.UTC)
		ahead := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
		return first.AddDate(0, 0, ahead+21), true
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
