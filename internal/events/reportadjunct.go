package events

import "strings"

// reportAdjunct says whether trigger t stands in an adjunct set off by a
// comma right after the verb of an inverted report at r: "The rivals
// agreed to a truce, Kenyan officials said, after months of fighting in
// Darfur". The speakers say the sentence; they do not do what the adjunct
// tells, though they are the actors nearest before it. A participle
// right after the preposition ("said, after meeting the envoys, that")
// is the speaker's own act and is not such an adjunct.
func reportAdjunct(toks []tok, t *trigger, r int) bool {
	if r < 0 || r+2 >= t.i || toks[r+1].low != "," {
		return false
	}
	switch toks[r+2].low {
	case "after", "following", "amid", "during", "despite", "before", "since", "in", "over":
	default:
		return false
	}
	if n := toks[r+3]; strings.HasSuffix(n.low, "ing") && (n.pos == "VBG" || n.pos == "") && !(t.nominal && t.i == r+3) {
		return false
	}
	for k := r + 3; k < t.i; k++ {
		if isPunct(toks[k].text) && toks[k].low != "-" {
			return false
		}
	}
	return true
}

// withoutGroup returns g less the members of r (see sameGroup).
func withoutGroup(g, r group) group {
	var out group
	for _, m := range g {
		if !sameGroup(group{m}, r) {
			out = append(out, m)
		}
	}
	return out
}
