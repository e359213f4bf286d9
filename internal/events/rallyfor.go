package events

import "github.com/newsgraph/newsgraph/internal/kb"

// A rally or demonstration held "in support of" a president, a
// government or its ruling party is a show of support for those in power,
// not a demonstration against anyone (PROTEST, CAMEO 14): the sentence
// codes no protest. One "in support of" strikers, a jailed opposition
// leader or a cause stays a protest, made against whoever it opposes.

// supportPhrases follow a rally's trigger to say whom it backs.
var supportPhrases = [][]string{{"in", "support", "of"}, {"in", "favour", "of"}, {"in", "favor", "of"}, {"to", "support"}}

// rallyForGovernment says whether, right after a protest trigger ending at
// j (past a place or a date of up to four words), a support phrase names a
// government actor: "rallied in Ankara in support of the president".
func rallyForGovernment(toks []tok, ms []mention, j int) bool {
	for k := j; k < len(toks) && k <= j+4; k++ {
		for _, ph := range supportPhrases {
			if !wordsAt(toks, k, ph) {
				continue
			}
			q := k + len(ph)
			for _, m := range ms {
				if m.i >= q && m.i <= q+2 && m.sector == kb.SectorGovernment {
					return true
				}
			}
			// "in support of the president": an office named with no
			// country is a mention of no actor here.
			for r := q; r < len(toks) && r <= q+2; r++ {
				if governmentHeads[toks[r].low] {
					return true
				}
			}
			return false
		}
		if isPunct(toks[k].low) || toks[k].low == "against" {
			return false
		}
	}
	return false
}

// governmentHeads name those in power.
var governmentHeads = map[string]bool{"president": true, "government": true, "regime": true, "king": true,
	"prime": true, "premier": true, "junta": true}

// wordsAt says whether the lower-cased words ws start at token k.
func wordsAt(toks []tok, k int, ws []string) bool {
	if k+len(ws) > len(toks) {
		return false
	}
	for i, w := range ws {
		if toks[k+i].low != w {
			return false
		}
	}
	return true
}
