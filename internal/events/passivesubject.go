package events

import "strings"

// passiveAux are the forms of "be" that make a passive with a participle.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// unnamedPassiveSubject says whether the passive participle at i has a
// subject of its own, right before its auxiliary, that names no actor,
// while g, the subject found for it, lies further back: in "banks were
// closed and public transport was halted" what was halted is the
// transport, which the knowledge base cannot name, not the banks of the
// clause before. The event then has no target rather than borrow one.
func unnamedPassiveSubject(toks []tok, ms []mention, i int, g group) bool {
	if len(g) == 0 || g[0].i < 0 {
		return false
	}
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "also" || toks[k].low == "not") {
		k--
	}
	if k < 1 || !passiveAux[toks[k].low] {
		return false
	}
	for k >= 1 && passiveAux[toks[k-1].low] || k >= 1 && perfectAux[toks[k-1].low] {
		k--
	}
	h := k - 1 // the head of the passive's own subject
	if h < 0 || !strings.HasPrefix(toks[h].pos, "NN") || toks[h].pos == "NNP" || toks[h].pos == "NNPS" {
		return false
	}
	for _, m := range ms {
		if m.i <= h && h < m.j {
			return false
		}
	}
	if g[0].j > h {
		return false
	}
	// "U.S.-South Korea drills ... as such activities are routinely
	// criticized by North Korea": a subject that points back ("such",
	// "these", "those", "the same") names the earlier clause's party's
	// doings, whose actor stays the target.
	for q := h - 1; q >= 0 && q >= h-3 && q >= g[0].j; q-- {
		if anaphoricDeterminers[toks[q].low] {
			return false
		}
		if !strings.HasPrefix(toks[q].pos, "JJ") && !strings.HasPrefix(toks[q].pos, "NN") && !strings.HasPrefix(toks[q].pos, "RB") {
			break
		}
	}
	// "The Chinese engineers were seized": an actor inside the subject's
	// own noun phrase (its nationality, its owner) is the subject. Only
	// one in a clause before, past a verb, a comma or a conjunction, is
	// borrowed.
	// "Parents, lawmakers and a bishop who sought a resolution were
	// prevented": a relative clause on the subject ends before its
	// auxiliary, and the noun ending it is the clause's, not the subject.
	for q := g[0].j; q < h; q++ {
		if relativePronoun[toks[q].low] || toks[q].low == "that" {
			return false
		}
	}
	for q := g[0].j; q < h; q++ {
		l := toks[q].low
		if l == "," || l == "and" || l == ";" || l == "but" || strings.HasPrefix(toks[q].pos, "VB") {
			return true
		}
	}
	return false
}

// anaphoricDeterminers open a noun phrase that refers back to something
// told before ("such activities", "these drills", "the same exercises").
var anaphoricDeterminers = map[string]bool{"such": true, "these": true, "those": true, "same": true, "similar": true}
