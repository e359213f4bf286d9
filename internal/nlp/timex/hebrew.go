package timex

import "time"

// The feasts of the Hebrew calendar, computed by its fixed arithmetic
// (the molad and the postponements of the new year, as in Reingold and
// Dershowitz, Calendrical Calculations, "The Hebrew Calendar"): its days
// need no table, unlike those that follow the sighting of the moon
// (lunar.go).

// hebrewEpoch is the day before the Hebrew calendar's first, as a count
// of days from January 1 of the Gregorian year 1 (day 1, as
// time.Date(1, 1, 1) reads it).
const hebrewEpoch = -1373427

// hebrewFeasts are the feasts read (lower case, as lunarName spells
// them): where each counts from, the new year (Rosh Hashanah, 1 Tishrei)
// of the Gregorian year's autumn or the Passover (15 Nisan) of its
// spring, and how many days after it the first day falls. Hanukkah, 25
// Kislev, is apart: how far it is from the new year depends on the
// year's length.
var hebrewFeasts = map[string]struct {
	fromPassover bool
	offset       int
}{
	"rosh hashanah": {false, 0}, "yom kippur": {false, 9}, "sukkot": {false, 14},
	"passover": {true, 0}, "purim": {true, -30}, "shavuot": {true, 50},
}

// hebrewElapsedDays is the number of days from the epoch to the molad of
// Tishrei of Hebrew year y, moved off the days the new year may not fall
// on (Sunday, Wednesday, Friday).
func hebrewElapsedDays(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	days := 29*months + parts/25920
	if (3*(days+1))%7 < 3 {
		days++
	}
	return days
}

// hebrewNewYear is the day of 1 Tishrei of Hebrew year y, as a count of
// days like hebrewEpoch's.
func hebrewNewYear(y int) int {
	ny0, ny1, ny2 := hebrewElapsedDays(y-1), hebrewElapsedDays(y), hebrewElapsedDays(y+1)
	corr := 0
	switch {
	case ny2-ny1 == 356:
		corr = 2 // a year of 356 days is not allowed: the new year waits two days
	case ny1-ny0 == 382:
		corr = 1 // nor one of 382 before it
	}
	return hebrewEpoch + ny1 + corr
}

// fixedDay is the civil date of a count of days like hebrewEpoch's.
func fixedDay(n int) time.Time {
	return time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n-1)
}

// hebrewHoliday is the first day of a hebrewFeasts feast (or Hanukkah) in
// Gregorian year y, from 1900 to 2100; false for another name or year.
func hebrewHoliday(name string, y int) (time.Time, bool) {
	if y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	h := y + 3761 // the Hebrew year that begins in Gregorian year y's autumn
	ny := hebrewNewYear(h)
	if name == "hanukkah" {
		// 25 Kislev: Tishrei has 30 days, Heshvan 30 in a "complete"
		// year (of 355 or 385 days) and 29 otherwise.
		heshvan := 29
		if (hebrewNewYear(h+1)-ny)%10 == 5 {
			heshvan = 30
		}
		return fixedDay(ny + 30 + heshvan + 24), true
	}
	f, ok := hebrewFeasts[name]
	if !ok {
		return time.Time{}, false
	}
	if f.fromPassover {
		// 15 Nisan is 163 days before the next 1 Tishrei: the months
		// from Nisan to Elul have fixed lengths.
		return fixedDay(ny - 163 + f.offset), true
	}
	return fixedDay(ny + f.offset), true
}
