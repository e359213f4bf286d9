package timex

import (
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
