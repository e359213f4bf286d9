package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A wire dateline dates the story it opens: "KHARTOUM, March 4, 2025
// (Reuters) -" is the day the story was filed, "ANKARA, Nov 28 (Wire) -"
// the same without its year, which agency copy leaves out as the reader
// knows it. An article nothing else dates (no date in its markup, header
// lines or URL, none given with it or by a feed) takes the dateline's
// date as its publish date, marked model.DateFromDateline, rather than
// being filed on the day it was ingested.

// datelineMonthDay finds a month and day in the date part of a dateline:
// month first ("Nov 28", "Feb. 7") or day first ("28 mars", "25. März",
// "25 de marzo").
var (
	datelineMD     = regexp.MustCompile(`(?:^|[ ,])(\p{L}{3,10})\.? (\d{1,2})\b`)
	datelineDM     = regexp.MustCompile(`(?:^|[ ,])(\d{1,2})\.?(?: de)? (\p{L}{3,10})\b`)
	datelineYearRe = regexp.MustCompile(`\b\d{4}\b`)
)

// datelineSlack is how far past the reference date a year-less dateline
// may fall and still be read in the reference date's year: a story filed
// in Seoul on the 28th may be captured when it is still the 27th in UTC.
const datelineSlack = 36 * time.Hour

// datelineYearsBack bounds the search for a year in which a year-less
// day exists (29 February) before the reference date.
const datelineYearsBack = 8

// datelineFullDate is the full date (with its year) of the wire dateline
// opening the paragraph p, as txtDatelineDate reads it. A plain text's
// is read with its header lines (textIn); a page's when its markup and URL
// give no date (finish).
func datelineFullDate(p string) (time.Time, bool) {
	if txtDatelineIndex(p) == nil {
		return time.Time{}, false // "On March 4, 2025 - ..." opens with no dateline
	}
	t, ok := txtDatelineDate(p)
	if !ok {
		return time.Time{}, false
	}
	if t.Location() == floating {
		// A clock without its zone: the day is what the dateline
		// certainly says.
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return t, true
}

// datelineMonthDay is the month and day of the wire dateline opening p
// when it writes no year ("ANKARA, Nov 28 (Wire) -"); ok is false when p
// opens with no dateline or its dateline has no date.
func datelineMonthDay(p string) (time.Month, int, bool) {
	loc := txtDatelineIndex(p)
	if loc == nil {
		return 0, 0, false
	}
	head := p[:loc[1]]
	// The date follows the place: what comes before the first comma is
	// the place ("MAY PEN, 3 June -" names a town, not a month).
	_, qual, ok := strings.Cut(head, ",")
	if !ok {
		return 0, 0, false
	}
	if i := strings.Index(qual, "("); i >= 0 {
		qual = qual[:i]
	}
	if datelineYearRe.MatchString(qual) {
		// A written year the full date did not accept (one in the
		// future) is not replaced by a guessed one.
		return 0, 0, false
	}
	if m := datelineMD.FindStringSubmatch(qual); m != nil {
		if mon, ok := txtMonths[strings.ToLower(m[1])]; ok {
			if d, err := strconv.Atoi(m[2]); err == nil && d >= 1 && d <= 31 {
				return mon, d, true
			}
		}
	}
	if m := datelineDM.FindStringSubmatch(qual); m != nil {
		if mon, ok := txtMonths[strings.ToLower(m[2])]; ok {
			if d, err := strconv.Atoi(m[1]); err == nil && d >= 1 && d <= 31 {
				return mon, d, true
			}
		}
	}
	return 0, 0, false
}

// datelineYear places a year-less dateline day in the nearest year in
// which it is no later than ref (give or take datelineSlack for the time
// zones between the filing desk and the capture): a "Dec 30" dateline read
// on 2 January is last year's.
func datelineYear(mon time.Month, day int, ref time.Time) (time.Time, bool) {
	ref = ref.UTC()
	for y := ref.Year(); y > ref.Year()-datelineYearsBack; y-- {
		t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			continue // 29 February of a common year, 31 June
		}
		if !t.After(ref.Add(datelineSlack)) {
			return t, true
		}
	}
	return time.Time{}, false
}

// datelineDated dates a by the dateline opening its first paragraph when
// nothing else dates it: a full date, or a month and day placed in the
// year of ref. It reports whether it did.
func datelineDated(a *model.Article, p string, full bool, ref time.Time) bool {
	var t time.Time
	var ok bool
	if full {
		t, ok = datelineFullDate(p)
	} else if mon, day, found := datelineMonthDay(p); found && !ref.IsZero() {
		t, ok = datelineYear(mon, day, ref)
	}
	if !ok {
		return false
	}
	a.Published, a.PublishedSource, a.PublishedZoneSource = &t, model.DateFromDateline, ""
	return true
}
