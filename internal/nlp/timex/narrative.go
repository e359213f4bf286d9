package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A yearless date ("On July 14", "in September") is read against the publish
// date, unless the text is telling a story in another year. Then the year is
// the one the story last wrote out: "In 1831 the captain sailed from
// Plymouth. On July 14 he reached the Azores" is 1831-07-14, whatever the
// day the text was published.
//
// What tells a story from the news is the text's own frame of time. News
// reads its dates from the day of writing ("on Tuesday", "last week", "On
// April 9" in the lede), and the years it writes out are mostly background
// ("The dam was completed in 1964. On April 9 the ministry said it would
// inspect it": April 9 is this year's). A biography or a history reads none
// of its dates from the day of writing: every date comes from the years it
// names. So:
//
//   - in a text that has read no date from the day of writing yet, a
//     yearless date in a past-tense sentence takes the last year written
//     out, however far back;
//   - in a text that has (news), only a year that frames the story — one
//     that opens its sentence ("In 1831, ...", "On 4 May 1902 ...") — and
//     only in the same paragraph, at most two sentences before, and not
//     the publish year itself (whose dates the publish date reads alike)
//     carries over; and never to a reporting sentence ("On July 14 the
//     ministry said"), which is news of the day.
//
// Either way the sentence's tense must agree: a year before the publish
// year needs the past tense (not "In 1990 the treaty was signed. It expires
// on July 14"), a later one a tense at all.

// narrate gives the yearless dates of one sentence the narrative's year
// (dc.narr, or a year written earlier in the same sentence of a story), where
// the rules above allow it.
func narrate(s string, base int, out []found, dc discourse, ref time.Time, hasRef bool) {
	if !hasRef {
		return
	}
	y, from := dc.narr, dc.narrFrom
	for i := range out {
		f := &out[i]
		if wy, ok := writtenYear(f.te); ok && f.kind != kFiscal {
			if !dc.news && !parenthetical(s, f.te.Start-base) {
				y, from = wy, lateIn(f.te) // "On May 31, 2014, ... and on June 8 ..."
			}
			continue
		}
		if period(*f) && f.te.Value[:4] > year(y) {
			y, from = 0, 0 // "During the First World War": which year is unknown
			continue
		}
		if !f.yearless || y == 0 || len(f.te.Value) < 7 && f.kind != kEndOf {
			continue
		}
		// A reporting sentence in the news, or in a story of last year or
		// this ("reported a loss for 2023. On March 28 it said ..."), tells
		// of the days around the publish date.
		if dc.news && y == ref.Year() || (dc.news || y >= ref.Year()-1 && y <= ref.Year()) && reporting(s) {
			continue
		}
		tense := TenseAround(s, f.te.Start-base, f.te.End-base)
		if tense == TenseUnknown && dc.pastVerb {
			tense = TensePast // "On 3 March the garrison left": the tagger's VBD
		}
		switch {
		case y < ref.Year() && tense != TensePast:
			continue
		case y >= ref.Year() && tense == TenseUnknown:
			continue
		}
		ny := y
		if from != 0 && len(f.te.Value) >= 7 {
			// After "late 2022", "on January 1" is 2023's; not when that
			// puts a past event after the day of writing.
			mo, err := strconv.Atoi(f.te.Value[5:7])
			if err == nil && time.Month(mo) < from && (y+1 < ref.Year() || y+1 == ref.Year() && time.Month(mo) <= ref.Month() || tense != TensePast) {
				ny = y + 1
			}
		}
		reyear(f, ny, ref, hasRef)
	}
}

// lateIn is the month a written year's expression places the text at when
// that is late in the year ("late 2022": September, "the end of 2022" and
// "December 2022": December, "on November 3, 2022": November), else 0. From
// October on, a story that goes on to a yearless earlier month has most
// likely moved into the next year.
func lateIn(te model.TimeExpr) time.Month {
	lower := strings.ToLower(te.Text)
	switch {
	case strings.HasPrefix(lower, "late"):
		return time.September
	case strings.HasPrefix(lower, "the end of") || strings.HasPrefix(lower, "the close of"):
		return time.December
	case te.Mod == model.ModEnd && len(te.Value) == 4:
		// "at the end of 2022", whose text is the year alone
		return time.December
	}
	if te.EndValue == "" && len(te.Value) >= 7 {
		if mo, err := strconv.Atoi(te.Value[5:7]); err == nil && mo >= 10 {
			return time.Month(mo)
		}
	}
	return 0
}

