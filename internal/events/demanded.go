package events

import "github.com/newsgraph/newsgraph/internal/model"

// demandedDate says whether date d lies inside what request trigger t asks
// for: after the "to" or "that" that opens the demanded act, in the same
// clause ("called on his cadre to relive the spirit of the war today",
// "urged Ethiopia to withdraw its troops by Friday"). Such a date is the
// demanded act's, not the demand's: the demand is dated like any report. A
// date before the complement ("called on Ethiopia on Monday to withdraw")
// or in another clause (", officials said on Tuesday") dates the demand.
func demandedDate(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if d == nil || t.nominal {
		return false
	}
	open := -1
	for q := t.j - 1; q < len(toks) && toks[q].start < d.Start; q++ {
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
