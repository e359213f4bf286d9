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

// haltingParticiples end talks told in the passive: "were suspended",
// "have been halted", "were called off", "were broken off".
// Talks "cancelled" or "postponed" are left to the polarity and modality
// of the meeting (a cancelled one negated, a postponed one planned).
var haltingParticiples = map[string]string{"suspended": "", "halted": "", "called": "off", "broken": "off"}

// talksCalledOff says whether the talks noun ending at token j is the
// subject of a passive that ends or puts them off ("Talks between Serbia
// and Kosovo were suspended", "the negotiations have been called off"):
// as with talks that stalled (talksHalted), no consultation is told as
// held then, whoever halted them.
func talksCalledOff(toks []tok, j int) bool {
	aux := false
	for q := j; q < len(toks) && q < j+12; q++ {
		l := toks[q].low
		if isPunct(toks[q].text) || l == "that" || l == "which" || l == "who" {
			return false
		}
		if passiveAux[l] || perfectAux[l] {
			aux = true
			continue
		}
		if aux && (adverbs[l] || l == "not" || l == "indefinitely") {
			continue
		}
		if aux {
			part, ok := haltingParticiples[l]
			return ok && (part == "" || q+1 < len(toks) && toks[q+1].low == part)
		}
		if finiteVerb(toks[q]) {
			return false
		}
	}
	return false
}
