package events

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A pair phrase opening a ", N years after" clause ("seven years after the
// two countries severed ties") is the main clause's two parties, and the
// clause's event is dated from the main clause's date, to the year when
// years are counted (not to a day the text never gives).
func TestShiftedPairClause(t *testing.T) {
	c := coder(t)
	type want struct{ trig, src, tgt, date, precision string }
	for _, tc := range []struct {
		text, date, value, precision string
		want                         []want
		none                         []string // trigger prefixes that must code no event
	}{
		{"Saudi Arabia and Iran restored relations on May 2, 2023, seven years after the two countries severed ties.",
			"May 2, 2023", "2023-05-02", model.PrecisionDay,
			[]want{{"severed", "SAU", "IRN", "2016", model.PrecisionYear}, {"severed", "IRN", "SAU", "2016", model.PrecisionYear},
				{"restored", "SAU", "IRN", "2023-05-02", model.PrecisionDay}}, nil},
		{"Cuba and the United States restored relations in 2015, some five decades after the two countries broke off ties.",
			"2015", "2015", model.PrecisionYear,
			[]want{{"broke", "CUB", "USA", "1965", model.PrecisionYear}, {"broke", "USA", "CUB", "1965", model.PrecisionYear}}, nil},
		// Months counted back from a day give the month.
		{"Qatar and Bahrain restored relations on May 2, 2023, two months after the two countries held talks.",
			"May 2, 2023", "2023-05-02", model.PrecisionDay,
			[]want{{"held talks", "QAT", "BHR", "2023-03", model.PrecisionMonth}}, nil},
		// A bare "after" clause is no count of time from the main
		// clause: its pair phrase is left as it was (no parties).
		{"Saudi Arabia and Iran restored relations on May 2, 2023 after the two countries held talks in Beijing.",
			"May 2, 2023", "2023-05-02", model.PrecisionDay,
			nil, []string{"held talks"}},
	} {
		at := strings.Index(tc.text, tc.date)
		a := &model.Article{Text: tc.text, Dates: []model.TimeExpr{{Text: tc.date, Start: at, End: at + len(tc.date), Value: tc.value,
			Precision: tc.precision, Relation: "past"}}}
		evs := c.Code(a, pub, segment.Sentences(tc.text))
		for _, w := range tc.want {
			found := false
			for _, e := range evs {
				if !strings.HasPrefix(e.Evidence[0].Trigger, w.trig) || len(e.Source) == 0 || len(e.Target) == 0 ||
					e.Source[0].Country != w.src || e.Target[0].Country != w.tgt {
					continue
				}
				found = true
				if e.Date != w.date || e.Precision != w.precision {
					t.Errorf("%q: %s %s>%s dated %s (%s), want %s (%s)", tc.text, w.trig, w.src, w.tgt, e.Date, e.Precision, w.date, w.precision)
				}
			}
			if !found {
				t.Errorf("%q: no %s event %s>%s: %+v", tc.text, w.trig, w.src, w.tgt, views(evs))
			}
		}
		for _, trig := range tc.none {
			for _, e := range evs {
				if strings.HasPrefix(e.Evidence[0].Trigger, trig) && len(e.Source) > 0 {
					t.Errorf("%q: %s coded %+v", tc.text, trig, views([]model.Event{e}))
				}
			}
		}
	}
}
