package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// datedAdjunctFactor is what a dated participial adjunct on the subject
// multiplies its event's confidence by (see datedSubjectAdjunct): the event
// took place, as a main clause's does, but the sentence reports something
// else, so it stays below a main clause (1.0 with both parties named)
// while clearing the 0.5 that separates main-clause events, and, with both
// parties named, the merge step's default join gate (0.9): it is the
// meeting other outlets tell in their main clauses.
const datedAdjunctFactor = 0.9

// adjunctSpan bounds a participial adjunct set off on the subject ("Li
// Qiang, meeting Sanae Takaichi in Tokyo on Tuesday, said ...").
const adjunctSpan = 16

// datedSubjectAdjunct says whether trigger t is the participle of an
// adjunct set off by commas right after the sentence's subject, the day
// date d inside it, and the main verb after it: "Li Qiang, meeting Sanae
// Takaichi in Tokyo on Tuesday, said Beijing wanted stable ties". The
// adjunct tells an act the subject did on a day of its own, in passing:
// an actual event, not background to the main verb, as ", killing one"
// (the main verb's result) or ", saying ..." (its manner) are. Without a
// day of its own ("Li, seeking closer ties, said ...") it tells a purpose
// or a state, and stays background.
func datedSubjectAdjunct(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if t.nominal || t.passive || d == nil || d.Precision != model.PrecisionDay || t.i < 2 || t.j >= len(toks) {
		return false
	}
	if toks[t.i-1].low != "," || !strings.HasSuffix(toks[t.i].low, "ing") || toks[t.i].pos != "" && toks[t.i].pos != "VBG" {
		return false
	}
	// The subject: a noun phrase from the sentence's start, or from a
	// dateline's dash ("TOKYO (Reuters) - Li Qiang, meeting ...").
	from := 0
	for k := t.i - 2; k >= 0; k-- {
		if l := toks[k].low; l == "-" || l == "--" || l == "—" {
			from = k + 1
			break
		}
	}
	if !clauseSubjectSpan(toks, from, t.i-1) {
		return false
	}
	// The adjunct closes with a comma before a finite main verb.
	for k := t.j; k < len(toks) && k <= t.i+adjunctSpan; k++ {
		l := toks[k].low
		if l == "," {
			if k+1 >= len(toks) || !(finiteVerb(toks[k+1]) || reportWords[toks[k+1].low]) {
				return false
			}
			return d.Start >= toks[t.j-1].end && d.End <= toks[k].start
		}
		if isPunct(l) || subordinators[l] || l == "that" || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}