// reyear moves a yearless date f into year y (a range's end moves with it;
// "since April" of another year runs to no known day), unless the day does
// not exist in y (February 29).
func reyear(f *found, y int, ref time.Time, hasRef bool) bool {
	v := year(y) + f.te.Value[4:]
	if f.movable != "" {
		// Easter of another year falls on another day.
		t, last, ok := holidayOn(f.movable, y)
		if !ok {
			return false
		}
		v = day(t)
		if !last.Equal(t) {
			// Ramadan, a month, ends on a day of its own.
			f.te.Value, f.te.EndValue = v, day(last)
			if hasRef {
				f.te.Relation = relation(v, ref)
			}
			f.yearless = false
			return true
		}
	}
	if !validISO(v, y) {
		return false
	}
	end := f.te.EndValue
	if end != "" {
		switch f.kind {
		case kMonthRange, kDayRange, kEndOf, kPeriodTo, kDateRange:
			old, _ := strconv.Atoi(f.te.Value[:4])
			ey, _ := strconv.Atoi(end[:4])
			ey += y - old
			end = year(ey) + end[4:]
			if !validISO(end, ey) {
				return false
			}
		default:
			if len(end) >= 7 && end[:7] == f.te.Value[:7] {
				// A part of a month ("late March") moves with it.
				end = year(y) + end[4:]
			} else if end[:4] != v[:4] {
				end = ""
			}
		}
	}
	f.te.Value, f.te.EndValue = v, end
	if hasRef {
		f.te.Relation = relation(v, ref)
	}
	f.yearless = false
	return true
}

// reporting says whether a sentence holds a verb of attribution (speechVerb):
// a sentence that reports what someone said, in the news, tells of the days
// around the publish date.
func reporting(s string) bool {
	for _, w := range wordsOf(s) {
		if speechVerb[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// frameWords may stand before a date that opens its sentence: "In 1831",
// "Early in 1925", "On 4 May 1902", "By the spring of 1790".
var frameWords = map[string]bool{
	"in": true, "on": true, "by": true, "during": true, "early": true, "late": true, "from": true,
	"around": true, "about": true, "after": true, "then": true, "and": true, "but": true, "the": true,
	"of": true, "until": true, "at": true, "since": true,
}

// opensSentence says whether the words before a date (the sentence's text up
// to it) are at most three frame words: the date opens the sentence.
func opensSentence(before string) bool {
	ws := wordsOf(before)
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !frameWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// storyRelative corrects spans counted from the publish date that a text
// counts from another time:
//   - "ten days before the beginning of the Hajj" counts from the event
//     named after it, not from now: no date;
//   - "two years earlier" counts from the year just named, when one is
//     ("In 1998 ... two years earlier" is 1996);
//   - in a story (no date read from the day of writing, a year named), "after
//     several years in Rome", "within a few months", "the next five years"
//     and "two years earlier" with no year near count from the story's
//     time, which is not the publish date: no date ("the past 35 years"
//     still counts back from the day of writing).
func storyRelative(s string, m match, te model.TimeExpr, dc discourse, near int) (model.TimeExpr, bool) {
	story := dc.story
	switch m.kind {
	case kAgo:
		lw := strings.ToLower(te.Text)
		if strings.HasSuffix(lw, " ago") {
			return te, true
		}
		if strings.HasSuffix(lw, " before") {
			if next := wordsOf(s[m.end:]); len(next) > 0 && !clauseEnd(s[m.end:]) {
				return te, false // "... before the beginning of the Hajj"
			}
		}
		if te.Precision == model.PrecisionYear && near != 0 {
			n := parseNum(m.groups[1])
			if strings.HasPrefix(strings.ToLower(m.groups[2]), "decade") {
				n *= 10
			}
			te.Value, te.Relation = year(near-n), ""
			return te, n > 0
		}
		return te, !story
	case kDuration:
		// "the past 35 years" counts back from the day of writing even
		// in a story, as "in recent years" does; "the next five years",
		// "after several years" and "within a few months" from the
		// story's time.
		switch strings.TrimPrefix(strings.ToLower(m.groups[1]), "the ") {
		case "past", "last", "previous":
			return te, true
		case "recent":
			// "has begun in recent years" is the writer's; "undid the
			// damage of recent decades" in a story's past is the story's.
			return te, !story || !pastClause(s, dc)
		}
		return te, !story
	}
	return te, true
}

// clauseEnd says whether the text after an expression ends its clause:
// punctuation or a conjunction comes first.
func clauseEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || strings.ContainsRune(",.;:!?)", rune(rest[0])) {
		return true
	}
	ws := wordsOf(rest)
	if len(ws) == 0 {
		return true
	}
	switch strings.ToLower(ws[0]) {
	case "and", "but", "or", "when", "while", "as":
		return true
	}
	return false
}

// pastFrameYear is the year of te, a year counted back from the day of
// writing, and the text offset where te ends, when it opens its sentence:
// "Last year the vote was brought forward from October to August" tells of
// last year's October and August, which the move's own reading (the
// nearest, or the coming, month) would put in the year of writing.
func pastFrameYear(frame bool, te model.TimeExpr, ref time.Time, hasRef bool) (int, int) {
	if !frame || !hasRef || te.EndValue != "" || len(te.Value) != 4 {
		return 0, 0
	}
	y, err := strconv.Atoi(te.Value)
	if err != nil || y >= ref.Year() {
		return 0, 0
	}
	return y, te.End
}
