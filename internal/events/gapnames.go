package events

// maxGapName caps the tokens one name may add to a pattern's "*" gap, so
// a run of names cannot stretch a pattern over a clause.
const maxGapName = 6

// mentionEnds maps the first token of every actor name of the sentence
// (not a pronoun) to the token after it, 0 elsewhere: a pattern's "*" gap
// counts such a name as one word (see gapName).
func mentionEnds(toks []tok, ms []mention) []int {
	ends := make([]int, len(toks))
	for _, m := range ms {
		if m.kind == "pronoun" || m.i < 0 || m.j <= m.i+1 || m.j > len(toks) {
			continue
		}
		if m.j > ends[m.i] {
			ends[m.i] = m.j
		}
	}
	return ends
}

// gapName returns how many tokens beyond its first a name starting at
// token k has, so that the gap of "wish * well" takes "Kim and his
// Workers' Party of Korea" as four words (Kim, and, his, the party), as a
// reader does; 0 when no name of two or more tokens starts there, or when
// the pattern's word after the gap (next) is inside the name ("send *
// police" in "sent police officers").
func gapName(toks []tok, ends []int, k int, next string) int {
	if k >= len(ends) || ends[k] == 0 {
		return 0
	}
	for q := k; q < ends[k] && q < len(toks); q++ {
		if wordEq(toks[q].low, next, true) {
			return 0
		}
	}
	return min(ends[k]-k-1, maxGapName)
}
