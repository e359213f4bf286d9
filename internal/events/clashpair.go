package events

import "github.com/newsgraph/newsgraph/internal/kb"

// clashers returns the two parties of the last clash told before token
// end ("troops clashed with rebels", "police and protesters clashed"),
// for a later "both sides" or "the two sides": after a clash the sides are
// the two who fought, whatever kind they are - a state's forces and its
// rebels, police and protesters - where the pair rule for talks
// (notePair) keeps only states, persons and armed groups of two sides.
// The subject is the mention ending right before the verb (past an
// adverb or an auxiliary), with a mention joined to it by "and" before it
// the other side; else the other side is the first mention after "with".
// Pronouns and places are no side, and a side named twice is no pair.
func clashers(toks []tok, ms []mention, end int) (mention, mention, bool) {
	for v := min(end, len(toks)) - 1; v > 0; v-- {
		if !clashVerbs[toks[v].low] {
			continue
		}
		s := v
		for s > 0 && (toks[s-1].pos == "RB" || auxiliaries[toks[s-1].low]) {
			s--
		}
		si := -1
		for k := range ms {
			if ms[k].j == s && clashSide(ms[k]) {
				si = k
			}
		}
		if si < 0 {
			return mention{}, mention{}, false
		}
		a := ms[si]
		var b mention
		found := false
		if si > 0 && a.i > 0 && toks[a.i-1].low == "and" && ms[si-1].j == a.i-1 && clashSide(ms[si-1]) {
			a, b, found = ms[si-1], ms[si], true
		} else {
			w := v + 1
			for w < len(toks) && toks[w].pos == "RB" {
				w++
			}
			if w < len(toks) && toks[w].low == "with" {
				for k := range ms {
					if ms[k].i > w && ms[k].i <= w+3 && clashSide(ms[k]) {
						b, found = ms[k], true
						break
					}
				}
			}
		}
		if !found || a.text == b.text && a.country == b.country {
			return mention{}, mention{}, false
		}
		a.i, a.j, b.i, b.j = -1, -1, -1, -1
		return a, b, true
	}
	return mention{}, mention{}, false
}

// clashVerbs are the forms of "clash" that tell a fight between two sides.
var clashVerbs = wordSet("clashed clash clashes clashing")

// clashSide says whether m can be a side of a clash: an actor, not a
// pronoun, a place or a pair phrase itself.
func clashSide(m mention) bool {
	return m.kind != "pronoun" && m.kind != kb.TypePlace && m.kind != "pair" && len(m.pair) == 0 && !m.where
}
