package timex

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Times of day. A clock time ("at 3 p.m. local time", "14:30 GMT",
// "(1400 GMT)", "noon", "shortly before midnight") is an expression of its
// own, dated to the day the sentence gives next to it ("on Tuesday at 3
// p.m."), else to the day the text last dated, else to the day of writing;
// its value is finer than that day (minute: "2021-07-27T15:00", with the
// zone's offset when it has one fixed offset; hour: "shortly before
// midnight" is "2021-07-27T23"). A part of a day ("Tuesday evening",
// "early Tuesday", "this morning") is no clock time: the day's expression
// notes it (PartOfDay), and its value stays the day.

// zoneOffsets are the time zones wire reports write after a clock time,
// with their offset from UTC in minutes. Zones whose abbreviation names
// several offsets (CST is US Central and China, IST India, Israel and
// Ireland, AST, GST) and the US "ET"/"PT", which change with the season,
// are kept by name without an offset.
var zoneOffsets = map[string]int{
	"GMT": 0, "UTC": 0, "WET": 0, "BST": 60, "CET": 60, "WEST": 60, "WAT": 60, "CEST": 120, "EET": 120,
	"SAST": 120, "CAT": 120, "EEST": 180, "MSK": 180, "EAT": 180, "PKT": 300, "ICT": 420, "WIB": 420,
	"SGT": 480, "HKT": 480, "AWST": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720,
	"NZDT": 780, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
	"AKST": -540, "HST": -600,
}

// zoneRE matches a zone right after a clock time: "local time" or an
// abbreviation. ("3 p.m. (1400 GMT)": the time in brackets is one of its
// own.)
var zoneRE = regexp.MustCompile(`^ ?(local time|GMT|UTC|WET|BST|CET|WEST|WAT|CEST|EET|SAST|CAT|EEST|MSK|EAT|PKT|ICT|WIB|SGT|HKT|AWST|JST|KST|AEST|AEDT|NZST|NZDT|EST|EDT|CDT|MST|MDT|PST|PDT|AKST|HST|CST|IST|AST|GST|ET|PT)\b`)

// clockRE finds clock times: 12-hour times ("3 p.m.", "10:30am", "9.15
// a.m."), 24-hour ones ("14:30"), four-digit ones ("1400", only before a
// zone) and noon and midnight, each with the words before it that say how
// it relates ("shortly before midnight") or that it is a time ("at 14:30").
// Noon and midnight are lower case: "Chimes at Midnight" is a title.
var clockRE = regexp.MustCompile(`(?i:\b(shortly before|shortly after|just before|just after|soon after|at around|at about|around|about|at|by|before|after|from|until|till|to|since|between|and)\s+)?` +
	`(?:\b(1[0-2]|0?[1-9])(?:[:.]([0-5][0-9]))?\s?(?i:([ap])(?:\.m\.|\.m\b|m\b))` +
	`|\b([01]?[0-9]|2[0-3]):([0-5][0-9])\b` +
	`|\b([01][0-9]|2[0-3])([0-5][0-9])\b` +
	`|\b(noon|midday|midnight)\b)`)

// partOfDayAfter is a part of a day right after a day's expression
// ("Tuesday evening"); partOfDayBefore, "early" or "late" right before one
// ("early Tuesday", "late on Friday").
var (
	partOfDayAfter  = regexp.MustCompile(`^ (?i:(morning|afternoon|evening|night))\b`)
	partOfDayBefore = regexp.MustCompile(`\b(?i:(early|late))(?: on)? $`)
	partOfDayWord   = regexp.MustCompile(`(?i:\b(morning|afternoon|evening|night|tonight))$`)
	// partOfDayOf is a part of a day named before the day it is of: "on
	// the night of March 3", "the evening of Friday, March 3".
	partOfDayOf = regexp.MustCompile(`\b(?i:the (morning|afternoon|evening|night) of) $`)
)

// dayNames are the words a day's expression may consist of for a part of
// the day to join it: weekdays and the days counted from the day of
// writing. ("The following morning" already names its part.)
var dayNames = regexp.MustCompile(`^(?i:(?:on |last |next |this |that )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow))$`)

// timesOfDay adds the sentence's times of day to its expressions
// dst[first:] (the sentence s at byte offset base of the text): parts of a
// day join their day's expression, clock times are added, and the
// sentence's expressions are left in text order.
func timesOfDay(s string, base, sentence int, dst []model.TimeExpr, first int, ref time.Time, dc discourse) []model.TimeExpr {
	own := dst[first:]
	for i := range own {
		partOfDay(s, base, &own[i])
	}
	var hits cueHits
	clockCues.scan(s, &hits)
	clock, hour := clockCues.may(&hits, 0), clockCues.may(&hits, 1)
	if !clock && !hour {
		return dst
	}
	var add []model.TimeExpr
	var addTook []int // for each of add, the index into own of the day it took in, or -1
	var joined []int  // indexes into own of days a clock time took in
	var clocks, hours [][]int
	if clock {
		clocks = clockCues.findAll(0, clockRE, s, &hits)
	}
	if hour {
		hours = clockCues.findAll(1, bareHourRE, s, &hits)
	}
	for _, m := range clocks {
		te, took, ok := clockTime(s, base, m, own, joined, ref, dc)
		if !ok {
			continue
		}
		te.Sentence, te.Start, te.End = sentence, base+te.Start, base+te.End
		overlaps := false
		for j := range own {
			if j != took && own[j].Start < te.End && te.Start < own[j].End {
				overlaps = true
			}
		}
		if !overlaps {
			add = append(add, te)
			addTook = append(addTook, took)
			if took >= 0 {
				joined = append(joined, took)
			}
		}
	}
	overnightRanges(s, base, add, addTook, ref)
	zonePairs(s, base, add, addTook, ref)
	for _, m := range hours {
		te, took, ok := bareHour(s, base, m, own, joined, ref)
		if !ok {
			continue
		}
		te.Sentence, te.Start, te.End = sentence, base+te.Start, base+te.End
		overlaps := false
		for _, o := range add {
			if o.Start < te.End && te.Start < o.End {
				overlaps = true // "at 7 p.m. that evening" is read above
			}
		}
		if !overlaps {
			add = append(add, te)
			joined = append(joined, took)
		}
	}
	if len(add) == 0 {
		return dst
	}
	if len(joined) > 0 {
		// The days now told with their clock times are no expressions of
		// their own.
		kept := dst[:first]
		for i := range own {
			if !slices.Contains(joined, i) {
				kept = append(kept, own[i])
			}
		}
		dst = kept
	}
	dst = append(dst, add...)
	slices.SortStableFunc(dst[first:], func(a, b model.TimeExpr) int { return a.Start - b.Start })
	return dst
}

// clockDayGap is what may stand between a clock time and the day it is
// told with: "2:30 the next day", "3 p.m. on Tuesday", "Tuesday at 3
// p.m.", "the following morning, at 7:15".
var clockDayGap = regexp.MustCompile(`^(?i:\s*,?\s*(?:(?:on|at)\s+)?)$`)

// adjacentDay is the index in own of the day told right next to the clock
// time at [start, end) of the text ("2:30 the next day", "on Tuesday at
// 2:30"), or -1. Only a day named by words, not by numbers, is taken in:
// a weekday, "the next day", "that evening", "yesterday"; a written-out
// date ("July 27") keeps its own expression. s is the sentence at byte
// offset base of the text.
func adjacentDay(s string, base, start, end int, own []model.TimeExpr) int {
	for i := range own {
		d := &own[i]
		if d.Precision != model.PrecisionDay || d.EndValue != "" || len(d.Value) != len("2006-01-02") ||
			strings.ContainsAny(d.Text, "0123456789") {
			continue
		}
		ds, de := d.Start-base, d.End-base
		if ds < 0 || de > len(s) {
			continue
		}
		de = dayEnd(s, de, d.PartOfDay)
		switch {
		case ds >= end-base && clockDayGap.MatchString(s[end-base:ds]):
			return i
		case de <= start-base && clockDayGap.MatchString(s[de:start-base]):
			return i
		}
	}
	return -1
}

// dayEnd is where a day's expression ending at de of the sentence s ends
// with the part of the day named right after it ("Tuesday evening", whose
// expression is "Tuesday" with part evening): a clock time after it
// ("Tuesday evening at 7:40") or before it ("3 a.m. on Monday night") is
// told with that day and its part.
func dayEnd(s string, de int, part string) int {
	if part == "" || de < 0 || de > len(s) {
		return de
	}
	if m := partOfDayAfter.FindStringSubmatchIndex(s[de:]); m != nil && strings.HasSuffix(part, strings.ToLower(s[de+m[2]:de+m[3]])) {
		return de + m[1]
	}
	return de
}

// clockCues are the strings clockRE and bareHourRE need (see cueSet).
var clockCues = newCueSet([]*regexp.Regexp{clockRE, bareHourRE})

// bareHourRE finds an hour written as a bare number after a preposition
// of time ("at 7", "by 10"): a time of day only when a day with its part
// is told right next to it ("at 7 that evening", bareHour).
//
// "by", "from", "to" and "about" are left out: "rose by 7", "from 9 to 12"
// are counts far more often than hours.
var bareHourRE = regexp.MustCompile(`\b(?i:at|until|till|before|after)\s+(1[0-2]|[1-9])\b`)

// bareHour reads the bare hour bareHourRE matched at m in the sentence s
// (at byte offset base of the text) as a time of day when a day named in
// words with a part of the day follows or precedes it ("at 7 that
// evening", "the following morning at 9"): it is that hour of that part of
// the day, and took is the day's index in own. Offsets in the result are
// in s.
func bareHour(s string, base int, m []int, own []model.TimeExpr, joined []int, ref time.Time) (te model.TimeExpr, took int, ok bool) {
	start, end := m[2], m[3]
	if followedByDigits(s[end:]) {
		return model.TimeExpr{}, -1, false
	}
	took = adjacentDay(s, base, base+start, base+end, own)
	if took < 0 || slices.Contains(joined, took) {
		return model.TimeExpr{}, -1, false
	}
	day := own[took]
	if ds := day.Start - base; ds >= end && strings.TrimSpace(s[end:ds]) != "" {
		// "stood at 7 on Tuesday evening" is a count: only a day right
		// after the number ("at 7 that evening") makes it an hour.
		return model.TimeExpr{}, -1, false
	}
	part := day.PartOfDay
	if !strings.HasSuffix(part, "morning") && !strings.HasSuffix(part, "afternoon") &&
		!strings.HasSuffix(part, "evening") && !strings.HasSuffix(part, "night") {
		return model.TimeExpr{}, -1, false
	}
	hour, _ := strconv.Atoi(s[start:end])
	hour = partOfDayHour(hour, part)
	d, rel := smallHoursDay(day.Value, day.Relation, part, hour, ref)
	spanStart, spanEnd := min(start, day.Start-base), max(end, dayEnd(s, day.End-base, part))
	return model.TimeExpr{Text: s[spanStart:spanEnd], Start: spanStart, End: spanEnd, Precision: model.PrecisionMinute,
		Relation: rel, PartOfDay: part, Value: fmt.Sprintf("%sT%02d:00", d, hour)}, took, true
}

// partOfDayHour moves an hour written without a.m. or p.m. ("7:40") into
// the part of the day it is told with: "7:40 that evening" is 19:40.
func partOfDayHour(hour int, part string) int {
	switch {
	case hour < 1 || hour > 11:
	case strings.HasSuffix(part, "afternoon") && hour <= 6,
		strings.HasSuffix(part, "evening") && hour >= 4,
		strings.HasSuffix(part, "night") && hour >= 6:
		return hour + 12
	}
	return hour
}

// clockYear says a year find read is a four-digit clock time before a zone
// ("(1900 GMT)", "0600 local time"): s is the sentence at byte offset base
// of the text.
func clockYear(s string, base int, te model.TimeExpr) bool {
	if te.Precision != model.PrecisionYear || te.EndValue != "" || len(te.Text) != 4 {
		return false
	}
	end := te.End - base
	if end < 0 || end > len(s) {
		return false
	}
	h, err := strconv.Atoi(te.Text[:2])
	return err == nil && h < 24 && te.Text[2] <= '5' && zoneRE.MatchString(s[end:])
}

// partOfDay notes the part of its day a single day's expression is told
// at: the part the words right around it name ("Tuesday evening", "early
// Tuesday", "late on Friday"), or its own words ("this morning", "last
// night", "the following evening"). The expression keeps its text and
// value: GUM marks the day alone as the date ("<date>Thursday</date>
// night"), and its day is what a part of it is dated to.
func partOfDay(s string, base int, te *model.TimeExpr) {
	if te.Precision != model.PrecisionDay || te.EndValue != "" || te.PartOfDay != "" {
		return
	}
	if m := partOfDayWord.FindStringSubmatch(te.Text); m != nil {
		te.PartOfDay = strings.ToLower(m[1])
		if te.PartOfDay == "tonight" {
			te.PartOfDay = "night"
		}
		return
	}
	start, end := te.Start-base, te.End-base
	if start < 0 || end > len(s) {
		return
	}
	// "The night of March 3" is its part whatever words the day is
	// written in; only such a part, told before its day, is so bound to
	// a date in numbers.
	if m := partOfDayOf.FindStringSubmatch(s[:start]); m != nil {
		te.PartOfDay = strings.ToLower(m[1])
		return
	}
	if !dayNames.MatchString(te.Text) {
		return
	}
	part := ""
	if m := partOfDayAfter.FindStringSubmatch(s[end:]); m != nil {
		part = strings.ToLower(m[1])
	}
	// "Early" or "late" before the day is a modifier of the part named
	// after it ("late Friday night": late night; "early Tuesday
	// morning": early morning), or of the day itself ("late on Friday").
	if m := partOfDayBefore.FindStringSubmatch(s[:start]); m != nil {
		if mod := strings.ToLower(m[1]); part == "" {
			part = mod
		} else {
			part = mod + " " + part
		}
	}
	te.PartOfDay = part
}

// clockTime reads the clock time clockRE matched at m in the sentence s
// (at byte offset base of the text), dated by the sentence's other
// expressions own (offsets in the text) or the discourse; offsets in the
// result are in s. A day named in words right next to the time ("2:30
// the next day", "on Tuesday at 3 p.m.") is taken into it, unless another
// time took it already (its index is in joined): the result spans both,
// and took is the day's index in own (else -1).
func clockTime(s string, base int, m []int, own []model.TimeExpr, joined []int, ref time.Time, dc discourse) (te model.TimeExpr, took int, ok bool) {
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	prep := strings.ToLower(group(1))
	timeStart, end := m[2], m[1]
	if timeStart < 0 {
		timeStart = m[0]
	}
	// Where the time itself starts: after a plain preposition, which is
	// no part of it; "shortly before" changes the value and stays.
	switch prep {
	case "", "shortly before", "shortly after", "just before", "just after", "soon after":
	default:
		timeStart = m[2*1+1]
		for timeStart < len(s) && s[timeStart] == ' ' {
			timeStart++
		}
	}
	zone := ""
	if z := zoneRE.FindStringSubmatchIndex(s[end:]); z != nil {
		zone = s[end+z[2] : end+z[3]]
		end += z[1]
	}
	hour, minute, prec := 0, 0, model.PrecisionMinute
	switch {
	case group(2) != "": // 12-hour
		hour, _ = strconv.Atoi(group(2))
		minute, _ = strconv.Atoi(group(3))
		pm := strings.EqualFold(group(4), "p")
		if hour == 12 {
			hour = 0
		}
		if pm {
			hour += 12
		}
	case group(5) != "": // 24-hour "14:30": only as a time of day
		// A preposition of time or a zone says it is one; "John 3:16"
		// and a score of "2:30" are not.
		if prep == "" && zone == "" || followedByDigits(s[m[2*6+1]:]) {
			return model.TimeExpr{}, -1, false
		}
		hour, _ = strconv.Atoi(group(5))
		minute, _ = strconv.Atoi(group(6))
	case group(7) != "": // "1400": only before a zone ("1400 GMT")
		if zone == "" {
			return model.TimeExpr{}, -1, false
		}
		hour, _ = strconv.Atoi(group(7))
		minute, _ = strconv.Atoi(group(8))
	case group(9) != "": // noon, midday, midnight: only after a preposition
		// or right before a weekday, as wire copy writes a deadline
		// ("the deadline is midnight Friday", "noon Sunday").
		if prep == "" && !weekdayNext(s[end:]) {
			return model.TimeExpr{}, -1, false
		}
		switch strings.ToLower(group(9)) {
		case "noon", "midday":
			hour = 12
		case "midnight":
			switch prep {
			case "shortly before", "just before":
				// Within the hour before it, on the day it ends.
				hour, prec = 23, model.PrecisionHour
			case "shortly after", "just after", "soon after":
				hour, prec = 0, model.PrecisionHour
			default:
				// The midnight that ends the day (TIMEX3's T24:00):
				// "midnight on Friday" is the night into Saturday.
				hour = 24
			}
		}
	default:
		return model.TimeExpr{}, -1, false
	}
	d, rel, dayPart, ok := clockDay(base+timeStart, base+end, own, ref, dc)
	if !ok {
		return model.TimeExpr{}, -1, false
	}
	spanStart, spanEnd, part := timeStart, end, ""
	took = adjacentDay(s, base, base+timeStart, base+end, own)
	if slices.Contains(joined, took) {
		took = -1
	}
	if took >= 0 {
		day := own[took]
		d, rel, part = day.Value, day.Relation, day.PartOfDay
		dayPart = part
		spanStart, spanEnd = min(spanStart, day.Start-base), max(spanEnd, dayEnd(s, day.End-base, part))
		if group(5) != "" {
			hour = partOfDayHour(hour, part)
		}
	}
	d, rel = smallHoursDay(d, rel, dayPart, hour, ref)
	if strings.EqualFold(group(9), "midnight") && hour > 0 && took < 0 && rel == "current" && !rangeEndPreps[prep] &&
		TenseAround(s, timeStart, end) == TensePast {
		// "The curfew began at midnight", "the ferry sank shortly
		// before midnight", told on the day with no day of their own:
		// the midnight gone, which began the day of writing, not the
		// one ending it. (The end of a range, "from 8 p.m. to
		// midnight", stays on its start's day.)
		if t, err := time.Parse("2006-01-02", d); err == nil {
			d = day(t.AddDate(0, 0, -1))
			rel = relationTo(d, ref)
		}
	}
	v := d + "T" + fmt.Sprintf("%02d", hour)
	if prec == model.PrecisionMinute {
		v += fmt.Sprintf(":%02d", minute)
	}
	te = model.TimeExpr{Text: s[spanStart:spanEnd], Start: spanStart, End: spanEnd, Precision: prec, Relation: rel, PartOfDay: part}
	switch {
	case zone == "local time":
		te.TimeZone = "local"
	case zone != "":
		te.TimeZone = zone
		if off, ok := zoneOffsets[zone]; ok {
			v += utcOffset(off)
		}
	}
	te.Value = v
	return te, took, true
}

// rangeEndPreps are the prepositions of a clock time that ends a range.
var rangeEndPreps = map[string]bool{"to": true, "until": true, "till": true, "and": true}

// weekdayNext says rest opens with a weekday, alone or after "on".
func weekdayNext(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	if len(rest) > 3 && strings.EqualFold(rest[:3], "on ") {
		rest = rest[3:]
	}
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = rest[:i]
	}
	_, ok := weekdays[strings.ToLower(w)]
	return ok && isCap(w)
}

