package events

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// measurePreps are the prepositions that name whom a measure, a sum or a
// shipment is for or against: "sanctions on Iran", "aid to Afghanistan",
// "tariffs against Canada", "a loan for Egypt".
var measurePreps = map[string]bool{"on": true, "to": true, "against": true, "for": true, "with": true}

// passiveMeasureTrigger matches a "verb * noun" or "verb noun" pattern in
// cands whose noun heads the subject of the passive participle at i,
// when the doer is told after "by" (passiveAgent, the one search for a
// passive's agent, which passiveObjectTrigger makes too) and the noun
// may carry a phrase of its own, which passiveObjectTrigger's noun right
// before the auxiliary cannot: "Aid to Afghanistan was suspended by the
// bank", "The sanctions against Zimbabwe, first imposed in 2002, were
// lifted by the EU", "Sanctions were imposed on four officials by
// Britain", "Tariffs were raised to 50 percent by the United States".
// For those non-pair patterns it overrides passiveObjectTrigger's
// trigger (coder.go), because it finds the target the noun's or the
// participle's phrase names. It is "the bank suspended aid to
// Afghanistan": the by-agent is the source and the party the noun's or
// the participle's "on", "to", "against", "for" or "with" names is the
// target, found here (the search around a passive verb would take the
// subject, which names no actor). It returns the trigger and the index
// of the subject's head noun (an event noun of its own that the trigger
// absorbs), or nil and -1. Patterns of a pair acting together (recip,
// "sign * treaty") with a pair as the agent are left to
// passiveObjectTrigger, which pairs them.
func passiveMeasureTrigger(toks []tok, ms []mention, cands []*Pattern, i int) (*trigger, int) {
	if i < 2 || !isPassive(toks, i) {
		return nil, -1
	}
	aux := i - 1
	for aux >= 0 && (adverbs[toks[aux].low] || toks[aux].low == "not" || toks[aux].low == "n't") {
		aux--
	}
	if aux < 1 || !beForms[toks[aux].low] {
		return nil, -1
	}
	for aux >= 1 && (beForms[toks[aux-1].low] || perfectAux[toks[aux-1].low] || auxiliaries[toks[aux-1].low]) {
		aux--
	}
	src, agentAt := byActorAfter(toks, ms, i)
	if src == nil {
		return nil, -1
	}
	end := aux // the subject ends before the auxiliary
	// "The sanctions against Zimbabwe, first imposed in 2002, were
	// lifted": a participle aside between commas is skipped.
	if end >= 1 && toks[end-1].low == "," {
		q := end - 2
		for q >= 0 && q >= end-10 && toks[q].low != "," {
			if finiteVerb(toks[q]) || rightStop[toks[q].low] {
				return nil, -1
			}
			q--
		}
		if q < 0 || toks[q].low != "," {
			return nil, -1
		}
		end = q
	}
	for h := end - 1; h >= 0 && h >= end-10; h-- {
		l := toks[h].low
		if l == "," || l == ";" || rightStop[l] || finiteVerb(toks[h]) {
			break
		}
		// A capital may mislead the tagger at the sentence's start ("Aid
		// to Afghanistan was suspended"): any noun tag counts.
		if pos := toks[h].pos; pos != "" && !strings.HasPrefix(pos, "NN") {
			continue
		}
		// What follows the noun up to the subject's end is nothing or a
		// phrase opened by a preposition ("to Afghanistan", "of 1.2
		// billion dollars to Sri Lanka").
		if h+1 < end && !objPreps[toks[h+1].low] && !measurePreps[toks[h+1].low] && toks[h+1].low != "of" {
			continue
		}
		if !subjectNounStart(toks, h) {
			continue
		}
		for _, p := range cands {
			// A pair's own act ("signed by Sudan and South Sudan") is
			// passiveObjectTrigger's; a single agent halting a pair's
			// talks ("Talks between Serbia and Kosovo were suspended by
			// the EU") is a measure on the pair even when the active
			// pattern is recip ("Serbia and Kosovo suspended talks").
			if p.Kind != "verb" || p.Type == "-" || (p.Recip && len(src) > 1) || len(p.Words) < 2 {
				continue
			}
			noun := p.Words[1:]
			if noun[0] == "*" {
				noun = noun[1:]
			}
			if len(noun) == 0 || slices.Contains(noun, "*") || !nounPhraseEndsAt(toks, h, noun) {
				continue
			}
			t := &trigger{p: p, i: i, j: i + 1, head: i, passive: true}
			tgt := measureTarget(toks, ms, h+1, end)
			if tgt == nil {
				tgt = measureTarget(toks, ms, i+1, agentAt)
			}
			if tgt == nil && agentAt >= 0 {
				tgt = measureTarget(toks, ms, agentAt, min(len(toks), agentAt+8))
			}
			// "A Russian drone was intercepted by Polish jets": an owner
			// pattern's subject names the owner acted on (passiveowner.go).
			if tgt == nil && p.Owner {
				tgt = passiveSubjectOwner(toks, ms, h, src)
			}
			t.roles = &[2]group{src, tgt}
			return t, h
		}
	}
	return nil, -1
}

