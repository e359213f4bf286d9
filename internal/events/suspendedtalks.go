package events

// haltedTalksNouns name a meeting of parties that can be broken off, halted or
// suspended as a whole.
var haltedTalksNouns = map[string]bool{"talks": true, "negotiations": true, "dialogue": true, "consultations": true,
	"meeting": true, "meetings": true, "summit": true}

// passiveTalksParties says whether the passive participle at i has talks
// for its subject ("Talks between Serbia and Kosovo were suspended", "The
// negotiations with Iran have been halted"), and returns the parties the
// subject names after "between" or "with". Talks halted with no agent were
// halted by one side, by both or by someone else, which the sentence does
// not say: no party sanctioned the other, and the parties are those the
// talks were between, not the ones acted on. A "by" phrase names who
// halted talks between them.
func passiveTalksParties(toks []tok, ms []mention, i int) (parties group, ok bool) {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "not" || toks[k].low == "indefinitely") {
		k--
	}
	if k < 1 || !passiveAux[toks[k].low] {
		return nil, false
	}
	for k >= 1 && (passiveAux[toks[k-1].low] || perfectAux[toks[k-1].low]) {
		k--
	}
	// The subject runs back from the auxiliary to the clause's start.
	head, open := -1, -1
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		l := toks[q].low
		if l == "," || l == ";" || l == ":" || l == "that" || subordinators[l] || finiteVerb(toks[q]) {
			break
		}
		if haltedTalksNouns[l] {
			head = q
		}
		if (l == "between" || l == "with" || l == "among") && open < 0 {
			open = q
		}
	}
	if head < 0 {
		return nil, false
	}
	if open > head {
		for mi, m := range ms {
			if m.i > open && m.j <= k {
				return groupAt(toks, ms, mi), true
			}
		}
	}
	return nil, true
}
