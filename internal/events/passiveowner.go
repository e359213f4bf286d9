package events

import "github.com/newsgraph/newsgraph/internal/kb"

// passiveSubjectOwner returns the owner named in the subject of a passive
// owner pattern ("verb * noun" with owner) whose noun heads the subject at
// h: "A Russian drone was intercepted by Polish jets" is Poland acting on
// Russia, as "Polish jets intercepted a Russian drone" is, not Poland on
// itself. The owner is a country-bearing mention before the head noun
// within its noun phrase (back to a determiner, a punctuation mark or a
// verb); one of the agent's country is no owner. Nil when none is named
// ("A drone was intercepted by Polish jets").
func passiveSubjectOwner(toks []tok, ms []mention, h int, src group) group {
	start := h
	for start > 0 && h-start < 5 {
		prev := toks[start-1]
		if isPunct(prev.text) || finiteVerb(prev) || rightStop[prev.low] || objPreps[prev.low] || locPreps[prev.low] || prev.low == "of" {
			break
		}
		start--
		if determiners[prev.low] {
			break
		}
	}
	for mi, m := range ms {
		if m.i < start || m.j > h+1 || m.country == "" || m.kind == "pronoun" {
			continue
		}
		if len(src) > 0 && m.country == src[0].country {
			continue
		}
		return groupAt(toks, ms, mi)
	}
	return nil
}

// alertedOwnForce says whether a passive alert with no agent named
// ("India's army was placed on high alert", "Iranian forces were put on
// alert") is put on its own forces by their state: every side of tgt is
// a military or police force of a known country. The state is then the
// source, as it is for "Iranian troops were deployed" (deployedOwnForce),
// and the force no target.
func alertedOwnForce(p *Pattern, tgt group) bool {
	if len(tgt) == 0 || p.Type != "MOBILIZE" || p.Words[len(p.Words)-1] != "alert" {
		return false
	}
	for _, m := range tgt {
		if m.country == "" || m.where || !(m.sector == kb.SectorMilitary || m.sector == kb.SectorPolice) {
			return false
		}
	}
	return true
}

// oneClause says whether tokens a..b-1 hold no punctuation and no word
// that opens another clause ("if", "when", "that", "because", a relative
// pronoun), so that a subject before a and an adjunct at b share a
// clause.
func oneClause(toks []tok, a, b int) bool {
	for x := a; x < b; x++ {
		l := toks[x].low
		if clauseOpeners[l] || isPunct(toks[x].text) || l == "if" || l == "when" || l == "who" || l == "which" || l == "after" || l == "before" {
			return false
		}
	}
	return true
}
