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
