package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Formal and legal writing dates a day as "the 1st day of July, 2021" and
// points a yearless date back or ahead with "last" or "next" after it: "the
// decree of the 12th of October last", "to assemble on the 1st day of
// February next", "the court ruled on 5 March last". The rules' day-month
// patterns take "day of" between the day and the month; these helpers
// widen the match over "the" before it and over the "last" or "next"
// after it.

// dayOfForm widens a day-month match written "1st day of July" over the
// "the" right before it: the phrase is one date.
func dayOfForm(s string, te *model.TimeExpr) {
	if !strings.Contains(strings.ToLower(te.Text), " day of ") {
		return
	}
	pre := s[:te.Start]
	if len(pre) >= 4 && strings.EqualFold(pre[len(pre)-4:], "the ") && (len(pre) == 4 || !isLetter(pre[len(pre)-5])) {
		te.Start -= 4
		te.Text = s[te.Start:te.End]
	}
}

// postposedTerm reads the "last" or "next" that may follow a yearless day
// ("October last", "Feb. next") and returns the tense it sets and the
// bytes it spans from end, or TenseUnknown and 0: not "last year", "next
// week", "next to", "last Tuesday", where the word leads what follows.
func postposedTerm(s string, end int) (Tense, int) {
	rest := s[end:]
	dot := 0
	if strings.HasPrefix(rest, ". last") || strings.HasPrefix(rest, ". next") {
		// "Feb. next": a lower-case word after the dot, so the dot is
		// the abbreviation's, not the sentence's end.
		dot, rest = 1, rest[1:]
	}
	var tense Tense
	var w string
	switch {
	case len(rest) >= 5 && strings.EqualFold(rest[:5], " last"):
		tense, w = TensePast, rest[:5]
	case len(rest) >= 5 && strings.EqualFold(rest[:5], " next"):
		tense, w = TenseFuture, rest[:5]
	default:
		return TenseUnknown, 0
	}
	after := rest[len(w):]
	if after != "" && isLetter(after[0]) {
		return TenseUnknown, 0 // "lastly", "nextgen"
	}
	if after == "" || strings.IndexByte(",.;:)!?\"”'’", after[0]) >= 0 {
		return tense, dot + len(w)
	}
	next := strings.ToLower(strings.TrimLeft(after, " "))
	if i := strings.IndexFunc(next, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }); i >= 0 {
		next = next[:i]
	}
	if next == "" || postposedLeads[next] || strings.TrimLeft(after, " ") != "" && isCap(strings.TrimLeft(after, " ")) {
		return TenseUnknown, 0
	}
	return tense, dot + len(w)
}

// postposedLeads are the words "last" or "next" lead rather than close a
// date: "5 March last year", "on 5 March next week", "next to".
var postposedLeads = map[string]bool{
	"year": true, "years": true, "week": true, "weeks": true, "month": true, "months": true,
	"day": true, "days": true, "time": true, "times": true, "season": true, "weekend": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "one": true, "ones": true,
	"to": true, "of": true, "summer": true, "winter": true, "spring": true, "autumn": true, "fall": true,
	"decade": true, "century": true, "quarter": true, "term": true, "session": true, "round": true,
	"few": true, "two": true, "three": true, "several": true, "step": true, "stage": true,
}

// postposedYear is the year of a yearless month and day that "last" (tense
// past) or "next" (future) follows: the latest such day before the
// reference day, or the first after it.
func postposedYear(mo time.Month, d int, ref time.Time, tense Tense) int {
	y := ref.Year()
	cand := time.Date(y, mo, d, 12, 0, 0, 0, time.UTC)
	r := time.Date(y, ref.Month(), ref.Day(), 12, 0, 0, 0, time.UTC)
	switch {
	case tense == TensePast && !cand.Before(r):
		return y - 1
	case tense == TenseFuture && !cand.After(r):
		return y + 1
	}
	return y
}

// circaBefore says the words before a match end in "c.", "ca." or "circa":
// what follows is dated, so "c. 1871 – 72" is a range of years as
// "(1871 – 72)" is, where a bare "2010 - 12" may be a score.
func circaBefore(before string) bool {
	switch strings.ToLower(lastWord(before)) {
	case "c.", "ca.", "circa", "(c.", "(ca.", "(circa":
		return true
	}
	return false
}

// shortDecade is the decade "the '90s" names by its last two digits d: of
// the 2000s when it ended a while before the day of writing ("the '00s",
// "the '10s" written in 2021), else of the 1900s ("the '20s" written in
// 2021 are the 1920s; a decade still under way is seldom called so).
func shortDecade(d int, ref time.Time, hasRef bool) int {
	if hasRef && 2000+d+9 < ref.Year() {
		return 2000 + d
	}
	return 1900 + d
}

// spelledDays are the days of the month written as ordinals in words
// ("the fifteenth of March", "the twenty-first day of June"), keyed as
// spelledKey writes them.
var spelledDays = func() map[string]int {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	m := map[string]int{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
	for i, u := range units {
		m[u] = i + 1
		m["twenty-"+u] = 21 + i
	}
	return m
}()

// spelledKey lower-cases a spelled ordinal and joins its two words with a
// hyphen: "Twenty first" and "twenty-first" are one day.
func spelledKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), " ", "-")
}

// spelledDayFits says a day-month match whose day is spelled out ("first
// of July") is a date: "the" stands right before the ordinal ("the first of
// July", not "a third of March's rainfall" nor "the first of many"), and
// the month is no possessive ("the first of March's two rounds" counts
// rounds).
func spelledDayFits(s string, m match) bool {
	if !strings.EqualFold(lastWord(s[:m.start]), "the") {
		return false
	}
	rest := s[m.end:]
	return !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
}

// trailingYearRE is a year named from the day of writing right after a
// yearless day: " last year", " of next year", " this year".
var trailingYearRE = regexp.MustCompile(`^ (?:(?i:of) )?(?i:(last|this|next)) (?i:year)\b`)

// trailingYear reads the "last year", "this year" or "next year" that may
// follow a yearless day ("5 March last year", "on March 5 next year") and
// returns the years it moves from the day of writing's and the bytes it
// spans from end, or 0, 0. The phrase keeps its own span. Not "March 5 last year's champion", where the
// year phrase leads a noun of its own.
func trailingYear(s string, end int) (int, int) {
	loc := trailingYearRE.FindStringSubmatchIndex(s[end:])
	if loc == nil {
		return 0, 0
	}
	rest := s[end+loc[1]:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "-") {
		return 0, 0 // "last year's champion", "next year-end"
	}
	switch strings.ToLower(s[end+loc[2] : end+loc[3]]) {
	case "last":
		return -1, loc[1]
	case "next":
		return 1, loc[1]
	}
	return 0, loc[1]
}

// trailingYearAt says a "last year", "this year" or "next year" dates the
// yearless day that ends at end.
func trailingYearAt(s string, end int) bool {
	_, n := trailingYear(s, end)
	return n > 0
}
