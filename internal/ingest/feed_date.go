package ingest

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/clockzone"
)

// zoneOffsets maps the zone names that RFC 822 allows (and a few that feeds
// use anyway) to their offsets in seconds. time.Parse would give an unknown
// abbreviation a zero offset in a made-up location, silently shifting EST
// times by five hours, so they are replaced by numeric offsets first.
var zoneOffsets = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000", "WET": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"BST": "+0100", "CET": "+0100", "CEST": "+0200", "EET": "+0200", "EEST": "+0300",
	"MSK": "+0300", "IST": "+0530", "JST": "+0900", "KST": "+0900", "HKT": "+0800",
	"AEST": "+1000", "AEDT": "+1100",
}

// dateLayouts are tried in order after normalisation. A time of day in a
// layout without a zone is floating (clockzone.Floating) until the feed's
// evidence places it (placeDates).
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05-07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 Jan 06 15:04:05",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04:05",
	"2 January 2006",
	"2 Jan 2006",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04:05",
	"January 2 2006 15:04:05 -0700",
	"January 2 2006 15:04:05",
	"January 2 2006 15:04",
	"January 2 2006",
	"Jan 2 2006",
	"Jan 2 15:04:05 2006",       // ANSI C without weekday
	"Jan 2 15:04:05 -0700 2006", // Ruby date without weekday
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102T150405Z0700",
	"20060102",
}

// parseFeedDate reads the dates feeds actually carry: RFC 822/1123 with or
// without weekday, seconds or a numeric zone, named zones, RFC 3339 with or
// without a zone, bare dates and a few common US forms. ok is false for
// anything else, and for a year outside 1900-2200 (a placeholder or
// garbage, not a publish date). A time of day written without a zone is
// left floating (clockzone.Floating), for the feed or record to place from
// its own evidence; a bare date stays midnight UTC: it has no clock to
// place.
func parseFeedDate(s string) (t time.Time, ok bool) {
	s = normaliseDate(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if y := t.Year(); y < 1900 || y > 2200 {
			return time.Time{}, false
		}
		if !layoutHasZone(layout) && strings.Contains(layout, "15") {
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), clockzone.Floating)
		}
		return t, true
	}
	return time.Time{}, false
}

// layoutHasZone reports a layout that reads a zone ("Z07:00", "-0700").
func layoutHasZone(layout string) bool {
	return strings.Contains(layout, "Z07") || strings.Contains(layout, "-07")
}

// normaliseDate strips a leading weekday, collapses spaces and commas,
// replaces a trailing named zone by its numeric offset, and turns "+05:30"
// style offsets at the end of RFC 822 dates into "+0530".
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return ""
	}
	s = strings.ReplaceAll(s, ",", " ")
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	if isWeekday(f[0]) {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	// "Sat 07 Sep 2002 00:00:01 GMT" or "... +0000 (UTC)".
	last := f[len(f)-1]
	if strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && len(f) > 1 {
		f = f[:len(f)-1]
		last = f[len(f)-1]
	}
	if len(f) > 1 {
		if off, ok := zoneOffsets[strings.ToUpper(last)]; ok {
			f[len(f)-1] = off
		} else if len(last) == 6 && (last[0] == '+' || last[0] == '-') && last[3] == ':' {
			f[len(f)-1] = last[:3] + last[4:]
		} else if strings.HasPrefix(strings.ToUpper(last), "GMT") && len(last) == 8 { // GMT+0200
			f[len(f)-1] = last[3:]
		}
		// Month names in upper case ("07 SEP 2002") are common in old CMSes.
		for i, w := range f {
			if len(w) >= 3 && isMonthWord(w) {
				f[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
			}
		}
		// "Sept" is not a Go month abbreviation.
		for i, w := range f {
			if strings.EqualFold(w, "Sept") {
				f[i] = "Sep"
			}
		}
	}
	// Ordinal suffixes: "3rd March 2024".
	for i, w := range f {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if len(w) > 2 && len(w) <= 4 && strings.HasSuffix(w, suf) && w[0] >= '0' && w[0] <= '9' {
				f[i] = strings.TrimSuffix(w, suf)
			}
		}
	}
	return strings.Join(f, " ")
}

func isWeekday(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if len(w) < 3 {
		return false
	}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

func isMonthWord(w string) bool {
	w = strings.ToLower(w)
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || w == m[:3] || (w == "sept" && m == "september") {
			return true
		}
	}
	return false
}
