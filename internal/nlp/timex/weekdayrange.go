package timex

import (
	"strings"
	"time"
)

// Two weekdays joined by "to", "through" or a dash ("the strike will last
// from Wednesday to Friday", "talks ran Monday-Wednesday") are one span of
// days in one week, not two days each dated on its own: read alone, a past
// "Friday" after a future "Wednesday" may fall in another week. A weekly
// schedule ("offices are open Monday to Friday") is no span of one week
// but every such week, and a day moved ("postponed from Tuesday to
// Friday") names two days, not a span between them.

// weekdayRangeJoins are what joins the two weekdays of a span.
var weekdayRangeJoins = map[string]bool{
	" to ": true, " through ": true, " thru ": true, " until ": true, " till ": true,
	"-": true, "–": true, " - ": true, " – ": true,
}

// rescheduleVerbs move an act from one day to another: the days after
// them are where it was and where it is, not a span.
var rescheduleVerbs = map[string]bool{
	"postponed": true, "postpone": true, "postpones": true, "moved": true, "move": true, "moves": true,
	"delayed": true, "delay": true, "delays": true, "rescheduled": true, "reschedule": true,
	"shifted": true, "shift": true, "shifts": true, "brought": true, "bring": true, "pushed": true,
	"push": true, "changed": true, "switched": true, "advanced": true, "deferred": true, "put": true,
}

// explicitFuture are the words that put a clause ahead in so many words,
// as a present of habit ("offices are open") never is.
var explicitFuture = map[string]bool{
	"will": true, "'ll": true, "shall": true, "expected": true, "scheduled": true, "due": true,
	"planned": true, "set": true, "slated": true, "next": true, "coming": true, "this": true,
	"to": true, "would": true, "plans": true, "going": true, "forecast": true, "expects": true,
}

// eventNouns name an event held once, whose days told in the present are
// a coming span ("the fair runs Friday to Sunday", "the summit takes
// place Monday to Wednesday"), not a week's habit as an office's or a
// market's hours are.
var eventNouns = map[string]bool{
	"fair": true, "festival": true, "summit": true, "conference": true, "talks": true, "show": true,
	"exhibition": true, "tournament": true, "strike": true, "vote": true, "voting": true, "election": true,
	"visit": true, "tour": true, "championship": true, "congress": true, "forum": true, "meeting": true,
	"session": true, "games": true, "walkout": true, "protest": true, "protests": true, "trial": true,
	"hearing": true, "hearings": true, "polls": true, "shutdown": true, "convention": true, "expo": true,
}

