package events

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// markToldReports marks the tokens of each report the sentence tells to
// someone: "The minister told parliament troops on the northern border
// would be withdrawn", "The envoy told Mahmoud Karimi sanctions on the
// state oil company would remain". With no "that" the one told and the
// report's subject stand side by side, and a scan of words would read them
// as one phrase ("parliament troops") or the one told as the subject's
// owner ("Karimi sanctions"). The quote finder already split them: it
// names the one told as the quote's audience, and the indirect quote
// starts where the report does. That split is taken as it is, never worked
// out again here: no mention crosses its start, and the report's own
// subject is looked for inside it (see reportOpenIn, toldReportFloor).
// A report with "that" starts after it and is marked the same way; there
// the marks only confirm what "that" already says. An order ("told the
// rebels to withdraw") is no report: the one told does what it says.
func markToldReports(k *kb.KB, toks []tok, x quoteIndex, ents []model.Entity) {
	if len(x.qs) == 0 {
		return
	}
	for i := 1; i < len(toks); i++ {
		q := quoteAt(x, toks[i].start)
		if q == nil || q.Start != toks[i].start || q.Kind != model.QuoteIndirect || q.Audience == nil {
			continue
		}
		// "told the rebels to withdraw": an order, whose infinitive's
		// doer is the one told; the quote finder keeps it as words said,
		// but it opens no clause of its own.
		if toks[i].low == "to" || demonymBefore(k, toks, ents, i) {
			continue
		}
		for m := i; m < len(toks) && toks[m].start < q.End; m++ {
			toks[m].report = i + 1
		}
	}
}

// demonymBefore says the word before token k is a demonym in the singular
// ("the Ugandan ambassador"), which modifies the noun after it and ends no
// phrase told to: a quote that starts right after it was cut inside the
// one told ("told the Ugandan ambassador on Monday troops would ..."), and
// its start is no split to trust. A plural ("told Ugandans") can be told.
// The word is read as the tagger tagged it or, where the tagger ran it
// into a name ("told Mahmoud Karimi American sanctions ..."), by itself.
func demonymBefore(k *kb.KB, toks []tok, ents []model.Entity, i int) bool {
	p := toks[i-1]
	if pluralWord(p.low) {
		return false
	}
	if k != nil && isCap(p.text) {
		if _, ok := k.DemonymNorm(kb.Normalize(p.text)); ok {
			return true
		}
	}
	for _, e := range ents {
		if e.Type == model.EntityNORP && e.End == p.end {
			return true
		}
	}
	return false
}

// reportOpenIn says a told report opens strictly inside the span i..j: a
// phrase that runs from the one told into the report is two phrases.
func reportOpenIn(toks []tok, i, j int) bool {
	for k := max(i+1, 0); k < j && k < len(toks); k++ {
		if toks[k].report == k+1 {
			return true
		}
	}
	return false
}

// toldReportFloor raises floor, where a clause's subject is looked for
// from, to the start of the told report that holds token i, when that
// report starts after floor: the one told, before it, is not the
// subject of the report's verbs.
func toldReportFloor(toks []tok, floor, i int) int {
	if i < 0 || i >= len(toks) || toks[i].report == 0 {
		return floor
	}
	return max(floor, toks[i].report-1)
}
