package events

import "github.com/newsgraph/newsgraph/internal/kb"

// struggleVerbs are the verbs of fighting that a government or an army
// vows against people as often as against ills: "vowed to fight the
// rebels", "pledged to combat corruption", "promised to battle drug
// trafficking".
var struggleVerbs = map[string]bool{"fight": true, "combat": true, "battle": true}

// struggleWithNoAdversary says whether act, the act vowed or done, is a
// struggle (struggleVerbs) whose object names no one: "pledged to combat
// corruption", "vowed to fight the spread of the virus". Such a vow is a
// policy intent with nobody on the other side: neither a threat (CAMEO 138
// needs someone threatened) nor a pledge to cooperate with anyone, as "vowed
// to fight fuel smuggling" is none (politicalStruggle). A vow to fight the
// people ("the rebels", "Boko Haram") finds them as its target and stays a
// threat; one with no object ("vowed to fight on", "vowed to fight back") is
// the defiance of a side at war and stays too. tgt is the event's target
// and implicit whether it is only the domestic default, no one named.
func struggleWithNoAdversary(toks []tok, act *trigger, tgt group, implicit bool) bool {
	if act == nil || act.nominal || len(act.p.Words) != 1 || !struggleVerbs[act.p.Words[0]] {
		return false
	}
	if len(tgt) > 0 && !implicit {
		return false
	}
	if !directObject(toks, act.j) {
		return false
	}
	// "vowed to fight them": a pronoun stands for people named before.
	return !objectPronouns[toks[act.j].low]
}

// objectPronouns stand for people as the object of a verb.
var objectPronouns = map[string]bool{"them": true, "him": true, "her": true, "it": true, "us": true, "you": true, "me": true,
	"each": true, "one": true, "those": true, "anyone": true, "anybody": true, "whoever": true, "all": true, "everyone": true}

// nounModalClause says whether the words between a verb of promising and
// a trigger open a clause with no "that" on a short noun-phrase subject
// and a modal of the future: "promised the government would send aid",
// "pledged Kenya will support Ukraine". pronounModalClause takes the same
// clause on a pronoun. The subject is a determiner or possessive and up
// to four words that are nouns, names or adjectives, with no verb,
// preposition or punctuation among them: "promised Somalia aid the
// government would ..." is no such clause.
func nounModalClause(gap []tok) bool {
	n := len(gap)
	if n < 2 || n > 6 {
		return false
	}
	switch gap[n-1].low {
	case "will", "would", "shall", "'ll":
	default:
		return false
	}
	for k, g := range gap[:n-1] {
		if k == 0 && (determiners[g.low] || g.pos == "PRP$") {
			continue
		}
		if g.low == "'s" || g.pos == "POS" {
			if k == 0 {
				return false
			}
			continue
		}
		switch g.pos {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
		default:
			return false
		}
	}
	return true
}

// ownClauseSubject says whether g, the subject of a clause a source vows,
// is the source's own state or its government, forces or police: "Kenya's
// president vowed the army would attack". Those carry out what is vowed.
func ownClauseSubject(src, g group) bool {
	if len(src) == 0 || len(g) == 0 || src[0].country == "" {
		return false
	}
	for _, m := range g {
		if m.country != src[0].country {
			return false
		}
		switch m.sector {
		case "", kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice:
		default:
			return false
		}
		if m.sector == "" && !countryLevel(m.kind) {
			return false
		}
	}
	return true
}

// vowedPenalty says whether the clause a vow at t reports ("vowed (that)
// Israel would pay a heavy price") has an actor for subject, right after
// the verb or its "that", and a modal with a verb of suffering what is
// held out (penaltyVerbs): the one who will pay is threatened. A pronoun
// subject ("vowed it would pay") is left alone: it is often the vower.
func vowedPenalty(toks []tok, ms []mention, t *trigger) bool {
	from := t.j
	if from < len(toks) && toks[from].low == "that" {
		from++
	}
	for from < len(toks) && determiners[toks[from].low] {
		from++
	}
	for _, m := range ms {
		if m.i != from || m.kind == "pronoun" {
			continue
		}
		q := m.j
		if q+1 >= len(toks) || !modalWords[toks[q].low] {
			return false
		}
		v := q + 1
		if !penaltyVerbs[toks[v].low] {
			return false
		}
		// "would pay its debts", "would pay less for power": paying
		// money is no penalty; "would pay (dearly, a heavy price, for
		// this)" is.
		if toks[v].low == "pay" && v+1 < len(toks) && !isPunct(toks[v+1].low) {
			switch toks[v+1].low {
			case "dearly", "for", "heavily":
			default:
				return pricePaid(toks, v+1)
			}
		}
		return true
	}
	return false
}

// pricePaid says whether the object from token k is "a price" or "the
// price", with up to two words between ("a heavy price", "a very high
// price").
func pricePaid(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].low != "a" && toks[k].low != "the" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if toks[q].low == "price" {
			return true
		}
	}
	return false
}

// penaltyVerbs, after a modal, make their subject the one who suffers what
// a vow holds out: "would pay", "will regret", "would suffer".
var penaltyVerbs = map[string]bool{"pay": true, "regret": true, "suffer": true, "rue": true}

// warNouns name an armed struggle itself: "fought a six-week war",
// "battled an insurgency". Fighting one is fighting its other side,
// named or not.
var warNouns = map[string]bool{"war": true, "wars": true, "battle": true, "battles": true, "conflict": true,
	"insurgency": true, "insurgencies": true, "skirmish": true, "skirmishes": true, "clashes": true,
	"rebellion": true, "uprising": true, "civil": true, "guerrilla": true, "duel": true, "duels": true}

// warFought says whether the object of the struggle verb at t is a war
// or a battle (warNouns) within its first four words.
func warFought(toks []tok, t *trigger) bool {
	for k := t.j; k < len(toks) && k < t.j+4; k++ {
		if warNouns[toks[k].low] {
			return true
		}
		if isPunct(toks[k].text) || objPreps[toks[k].low] {
			return false
		}
	}
	return false
}

// infinitiveAfter says whether a "to" and a bare verb open at k
// ("promised to boycott"): the verb before takes a complement, not a
// passive's adjunct ("sentenced to life").
func infinitiveAfter(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].low == "to" && toks[k+1].pos == "VB"
}

// sentToVerbs take "to" before where or what someone is sent, never an
// infinitive: "sentenced to life" (which a tagger may read as "to" and a
// verb), "deported to Turkey", "extradited to the United States".
var sentToVerbs = map[string]bool{"sentenced": true, "deported": true, "extradited": true, "transferred": true,
	"sent": true, "returned": true, "expelled": true, "exiled": true, "banished": true, "relocated": true,
	"flown": true, "taken": true, "brought": true, "moved": true, "committed": true, "remanded": true}