// followedByDigits says a clock-like number goes on (":30" or ".5" after
// "2:05"): a race time "2:05:30" is no time of day.
func followedByDigits(rest string) bool {
	return len(rest) > 1 && (rest[0] == ':' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9'
}

// utcOffset writes an offset in minutes as ISO 8601 does ("Z", "+05:30",
// "-04:00").
func utcOffset(min int) string {
	if min == 0 {
		return "Z"
	}
	sign := "+"
	if min < 0 {
		sign, min = "-", -min
	}
	return fmt.Sprintf("%s%02d:%02d", sign, min/60, min%60)
}

// clockDay is the day a clock time at [start, end) of the text falls on:
// the single day its sentence names nearest to it (own: "at 3 p.m. on
// Tuesday", "Tuesday at 3 p.m."), else the day the text last dated, else
// the day of writing; with its relation to the day of writing and the part
// of that day it was told with ("Friday night": night). ok is false when
// no day is known.
func clockDay(start, end int, own []model.TimeExpr, ref time.Time, dc discourse) (d, rel, part string, ok bool) {
	best, bestDist := -1, 0
	for i := range own {
		d := &own[i]
		if d.Precision != model.PrecisionDay || d.EndValue != "" || len(d.Value) != len("2006-01-02") {
			continue
		}
		dist := max(d.Start-end, start-d.End, 0)
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	switch {
	case best >= 0:
		return own[best].Value, own[best].Relation, own[best].PartOfDay, true
	case dc.day != "":
		return dc.day, relationTo(dc.day, ref), dc.dayPart, true
	case ref.IsZero():
		return "", "", "", false
	}
	return day(civil(ref)), "current", "", true
}

// smallHoursDay is the day a clock time at hour (0-24, as the value writes
// it) of the day d falls on when it is told with the part of that day part:
// a night or an evening runs past midnight, so a time in the small hours
// told with one is on the next day ("at 2:30 that night" after Friday the
// 3rd is Saturday the 4th at 02:30; "shortly after midnight on Friday
// night" is early Saturday; "at 1 a.m. last night" is today). A night's
// own midnight (T24:00) already ends the day, a late-evening time ("11
// p.m. that night") is on it, and a day told without such a part ("at 2
// a.m. on Saturday", "early Saturday", "late on Friday") keeps its day.
// rel is recomputed against ref for a day moved.
func smallHoursDay(d, rel, part string, hour int, ref time.Time) (string, string) {
	if hour < 0 || hour >= smallHoursEnd || !strings.HasSuffix(part, "night") && !strings.HasSuffix(part, "evening") {
		return d, rel
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d, rel
	}
	next := day(t.AddDate(0, 0, 1))
	if ref.IsZero() {
		return next, rel
	}
	return next, relationTo(next, ref)
}

// smallHoursEnd is the hour the small hours end at: the night is over by
// 6 a.m. ("at 7 a.m." after "Friday night" is more likely the morning a
// story moved on to than a time of the night, and is left on its day).
const smallHoursEnd = 6

// relationTo is a day's relation to the day of writing ("" when that is
// not known).
func relationTo(d string, ref time.Time) string {
	if ref.IsZero() {
		return ""
	}
	switch r := day(civil(ref)); {
	case d < r:
		return "past"
	case d > r:
		return "future"
	}
	return "current"
}

// clockRangeJoin is what stands between the two clock times of a range:
// "from 10 p.m. to 5 a.m.", "between 11 p.m. and 4 a.m.", "9 p.m.-6 a.m.".
var clockRangeJoin = regexp.MustCompile(`^(?i:\s*(?:to|until|till|through|and|-|–)\s*)$`)

// overnightRanges moves the days of clock ranges that run across midnight
// (add: the sentence's clock times, in text order; took, the index of the
// day each took in or -1; s the sentence at byte offset base of the text).
// A range whose second time is earlier in the day than its first ("a
// curfew from 10 p.m. to 5 a.m.") ends on the next day: its second time
// moves on a day, or, when only the second was told with its day ("from
// 10 p.m. to 5 a.m. on Sunday"), its first moves back one.
func overnightRanges(s string, base int, add []model.TimeExpr, took []int, ref time.Time) {
	for i := 0; i+1 < len(add); i++ {
		a, b := &add[i], &add[i+1]
		if a.End > b.Start || !clockRangeJoin.MatchString(s[a.End-base:b.Start-base]) {
			continue
		}
		da, ha, okA := clockParts(a.Value)
		db, hb, okB := clockParts(b.Value)
		if !okA || !okB || da != db || hb >= ha || hb == 0 && ha == 24 {
			continue
		}
		if took[i+1] >= 0 && took[i] < 0 {
			moveClockDay(a, -1, ref)
		} else {
			moveClockDay(b, 1, ref)
		}
		i++
	}
}

// clockParts splits a clock time's value ("2026-03-10T22:00Z") into its
// day and its hour.
func clockParts(v string) (d string, hour int, ok bool) {
	if len(v) < len("2006-01-02T15") || v[10] != 'T' {
		return "", 0, false
	}
	h, err := strconv.Atoi(v[11:13])
	if err != nil {
		return "", 0, false
	}
	return v[:10], h, true
}

// moveClockDay moves the clock time te by days, keeping its time and zone.
func moveClockDay(te *model.TimeExpr, days int, ref time.Time) {
	t, err := time.Parse("2006-01-02", te.Value[:10])
	if err != nil {
		return
	}
	d := day(t.AddDate(0, 0, days))
	te.Value = d + te.Value[10:]
	if !ref.IsZero() {
		te.Relation = relationTo(d, ref)
	}
}
