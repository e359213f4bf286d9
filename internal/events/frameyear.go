package events

import "strings"

// frontedTimeFrame says whether the year at token k modifies the noun of a
// time phrase that opens the sentence and frames the trigger's clause:
// "During his 2019 visit to Pyongyang, Xi met Kim", "At the 2018 summit in
// Singapore, Trump praised Kim", "In its 2023 report, Amnesty accused ...".
// The clause took place at that summit or visit, in that year, as "met at
// the 2018 summit" placed after the verb already reads (see otherTimes). A
// year modifying a noun inside the clause ("criticised the 2018 summits")
// stays the noun's, and a phrase with a verb of its own ("At the 2018
// summit that collapsed, ...") is no bare frame.
func frontedTimeFrame(toks []tok, k int, t *trigger) bool {
	if t.nominal || k < 2 || !timePreps[toks[k-2].low] || !determiners[toks[k-1].low] || toks[k-1].low == "'s" {
		return false
	}
	// The preposition opens the sentence, or the text after a wire
	// dateline's dash.
	if p := k - 2; p > 0 {
		if l := toks[p-1].low; l != "-" && l != "--" && l != "\u2014" && l != "\u2013" {
			return false
		}
	}
	for q := k + 1; q < t.i; q++ {
		if toks[q].low == "," {
			return q > k+1
		}
		if strings.HasPrefix(toks[q].pos, "VB") || leftStop[toks[q].low] {
			return false
		}
	}
	return false
}