// weekdayRanges joins each pair of bare weekdays of out that make a span
// into one expression from the first day to the second, and drops the
// values of a weekly schedule's days.
func weekdayRanges(s string, base int, out []found, ref time.Time, hasRef bool) []found {
	if !hasRef {
		return out
	}
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.kind != kWeekday || b.kind != kWeekday || a.te.EndValue != "" || b.te.EndValue != "" ||
			len(a.te.Value) != 10 || len(b.te.Value) != 10 {
			continue
		}
		wa, okA := weekdays[strings.ToLower(a.te.Text)]
		wb, okB := weekdays[strings.ToLower(b.te.Text)]
		if !okA || !okB || wa == wb {
			continue // "last Monday to Friday", "Friday 5 p.m.": no two bare days
		}
		aStart, aEnd, bStart, bEnd := a.te.Start-base, a.te.End-base, b.te.Start-base, b.te.End-base
		join := s[aEnd:bStart]
		lead := strings.ToLower(lastWord(s[:aStart]))
		if (join == " and " || join == " or " || join == ", and ") && lead != "between" {
			// "called a strike for Wednesday and Thursday": two days of
			// one plan. A day read ahead (by "for", "will") carries the
			// one joined to it, which alone would be read back.
			if a.te.Value > day(ref) && b.te.Value < day(ref) {
				b.te.Value = day(civil(parseDayValue(a.te.Value)).AddDate(0, 0, (int(wb)-int(wa)+7)%7))
				b.te.Relation = spanRelation(b.te, ref)
			}
			continue
		}
		if !weekdayRangeJoins[join] && !(join == " and " && lead == "between") {
			continue
		}
		before := strings.ToLower(s[:aStart])
		if lead == "from" {
			before = strings.TrimSuffix(strings.TrimRight(before, " "), "from")
			if v := rescheduleBefore(before); v != "" {
				// "postponed the vote from Tuesday to Friday": two days,
				// the second after the first when the act is put off.
				if laterVerbs[v] && b.te.Value <= a.te.Value {
					b.te.Value = day(civil(parseDayValue(a.te.Value)).AddDate(0, 0, (int(wb)-int(wa)+7)%7))
					b.te.Relation = spanRelation(b.te, ref)
				}
				if earlierReschedule(before, v) && movedActDone(s[bEnd:]) {
					// "brought forward from Friday to Tuesday and passed
					// easily": told after the new day, the last one up
					// to the report; the old one the first after it.
					newDay := ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wb) + 7) % 7))
					b.te.Value = day(newDay)
					a.te.Value = day(newDay.AddDate(0, 0, (int(wa)-int(wb)+7)%7))
					a.te.Relation = spanRelation(a.te, ref)
					b.te.Relation = spanRelation(b.te, ref)
				} else if earlierReschedule(before, v) {
					// "brought the vote forward from Friday to Tuesday":
					// a coming act moved to an earlier day, told before
					// either comes. The new day is the next one (today
					// counts), the old one the first after it: read by
					// the tense, a past "was brought forward" would put
					// both in the week gone.
					newDay := ref.AddDate(0, 0, (int(wb)-int(ref.Weekday())+7)%7)
					b.te.Value = day(newDay)
					a.te.Value = day(newDay.AddDate(0, 0, (int(wa)-int(wb)+7)%7))
					a.te.Relation = spanRelation(a.te, ref)
					b.te.Relation = spanRelation(b.te, ref)
				}
				i++
				continue
			}
		}
		if weeklySchedule(s, aStart, bEnd) {
			// Every week's days, no date: "offices are open Monday to
			// Friday".
			a.te.Value, b.te.Value = "", ""
			i++
			continue
		}
		tense := TenseAround(s, aStart, bEnd)
		from := civil(parseDayValue(a.te.Value))
		ahead := (int(wb) - int(wa) + 7) % 7
		switch {
		case tense != TensePast && a.te.Value < day(ref):
			// A span told in the present or with a word of the future
			// ("the fair runs Friday to Sunday", "rain is forecast
			// Thursday-Saturday") that the tense alone did not place:
			// the one under way, else the coming one, which may begin
			// today.
			from = ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wa) + 7) % 7))
			if from.AddDate(0, 0, ahead).Before(ref) {
				from = from.AddDate(0, 0, 7)
			}
		case tense == TensePast && b.te.Value <= day(ref):
			// A past span ends on the day the second weekday names,
			// the last one before the report; it starts that many days
			// before.
			end := civil(parseDayValue(b.te.Value))
			from = end.AddDate(0, 0, -ahead)
		}
		a.te.Text = s[aStart:bEnd]
		a.te.End = b.te.End
		a.te.EndValue = day(from.AddDate(0, 0, ahead))
		a.te.Value = day(from)
		a.te.Relation = spanRelation(a.te, ref)
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// parseDayValue reads a day's value ("2026-03-11"); a zero time if it is
// none.
func parseDayValue(v string) time.Time {
	t, _ := time.Parse("2006-01-02", v)
	return t
}

// laterVerbs of rescheduleVerbs put an act off to a later day.
var laterVerbs = map[string]bool{
	"postponed": true, "postpone": true, "postpones": true, "delayed": true, "delay": true, "delays": true,
	"pushed": true, "push": true, "deferred": true, "put": true,
}

// earlierReschedule says the reschedule verb v, the last one of before
// (the words before "from"), moves its act to an earlier day: "advanced",
// or a verb with "forward" or "up" after it ("brought forward", "moved the
// final up").
func earlierReschedule(before, v string) bool {
	if v == "advanced" || v == "advance" || v == "advances" {
		return true
	}
	w := wordsOf(before)
	for k := len(w) - 1; k >= 0 && k >= len(w)-6; k-- {
		lw := strings.ToLower(w[k])
		if lw == v {
			return false
		}
		if lw == "forward" || lw == "up" {
			return true
		}
	}
	return false
}