// nounPhraseEndsAt says whether the words of noun end at token h, the
// last matching in the singular or the plural ("sanctions", "tariffs",
// "military equipment").
func nounPhraseEndsAt(toks []tok, h int, noun []string) bool {
	start := h - (len(noun) - 1)
	if start < 0 {
		return false
	}
	for k, w := range noun {
		l := toks[start+k].low
		if k == len(noun)-1 {
			if l != w && l != w+"s" && l != w+"es" && !(strings.HasSuffix(w, "y") && l == w[:len(w)-1]+"ies") {
				return false
			}
		} else if l != w {
			return false
		}
	}
	return true
}

// subjectNounStart says whether the noun at h heads a noun phrase that
// opens its clause: only determiners, modifiers, numbers and possessives
// stand before it back to the start of the sentence, a comma, a
// conjunction or "that" ("New sanctions", "The EU's sanctions", "said
// tariffs"), so that it is the passive's subject and not the object of a
// preposition inside another phrase ("the delivery of aid").
func subjectNounStart(toks []tok, h int) bool {
	q := h - 1
	for q >= 0 && q >= h-6 {
		tk := toks[q]
		if determiners[tk.low] || tk.pos == "PRP$" || tk.pos == "POS" || tk.pos == "CD" || strings.HasPrefix(tk.pos, "JJ") ||
			tk.pos == "NN" || tk.pos == "NNS" || tk.pos == "NNP" || tk.pos == "NNPS" || tk.low == "-" || tk.low == "%" || tk.low == "$" {
			q--
			continue
		}
		break
	}
	if q < 0 {
		return true
	}
	switch toks[q].low {
	case ",", "that", "and", "but", "-", "--", "\u2014", ":", ";", "said", "says":
		return true
	}
	return false
}

// passiveAgent is the one search for the agent of the passive participle
// at i: the "by" after it, right after it or past phrases on it
// ("imposed on four officials by Britain", "raised to 50 percent by the
// United States on Friday", "signed in Doha by Sudan and South Sudan"),
// and the actor mention that opens the phrase after that "by" (only a
// determiner may stand before it). It returns the index of that mention
// in ms and of the "by", or -1 and -1. A "by" before a number ("raised by
// 10 percent") or a thing ("delivered to Ukraine by rail") tells an
// amount or a means, not a doer; so does one past the clause's end (a
// comma, a clause word, "and", a finite verb). Callers that take the
// agent as a side themselves ask more of it (byActorAfter).
func passiveAgent(toks []tok, ms []mention, i int) (int, int) {
	for q := i + 1; q < len(toks) && q < i+12; q++ {
		l := toks[q].low
		if rightStop[l] || l == "," || l == ";" || l == "that" || l == "and" || finiteVerb(toks[q]) {
			return -1, -1
		}
		if l != "by" {
			continue
		}
		mi := mentionAt(toks, ms, q+1, 2)
		if mi < 0 {
			return -1, -1
		}
		for k := q + 1; k < ms[mi].i; k++ {
			if !determiners[toks[k].low] {
				return -1, -1
			}
		}
		return mi, q
	}
	return -1, -1
}

// byActorAfter returns the passive's agent (passiveAgent) as a side and
// the index of its "by", or nil and -1 when there is none or it names no
// country, is a pronoun or is a news outlet: passiveMeasureTrigger sets
// the event's roles from it, and a side with no country or a reporter
// would stand in for the doer.
func byActorAfter(toks []tok, ms []mention, i int) (group, int) {
	mi, q := passiveAgent(toks, ms, i)
	if mi < 0 || ms[mi].country == "" || ms[mi].kind == "pronoun" || ms[mi].sector == kb.SectorMedia {
		return nil, -1
	}
	return groupAt(toks, ms, mi), q
}

// measureTarget returns the actor a preposition of measurePreps, or
// "between", names between tokens from and to: "on Iran", "to Sri
// Lanka", "against Zimbabwe", "between Serbia and Kosovo".
func measureTarget(toks []tok, ms []mention, from, to int) group {
	for q := from; q < to && q < len(toks); q++ {
		l := toks[q].low
		if q > from && (rightStop[l] || l == "," || l == ";" || l == "by" || finiteVerb(toks[q])) {
			return nil
		}
		// "Talks between Serbia and Kosovo were suspended by the EU": the
		// parties "between" names are those the halted talks, trade or
		// ties were with, as in the active "suspended talks between
		// Serbia and Kosovo" (groupAt joins the pair).
		if !measurePreps[l] && l != "between" {
			continue
		}
		mi := mentionAt(toks, ms, q+1, 3)
		if mi < 0 || ms[mi].country == "" {
			continue
		}
		// Only modifiers between the preposition and the actor ("on
		// four Iranian officials", "on Chinese steel").
		ok := true
		for k := q + 1; k < ms[mi].i; k++ {
			if !(determiners[toks[k].low] || toks[k].pos == "CD" || strings.HasPrefix(toks[k].pos, "JJ")) {
				ok = false
				break
			}
		}
		if ok {
			return groupAt(toks, ms, mi)
		}
	}
	return nil
}
