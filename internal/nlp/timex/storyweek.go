package timex

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// storyWeekPart moves "the end (start, middle) of the week", told in the
// past and read as the week of writing, to the week of the past day its
// sentence dates, else of the day the text dated last: "The minister had
// promised to sign the deal by the end of the week, but he left on Friday
// without signing", written on a Monday, is the end of the week just gone.
// A future seen from the past ("said it would retake the town by the end of
// the week, and did so on Saturday") moves the same way. (s is the
// sentence at byte offset base of the text.) Told ahead, or with no past
// day to go by, it stays the week of writing.
func storyWeekPart(s string, base int, out []found, dc discourse, ref time.Time, hasRef bool) {
	if !hasRef {
		return
	}
	thisWeek, today := day(weekStart(ref)), day(ref)
	for i := range out {
		f := &out[i]
		if f.kind != kEndOf || f.te.Mod == "" || f.te.Value != thisWeek ||
			!strings.HasSuffix(strings.ToLower(f.te.Text), "of the week") {
			continue
		}
		if t := TenseAround(s, f.te.Start-base, f.te.End-base); t != TensePast && (t != TenseUnknown || !dc.pastVerb) &&
			!wouldBefore(s[:f.te.Start-base]) {
			continue
		}
		story := ""
		for j := range out {
			o := out[j].te
			if j != i && o.Precision == model.PrecisionDay && o.EndValue == "" && len(o.Value) == len("2006-01-02") && o.Value < today {
				story = o.Value
				break
			}
		}
		if story == "" && dc.day != "" && dc.day < today {
			story = dc.day
		}
		t, err := time.Parse("2006-01-02", story)
		if err != nil {
			continue
		}
		start := weekStart(t)
		f.te.Value, f.te.EndValue = day(start), day(start.AddDate(0, 0, 6))
		f.te.Relation = relation(f.te.EndValue, ref)
	}
}

// wouldBefore says "would" stands among the words of before, the sentence
// up to an expression: a future seen from the past.
func wouldBefore(before string) bool {
	for _, w := range wordsOf(before) {
		if strings.EqualFold(w, "would") {
			return true
		}
	}
	return false
}