// rescheduleBefore is the verb of the words before "from" that moves an
// act, right before it or with an object between ("moved the vote from
// Monday", "pushed the talks back from Tuesday"), or "" for none.
func rescheduleBefore(before string) string {
	w := wordsOf(before)
	for k := len(w) - 1; k >= 0 && k >= len(w)-5; k-- {
		lw := strings.ToLower(w[k])
		if rescheduleVerbs[lw] {
			return lw
		}
		if clauseWords[lw] {
			break
		}
	}
	return ""
}

// weeklySchedule says the span of weekdays at [start, end) of s recurs
// every week: a marker of habit ("each week", "weekly", "a week") after it,
// or a clause in the present of habit, with no word that puts it ahead or
// behind ("offices are open Monday to Friday", "the market trades Monday
// through Saturday").
func weeklySchedule(s string, start, end int) bool {
	rest := strings.ToLower(s[end:])
	for _, per := range []string{" each week", " every week", " a week", " weekly", " per week"} {
		if strings.HasPrefix(rest, per) {
			return true
		}
	}
	clause := strings.ToLower(s[clauseStart(s, start):start])
	for _, w := range wordsOf(clause) {
		if explicitFuture[w] || eventNouns[w] {
			return false
		}
	}
	return TenseAround(s, start, end) == TenseUnknown
}

// clauseStart is the byte offset where the clause holding offset at of s
// begins: after the last sentence mark, semicolon or comma before it.
func clauseStart(s string, at int) int {
	return strings.LastIndexAny(s[:at], ".;:,!?") + 1
}

// presentVerbsOfDay are the present verbs that tell what a day is, said
// of a weekday that opens its sentence: "Thursday marks the anniversary",
// "Friday is the deadline", "Monday sees the first debate".
var presentVerbsOfDay = map[string]bool{"marks": true, "is": true, "sees": true, "brings": true, "falls": true}

// presentSubjectWeekday says the weekday matched at m opens its sentence
// (after a quote or a bracket at most) and is the subject of a present
// verb of presentVerbsOfDay.
func presentSubjectWeekday(s string, m match) bool {
	if strings.TrimLeft(s[:m.start], " \t\"'“‘([") != "" {
		return false
	}
	rest := wordsOf(s[m.end:])
	return len(rest) > 1 && presentVerbsOfDay[rest[0]]
}

// movedActDone says the words after a day or month an act was moved to
// (rest) tell the act as done: "was brought forward to Tuesday and passed
// easily", "brought forward to May, ended in chaos", "moved up to
// Thursday but was boycotted". The story is told after the new day, which
// is then behind the report, not ahead of it. A verb of attribution
// ("to Tuesday, officials said") is the report's, not the act's.
func movedActDone(rest string) bool {
	comma := strings.HasPrefix(strings.TrimLeft(rest, " "), ",")
	ws := wordsOf(rest)
	if len(ws) == 0 {
		return false
	}
	k := 0
	switch strings.ToLower(ws[0]) {
	case "and", "but":
		k = 1
	default:
		if !comma {
			return false
		}
	}
	for k < len(ws) {
		switch strings.ToLower(ws[k]) {
		case "then", "eventually", "finally", "later":
			k++
			continue
		}
		break
	}
	if k >= len(ws) {
		return false
	}
	w := strings.ToLower(ws[k])
	if w == "was" || w == "were" {
		// "and was won by the ruling party", not "and was to be held".
		return k+1 < len(ws) && !strings.EqualFold(ws[k+1], "to")
	}
	// "had" and "did" are auxiliaries of a verb that may look ahead ("had
	// planned to", "did not say when").
	return pastForm(w) && !speechVerb[w] && w != "had" && w != "did"
}

// explicitFutureBefore says the words of clause put it ahead in so many
// words (explicitFuture): "will present the budget on ...".
func explicitFutureBefore(clause string) bool {
	for _, w := range wordsOf(clause) {
		if explicitFuture[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
