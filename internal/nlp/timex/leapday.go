package timex

import "time"

// leapDayYear is the year of a yearless February 29, which only a leap
// year has: the last one before ref told in the past, the next one after
// it in the future, else the nearer of the two.
func leapDayYear(ref time.Time, tense Tense) int {
	leap := func(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
	on := func(y int) time.Time { return time.Date(y, time.February, 29, 12, 0, 0, 0, time.UTC) }
	before := ref.Year()
	for !leap(before) || on(before).After(ref) {
		before--
	}
	after := ref.Year()
	for !leap(after) || on(after).Before(ref) {
		after++
	}
	switch {
	case tense == TensePast:
		return before
	case tense == TenseFuture:
		return after
	case ref.Sub(on(before)) <= on(after).Sub(ref):
		return before
	}
	return after
}
