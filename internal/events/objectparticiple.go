package events

import "strings"

// objectAgentParticiple says whether the passive trigger t of force
// (ASSAULT, COERCE) is a reduced relative with its agent on a verb's or
// preposition's object that names no actor ("urged donors to rebuild villages shelled by rebels", "aid for
// towns bombed by government jets"): what the participle did befell that
// noun's referent, so the main clause's subject, which the subject search
// would reach past the noun, is never its target. A noun that is an actor
// ("the journalists detained by police") or a number of people ("dozens
// injured by shelling") keeps the search as it was.
func objectAgentParticiple(toks []tok, ms []mention, t *trigger) bool {
	if !t.passive || t.p.Type != "ASSAULT" && t.p.Type != "COERCE" || !agentParticipleOnNoun(toks, t) {
		return false
	}
	k := t.i - 1
	n := toks[k]
	if n.low != n.text || quantityWord(n.low) || agentNouns[n.low] {
		return false
	}
	for _, m := range ms {
		if m.i <= k && k < m.j {
			return false
		}
	}
	// The noun's phrase follows a verb or a preposition: it is an
	// object, not the subject of a clause the participle would end.
	d := k - 1
	for d >= 0 && d >= k-4 && (determiners[toks[d].low] || strings.HasPrefix(toks[d].pos, "JJ") || toks[d].pos == "NN" || toks[d].pos == "CD") {
		d--
	}
	if d < 0 {
		return false
	}
	p := toks[d].pos
	if strings.HasPrefix(p, "VB") {
		return true
	}
	if p != "IN" && p != "TO" {
		return false
	}
	// "treated villagers from towns shelled by militants": the
	// preposition's phrase is an actor's own, whose referents the
	// participle befell with their towns; the search finds them, as
	// before.
	for _, m := range ms {
		if m.j == d {
			return false
		}
	}
	return true
}
