package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// demandedDate says whether date d lies inside what request trigger t asks
// for: after the "to" or "that" that opens the demanded act, in the same
// clause ("called on his cadre to relive the spirit of the war today",
// "urged Ethiopia to withdraw its troops by Friday"). Such a date is the
// demanded act's, not the demand's: the demand is dated like any report. A
// date before the complement ("called on Ethiopia on Monday to withdraw")
// or in another clause (", officials said on Tuesday") dates the demand.
//
// A nominal request carried by a light verb in the past ("launched an
// appeal for 80 million dollars to help flood victims over the next six
// months") was made already: a future date inside what it asks for spans
// the help, not the appeal. Other nominal requests keep their dates ("will
// launch an appeal next week to ...": the launch may be what is dated).
func demandedDate(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if d == nil || t.nominal && (d.Relation != "future" || !pastLightVerbBefore(toks, t.i)) {
		return false
	}
	// "The Israeli military ordered residents ... to evacuate on
	// Thursday", told on Thursday or after: a command is obeyed at once,
	// and a weekday not ahead of the report dates the order, as wire
	// reports put the order's day after its verb phrase (orderedDay).
	if orderedDay(toks, t, d) {
		return false
	}
	open := -1
	first := t.j - 1
	if t.nominal {
		// The noun's frame may reach into the purpose clause ("appeal
		// ... help"): its "to" lies inside the trigger's span.
		first = t.i + 1
	}
	for q := first; q < len(toks) && toks[q].start < d.Start; q++ {
		if q < t.i {
			continue
		}
		l := toks[q].low
		if open < 0 {
			if l == "that" || l == "to" && q+1 < len(toks) && !determiners[toks[q+1].low] && !isCap(toks[q+1].text) {
				open = q
			}
			continue
		}
		if l == "," || l == ";" || l == ":" || l == "but" || l == "while" || l == "as" {
			return false
		}
	}
	return open >= 0
}

// pastLightVerbBefore says whether a light verb in the past carries the
// event noun at token i as its object: "launched a flash appeal",
// "issued an urgent appeal". Only determiners, modifiers and numbers may
// stand between them.
func pastLightVerbBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if lightVerbs[toks[k].low] {
			return pastVerb(toks, k)
		}
		if isPunct(toks[k].text) || verbLike(toks[k]) && !strings.HasPrefix(toks[k].pos, "VBN") {
			return false
		}
	}
	return false
}

// orderVerbs give commands that take effect at once: "ordered residents to
// evacuate", "told the crowd to disperse", "instructed staff to leave".
var orderVerbs = map[string]bool{"ordered": true, "orders": true, "order": true, "instructed": true, "instructs": true,
	"directed": true, "directs": true}

// weekdayNames are the days a report names as "on Thursday" or "Thursday".
var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// orderedDay says whether d, a weekday not after the report (past or
// current), is the day of the command verb at t's head: the order's own
// day, not a later one set for the act commanded. A weekday ahead of the
// report, a deadline ("by Friday") or an appeal ("called on supporters to
// march on Saturday") stays the demanded act's.
func orderedDay(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if d.Relation == "future" || d.Precision != model.PrecisionDay || t.nominal || !orderVerbs[toks[t.head].low] || !pastVerb(toks, t.head) {
		return false
	}
	w := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(d.Text)), "on ")
	return weekdayNames[w]
}
