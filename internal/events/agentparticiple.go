package events

import "strings"

// agentParticipleOnNoun says whether the verb trigger u is a past
// participle right after a common noun and followed by its agent ("areas
// hit by the outbreak", "villages shelled by rebels"): a reduced relative
// clause on that noun, which tells what befell the noun's referent. Inside
// a frame verb's complement ("ordered a quarantine for travellers arriving
// from areas hit by the outbreak") it is no act the frame orders, asks or
// promises, so the frame does not absorb it and no trigger spans into it.
func agentParticipleOnNoun(toks []tok, u *trigger) bool {
	if u.nominal || u.i < 1 || u.j >= len(toks) || toks[u.j].low != "by" {
		return false
	}
	w := toks[u.i]
	if !(w.pos == "VBN" || w.pos == "VBD" || w.pos == "" && (strings.HasSuffix(w.low, "ed") || irregularParticiple[w.low])) {
		return false
	}
	n := toks[u.i-1]
	return n.pos == "NN" || n.pos == "NNS"
}
